import type { Doc } from './rule.ts';
import { normaliseText } from './normalise.ts';
import { tokenize, type Token } from './text.ts';

/**
 * The post as every rule reads it: `text` is the normalised text (lib/engine/normalise.ts: fancy letters,
 * look-alikes, invisible characters and odd spaces and apostrophes made plain), and `toOriginal` maps a
 * span of it back to the characters of the post as written. The analyser does that mapping, so rules
 * only ever deal with `text` and its offsets.
 */
export function createDoc(original: string): Doc {
  const normalised = normaliseText(original);
  const text = normalised.text;
  let tokens: Token[] | undefined;
  const memos = new Map<string, unknown>();
  return {
    text,
    original,
    toOriginal: normalised.toOriginal,
    get tokens() {
      tokens ??= tokenize(text);
      return tokens;
    },
    memo<T>(key: string, compute: () => T): T {
      const known = memos.get(key);
      if (known !== undefined || memos.has(key)) return known as T;
      const value = compute();
      memos.set(key, value);
      return value;
    },
  };
}
