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
  /** Interned number of each word number: the same for the same word in every post of one `epoch` (see WordTable). */
  interned: Int32Array;
  epoch: number;
}

// Every distinct word seen is given a number once, so facts about a word (./vocab.ts WordTable) are kept in
// arrays by that number: one Map look-up per distinct word of a post here, instead of one per word and table.
// Bounded: when full it starts again under a new epoch, and the tables forget what they knew.
const interned = new Map<string, number>();
let epoch = 0;
const MAX_INTERNED = 200_000;

export function tokenVocab(doc: Doc): Vocab {
  return doc.memo('tone:vocab', () => {
    const index = tokenIndex(doc);
    if (interned.size + index.size > MAX_INTERNED) {
      interned.clear();
      epoch++;
    }
    const ids = new Int32Array(doc.tokens.length);
    const numbers = new Int32Array(index.size);
    const words: string[] = [];
    for (const [norm, at] of index) {
      const k = words.length;
      words.push(norm);
      let n = interned.get(norm);
      if (n === undefined) interned.set(norm, (n = interned.size));
      numbers[k] = n;
      for (const i of at) ids[i] = k;
    }
    return { ids, words, interned: numbers, epoch };
  });
}

/**
 * A fact about a word (a lexicon entry, a set of bits), worked out by `compute` once per distinct word
 * across posts and kept in an array by the word's interned number. `of(doc)` gives the fact of each word
 * number of the post (Vocab.words), in order.
 */
export class WordTable<T> {
  private values: T[] = [];
  private known = new Uint8Array(1024);
  private epoch = -1;
  constructor(private readonly compute: (word: string) => T) {}

  of(doc: Doc): T[] {
    const v = tokenVocab(doc);
    if (v.epoch !== this.epoch) {
      this.values = [];
      this.known = new Uint8Array(1024);
      this.epoch = v.epoch;
    }
    const out = new Array<T>(v.words.length);
    for (let k = 0; k < v.words.length; k++) {
      const n = v.interned[k]!;
      if (n >= this.known.length) {
        const grown = new Uint8Array(Math.max(n + 1, this.known.length * 2));
        grown.set(this.known);
        this.known = grown;
      }
      if (this.known[n] === 0) {
        const value = this.compute(v.words[k]!);
        while (this.values.length < n) this.values.push(undefined as T);
        this.values[n] = value;
        this.known[n] = 1;
      }
      out[k] = this.values[n]!;
    }
    return out;
  }
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
  const bitsOf = new WordTable((word: string): number => {
    let b = 0;
    letters.forEach((l, k) => {
      if (l && l.some((x) => word.includes(x))) b |= 1 << k;
    });
    return b;
  });
  const memo = new WeakMap<Doc, number>();
  return (doc) => {
    let b = memo.get(doc);
    if (b === undefined) {
      b = always;
      for (const x of bitsOf.of(doc)) b |= x;
      memo.set(doc, b);
    }
    return b;
  };
}
