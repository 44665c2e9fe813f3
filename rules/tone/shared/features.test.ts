import { describe, expect, it } from 'vitest';
import { FEATURES, cues, featureBound, featureIndices, featureWeightSum, modelWords } from './features.ts';

const cuesOf = (text: string) => cues(modelWords(text).words);

describe('tone model cues', () => {
  it('marks the words after a negator and flips their valence', () => {
    expect(cuesOf('you are not stupid')).toEqual(expect.arrayContaining(['not:stupid', 'v:2']));
    expect(cuesOf('you are stupid')).not.toContain('not:stupid');
    expect(cuesOf('this is not good')).toContain('v:-3');
    expect(cuesOf('this is good')).toContain('v:3');
  });

  it('splits "he\'ll", "I\'ll" into the word and "will"; drops other apostrophes', () => {
    // Table: text, words.
    const cases: [string, string[]][] = [
      ["He'll only get more popular", ['he', 'will', 'only', 'get', 'more', 'popular']],
      ['I’ll be there', ['i', 'will', 'be', 'there']],
      ["don't, it's O'Neill's", ['dont', 'its', 'oneills']],
      ["what the hell", ['what', 'the', 'hell']],
    ];
    for (const [text, want] of cases) expect(modelWords(text).words, text).toEqual(want);
  });

  it('ends negation after three words or at "!" / "?"', () => {
    expect(cuesOf("don't be late, the coach leaves at nine and the driver is awful")).not.toContain('not:awful');
    expect(cuesOf('no! you are stupid')).not.toContain('not:stupid');
  });

  it('summarises the valence of the text', () => {
    expect(cuesOf('what a lovely day')).toEqual(['v:3', 'sum+']);
    expect(cuesOf('awful, ugly and nasty')).toEqual(expect.arrayContaining(['min:-3', 'neg2', 'sum-']));
    expect(cuesOf('the meeting is at noon')).toEqual(['sum0']);
  });

  it('sees a negative word aimed at a person', () => {
    expect(cuesOf('you are pathetic')).toContain('2p-neg');
    expect(cuesOf('she is so pathetic')).toContain('3p-neg');
    expect(cuesOf('the printer is pathetic')).not.toContain('2p-neg');
    expect(cuesOf('the printer is pathetic')).not.toContain('3p-neg');
  });

  it('adds the cues to the hashed features only when asked', () => {
    const plain = { ...FEATURES, negation: false, afinn: false, target: false };
    const text = 'you are not a nice person';
    const base = featureIndices(text, plain);
    const withCues = featureIndices(text, FEATURES);
    expect(withCues).toEqual(expect.arrayContaining(base));
    expect(withCues.length).toBeGreaterThan(base.length);
    expect(featureIndices(text, FEATURES)).toEqual(withCues);
  });
});

describe('tone model weight sums', () => {
  // Weights of both signs, fixed by a seeded generator, so the sums and bounds are checked against the list.
  const weights = new Int8Array(1 << FEATURES.bits);
  let seed = 12345;
  for (let i = 0; i < weights.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    weights[i] = (seed >>> 24) - 128;
  }
  const texts = [
    'you are not a nice person',
    'What an IDIOT!!! the the the idiot idiot',
    "Sooooo proud of Year 6 today, they were amazing #ProudTeacher @head https://example.com",
    'sh1t b1tch f*** ... ??? !?',
    '',
    'Ça va très bien, merci 😂😂',
  ];

  it('sums the weights of the listed features and counts them', () => {
    for (const text of texts) {
      const list = featureIndices(text);
      let sum = 0;
      for (const f of list) sum += weights[f]!;
      expect(featureWeightSum(text, weights)).toEqual({ sum, count: list.length });
    }
  });

  it('bounds the sum from above by the positive weights and the count from below', () => {
    for (const text of texts) {
      const list = featureIndices(text);
      let positive = 0;
      for (const f of list) positive += Math.max(0, weights[f]!);
      const bound = featureBound(text, weights);
      expect(bound.sum).toBeGreaterThanOrEqual(positive);
      expect(bound.count).toBeLessThanOrEqual(list.length);
      expect(bound.count > 0).toBe(list.length > 0);
    }
  });
});

describe('tone model features', () => {
  it('counts every occurrence (version 5), or each feature once when counts are off', () => {
    const once = featureIndices('idiot', FEATURES);
    const twice = featureIndices('idiot idiot', FEATURES);
    // the second "idiot" repeats its unigram, character n-grams and valence cue
    expect(twice.length).toBeGreaterThan(1.8 * once.length);
    expect(new Set(twice).size).toBeLessThan(twice.length);
    const binary = featureIndices('idiot idiot', { ...FEATURES, counts: false });
    expect(new Set(binary).size).toBe(binary.length);
  });

  it('weighs counted and binary features as their lists add up, whatever weight table comes next', () => {
    const a = new Int8Array(1 << FEATURES.bits).map((_, i) => ((i * 40503) & 0xff) - 128);
    const b = a.map((v) => (v === -128 ? 127 : -v));
    for (const opts of [FEATURES, { ...FEATURES, counts: false }]) {
      for (const weights of [a, b, a]) {
        for (const text of ['idiot idiot idiot', 'You are NOT a nice person!! 😂', 'sh1t day #MondayBlues you muppet', '', "they're not bad, he is awful and you never help? she hates it! not good not bad", 'no no no hate hate love !? you stupid liar, they ruin everything']) {
          const list = featureIndices(text, opts);
          expect(featureWeightSum(text, weights, opts)).toEqual({ sum: list.reduce((s, f) => s + weights[f]!, 0), count: list.length });
        }
      }
    }
  });
});
