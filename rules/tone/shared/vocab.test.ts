import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../lib/engine/doc.ts';
import { WordTable, letterGate, tokenVocab } from './vocab.ts';

describe('post vocabulary', () => {
  it('numbers each distinct folded word once, in order of first use', () => {
    const v = tokenVocab(createDoc('The kids, the KIDS and the staff.'));
    expect(v.words).toEqual(['the', 'kids', 'and', 'staff']);
    expect([...v.ids]).toEqual([0, 1, 0, 1, 2, 0, 3]);
  });
});

describe('letterGate', () => {
  const gate = letterGate([['slap', 'punch'], ['next'], undefined]);
  it('keeps a regex whose letters are inside any word, hyphenated, accented or capitalised', () => {
    expect(gate(createDoc('He deserves a SLAP.'))).toBe(0b101);
    expect(gate(createDoc('a slap-happy day, then the next-door café'))).toBe(0b111);
    expect(gate(createDoc('crème-brûlée-punch for the NEXT round'))).toBe(0b111);
  });
  it('rules a regex out when no word holds its letters; an unchecked one always stays', () => {
    expect(gate(createDoc('Lovely walk along the canal this morning.'))).toBe(0b100);
    expect(gate(createDoc(''))).toBe(0b100);
  });

  it('gives the same interned number to the same word in every post', () => {
    const a = tokenVocab(createDoc('Kids and staff.'));
    const b = tokenVocab(createDoc('staff meeting, kids'));
    expect(a.epoch).toBe(b.epoch);
    expect(b.interned[b.words.indexOf('staff')]).toBe(a.interned[a.words.indexOf('staff')]);
    expect(b.interned[b.words.indexOf('kids')]).toBe(a.interned[a.words.indexOf('kids')]);
    expect(new Set(b.interned).size).toBe(b.words.length);
  });

  it('works a word table fact out once per distinct word across posts, including undefined facts', () => {
    const asked: string[] = [];
    const table = new WordTable((w: string) => {
      asked.push(w);
      return w.startsWith('s') ? w.length : undefined;
    });
    expect(table.of(createDoc('staff and kids and staff'))).toEqual([5, undefined, undefined]);
    expect(table.of(createDoc('Kids, sir, staff!'))).toEqual([undefined, 3, 5]);
    expect(asked).toEqual(['staff', 'and', 'kids', 'sir']);
  });
});
