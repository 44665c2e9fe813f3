/**
 * Hit-testing for PostPause's own floating UI (the status badge, the gentle notes): a spot is free when
 * the page shows nothing there that a person could click or type into, so our UI never covers the site's
 * buttons or the text being written.
 */
import type { Box } from './badge-place.ts';

export const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="checkbox"], [role="switch"], [role="option"], [contenteditable=""], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/**
 * `isOwn(el)` says which elements are PostPause's own (ignored); `skip` is an element the box must not
 * cover at all (the composer).
 */
export function spotIsFree(doc: Document, isOwn: (el: Element) => boolean, skip?: Element): (b: Box) => boolean {
  return (b) => {
    // Corners, centre, and a grid every 24 px: a small button under the middle of a wide note counts too.
    const points: [number, number][] = [
      [b.left + 1, b.top + 1],
      [b.left + b.width - 1, b.top + 1],
      [b.left + 1, b.top + b.height - 1],
      [b.left + b.width - 1, b.top + b.height - 1],
      [b.left + b.width / 2, b.top + b.height / 2],
    ];
    for (let y = b.top + 12; y < b.top + b.height; y += 24) for (let x = b.left + 12; x < b.left + b.width; x += 24) points.push([x, y]);
    for (const [x, y] of points) {
      const top = doc.elementFromPoint(x, y);
      if (!top || isOwn(top)) continue;
      if ((skip && (top === skip || skip.contains(top))) || top.closest(INTERACTIVE)) return false;
    }
    return true;
  };
}
