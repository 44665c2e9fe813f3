import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../lib/engine/doc.ts';
import { wordGate } from './word-gate.ts';

/** Texts around the edges of a word: inner ' and -, a #/@ prefix, a possessive, other cases, \w and non-ASCII beside it. */
const TEXTS = [
  'just here', 'JUST', 'Just.', 'adjust the plan', 'x-just', "just's fine", "just'sx", '#just', '@Here now', '_just', 'just_', 'just9',
  '9just', "o'just", 'in-just-time', 'nów', 'justé', 'é just', 'hereford', 'here-ish', 'rn', 'RN?', 'turn', 'a moment', 'moments',
  'registration', 'my reg', 'reg-plate', 'irregular', 'numberplates', 'number plate', 'plateau', 'Reg:', '#plate', 'x_reg', '3reg',
  'nothing to see', '', '   ', "we're at the plate's edge", 'ＲＥＧ', 'Kelvin \u212A',
];

describe('wordGate', () => {
  const cases: [string[], boolean, RegExp][] = [
    [['now', 'rn', 'currently', 'atm', 'moment', 'speak', 'just', 'here'], true, /\b(?:now|rn|currently|atm|moment|speak|just|here)\b/i],
    [['reg', 'plate', 'numberplate'], false, /\b(?:reg|registration|plate|numberplate)/i],
  ];
  for (const [words, whole, re] of cases) {
    it(`never rules out a post its regex matches (${words[0]}, whole=${whole})`, () => {
      const gate = wordGate(words, whole);
      for (const a of TEXTS) {
        for (const b of TEXTS) {
          const text = `${a} ${b}`;
          if (re.test(text)) expect(gate(createDoc(text)), text).toBe(true);
        }
      }
    });
  }
  it('rules out an all-ASCII post without the words, and never one with characters beyond ASCII', () => {
    const gate = wordGate(['just', 'here'], true);
    expect(gate(createDoc('adjust the hereford plan'))).toBe(false);
    expect(gate(createDoc('we are just here'))).toBe(true);
    expect(gate(createDoc('adjust the plan, Zoë'))).toBe(true);
    expect(wordGate(['reg'], false)(createDoc('irregular verbs'))).toBe(false);
    expect(wordGate(['reg'], false)(createDoc('registration day'))).toBe(true);
  });
  it('takes only lower-case ASCII words', () => {
    expect(() => wordGate(['Just'], true)).toThrow();
  });
});
