/**
 * Performance marks for the extension's own pages (popup, options, checklist, welcome, guide): when a
 * page's real content is rendered, not a "Loading…" placeholder. tests/bench/page-open.ts reads them to
 * time each page from its navigation start; they cost a timeline entry and nothing else.
 *
 *   postpause:content        the content is in the DOM (set from a layout effect, after Preact commits it)
 *   postpause:content-shown  after the next animation frame's paint: the content is on screen
 *   postpause:settled        (options) the school's policy is known: every setting's lock state is final
 */
import { useLayoutEffect } from 'preact/hooks';

export type PageMark = 'content' | 'settled';

/** Set the mark once per page (later calls do nothing). */
export function markPage(name: PageMark): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  const mark = `postpause:${name}`;
  if (performance.getEntriesByName(mark).length > 0) return;
  performance.mark(mark);
  // A task queued from the next frame's callback runs once that frame has been painted.
  if (name === 'content' && typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(() => performance.mark(`${mark}-shown`), 0));
}

/** Marks `name` once the component has rendered with `ready` true. */
export function usePageMark(name: PageMark, ready = true): void {
  useLayoutEffect(() => {
    if (ready) markPage(name);
  }, [name, ready]);
}
