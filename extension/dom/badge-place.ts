/**
 * Where a composer's status badge goes: just outside the composer (so it never covers what is being
 * typed), on a spot where the page has nothing to click (so it never covers the site's own buttons),
 * and inside the viewport. The spot is chosen from a few candidates around the composer, keeping the
 * previous one while it stays free so the badge does not jump about while typing.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement extends Box {
  /** Which candidate was used (kept as the preference for the next placement). */
  slot: number;
  /** False when no candidate was free and the least bad one was used. */
  free: boolean;
}

const GAP = 4;

/** Candidate boxes for a badge of `size` around `c`, in order of preference. */
export function candidates(c: Box, size: { width: number; height: number }): Box[] {
  const { width: w, height: h } = size;
  const right = c.left + c.width;
  const bottom = c.top + c.height;
  return [
    { left: right - w, top: c.top - h - GAP, width: w, height: h }, // above, right-aligned
    { left: right - w, top: bottom + GAP, width: w, height: h }, // below, right-aligned
    { left: right + GAP * 2, top: c.top, width: w, height: h }, // to the right, top
    { left: right + GAP * 2, top: bottom - h, width: w, height: h }, // to the right, bottom
    { left: c.left, top: c.top - h - GAP, width: w, height: h }, // above, left-aligned
    { left: c.left, top: bottom + GAP, width: w, height: h }, // below, left-aligned
    { left: c.left - w - GAP * 2, top: c.top, width: w, height: h }, // to the left
  ];
}

const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * Pick a spot. `isFree` says whether the page has something there the badge must not hide (tested with
 * hit-testing by the caller); it is only asked about candidates inside the viewport and off the composer.
 */
export function placeBadge(
  composer: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  isFree: (b: Box) => boolean,
  preferred = 0,
): Placement | null {
  const all = candidates(composer, size);
  const inView = (b: Box) => b.left >= 0 && b.top >= 0 && b.left + b.width <= viewport.width && b.top + b.height <= viewport.height;
  const order = [preferred, ...all.keys()].filter((i, k, a) => i >= 0 && i < all.length && a.indexOf(i) === k);
  let fallback: Placement | null = null;
  for (const i of order) {
    const b = all[i]!;
    if (!inView(b) || overlaps(b, composer)) continue;
    if (isFree(b)) return { ...b, slot: i, free: true };
    fallback ??= { ...b, slot: i, free: false };
  }
  return fallback;
}
