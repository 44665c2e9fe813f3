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
