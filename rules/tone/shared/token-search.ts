/**
 * Binary searches from a character offset to a token index. Tokens are in text order, so a rule that looks up many
 * offsets (quotes, cues, sentences) stays O(n log n) rather than walking the tokens for each one.
 */
import type { Token } from '../../../lib/engine/text.ts';

/** Index of the first token that ends after `pos`: the token holding `pos`, or the next one (tokens.length if none). */
export function tokenEndingAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token starting at or after `pos` (tokens.length if none). */
export function firstTokenFrom(tokens: readonly Token[], pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
