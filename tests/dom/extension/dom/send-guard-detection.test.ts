/**
 * Send detection that does not hang on one selector: composers in open shadow roots, stable hooks before
 * labels (a form's type=submit, a wrapper's inner role=button), labels in the page's and browser's
 * languages, one text-found button for several boxes in a dialog, and what the generic fallback must leave
 * alone (search, like, follow). The adapters used are the real ones from lib/sites.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installSendGuard, type BlockedSend, type SendGuard, type SendGuardOptions } from '../../../../extension/dom/send-guard.ts';
import { SITES } from '../../../../lib/sites/index.ts';
import type { Surface } from '../../../../lib/sites/types.ts';
import type { Finding } from '../../../../lib/engine/types.ts';

function analyze(text: string): Finding[] {
  const m = /\S+@\S+/.exec(text);
  if (!m) return [];
  const clause = { policy: 'P', id: 'G4', title: 'T', quote: 'Q', url: 'guide.html' };
  return [{ category: 'personal', ruleId: 'personal/email', start: m.index, end: m.index + m[0].length, text: m[0], severity: 'high', reason: 'r', clause }];
}

const site = (id: string): readonly Surface[] => SITES.find((s) => s.id === id)!.surfaces;

let controller: AbortController;
let blocked: BlockedSend[];
let recognised: { surface: string; composers: number }[];

function install(surfaces: readonly Surface[], over: Partial<SendGuardOptions> = {}): SendGuard {
  return installSendGuard({
    surfaces,
    analyze,
    onBlocked: (s) => blocked.push(s),
    onRecognised: (t) => recognised.push({ surface: t.surface.id, composers: t.composers.length }),
    signal: controller.signal,
    languages: ['en-GB'],
    ...over,
  });
}

beforeEach(() => {
  controller = new AbortController();
  blocked = [];
  recognised = [];
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
});
afterEach(() => controller.abort());

/** Wraps `inner` in `depth` divs with atomic class names, as Meta and LinkedIn render. */
function nest(depth: number, inner: Element): Element {
  let cur = inner;
  for (let i = 0; i < depth; i++) {
    const d = document.createElement('div');
    d.className = `x${(i * 7919).toString(36)} x1n2onr6`;
    d.append(cur);
    cur = d;
  }
  return cur;
}

function html(markup: string): DocumentFragment {
  const t = document.createElement('template');
  t.innerHTML = markup;
  return t.content;
}

describe('composers in open shadow roots', () => {
  it('LinkedIn share box under #interop-outlet: the Post click is held with the text read from inside the root', () => {
    install(site('linkedin'));
    const outlet = document.createElement('div');
    outlet.id = 'interop-outlet';
    outlet.dataset.testid = 'interop-shadowdom';
    const root = outlet.attachShadow({ mode: 'open' });
    root.append(
      html(
        '<div role="dialog" data-test-modal-id="sharebox"><div class="_3f1a"><div class="ql-editor" contenteditable="true" data-test-ql-editor-contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p>mail jo@example.com</p></div></div><div class="_9c2"><button class="share-actions__primary-action"><span>Post</span></button></div></div>',
      ),
    );
    document.body.append(outlet);
    root.querySelector('span')!.click();
    expect(blocked.map((b) => [b.surface.id, b.texts])).toEqual([['share', ['mail jo@example.com']]]);
    expect(recognised).toEqual([{ surface: 'share', composers: 1 }]);
  });

  it('XChat under xchatEmbedRoute: Enter in the textarea is held; a clean one passes and is counted', () => {
    install(site('x'));
    const host = document.createElement('div');
    host.dataset.testid = 'xchatEmbedRoute';
    const root = host.attachShadow({ mode: 'open' });
    root.append(html('<form data-testid="dm-composer-form"><textarea data-testid="dm-composer-textarea"></textarea><button type="button" data-testid="dm-composer-send-button">Send</button></form>'));
    document.body.append(host);
    const ta = root.querySelector('textarea')!;
    ta.value = 'hello there';
    ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    ta.value = 'me@example.com';
    const e = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true });
    ta.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(true);
    expect(blocked.map((b) => [b.surface.id, b.texts, b.control?.getAttribute('data-testid')])).toEqual([['dm', ['me@example.com'], 'dm-composer-send-button']]);
    expect(recognised.map((r) => r.surface)).toEqual(['dm', 'dm']);
  });
});

