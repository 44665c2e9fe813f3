import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installSendGuard, type BlockedSend, type SendGuard } from '../../../../extension/dom/send-guard.ts';
import { GENERIC_SURFACES } from '../../../../lib/sites/generic.ts';
import type { Finding } from '../../../../lib/engine/types.ts';

function analyze(text: string): Finding[] {
  const m = /\S+@\S+/.exec(text);
  if (!m) return [];
  const clause = { policy: 'P', id: 'G4', title: 'T', quote: 'Q', url: 'guide.html' };
  return [{ category: 'personal', ruleId: 'personal/email', start: m.index, end: m.index + m[0].length, text: m[0], severity: 'high', reason: 'r', clause }];
}

let controller: AbortController;
let blocked: BlockedSend[];
let guard: SendGuard;

beforeEach(() => {
  controller = new AbortController();
  blocked = [];
  guard = installSendGuard({ surfaces: GENERIC_SURFACES, analyze, onBlocked: (s) => blocked.push(s), signal: controller.signal });
});
afterEach(() => controller.abort());

function build(html: string): void {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', html);
}

describe('send guard with the generic fallback (buttons by text, form submits)', () => {
  it('holds a click on a nearby button whose whole label is a send word, whatever its case and spacing', () => {
    build('<div><div role="textbox" contenteditable="true">mail me@example.com</div><div><button><span> POST </span></button></div></div>');
    document.querySelector('span')!.click();
    expect(blocked).toHaveLength(1);
    expect(blocked[0]!.texts).toEqual(['mail me@example.com']);
  });

  it('recognises aria-label too, and ignores labels that only contain a send word', () => {
    build('<div><textarea>me@example.com</textarea><div role="button" aria-label="Send">➤</div><button>Post a job</button></div>');
    document.querySelector<HTMLElement>('[role=button]')!.click();
    document.querySelectorAll('button')[0]!.click();
    expect(blocked.map((b) => b.via)).toEqual(['click']);
  });

  it('a text-found button next to two boxes, or far from any, is not a send', () => {
    build('<div><textarea>me@example.com</textarea><textarea>you@example.com</textarea><button>Share</button></div>');
    document.querySelector('button')!.click();
    build('<div><textarea>me@example.com</textarea></div><div><div><div><div><div><div><button>Share</button></div></div></div></div></div></div>');
    document.querySelector('button')!.click();
    expect(blocked).toEqual([]);
  });

  it('holds a form submit (requestSubmit, no button) and replays it with requestSubmit', () => {
    build('<form><textarea>me@example.com</textarea></form>');
    const form = document.querySelector('form')!;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    form.requestSubmit();
    expect(submitted).toBe(0);
    expect(blocked).toHaveLength(1);
    expect(blocked[0]!.via).toBe('submit');
    expect(blocked[0]!.form).toBe(form);
    expect(guard.sendAnyway(blocked[0]!)).toBe(true);
    expect(submitted).toBe(1);
    expect(blocked).toHaveLength(1);
  });

  it('lets a clean form and a form without a box through', () => {
    build('<form id="a"><textarea>hello</textarea></form><form id="b"><input value="me@example.com"></form>');
    let submitted = 0;
    for (const f of document.querySelectorAll('form')) {
      f.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      f.requestSubmit();
    }
    expect(submitted).toBe(2);
    expect(blocked).toEqual([]);
  });
});

describe('the generic fallback next to a site surface', () => {
  it('leaves boxes the site knows to the site: a "Comment" button by a known box is not a send', () => {
    controller.abort();
    controller = new AbortController();
    blocked = [];
    const known = { id: 'comment', editor: 'quill', composers: ['.known .ql-editor'], submitControls: ['.known-submit'], submitKeys: [], replay: 'click' } as const;
    guard = installSendGuard({ surfaces: [known, ...GENERIC_SURFACES], analyze, onBlocked: (s) => blocked.push(s), signal: controller.signal });
    build(
      '<div class="known"><div class="ql-editor" role="textbox" contenteditable="true">me@example.com</div><button class="action">Comment</button><button class="known-submit">Post</button></div>' +
        '<div class="other"><div role="textbox" contenteditable="true">you@example.com</div><button>Comment</button></div>',
    );
    document.querySelector<HTMLElement>('.action')!.click();
    expect(blocked).toEqual([]);
    document.querySelector<HTMLElement>('.known-submit')!.click();
    document.querySelector<HTMLElement>('.other button')!.click();
    expect(blocked.map((b) => [b.surface.id, b.texts])).toEqual([
      ['comment', ['me@example.com']],
      ['generic', ['you@example.com']],
    ]);
  });
});
