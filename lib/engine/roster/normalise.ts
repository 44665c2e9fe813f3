import { fold } from '../text.ts';

/**
 * The one normalisation both sides of the roster scheme use (docs/roster-hashing.md): fold case, accents
 * and invisible characters, drop apostrophes and full stops (O'Neill -> oneill, St. -> st), and treat
 * hyphens, underscores and runs of spaces as a single word break (Smith-Jones -> "smith jones").
 * Anything else that is not a letter or digit is dropped.
 */
export function normaliseName(s: string): string {
  return fold(s)
    .replace(/['`.\u00B4]/g, '')
    .replace(/[-_\s\u2010-\u2015]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Words of a normalised name ("mary jane" -> ["mary", "jane"]). */
export function nameWords(s: string): string[] {
  const n = normaliseName(s);
  return n ? n.split(' ') : [];
}