describe('stable hooks before labels', () => {
  it('a selector naming a wrapper: the click and the replay go to the role=button inside it (Facebook comment, 20 levels deep)', () => {
    const guard = install(site('facebook'));
    const box = html('<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a comment…"><p>me@example.com</p></div>').firstElementChild!;
    const submit = html('<div id="focused-state-composer-submit"><span><div aria-label="Comment" role="button" tabindex="0"><i></i></div></span></div>').firstElementChild!;
    const form = document.createElement('form');
    form.setAttribute('role', 'presentation');
    form.append(nest(12, box), nest(6, submit));
    document.body.append(nest(8, form));
    const inner = submit.querySelector('[role=button]')!;
    let sent = 0;
    inner.addEventListener('click', () => sent++);
    submit.addEventListener('click', (e) => e.target === submit && sent--);
    // Enter: the target's control must be the pressable element, not its wrapper.
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    expect(blocked).toHaveLength(1);
    expect(blocked[0]!.control).toBe(inner);
    expect(guard.sendAnyway(blocked[0]!)).toBe(true);
    expect(sent).toBe(1);
    // A click on the icon inside the button: held, with the inner button as the control.
    inner.querySelector('i')!.click();
    expect(blocked).toHaveLength(1); // confirmed text: passes
    expect(sent).toBe(2);
  });

  it("a form's button[type=submit] sends the box in its form, whatever its label (LinkedIn's TipTap comment)", () => {
    install(site('linkedin'));
    document.body.append(
      html(
        '<article><button class="_a1b2"><span>Comment</span></button><form class="_c3d4"><div data-testid="ui-core-tiptap-text-editor-wrapper"><div class="tiptap ProseMirror" contenteditable="true" role="textbox" aria-label="Text editor for creating comment"><p>me@example.com</p></div></div><button type="submit" class="_e5f6"><span>Sylw</span></button></form></article>',
      ),
    );
    // The action-bar "Comment" only opens the box: not a send.
    document.querySelector<HTMLElement>('article > button span')!.click();
    expect(blocked).toEqual([]);
    document.querySelector<HTMLElement>('form button span')!.click();
    expect(blocked.map((b) => [b.surface.id, b.texts])).toEqual([['feed-comment', ['me@example.com']]]);
  });

  it("WhatsApp's send button by its icon, in any language", () => {
    install(site('whatsapp'), { languages: ['pl-PL'] });
    document.body.append(
      html(
        '<div id="main"><footer><div contenteditable="true" role="textbox" data-lexical-editor="true" data-tab="10"><p>me@example.com</p></div><button aria-label="Wyślij"><span data-icon="wds-ic-send-filled"></span></button></footer></div>',
      ),
    );
    document.querySelector<HTMLElement>('span[data-icon]')!.click();
    expect(blocked.map((b) => b.surface.id)).toEqual(['chat']);
  });
});

describe('labels in the page and browser languages', () => {
  const dialog = (label: string) =>
    html(
      `<div role="dialog"><div role="textbox" contenteditable="true" data-lexical-editor="true"><p>me@example.com</p></div><div><div><div><div><div><div><div role="button" aria-label="${label}"><span>${label}</span></div></div></div></div></div></div></div></div>`,
    );

  it.each([
    ['fr', 'Publier'],
    ['cy', 'Postio'],
    ['pl', 'Opublikuj'],
    ['ur', 'پوسٹ کریں'],
  ])('Facebook "Post" in %s (%s) is held when the page is in that language', (lang, label) => {
    install(site('facebook'), { languages: [lang] });
    document.body.append(dialog(label));
    document.querySelector<HTMLElement>('[role=button] span')!.click();
    expect(blocked.map((b) => b.surface.id)).toEqual(['post']);
  });

  it('a word from a language neither the page nor the browser uses is not a send', () => {
    install(site('facebook'), { languages: ['en-GB'] });
    document.body.append(dialog('Publier'));
    document.querySelector<HTMLElement>('[role=button] span')!.click();
    expect(blocked).toEqual([]);
  });

  it('by default the languages are the page lang and the browser languages', () => {
    document.documentElement.lang = 'cy';
    install(site('facebook'), { languages: undefined });
    document.body.append(dialog('Postio'));
    document.querySelector<HTMLElement>('[role=button] span')!.click();
    expect(blocked).toHaveLength(1);
  });
});

