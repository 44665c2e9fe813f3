/**
 * Rules that read a post as one account (tone/verdict, tone/deadpan, tone/scare-quote ...) were written for
 * tweet-sized posts: in a long Facebook-style update a "lovely" about the weekend at the top, thanks to the sponsors
 * of a run, or a 😂 about the kids makes every later verdict read as sincere. inParts runs such a rule on the whole
 * post first, as before, and when it finds nothing, on the post's parts: runs of whole sentences of at most PART
 * characters, each starting at the last sentence of the part before (so an account and its verdict are never cut
 * apart). Each part is read as its own post; its hits are moved back to the post's positions. Posts of at most PART
 * characters are read once, whole. The parts (and so their tokens and shared look-ups) are made once per post and
 * shared by every rule that reads them; their tokens are the post's own (createPartDoc).
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Hit } from '../../../lib/engine/types.ts';
import { createPartDoc } from '../../../lib/engine/doc.ts';

const PART = 320;

interface Part {
  from: number;
  doc: Doc;
}

export function inParts(doc: Doc, read: (doc: Doc) => Hit[]): Hit[] {
  const whole = read(doc);
  if (whole.length > 0 || doc.text.length <= PART) return whole;
  for (const p of partsOf(doc)) {
    const hits = read(p.doc);
    if (hits.length > 0) return hits.map((h) => ({ ...h, start: h.start + p.from, end: h.end + p.from }));
  }
  return [];
}

function partsOf(doc: Doc): Part[] {
  return doc.memo('tone:parts', () => {
    const { text } = doc;
    // Sentence ends (after . ! ? or a line break, and the spaces after them).
    const ends: number[] = [];
    for (const m of text.matchAll(/[.!?\n]+\s*/g)) ends.push(m.index + m[0].length);
    if (ends.at(-1) !== text.length) ends.push(text.length);
    const out: Part[] = [];
    let from = 0;
    let k = 0;
    while (from < text.length) {
      // The longest run of whole sentences from `from` within PART characters (at least one sentence).
      let to = k;
      while (to + 1 < ends.length && ends[to + 1]! - from <= PART) to++;
      const end = ends[to]!;
      if (end <= from) break;
      out.push({ from, doc: createPartDoc(doc, from, end) });
      if (end >= text.length) break;
      // The next part starts at the start of this part's last sentence.
      const next = to > 0 && ends[to - 1]! > from ? ends[to - 1]! : end;
      k = next === end ? to + 1 : to;
      from = next;
    }
    return out;
  });
}
