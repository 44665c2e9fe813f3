/**
 * The staff-tone model (rules/lexicons/staff-tone-model.json, written by
 * scripts/train-staff-tone-model.ts): one int8 weight per feature of ./staff-features.ts. The feature
 * table is built on first use, not when the module loads. Pure: base64 is decoded by hand so this runs
 * the same in Node and the browser.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import model from '../../lexicons/staff-tone-model.json';
import { STAFF_FEATURES_VERSION, staffFeatures } from './staff-features.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

let table: Map<string, number> | undefined;

function weights(): Map<string, number> {
  if (table) return table;
  if (model.version !== STAFF_FEATURES_VERSION) throw new Error('staff-tone model does not match its features');
  const names = model.features.split('\n');
  const s = model.weights.replace(/=+$/, '');
  const bytes: number[] = [];
  let buf = 0, bits = 0;
  for (let i = 0; i < s.length; i++) {
    buf = ((buf << 6) | B64.indexOf(s[i]!)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((((buf >> bits) & 0xff) << 24) >> 24);
    }
  }
  if (bytes.length !== names.length) throw new Error('staff-tone model weights are corrupt');
  const t = new Map<string, number>();
  for (let i = 0; i < names.length; i++) t.set(names[i]!, bytes[i]! * model.scale);
  table = t;
  return t;
}

/** The weight of one feature (0 when the model does not know it). */
export function staffWeight(feature: string): number {
  return weights().get(feature) ?? 0;
}

/** Probability (0-1) that a post is a complaint, mockery or grievance of the kind school policies mean. Once per post. */
export function staffToneProbability(doc: Doc): number {
  return doc.memo('tone:staff-model', () => {
    const w = weights();
    let z = model.bias;
    for (const f of staffPostFeatures(doc)) z += w.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
  });
}

/** The post's features (./staff-features.ts), once per post. */
export function staffPostFeatures(doc: Doc): readonly string[] {
  return doc.memo('tone:staff-features', () => staffFeatures(doc));
}
