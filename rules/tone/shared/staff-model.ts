/**
 * The staff-tone model (rules/lexicons/staff-tone-model.json, written by
 * scripts/train-staff-tone-model.ts): one int8 weight per feature of ./staff-features.ts. The feature
 * table is built on first use, not when the module loads. Pure: base64 is decoded by hand so this runs
 * the same in Node and the browser.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import model from '../../lexicons/staff-tone-model.json';
import { STAFF_FEATURES_VERSION, forEachStaffFeature, staffFeatures } from './staff-features.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

interface Table {
  /** Weight of each known feature, by index. */
  weight: Float64Array;
  /** Feature index by name ("u:w", "b:p_w", signs). */
  byName: Map<string, number>;
  /** Word features ("u:w") by word. */
  uni: Map<string, number>;
  /** Pair features ("b:p_w") by first then second word; a name with several "_" is listed under every split. */
  bi: Map<string, Map<string, number>>;
}

let table: Table | undefined;

function weights(): Table {
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
  const t: Table = { weight: new Float64Array(names.length), byName: new Map(), uni: new Map(), bi: new Map() };
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    // A repeated name keeps its last weight, as a Map built by set() would.
    const k = t.byName.get(name) ?? i;
    t.byName.set(name, k);
    t.weight[k] = bytes[i]! * model.scale;
    if (name.startsWith('u:')) t.uni.set(name.slice(2), k);
    else if (name.startsWith('b:')) {
      for (let j = name.indexOf('_', 2); j !== -1; j = name.indexOf('_', j + 1)) {
        const a = name.slice(2, j);
        let m = t.bi.get(a);
        if (!m) t.bi.set(a, (m = new Map()));
        m.set(name.slice(j + 1), k);
      }
    }
  }
  seen = new Uint32Array(names.length);
  table = t;
  return t;
}

// Features already counted for the post being scored: a stamp per feature index, bumped per post.
let seen = new Uint32Array(0);
let stamp = 0;

/** The weight of one feature (0 when the model does not know it). */
export function staffWeight(feature: string): number {
  const t = weights();
  const k = t.byName.get(feature);
  return k === undefined ? 0 : t.weight[k]!;
}

/** The weight of the word feature "u:w" (0 when unknown), without building its name. */
export function staffUnigramWeight(w: string): number {
  const t = weights();
  const k = t.uni.get(w);
  return k === undefined ? 0 : t.weight[k]!;
}

/** The weight of the pair feature "b:prev_w" (0 when unknown), without building its name. */
export function staffBigramWeight(prev: string, w: string): number {
  const t = weights();
  const k = t.bi.get(prev)?.get(w);
  return k === undefined ? 0 : t.weight[k]!;
}

/** Probability (0-1) that a post is a complaint, mockery or grievance of the kind school policies mean. Once per post. */
export function staffToneProbability(doc: Doc): number {
  return staffScore(doc).p;
}

/** The post's features other than words and word pairs ("s:2", "irony", "quotes", ...), once per post. */
export function staffPostSigns(doc: Doc): readonly string[] {
  return staffScore(doc).signs;
}

function staffScore(doc: Doc): { p: number; signs: readonly string[] } {
  return doc.memo('tone:staff-model', () => {
    const t = weights();
    if (++stamp === 0xffffffff) {
      seen.fill(0);
      stamp = 1;
    }
    let z = model.bias;
    // Each known feature counts once, in the order staffFeatures lists them (so the sum is the same to the last bit).
    const count = (k: number | undefined) => {
      if (k !== undefined && seen[k] !== stamp) {
        seen[k] = stamp;
        z += t.weight[k]!;
      }
    };
    const signs = new Set<string>();
    forEachStaffFeature(
      doc,
      (w) => count(t.uni.get(w)),
      (prev, w) => count(t.bi.get(prev)?.get(w)),
      (f) => {
        signs.add(f);
        count(t.byName.get(f));
      },
    );
    return { p: 1 / (1 + Math.exp(-z)), signs: [...signs] };
  });
}

/** The post's features (./staff-features.ts), once per post. */
export function staffPostFeatures(doc: Doc): readonly string[] {
  return doc.memo('tone:staff-features', () => staffFeatures(doc));
}
