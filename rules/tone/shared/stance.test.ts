import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../lib/engine/doc.ts';
import type { Token } from '../../../lib/engine/text.ts';
import { SARCASM_EMOJI, findPhrases, mayHaveEmoji, sarcasmEmoji, scareQuotes, sarcasticSetups, stanceLexicon, type PhraseMatch } from './stance.ts';

/** The plain scan: at each token, the first phrase of its first word's list (longest first) whose words all follow. */
function reference(tokens: readonly Token[], map: Map<string, { words: string[]; weight: number; kind?: string }[]>): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const p of map.get(tokens[i]!.norm) ?? []) {
      if (!p.words.every((w, k) => tokens[i + k]?.norm === w)) continue;
      out.push({ from: i, to: i + p.words.length - 1, weight: p.weight, kind: p.kind as PhraseMatch['kind'] });
      i += p.words.length - 1;
      break;
    }
  }
  return out;
}

describe('phrase lexicons', () => {
  const texts = [
    'The head of year and the head teacher told the head, the senior leadership team and SLT that the trust is out of touch.',
    'Thanks for nothing, head office. Said no teacher ever. A bunch of clueless people who have never taught, as usual.',
    'My class and this class, year 11s and Year 9, some parents and the pta mums: what a star, heart of gold, legend.',
    'the the the head of head of dept head',
    'who thought this was a good idea? who decided? who signed this off',
    '',
  ];

  it('finds exactly what a plain scan of each lexicon finds', () => {
    const lex = stanceLexicon();
    for (const text of texts) {
      const doc = createDoc(text);
      for (const map of [lex.targets, lex.stance, lex.praise, sarcasticSetups()]) expect(findPhrases(doc, map)).toEqual(reference(doc.tokens, map));
    }
  });
});

describe('emoji pre-check', () => {
  it('sees every listed emoji, the heart dingbat included', () => {
    for (const e of [...SARCASM_EMOJI, '❤', '😂', '💪']) expect(mayHaveEmoji(`fine ${e} fine`)).toBe(true);
  });

  it('rules out plain text, so the searches can be skipped', () => {
    expect(mayHaveEmoji('Another INSET on a Friday, honestly.')).toBe(false);
    expect(mayHaveEmoji('Café crème – “quoted” …')).toBe(false);
    expect(sarcasmEmoji('Great planning.', 0, 15)).toEqual([]);
  });

  it('still finds the sarcasm emoji after a plain text was asked about', () => {
    expect(mayHaveEmoji('plain')).toBe(false);
    expect(sarcasmEmoji('Great planning 🙄', 0, 17)).toEqual([{ start: 15, end: 17 }]);
  });
});

describe('scare quotes', () => {
  it('finds quotes opened at the start, after a space or a bracket', () => {
    expect(scareQuotes('"Support" from SLT', 0, 18)).toEqual([{ start: 0, end: 9 }]);
    expect(scareQuotes("the 'optional' twilight", 0, 23)).toEqual([{ start: 4, end: 14 }]);
    expect(scareQuotes('(“wellbeing”) day', 0, 17)).toEqual([{ start: 1, end: 12 }]);
    expect(scareQuotes('so "urgent"', 3, 11)).toEqual([{ start: 3, end: 11 }]);
  });
  it('finds none where every quote sits inside a word', () => {
    expect(scareQuotes("Can't believe it's Parents' evening", 0, 35)).toEqual([]);
  });
});
