import type { Doc } from './rule.ts';
import { tokenize, type Token } from './text.ts';

export function createDoc(text: string): Doc {
  let tokens: Token[] | undefined;
  const memos = new Map<string, unknown>();
  return {
    text,
    get tokens() {
      tokens ??= tokenize(text);
      return tokens;
    },
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}
