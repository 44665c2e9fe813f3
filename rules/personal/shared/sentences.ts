/**
 * A post's sentences for the personal rules (whereabouts.ts and travel.ts both read them): split at . ! ? and
 * line breaks, not at a full stop between two digits (22.08.1992, 18.03). Worked out once per post.
 */
import type { Doc } from '../../../lib/engine/rule.ts';

export interface Sentence {
  start: number;
  end: number;
}

const memo = new WeakMap<Doc, readonly Sentence[]>();

/** The sentences of `doc.text`, as offsets; the same array for every caller in one analysis. */
export function sentences(doc: Doc): readonly Sentence[] {
  let out = memo.get(doc);
  if (!out) memo.set(doc, (out = split(doc.text)));
  return out;
}

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const digit = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c >= 48 && c <= 57;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // \n ! ? and a full stop that is not between two digits.
    if (c === 10 || c === 33 || c === 63 || (c === 46 && !(digit(i - 1) && digit(i + 1)))) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
