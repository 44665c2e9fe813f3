/**
 * The shipped tone model (rules/lexicons/tone-model.json): int8 weights over hashed features, decoded
 * once on first use. Pure: base64 is decoded by hand so this runs the same in Node and the browser.
 */
import model from '../../lexicons/tone-model.json';
import { MODEL_BITS, featureIndices } from './features.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(s: string): Int8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Int8Array(Math.floor((clean.length * 3) / 4));
  let buf = 0, bits = 0, o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = lookup[clean.charCodeAt(i)] ?? -1;
    if (v < 0) continue;
    buf = (buf << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buf >> bits) & 0xff;
    }
  }
  return out;
}

let weights: Int8Array | undefined;

function loaded(): Int8Array {
  if (!weights) {
    weights = decodeBase64(model.weights);
    if (model.bits !== MODEL_BITS || weights.length !== 1 << MODEL_BITS) throw new Error('tone model does not match the feature hasher');
  }
  return weights;
}

export const MODEL_THRESHOLD: number = model.threshold;

/** Probability (0-1) that a short text is offensive, as judged by the OLID-trained model. */
export function offensiveProbability(text: string): number {
  const w = loaded();
  const feats = featureIndices(text);
  if (feats.length === 0) return 0;
  let z = 0;
  for (const f of feats) z += w[f]!;
  return 1 / (1 + Math.exp(-(model.bias + (z * model.scale) / Math.sqrt(feats.length))));
}
