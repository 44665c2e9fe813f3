/**
 * Facts about the post's words (lib/engine/context/words.ts docWords) that depend on a word's folded form alone,
 * read by index instead of a set look-up per word and rule. A word that is its whole token (no hyphen split: most
 * words) has its token's folded form without apostrophes, so its fact is worked out once per distinct word across
 * posts and read by word number (rules/tone/shared/vocab.ts WordTable); the others are worked out as they come.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import { docWords } from '../../../lib/engine/context/index.ts';
import { tokenVocab, WordTable } from '../../tone/shared/vocab.ts';

export class WordFacts {
  private readonly byToken: WordTable<number>;
  private readonly perDoc = new WeakMap<Doc, Int32Array>();
  /** `compute` gives the fact (a number, bits) of a folded word as Word.norm has it; it must depend on that alone. */
  constructor(private readonly compute: (norm: string) => number) {
    this.byToken = new WordTable((norm: string): number => compute(norm.includes("'") ? norm.replace(/'/g, '') : norm));
  }

  /** The fact of each word of docWords(doc), by word index; once per post. */
  of(doc: Doc): Int32Array {
    let out = this.perDoc.get(doc);
    if (out) return out;
    const words = docWords(doc);
    const vids = wordVocabIds(doc);
    const byToken = this.byToken.of(doc);
    out = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      const v = vids[k]!;
      out[k] = v >= 0 ? byToken[v]! : this.compute(words[k]!.norm);
    }
    this.perDoc.set(doc, out);
    return out;
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
