import { fold } from '../text.ts';

/**
 * The one normalisation both sides of the roster scheme use (docs/roster-hashing.md): fold case, accents
 * and invisible characters, drop apostrophes and full stops (O'Neill -> oneill, St. -> st), and treat
 * hyphens, underscores and runs of spaces as a single word break (Smith-Jones -> "smith jones").
 * Anything else that is not a letter or digit is dropped.
 */
/**
 * Letters that Unicode does not decompose into a base letter and an accent (Małgorzata, Søren, Đorđe,
 * Weiß, Æsa): mapped to the letters staff type on an English keyboard. Applied by normaliseName and by
 * the analyser to each word (rosterWord), so either spelling matches either spelling.
 */
const EXTRA_LETTERS: Readonly<Record<string, string>> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i', 'ŀ': 'l', 'þ': 'th', 'ħ': 'h' };
const EXTRA_RE = /[łøđðßæœıŀþħ]/g;
const EXTRA_TEST = /[łøđðßæœıŀþħ]/;

/** A folded word with the letters above mapped (the analyser's side of the roster normalisation). */
export function rosterWord(folded: string): string {
  return EXTRA_TEST.test(folded) ? folded.replace(EXTRA_RE, (c) => EXTRA_LETTERS[c]!) : folded;
}

export function normaliseName(s: string): string {
  return rosterWord(fold(s))
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
