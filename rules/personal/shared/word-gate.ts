/**
 * A pre-check, from the post's vocabulary, for a case-insensitive regex without the u flag whose every match starts
 * at a word boundary (\b) with one of a few words, so a post that cannot match skips the regex's scan.
 *
 * In a post with no character beyond ASCII, every ASCII letter is inside a token (lib/engine/text.ts), and a match
 * starting at \b starts a token or a part of one after an inner ' or - (a # or @ before it is the token's prefix, not
 * in its folded form). So the token's folded form, split at ' and -, has a part that starts with the word (or is the
 * word, when the regex ends it at \b too: a part ends at ' or - or the token's end, and the "'s" a folded form loses
 * lies after the word). A post with such a part, or with any character beyond ASCII, may match; the regex then decides.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import { WordTable } from '../../tone/shared/vocab.ts';

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * `may(doc)` is false only when no match of the regex described above is possible: `words` (lower-case ASCII letters)
 * are the words a match starts with; `whole` when each ends at \b too (then a part must be the word, else start with it).
 */
export function wordGate(words: readonly string[], whole: boolean): (doc: Doc) => boolean {
  for (const w of words) if (!/^[a-z]+$/.test(w)) throw new Error(`wordGate: unsupported word ${w}`);
  const set = new Set(words);
  const holds = new WordTable((norm: string): boolean => {
    for (const part of norm.split(/['-]/)) {
      if (whole ? set.has(part) : words.some((w) => part.startsWith(w))) return true;
    }
    return false;
  });
  return (doc) => {
    if (NON_ASCII.test(doc.text)) return true;
    for (const h of holds.of(doc)) if (h) return true;
    return false;
  };
}
