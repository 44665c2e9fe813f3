import { describe, expect, it } from 'vitest';
import { digitStretches, isRegexSpace, tokenize } from '../../../../lib/engine/text.ts';

describe('tokenize', () => {
  it.each([
    ["Amelia's mum", [['Amelia\'s', 'amelia', true], ['mum', 'mum', false]]],
    ['#ProudMum @Jo_S', [['#ProudMum', 'proudmum', true], ['@Jo', 'jo', true], ['S', 's', true]]],
    ['Zoë O’Neill-Smith', [['Zoë', 'zoe', true], ['O’Neill-Smith', "o'neill-smith", true]]],
    ['5B and 2024', [['5B', '5b', false], ['and', 'and', false], ['2024', '2024', false]]],
    ['Ja\u200Bck', [['Ja\u200Bck', 'jack', true]]],
  ])('%j', (text, expected) => {
    expect(tokenize(text).map((t) => [t.raw, t.norm, t.capitalised])).toEqual(expected);
  });
});

describe('isRegexSpace', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c < 65536; c++) if (isRegexSpace(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });
});

describe('digitStretches', () => {
  it('reaches over maxSpaces whitespace characters either side of a run of digits and stops before the next', () => {
    const text = 'a b c d 12 e f g h';
    expect(digitStretches(text, 2).map((w) => text.slice(w.start, w.end))).toEqual(['c d 12 e f']);
  });

  it('merges stretches that touch and leaves text without digits alone', () => {
    expect(digitStretches('no digits here', 3)).toEqual([]);
    const text = 'x 1 y 2 z w v u';
    expect(digitStretches(text, 1).map((w) => text.slice(w.start, w.end))).toEqual(['x 1 y 2 z']);
  });

  it('holds every match of a pattern with a digit and at most maxSpaces whitespace characters', () => {
    const re = /(?<![A-Za-z0-9])[A-Z][a-z]+\s\d{1,3}\s[a-z]+(?![A-Za-z0-9])/g;
    const text = 'Lots of words first, then Flat 12 upstairs and more words, then Room 7 east.\nEnd 3 x';
    const whole = [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    const inStretches = digitStretches(text, 2).flatMap((w) => [...text.slice(w.start, w.end).matchAll(re)].map((m) => [w.start + m.index, m[0]]));
    expect(whole.length).toBeGreaterThan(1);
    expect(inStretches).toEqual(whole);
  });
});
