import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installSendGuard, type BlockedSend, type SendGuardOptions } from '../../../../extension/dom/send-guard.ts';
import { x } from '../../../../lib/sites/x.ts';
import type { Finding } from '../../../../lib/engine/types.ts';

/** Stand-in analyser: anything containing "@" or "shit" is risky. */
function analyze(text: string): Finding[] {
  const m = /\S+@\S+|shit/.exec(text);
  if (!m) return [];
  const clause = { policy: 'P', id: 'G4', title: 'T', quote: 'Q', url: 'guide.html' };
  return [{ category: 'personal', ruleId: 'personal/email', start: m.index, end: m.index + m[0].length, text: m[0], severity: 'high', reason: 'r', clause }];
}

let controller: AbortController;
let sent: string[];

/** X-like markup: a thread of Draft-style boxes and a Post button whose page handler records sends. */
function page(texts: string[], testId = 'tweetButton') {
  document.body.replaceChildren();
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const boxes = texts.map((t, i) => {
    const label = document.createElement('label');
    label.dataset.testid = `tweetTextarea_${i}_label`;
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('role', 'textbox');
    box.dataset.testid = `tweetTextarea_${i}`;
    const block = document.createElement('div');
    block.textContent = t;
    box.append(block);
    label.append(box);
    dialog.append(label);
    return box;
  });
  const button = document.createElement('button');
  button.dataset.testid = testId;
  const span = document.createElement('span');
  span.textContent = 'Post';
  button.append(span);
  dialog.append(button);
  document.body.append(dialog);
  const read = () => boxes.map((b) => b.textContent).join('\n---\n');
  // The page's own handlers, registered after PostPause's (which runs at document_start).
  button.addEventListener('click', () => sent.push(read()));
  boxes[0]!.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) sent.push(read());
  });
  return { boxes, button, span };
}

function guard(over: Partial<SendGuardOptions> = {}) {
  const blocked: BlockedSend[] = [];
  const errors: unknown[] = [];
  const g = installSendGuard({
    surfaces: x.surfaces,
    analyze,
    onBlocked: (s) => blocked.push(s),
    onError: (e) => errors.push(e),
    signal: controller.signal,
    ...over,
  });
  return { g, blocked, errors };
}

const ctrlEnter = (el: Element, init: KeyboardEventInit = {}) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true, ...init }));

beforeEach(() => {
  controller = new AbortController();
  sent = [];
});
afterEach(() => controller.abort());

