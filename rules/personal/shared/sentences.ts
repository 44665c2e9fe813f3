/**
 * A post's sentences for the personal rules (whereabouts.ts, travel.ts and presence.ts read them): split at . ! ? and
 * line breaks, not at a full stop between two digits (22.08.1992, 18.03). Worked out once per post.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Hit } from '../../../lib/engine/types.ts';

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

const STOP = /[\n!?.]/g;
function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const digit = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c >= 48 && c <= 57;
  };
  // The candidates (\n ! ? .) are found by the regex engine's scan rather than a test per character.
  // test() rather than exec(): no match array per stop; a match is one character, just before lastIndex.
  STOP.lastIndex = 0;
  while (STOP.test(text)) {
    const i = STOP.lastIndex - 1;
    // \n ! ? and a full stop that is not between two digits.
    if (text.charCodeAt(i) !== 46 || !(digit(i - 1) && digit(i + 1))) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * The hits of a frame reader (travel.ts, presence.ts) for the personal/location rule: `find` runs in each sentence
 * its mask marks, unless the sentence is over 400 characters or `taken` (the rule's other hits) already covers part
 * of it. `find` gets the sentence, what to read around it (the whole post when the post is short), its mask and
 * whether it ends in a question mark, and answers with offsets inside the sentence.
 */
export function frameHits(
  doc: Doc,
  all: readonly Sentence[],
  masks: Uint16Array,
  taken: readonly Hit[],
  find: (sentence: string, post: string, mask: number, question: boolean) => Hit | null,
): Hit[] {
  const { text } = doc;
  const hits: Hit[] = [];
  for (let k = 0; k < all.length; k++) {
    const { start, end } = all[k]!;
    if (masks[k] === 0 || end - start > 400 || taken.some((h) => h.start < end && h.end > start)) continue;
    const sentence = text.slice(start, end);
    const found = find(sentence, text.length <= 280 ? text : sentence, masks[k]!, text[end] === '?');
    if (found) hits.push({ start: start + found.start, end: start + found.end, reason: found.reason });
  }
  return hits;
}
