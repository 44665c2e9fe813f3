/**
 * The shipped tone model (rules/lexicons/tone-model.json): int8 weights over hashed features, stored sparse
 * (LEB128 index gaps + int8 values, base64) and expanded once on first use. The training script folds its
 * calibration into `scale` and `bias`, so the score is a calibrated probability. Pure: base64 is decoded by
 * hand so this runs the same in Node and the browser.
 */
import model from '../../lexicons/tone-model.json';
import { FEATURES, featureBound, featureWeightSum, type FeatureOptions } from './features.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(s: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  const out = new Uint8Array(Math.floor((s.replace(/=+$/, '').length * 3) / 4));
  let buf = 0, bits = 0, o = 0;
  for (let i = 0; i < s.length; i++) {
    const v = lookup[s.charCodeAt(i)] ?? -1;
    if (v < 0) continue;
    buf = ((buf << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buf >> bits) & 0xff;
    }
  }
  return out;
}

let weights: Int8Array | undefined;
/** A model the training script is trying out (fitted on its training split only); undefined = the shipped one. */
let trial: { weights: Int8Array; scale: number; bias: number; threshold: number; strongThreshold?: number; features?: FeatureOptions; norm?: number } | undefined;

/**
 * For scripts/train-tone-model.ts only: score with a model that is not the shipped file, so the script can
 * measure the whole detector (blanking, gates, other rules) on its validation split before choosing a
 * threshold. Pass undefined to go back to the shipped model.
 */
export function useTrialModel(m: typeof trial): void {
  trial = m;
  modelChanges++;
}
let modelChanges = 0;

/** Changes whenever useTrialModel is called: scores kept from before then may be stale. */
export function modelVersion(): number {
  return modelChanges;
}

function loaded(): Int8Array {
  if (weights) return weights;
  const f = model.features as Partial<Record<keyof FeatureOptions, unknown>>;
  for (const k of Object.keys(FEATURES) as (keyof FeatureOptions)[]) if (f[k] !== FEATURES[k]) throw new Error('tone model does not match the feature hasher');
  const w = new Int8Array(1 << FEATURES.bits);
  const bytes = decodeBase64(model.weights);
  let i = 0, index = -1, count = 0;
  while (i < bytes.length) {
    let gap = 0, shift = 0, b: number;
    do {
      b = bytes[i++]!;
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    index += gap + 1;
    w[index] = (bytes[i++]! << 24) >> 24;
    count++;
  }
  if (count !== model.nonZero || index >= w.length) throw new Error('tone model weights are corrupt');
  weights = w;
  return w;
}

/**
 * The probability at or above which the detector reports a piece of text: `strong` for a piece whose words
 * (after blanking) add up to a negative AFINN valence, which needs less evidence from the model than a piece
 * that reads neutral or warm. Both chosen by the training script by cross-validation.
 */
export function modelThreshold(strong = false): number {
  const m: { threshold: number; strongThreshold?: number } = trial ?? model;
  return strong ? (m.strongThreshold ?? m.threshold) : m.threshold;
}

/** The power of the feature count the weight sum is divided by (0.5, a square root, unless the model says otherwise). */
const normOf = (m: { norm?: number }): number => m.norm ?? 0.5;
const lengthNorm = (count: number, e: number): number => (e === 0.5 ? Math.sqrt(count) : Math.pow(count, e));

/** Probability (0-1) that a short text is offensive, as judged by the OLID-trained model. */
export function offensiveProbability(text: string): number {
  const m = trial ?? { weights: loaded(), scale: model.scale, bias: model.bias, norm: (model as { norm?: number }).norm };
  const w = m.weights;
  const e = normOf(m);
  // The rule asks surelyBelow and then the probability of the same text: keep the last one.
  if (text === memo.text && w === memo.weights && m.bias === memo.bias && m.scale === memo.scale && e === memo.norm) return memo.p;
  const { sum: z, count } = featureWeightSum(text, w, trial?.features ?? FEATURES);
  const p = count === 0 ? 0 : 1 / (1 + Math.exp(-(m.bias + (z * m.scale) / lengthNorm(count, e))));
  memo = { text, weights: w, bias: m.bias, scale: m.scale, norm: e, p };
  return p;
}
let memo: { text: string; weights: Int8Array | undefined; bias: number; scale: number; norm: number; p: number } = { text: '', weights: undefined, bias: 0, scale: 0, norm: 0, p: 0 };

/**
 * Whether offensiveProbability(text) is certainly below `p`, from an upper bound on its score that costs a
 * fraction of scoring (./features.ts featureBound: the positive weights summed without deduplication, over
 * a lower bound on the feature count). False when it may reach `p`.
 */
export function surelyBelow(text: string, p: number): boolean {
  if (!(p > 0 && p < 1)) return false;
  const m = trial ?? { weights: loaded(), scale: model.scale, bias: model.bias, norm: (model as { norm?: number }).norm };
  if (!(m.scale > 0)) return false;
  // Counted features are weighed a word at a time (featureWeightSum), as cheaply as a bound: use the score itself.
  if ((trial?.features ?? FEATURES).counts) return offensiveProbability(text) < p;
  const { sum, count } = featureBound(text, m.weights, trial?.features ?? FEATURES);
  // No features at all: the probability is 0.
  if (count === 0) return true;
  // The score rises with the weight sum and, for a positive sum, falls with the count; the margin covers rounding.
  return m.bias + (sum * m.scale) / lengthNorm(count, normOf(m)) < Math.log(p / (1 - p)) - 1e-9;
}