describe('one text-found button for several boxes', () => {
  it('Threads: "Post" in a dialog with a thread of three boxes sends all three, and all are read', () => {
    install(site('threads'));
    const boxes = ['first post', 'second me@example.com', 'third'].map(
      (t) => html(`<div role="textbox" contenteditable="true" data-lexical-editor="true"><p>${t}</p></div>`).firstElementChild!,
    );
    const post = html('<div role="button" tabindex="0"><div class="x1i10hfl">Post</div></div>').firstElementChild!;
    const dlg = document.createElement('div');
    dlg.setAttribute('role', 'dialog');
    dlg.append(...boxes.map((b) => nest(9, b)), nest(11, post));
    document.body.append(nest(5, dlg));
    post.querySelector('div')!.click();
    expect(blocked.map((b) => b.texts)).toEqual([['first post', 'second me@example.com', 'third']]);
  });

  it('Instagram: "Share" in the dialog header, far above the caption', () => {
    install(site('instagram'));
    const dlg = html(
      '<div role="dialog"><div><div><div><div><div><div><div><div role="button" tabindex="0">Share</div></div></div></div></div></div></div></div><div><div><div><div><div><div><div><div><div aria-label="Write a caption..." contenteditable="true" role="textbox"><p>me@example.com</p></div></div></div></div></div></div></div></div></div></div>',
    );
    document.body.append(dlg);
    document.querySelector<HTMLElement>('[role=button]')!.click();
    expect(blocked.map((b) => b.surface.id)).toEqual(['caption']);
  });
});

describe('the generic fallback on a supported site', () => {
  it('holds an unknown box\'s "Send" but never search, like, follow or a box\'s own toolbar', () => {
    install(site('nextdoor'));
    document.body.append(
      html(
        '<form role="search"><input type="search" value="me@example.com"><button type="submit">Search</button></form>' +
          '<div class="post"><div role="textbox" contenteditable="true">me@example.com</div><button>Like</button><button>Follow</button><button aria-label="Bold">B</button></div>' +
          '<div class="chat"><textarea>me@example.com</textarea><button>Send</button></div>',
      ),
    );
    // The page handles its own forms (no navigation in the test).
    document.addEventListener('submit', (e) => e.preventDefault(), { signal: controller.signal });
    for (const b of document.querySelectorAll<HTMLElement>('form button, .post button')) b.click();
    expect(blocked).toEqual([]);
    document.querySelector<HTMLElement>('.chat button')!.click();
    expect(blocked.map((b) => b.surface.id)).toEqual(['generic']);
  });
});

describe('counting points for the site health record', () => {
  it('a throwing observer never changes a send; lastRecognised tells which composers a send came from', () => {
    const errors: unknown[] = [];
    const guard = install(site('x'), {
      onRecognised: () => {
        throw new Error('counter broke');
      },
      onError: (e) => errors.push(e),
    });
    document.body.append(
      html('<div role="dialog"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox">hello</div><div data-testid="tweetTextarea_1" contenteditable="true" role="textbox">me@example.com</div><button data-testid="tweetButton">Post</button></div><textarea id="other"></textarea>'),
    );
    const [first, second] = document.querySelectorAll('[role=textbox]');
    expect(guard.lastRecognised(first!)).toBeNull();
    document.querySelector<HTMLElement>('button')!.click();
    expect(blocked).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(guard.lastRecognised(first!)).toEqual(expect.any(Number));
    expect(guard.lastRecognised(second!)).toEqual(guard.lastRecognised(first!));
    expect(guard.lastRecognised(document.getElementById('other')!)).toBeNull();
  });
});
