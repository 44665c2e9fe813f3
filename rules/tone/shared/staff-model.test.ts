import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../lib/engine/doc.ts';
import model from '../../lexicons/staff-tone-model.json';
import { staffFeatures } from './staff-features.ts';
import { staffPostSigns, staffToneProbability, staffWeight } from './staff-model.ts';

/** The model's probability worked out the plain way: every feature string of the post, weighed in the order listed. */
function reference(text: string): number {
  let z = model.bias;
  for (const f of staffFeatures(createDoc(text))) z += staffWeight(f);
  return 1 / (1 + Math.exp(-z));
}

describe('staff-tone model scoring', () => {
  const texts = [
    'Another "optional" twilight. SLT clearly have no idea what workload means 🙄',
    'Year 11s were a nightmare today. 9X are the worst class I have. Me: I will mark tonight.',
    'Massive thanks to our site team, we would be lost without them! So proud of my class.',
    'Our head thinks she invented teaching. Four. Four observations this week, Monday at 8.41 and 3pm.',
    'I love my job. I love my job. I love my job. Reports due Friday lol',
    'Lovely walk along the canal this morning with the dog',
    'THE PAY OFFER IS A JOKE!!! 10C, 8r2 and 7Y all in one day?',
    'x',
    '',
  ];

  it('adds up exactly the weights of the features staffFeatures lists', () => {
    for (const text of texts) expect(staffToneProbability(createDoc(text))).toBe(reference(text));
  });

  it('reports the signs among the features, in their order', () => {
    for (const text of texts) {
      const signs = staffFeatures(createDoc(text)).filter((f) => !f.startsWith('u:') && !f.startsWith('b:'));
      expect(staffPostSigns(createDoc(text))).toEqual(signs);
    }
  });
});
