import { describe, expect, it } from 'vitest';
import { modelThreshold, offensiveProbability, surelyBelow } from './model.ts';

describe('tone model bound', () => {
  const texts = [
    'Lovely morning at the farm with Year 3, the lambs were a hit',
    'you are a pathetic useless idiot and everyone hates you',
    'What a load of rubbish from the council again',
    'shut up you stupid cow',
    'Thanks to all the parents who came to the fair',
    '',
  ];

  it('only rules out texts whose probability is below the level', () => {
    for (const p of [0.1, modelThreshold(), 0.8]) {
      for (const text of texts) if (surelyBelow(text, p)) expect(offensiveProbability(text)).toBeLessThan(p);
    }
  });

  it('rules out everyday text and keeps a plain insult', () => {
    expect(surelyBelow('Thanks to all the parents who came to the fair', modelThreshold())).toBe(true);
    expect(offensiveProbability('you are a pathetic useless idiot and everyone hates you')).toBeGreaterThanOrEqual(modelThreshold());
    expect(surelyBelow('you are a pathetic useless idiot and everyone hates you', modelThreshold())).toBe(false);
  });

  it('never rules anything out at level 0 or 1', () => {
    expect(surelyBelow('', 0)).toBe(false);
    expect(surelyBelow('hello', 1)).toBe(false);
  });
});
