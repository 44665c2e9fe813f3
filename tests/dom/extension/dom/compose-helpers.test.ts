import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchComposers } from '../../../../extension/dom/compose-watch.ts';
import { createCaretMemory } from '../../../../extension/dom/focus.ts';
import { pageTheme } from '../../../../extension/dom/page-theme.ts';
import { x } from '../../../../lib/sites/x.ts';

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.replaceChildren();
  document.body.removeAttribute('style');
});
afterEach(() => controller.abort());

function composer(text: string): HTMLElement {
  const box = document.createElement('div');
  box.setAttribute('contenteditable', 'true');
  box.dataset.testid = 'tweetTextarea_0';
  box.textContent = text;
  document.body.append(box);
  return box;
}

describe('watchComposers', () => {
  it('analyses a composer once typing pauses, not on every keystroke', async () => {
    const box = composer('hello');
    const analyze = vi.fn(() => []);
    const onResult = vi.fn();
    watchComposers({ surfaces: x.surfaces, analyze, onResult, delayMs: 20, signal: controller.signal });
    for (const t of ['hello t', 'hello th', 'hello the']) {
      box.textContent = t;
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await vi.waitFor(() => expect(onResult).toHaveBeenCalledTimes(1));
    expect(analyze).toHaveBeenCalledWith('hello the');
  });

  it('ignores input outside composers and stops when aborted', async () => {
    const other = document.createElement('input');
    document.body.append(other);
    const box = composer('x');
    const analyze = vi.fn(() => []);
    watchComposers({ surfaces: x.surfaces, analyze, delayMs: 5, signal: controller.signal });
    other.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new Event('input', { bubbles: true }));
    controller.abort();
    await new Promise((r) => setTimeout(r, 30));
    expect(analyze).not.toHaveBeenCalled();
  });
});

describe('createCaretMemory', () => {
  it('puts the caret back where it last was in the composer', async () => {
    const box = composer('abcdef');
    const button = document.createElement('button');
    document.body.append(button);
    const memory = createCaretMemory(x.surfaces, document, controller.signal);
    box.focus();
    const sel = document.getSelection()!;
    const r = document.createRange();
    r.setStart(box.firstChild!, 3);
    r.collapse(true);
    sel.removeAllRanges();
    sel.addRange(r);
    document.dispatchEvent(new Event('selectionchange'));
    // Clicking the page's Post button moves the selection away.
    button.focus();
    sel.removeAllRanges();
    memory.restore(box);
    expect(document.activeElement).toBe(box);
    expect(sel.rangeCount).toBe(1);
    expect(sel.getRangeAt(0).startContainer).toBe(box.firstChild);
    expect(sel.getRangeAt(0).startOffset).toBe(3);
  });
});

describe('pageTheme', () => {
  it.each([
    ['rgb(0, 0, 0)', 'dark'],
    ['rgb(21, 32, 43)', 'dark'],
    ['rgb(255, 255, 255)', 'light'],
    ['rgba(0, 0, 0, 0)', 'auto'],
  ])('a page background of %s is %s', (bg, theme) => {
    document.body.style.backgroundColor = bg;
    document.documentElement.style.backgroundColor = '';
    expect(pageTheme(document)).toBe(theme);
  });
});
