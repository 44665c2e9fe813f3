import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { focusedComposer, onFirstComposerTouch } from '../../../../extension/compose/first-touch.ts';
import { x } from '../../../../lib/sites/x.ts';

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.replaceChildren();
});
afterEach(() => controller.abort());

function composer(): HTMLElement {
  const box = document.createElement('div');
  box.setAttribute('contenteditable', 'true');
  box.setAttribute('role', 'textbox');
  box.dataset.testid = 'tweetTextarea_0';
  document.body.append(box);
  return box;
}

describe('first composer touch', () => {
  it('ignores the rest of the page and fires once, on the first focus, input or press in a composer', () => {
    const other = document.createElement('input');
    document.body.append(other);
    const box = composer();
    const touched = vi.fn();
    onFirstComposerTouch(x.surfaces, touched, { signal: controller.signal });
    other.focus();
    other.dispatchEvent(new Event('input', { bubbles: true }));
    expect(touched).not.toHaveBeenCalled();
    box.focus();
    expect(touched).toHaveBeenCalledTimes(1);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(touched).toHaveBeenCalledTimes(1);
  });

  it('input without focus counts too (a script filling the box)', () => {
    const box = composer();
    const touched = vi.fn();
    onFirstComposerTouch(x.surfaces, touched, { signal: controller.signal });
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(touched).toHaveBeenCalledTimes(1);
  });

  it('stops listening when the content script goes away', () => {
    const box = composer();
    const touched = vi.fn();
    onFirstComposerTouch(x.surfaces, touched, { signal: controller.signal });
    controller.abort();
    box.focus();
    expect(touched).not.toHaveBeenCalled();
  });

  it('focusedComposer finds the composer in use, and nothing when focus is elsewhere', () => {
    const box = composer();
    expect(focusedComposer(x.surfaces)).toBeNull();
    box.focus();
    expect(focusedComposer(x.surfaces)?.composer).toBe(box);
  });
});
