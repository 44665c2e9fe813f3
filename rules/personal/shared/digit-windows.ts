/**
 * The stretches of a post around its digits (lib/engine/text.ts digitStretches, reaching over ten whitespace
 * characters either side of each run of digits), worked out once per post, and a scan of a global regex over them.
 *
 * For a pattern every match of which holds an ASCII digit and at most ten whitespace characters, and which looks
 * at most one character beyond a match with a lookbehind or lookahead that whitespace passes (or \b), scanning the
 * stretches finds exactly the matches a scan of the whole text finds (digitStretches says why), in the same order:
 * the number rules (postcode, number plate, NI and NHS numbers, dates of birth) then skip the long stretches of prose
 * where they cannot match instead of trying their pattern at every character of the post.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import { digitStretches } from '../../../lib/engine/text.ts';

export interface Stretch {
  start: number;
  end: number;
}

/** The most whitespace characters a pattern scanned with matchesInDigitWindows may hold. */
export const DIGIT_WINDOW_SPACES = 10;

/** digitStretches(doc.text, DIGIT_WINDOW_SPACES), once per post. */
export function digitWindows(doc: Doc): readonly Stretch[] {
  return doc.memo('personal:digit-windows', () => digitStretches(doc.text, DIGIT_WINDOW_SPACES));
}

/**
 * The matches of global regex `re` (no empty matches) in the stretches of `text`, as text.matchAll(re) would give
 * them for a pattern of the kind described above: each match's `index` is its offset in `text`. `re.lastIndex` is
 * left at 0.
 */
export function matchesInDigitWindows(text: string, re: RegExp, windows: readonly Stretch[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const w of windows) {
    const slice = text.slice(w.start, w.end);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      m.index += w.start;
      out.push(m);
    }
  }
  re.lastIndex = 0;
  return out;
}
