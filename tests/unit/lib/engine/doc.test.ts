import { describe, expect, it } from 'vitest';
import { createDoc, createPartDoc } from '../../../../lib/engine/doc.ts';

/** What a Doc exposes to rules, for comparing two of them. */
const view = (d: ReturnType<typeof createDoc>) => ({ text: d.text, original: d.original, tokens: d.tokens, span: d.toOriginal(0, d.text.length) });

describe('createPartDoc', () => {
  const texts = [
    "Great trip.\nJack's mum @Jo_S said #ProudMum!\n\nO'Neill-Smith in 5B? Yes. Zoë came too... end",
    'Words cut mid-way: Smith-Jones and O’Neill’s #tag',
    'Cyrillic look-alikes: Jасk at ЅW1А 1АА, and a real Привет with М1 beside it.',
    '  spaces\u00a0and\u200binvisibles  😂 𝗯𝗼𝗹𝗱 café',
    '#',
    '',
  ];
  it('reads every slice exactly as createDoc(slice) does (tokens, lines, text, offsets)', () => {
    for (const text of texts) {
      const parent = createDoc(text);
      const n = parent.text.length;
      for (let from = 0; from <= n; from++) {
        for (let end = from; end <= n; end++) expect(view(createPartDoc(parent, from, end))).toEqual(view(createDoc(parent.text.slice(from, end))));
      }
    }
  });
  it('reads offsets slice() would take otherwise (negative, past the end) as slice() does', () => {
    const parent = createDoc('One two.\nThree four.');
    for (const [from, end] of [[-5, 20], [3, 99], [7, 2], [-3, -1]] as const) {
      expect(view(createPartDoc(parent, from, end))).toEqual(view(createDoc(parent.text.slice(from, end))));
    }
  });
});
