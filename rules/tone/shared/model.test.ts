import { describe, expect, it } from 'vitest';
import model from '../../lexicons/tone-model.json';
import { decodeBase64, offensiveProbability } from './model.ts';

describe('tone model loading', () => {
  it('decodes base64 exactly as Node does: the model, padding, short tails and stray whitespace', () => {
    const w = model.weights;
    for (const s of [w, `${w}=`, w.slice(0, -1), w.slice(0, -2), 'QQ==', 'QUI=', 'QUJD', '', 'QU JD']) {
      expect(Buffer.from(decodeBase64(s)).equals(Buffer.from(s, 'base64')), JSON.stringify(s.slice(0, 12))).toBe(true);
    }
  });

  it('scores a text once the model is loaded', () => {
    const p = offensiveProbability('you are a complete idiot');
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    expect(offensiveProbability('')).toBe(0);
  });
});
