/**
 * The post's vocabulary: each distinct folded word once, and for each token the number of its word. Facts
 * that depend on the word alone (a rating, a model weight, a word class) are then looked up once per
 * distinct word instead of once per token, and read per token from an array: no hashing in the token loops.
 * Built from the shared token index (./windows.ts), once per post.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import { tokenIndex } from './windows.ts';

export interface Vocab {
  /** Word number of each token. */
  ids: Int32Array;
  /** Folded form of each word number, in order of first occurrence. */
  words: readonly string[];
}

export function tokenVocab(doc: Doc): Vocab {
  return doc.memo('tone:vocab', () => {
    const ids = new Int32Array(doc.tokens.length);
    const words: string[] = [];
    for (const [norm, at] of tokenIndex(doc)) {
      const k = words.length;
      words.push(norm);
      for (const i of at) ids[i] = k;
    }
    return { ids, words };
  });
}

/**
 * A pre-check for a rule's regexes. `letters[k]` lists ASCII letter strings one of which every match of
 * regex k contains (undefined: no pre-check for it). A case-insensitive regex without the u flag matches
 * ASCII letters only with ASCII letters, and those are always inside a token whose folded form keeps them,
 * so a post none of whose words contains any of the letters cannot match that regex. The returned function
 * gives, for a post, a bit k for each regex that may match (at most 31 regexes); it looks each distinct
 * word up once, and each word's letters are worked out once.
 */
export function letterGate(letters: readonly (readonly string[] | undefined)[]): (doc: Doc) => number {
  if (letters.length > 31) throw new RangeError('letterGate takes at most 31 regexes');
  let always = 0;
  letters.forEach((l, k) => {
    if (!l) always |= 1 << k;
  });
  const byWord = new Map<string, number>();
  const bitsOf = (word: string): number => {
    let b = byWord.get(word);
    if (b === undefined) {
      b = 0;
      letters.forEach((l, k) => {
        if (l && l.some((x) => word.includes(x))) b! |= 1 << k;
      });
      if (byWord.size >= 50_000) byWord.clear();
      byWord.set(word, b);
    }
    return b;
  };
  const memo = new WeakMap<Doc, number>();
  return (doc) => {
    let b = memo.get(doc);
    if (b === undefined) {
      b = always;
      for (const w of tokenVocab(doc).words) b |= bitsOf(w);
      memo.set(doc, b);
    }
    return b;
  };
}
