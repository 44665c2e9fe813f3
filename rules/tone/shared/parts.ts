/**
 * Rules that read a post as one account (tone/verdict, tone/deadpan) were written for tweet-sized posts: in a long
 * Facebook-style update a "lovely" about the weekend at the top, or thanks to the sponsors of a run, makes every
 * later verdict read as sincere. inParts runs such a rule on the whole post first, as before, and when it finds
 * nothing, on the post's parts: runs of whole sentences of at most PART characters, each starting one sentence
 * before the previous part ended (so an account and its verdict are never cut apart). Each part is read as its own
 * post; its hits are moved back to the post's positions. Short posts are read once, whole.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Hit } from '../../../lib/engine/types.ts';
import { createDoc } from '../../../lib/engine/doc.ts';

const PART = 320;

export function inParts(doc: Doc, read: (doc: Doc) => Hit[]): Hit[] {
  const whole = read(doc);
  const { text } = doc;
  if (whole.length > 0 || text.length <= PART) return whole;
  // Sentence ends (after . ! ? or a line break, and the spaces after them).
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?\n]+\s*/g)) ends.push(m.index + m[0].length);
  if (ends.at(-1) !== text.length) ends.push(text.length);
  let from = 0;
  let k = 0;
  while (from < text.length) {
    // The longest run of whole sentences from `from` within PART characters (at least one sentence).
    let to = k;
    while (to + 1 < ends.length && ends[to + 1]! - from <= PART) to++;
    if (ends[to]! <= from) break;
    const end = ends[to]!;
    const hits = read(createDoc(text.slice(from, end)));
    if (hits.length > 0) return hits.map((h) => ({ ...h, start: h.start + from, end: h.end + from }));
    if (end >= text.length) break;
    // The next part starts at the start of this part's last sentence.
    const next = to > 0 && ends[to - 1]! > from ? ends[to - 1]! : end;
    k = next === end ? to + 1 : to;
    from = next;
  }
  return [];
}
