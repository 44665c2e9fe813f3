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

describe('tone model length normalisation', () => {
  it('divides the weight sum by the feature count to the power the model gives (0.5 when it gives none)', async () => {
    const { useTrialModel } = await import('./model.ts');
    const { FEATURES, featureIndices } = await import('./features.ts');
    // Every feature weighs 1, so the sum is the count n and the score is 0.05 n / n^norm.
    const weights = new Int8Array(1 << FEATURES.bits).fill(1);
    const text = 'you are such a liar';
    const n = featureIndices(text, FEATURES).length;
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    try {
      // Table: norm in the model, expected score.
      const cases: [number | undefined, number][] = [
        [undefined, (0.05 * n) / Math.sqrt(n)],
        [0.5, (0.05 * n) / Math.sqrt(n)],
        [0.35, (0.05 * n) / Math.pow(n, 0.35)],
      ];
      for (const [norm, z] of cases) {
        useTrialModel({ weights, scale: 0.05, bias: 0, threshold: 0.5, features: FEATURES, ...(norm === undefined ? {} : { norm }) });
        expect(offensiveProbability(text), String(norm)).toBeCloseTo(sigmoid(z), 12);
      }
    } finally {
      useTrialModel(undefined);
    }
  });
});