describe('send guard', () => {
  it('lets a clean post through on click and on Ctrl+Enter, untouched', () => {
    const { button, boxes } = page(['Lovely day']);
    const { blocked } = guard();
    button.click();
    ctrlEnter(boxes[0]!);
    expect(sent).toEqual(['Lovely day', 'Lovely day']);
    expect(blocked).toEqual([]);
  });

  it('tells its observer of every send it recognised, held or not, and of nothing else', () => {
    const { button, boxes } = page(['Lovely day']);
    const recognised: Element[][] = [];
    guard({ onRecognised: (t) => recognised.push(t.composers) });
    button.click();
    boxes[0]!.textContent = 'mail jo@example.com';
    button.click();
    boxes[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(recognised).toEqual([[boxes[0]], [boxes[0]]]);
    expect(sent).toEqual(['Lovely day']);
  });

  it('holds a risky post on click (even on the label inside the button) before the page sees it', () => {
    const { span } = page(['mail jo@example.com']);
    const { blocked } = guard();
    span.click();
    expect(sent).toEqual([]);
    expect(blocked).toHaveLength(1);
    expect(blocked[0]!.via).toBe('click');
    expect(blocked[0]!.texts).toEqual(['mail jo@example.com']);
    expect(blocked[0]!.findings.map((f) => f.text)).toEqual(['jo@example.com']);
  });

  it('holds a risky post on Ctrl+Enter and on Cmd+Enter', () => {
    const { boxes } = page(['what a shit day']);
    const { blocked } = guard();
    const e = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    boxes[0]!.dispatchEvent(e);
    ctrlEnter(boxes[0]!, { ctrlKey: false, metaKey: true });
    expect(e.defaultPrevented).toBe(true);
    expect(sent).toEqual([]);
    expect(blocked.map((b) => b.via)).toEqual(['key', 'key']);
  });

  it('ignores plain Enter (a new line on X) and keys during IME composition', () => {
    const { boxes } = page(['what a shit day']);
    const { blocked } = guard();
    boxes[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    ctrlEnter(boxes[0]!, { isComposing: true });
    expect(blocked).toEqual([]);
    expect(sent).toEqual(['what a shit day']);
  });

  it('"Post anyway" replays exactly one send through the page, bypassing the guard once', () => {
    const { boxes } = page(['what a shit day']);
    const { g, blocked } = guard();
    ctrlEnter(boxes[0]!);
    expect(g.sendAnyway(blocked[0]!)).toBe(true);
    expect(sent).toEqual(['what a shit day']);
    expect(blocked).toHaveLength(1);
    // The bypass was one-shot: the next risky post is held again.
    boxes[0]!.textContent = 'another shit day';
    ctrlEnter(boxes[0]!);
    expect(blocked).toHaveLength(2);
    expect(sent).toHaveLength(1);
  });

  it('after "Post anyway", the same text is not held again (so a failed replay never traps the post)', () => {
    const { button } = page(['what a shit day']);
    const { g, blocked } = guard();
    button.click();
    const held = blocked[0]!;
    // The site re-rendered: the control we saw is gone and there is no key to replay with.
    const gone = { ...held, control: null, composers: [], surface: { ...held.surface, submitKeys: [] } };
    expect(g.sendAnyway(gone)).toBe(false);
    button.click();
    expect(blocked).toHaveLength(1);
    expect(sent).toEqual(['what a shit day']);
  });

  it('checks every box of a thread and pairs it with the thread button', () => {
    const { button } = page(['fine', 'mail jo@example.com']);
    const { blocked } = guard();
    button.click();
    expect(blocked[0]!.composers).toHaveLength(2);
    expect(blocked[0]!.findings.map((f) => f.text)).toEqual(['jo@example.com']);
  });

  it('ignores a disabled Post button, and the send key while it is disabled (the page will not send)', () => {
    const { button, boxes } = page(['jo@example.com']);
    button.setAttribute('aria-disabled', 'true');
    const { blocked } = guard();
    button.click();
    ctrlEnter(boxes[0]!);
    expect(blocked).toEqual([]);
  });

  it('fails open: an analyser that throws lets the send through', () => {
    const { button } = page(['jo@example.com']);
    const { errors } = guard({
      analyze: () => {
        throw new Error('boom');
      },
    });
    button.click();
    expect(sent).toEqual(['jo@example.com']);
    expect(errors).toHaveLength(1);
  });

  it('fails open: if showing the overlay throws, the held post is sent once afterwards', async () => {
    const { button } = page(['jo@example.com']);
    guard({
      onBlocked: () => {
        throw new Error('no overlay');
      },
    });
    button.click();
    expect(sent).toEqual([]);
    await vi.waitFor(() => expect(sent).toEqual(['jo@example.com']));
  });

  it('lets everything through when inactive (context invalidated, site switched off) or stopped', () => {
    const { button } = page(['jo@example.com']);
    let active = false;
    const { blocked } = guard({ isActive: () => active });
    button.click();
    expect(blocked).toEqual([]);
    active = true;
    controller.abort();
    button.click();
    expect(blocked).toEqual([]);
    expect(sent).toHaveLength(2);
  });

  it('works on the home timeline button too', () => {
    const { button } = page(['jo@example.com'], 'tweetButtonInline');
    const { blocked } = guard();
    button.click();
    expect(blocked).toHaveLength(1);
  });
});
