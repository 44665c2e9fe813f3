import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../lib/engine/doc.ts';
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Hit } from '../../../lib/engine/types.ts';
import { inParts } from './parts.ts';

const SENTENCES = [
  'What a lovely weekend we had at the seaside with the whole family.',
  'The traffic on the way back was awful and took three hours.',
  'Back at school tomorrow with a pile of marking to get through.',
  'The new behaviour policy lands on Monday, apparently.',
  'Fingers crossed the heating works this week in the old block.',
  'Book club picked a thriller this month and I could not put it down.',
];
const post = (n: number, last = ''): string => Array.from({ length: n }, (_, i) => SENTENCES[i % SENTENCES.length]).join(' ') + last;

/** A reader that finds "apparently" in a short post only (so a long post is read part by part), counting its reads. */
function countingReader(): { read: (doc: Doc) => Hit[]; texts: string[] } {
  const texts: string[] = [];
  const read = (doc: Doc): Hit[] => {
    texts.push(doc.text);
    const i = doc.text.indexOf('apparently');
    return doc.text.length <= 320 && i >= 0 ? [{ start: i, end: i + 10, reason: 'r' }] : [];
  };
  return { read, texts };
}

describe('inParts', () => {
  it('finds in a long post what it finds reading the post afresh, however the post was typed before', () => {
    const fresh = countingReader();
    const typed = countingReader();
    const final = post(14, ' And then apparently.');
    for (let k = 100; k < final.length; k += 37) inParts(createDoc(final.slice(0, k)), typed.read);
    expect(inParts(createDoc(final), typed.read)).toEqual(inParts(createDoc(final), fresh.read));
    expect(inParts(createDoc(post(14)), typed.read)).toEqual(inParts(createDoc(post(14)), fresh.read));
  });

  it('does not read again the parts of the last post that are unchanged, and reads changed ones', () => {
    const r = countingReader();
    const plain = (n: number): string => Array.from({ length: n }, (_, i) => SENTENCES[i % SENTENCES.length]).filter((s) => !s!.includes('apparently')).join(' ');
    const before = plain(14);
    expect(inParts(createDoc(before), r.read)).toEqual([]);
    const firstReads = r.texts.length;
    // The post typed on: only the whole post and the parts that are new are read.
    r.texts.length = 0;
    const after = `${before} Then apparently.`;
    const hits = inParts(createDoc(after), r.read);
    expect(hits).toHaveLength(1);
    expect(hits).toEqual(inParts(createDoc(after), countingReader().read));
    expect(r.texts[0]).toBe(after);
    expect(r.texts.length).toBeGreaterThan(1);
    expect(r.texts.length).toBeLessThan(firstReads);
    for (const t of r.texts.slice(1)) expect(t.endsWith('Then apparently.')).toBe(true);
  });
});
