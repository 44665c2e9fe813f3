/**
 * Facts about the post's words (lib/engine/context/words.ts docWords) that depend on a word's folded form alone,
 * read by index instead of a set look-up per word and rule. A word that is its whole token (no hyphen split: most
 * words) has its token's folded form without apostrophes, so its fact is worked out once per distinct word across
 * posts and read by word number (rules/tone/shared/vocab.ts WordTable); the others are worked out as they come.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import { docWords } from '../../../lib/engine/context/index.ts';
import { tokenVocab } from '../../tone/shared/vocab.ts';

export class WordFacts {
  // The fact of each whole-token word by its interned number (tokenVocab): as rules/tone/shared/vocab.ts WordTable keeps
  // them, but read here straight from the word loop, with no array of the post's vocabulary per table and post.
  private values = new Int32Array(1024);
  private known = new Uint8Array(1024);
  private epoch = -1;
  private readonly perDoc = new WeakMap<Doc, Int32Array>();
  /** `compute` gives the fact (a number, bits) of a folded word as Word.norm has it; it must depend on that alone. */
  constructor(private readonly compute: (norm: string) => number) {}

  /** The fact of each word of docWords(doc), by word index; once per post. */
  of(doc: Doc): Int32Array {
    let out = this.perDoc.get(doc);
    if (out) return out;
    const words = docWords(doc);
    const vids = wordVocabIds(doc);
    const vocab = tokenVocab(doc);
    if (vocab.epoch !== this.epoch) {
      this.values = new Int32Array(1024);
      this.known = new Uint8Array(1024);
      this.epoch = vocab.epoch;
    }
    out = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      const v = vids[k]!;
      if (v < 0) {
        out[k] = this.compute(words[k]!.norm);
        continue;
      }
      const n = vocab.interned[v]!;
      if (n >= this.known.length) this.grow(n);
      if (this.known[n] === 0) {
        // The token's folded form keeps its apostrophes; Word.norm has none.
        const norm = vocab.words[v]!;
        this.values[n] = this.compute(norm.includes("'") ? norm.replace(/'/g, '') : norm);
        this.known[n] = 1;
      }
      out[k] = this.values[n]!;
    }
    this.perDoc.set(doc, out);
    return out;
  }

  private grow(n: number): void {
    const size = Math.max(n + 1, this.known.length * 2);
    const values = new Int32Array(size);
    values.set(this.values);
    const known = new Uint8Array(size);
    known.set(this.known);
    this.values = values;
    this.known = known;
  }
}

/**
 * For each word of docWords(doc), the vocabulary number of its token (tokenVocab) when the word is its whole token,
 * else -1: worked out once per post and shared by every WordFacts, so each reads an array instead of comparing
 * the word's and its token's offsets.
 */
function wordVocabIds(doc: Doc): Int32Array {
  return doc.memo('pupil:word-vocab-ids', () => {
    const words = docWords(doc);
    const { tokens } = doc;
    const ids = tokenVocab(doc).ids;
    const out = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const tok = tokens[w.token]!;
      out[k] = w.start === tok.start && w.end === tok.end ? ids[w.token]! : -1;
    }
    return out;
  });
}
