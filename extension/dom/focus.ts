/**
 * Put the member of staff back where they were in the composer after the overlay closes. The overlay
 * never changes the editor's text; this only restores focus and the caret.
 *
 * The caret has to be remembered as it moves, not when the send is caught: clicking the site's Post
 * button has already moved the document selection out of the editor by then, and Draft.js does not put
 * its own selection back when the box is focused from outside.
 */
import type { Surface } from '../../lib/sites/types.ts';
import { compileSurfaces } from './compose-target.ts';

export interface CaretMemory {
  /** Focus the composer and put the caret (or selection) back where it last was. */
  restore(composer: Element): void;
}

export function createCaretMemory(surfaces: readonly Surface[], doc: Document, signal?: AbortSignal): CaretMemory {
  const selector = compileSurfaces(surfaces, doc)
    .map((s) => s.composer)
    .join(', ');
  const saved = new WeakMap<Element, Range>();

  const remember = () => {
    const sel = doc.getSelection();
    if (!selector || !sel || sel.rangeCount === 0 || !sel.anchorNode) return;
    const el = sel.anchorNode.nodeType === 1 ? (sel.anchorNode as Element) : sel.anchorNode.parentElement;
    const composer = el?.closest(selector);
    if (composer) saved.set(composer, sel.getRangeAt(0).cloneRange());
  };
  doc.addEventListener('selectionchange', remember, { passive: true, signal });

  return {
    restore(composer) {
      if (!composer.isConnected) return;
      const field = composer as Partial<HTMLTextAreaElement>;
      // Text fields keep their own selection across blur.
      (composer as HTMLElement).focus({ preventScroll: true });
      if (typeof field.selectionStart === 'number') return;
      const range = saved.get(composer);
      const sel = doc.getSelection();
      if (!range || !sel || !composer.contains(range.startContainer) || !composer.contains(range.endContainer)) return;
      sel.removeAllRanges();
      sel.addRange(range);
    },
  };
}
