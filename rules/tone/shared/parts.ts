/**
 * Rules that read a post as one account (tone/verdict, tone/deadpan, tone/scare-quote ...) were written for
 * tweet-sized posts: in a long Facebook-style update a "lovely" about the weekend at the top, thanks to the sponsors
 * of a run, or a 😂 about the kids makes every later verdict read as sincere. inParts runs such a rule on the whole
 * post first, as before, and when it finds nothing, on the post's parts: runs of whole sentences of at most PART
 * characters, each starting at the last sentence of the part before (so an account and its verdict are never cut
 * apart). Each part is read as its own post; its hits are moved back to the post's positions. Posts of at most PART
 * characters are read once, whole. The parts (and so their tokens and shared look-ups) are made once per post and
 * shared by every rule that reads them; a part read in the last post typed is not read again (see lastParts).
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Hit } from '../../../lib/engine/types.ts';
import { createPartDoc } from '../../../lib/engine/doc.ts';

const PART = 320;

interface Part {
  from: number;
  /** The part's text: its doc is createDoc of it (made on first use). */
  text: string;
  readonly doc: Doc;
}

type Reader = (doc: Doc) => Hit[];

/**
 * What each reader found in the parts of the last post it read in parts, by part text. Analysis runs on every
 * pause in typing, and typing changes a long post near the end: the parts before the change are the same text
 * as last time. A part is read as a post of its own text (createPartDoc is exactly createDoc of the slice) and a
 * reader is a pure function of the doc it reads (as every Detector is), so what it found there is what it would
 * find again. Only the last post's parts are kept: a post that is not the last one typed is read in full.
 */
const lastParts = new WeakMap<Reader, Map<string, Hit[]>>();

export function inParts(doc: Doc, read: Reader): Hit[] {
  const whole = read(doc);
  if (whole.length > 0 || doc.text.length <= PART) return whole;
  const last = lastParts.get(read);
  const seen = new Map<string, Hit[]>();
  lastParts.set(read, seen);
  for (const p of partsOf(doc)) {
    let hits = last?.get(p.text);
    if (hits === undefined) hits = read(p.doc);
    seen.set(p.text, hits);
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
      out.push(part(doc, from, end));
      if (end >= text.length) break;
      // The next part starts at the start of this part's last sentence.
      const next = to > 0 && ends[to - 1]! > from ? ends[to - 1]! : end;
      k = next === end ? to + 1 : to;
      from = next;
    }
    return out;
  });
}

function part(doc: Doc, from: number, end: number): Part {
  let made: Doc | undefined;
  return {
    from,
    text: doc.text.slice(from, end),
    get doc() {
      made ??= createPartDoc(doc, from, end);
      return made;
    },
  };
}
