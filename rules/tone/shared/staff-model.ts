/**
 * The staff-tone model (rules/lexicons/staff-tone-model.json, written by
 * scripts/train-staff-tone-model.ts): one int8 weight per feature of ./staff-features.ts. The feature
 * table is built on first use, not when the module loads. Pure: base64 is decoded by hand so this runs
 * the same in Node and the browser.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import model from '../../lexicons/staff-tone-model.json';
import { STAFF_FEATURES_VERSION, forEachPostSign, plainStaffWord, selfWord, staffFeatures, staffWord } from './staff-features.ts';
import { sentenceIds } from './context.ts';
import { WordTable, tokenVocab } from './vocab.ts';

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
  /** A number for each word that is the second word of a pair feature. */
  secondId: Map<string, number>;
  /** A number for each word that is the first word of a pair feature. */
  firstId: Map<string, number>;
  /**
   * The pair features of `bi` as an open-addressing hash table: the key firstId * secondCount + secondId in
   * `pairKeys` (-1: empty slot), the feature index at the same slot of `pairFeature`. Typed arrays, so a pair
   * costs a multiply and a probe or two instead of a Map look-up per token.
   */
  pairKeys: Int32Array;
  pairFeature: Int32Array;
  pairShift: number;
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
  const t: Table = { weight: new Float64Array(names.length), byName: new Map(), uni: new Map(), bi: new Map(), secondId: new Map(), firstId: new Map(), pairKeys: new Int32Array(0), pairFeature: new Int32Array(0), pairShift: 32 };
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
  const pairs: [number, number, number][] = [];
  for (const [a, m] of t.bi) {
    const first = t.firstId.size;
    t.firstId.set(a, first);
    for (const [b, k] of m) {
      let id = t.secondId.get(b);
      if (id === undefined) t.secondId.set(b, (id = t.secondId.size));
      pairs.push([first, id, k]);
    }
  }
  if (t.firstId.size * t.secondId.size >= 2 ** 31) throw new Error('staff-tone model has too many word pairs');
  // At most half full.
  let tableBits = 4;
  while (1 << tableBits < pairs.length * 2) tableBits++;
  t.pairKeys = new Int32Array(1 << tableBits).fill(-1);
  t.pairFeature = new Int32Array(1 << tableBits);
  t.pairShift = 32 - tableBits;
  const mask = (1 << tableBits) - 1;
  for (const [first, second, k] of pairs) {
    const key = first * t.secondId.size + second;
    let h = Math.imul(key, 0x9e3779b1) >>> t.pairShift;
    // Each (first, second) pair once: `bi` holds one feature per pair.
    while (t.pairKeys[h] !== -1 && t.pairKeys[h] !== key) h = (h + 1) & mask;
    t.pairKeys[h] = key;
    t.pairFeature[h] = k;
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

/**
 * What the model knows of one word, looked up once per distinct word rather than once per feature: its
 * word feature's index, its pair feature's index after a sentence start, and its pairs as first word.
 */
interface WordEntry {
  /** The word feature ("u:w" without its prefix). */
  w: string;
  /** Index of "u:w", or -1. */
  uni: number;
  /** Index of "b:^_w", or -1. */
  start: number;
  /** Number of the word as the second word of a pair feature (Table.secondId), or -1: no pair ends with it. */
  second: number;
  /** Number of the word as the first word of a pair feature (Table.firstId), or -1: no pair starts with it. */
  first: number;
  /** The word is the writer ("self" sign). */
  self: boolean;
}

// Entries by folded form, for the words whose feature does not depend on the capitals of the original. Bounded.
const entryByNorm = new Map<string, WordEntry>();

function newEntry(t: Table, w: string, norm: string): WordEntry {
  return { w, uni: t.uni.get(w) ?? -1, start: t.bi.get('^')?.get(w) ?? -1, second: t.secondId.get(w) ?? -1, first: t.firstId.get(w) ?? -1, self: selfWord(norm) };
}

/** The entry of a folded form, or undefined for a class-code shape ("9X"), whose feature depends on the capitals of each token. */
function entryOfWord(t: Table, norm: string): WordEntry | undefined {
  const known = entryByNorm.get(norm);
  if (known !== undefined) return known;
  const plain = plainStaffWord(norm);
  if (plain === undefined) return undefined;
  const e = newEntry(t, plain, norm);
  if (entryByNorm.size >= 50_000) entryByNorm.clear();
  entryByNorm.set(norm, e);
  return e;
}

// Each distinct word's entry, looked up once across posts.
const ENTRY_OF = new WordTable((norm) => entryOfWord(weights(), norm));

function staffScore(doc: Doc): { p: number; signs: readonly string[] } {
  return doc.memo('tone:staff-model', () => {
    const t = weights();
    if (++stamp === 0xffffffff) {
      seen.fill(0);
      stamp = 1;
    }
    let z = model.bias;
    // Each known feature counts once, in the order staffFeatures lists them (so the sum is the same to the
    // last bit): the walk below visits words, pairs and "self" as forEachStaffFeature does, then the other signs.
    const count = (k: number) => {
      if (k >= 0 && seen[k] !== stamp) {
        seen[k] = stamp;
        z += t.weight[k]!;
      }
    };
    const signs = new Set<string>();
    const sign = (f: string) => {
      signs.add(f);
      count(t.byName.get(f) ?? -1);
    };
    const { tokens } = doc;
    if (tokens.length > 0) {
      const ids = sentenceIds(doc);
      // Each distinct word is looked up once; tokens read their word's entry by number.
      const vocab = tokenVocab(doc);
      const entries = ENTRY_OF.of(doc);
      let prev: WordEntry | undefined;
      let self = false;
      const { pairKeys, pairFeature, weight } = t;
      const pairMask = pairKeys.length - 1;
      const secondCount = t.secondId.size;
      // The word walk adds to a local sum (the same additions in the same order as count() would make), which
      // the engine keeps in a register rather than in the closure's context.
      const mark = seen, now = stamp;
      let sum = z;
      for (let i = 0; i < tokens.length; i++) {
        const e = entries[vocab.ids[i]!] ?? newEntry(t, staffWord(tokens[i]!), tokens[i]!.norm);
        let k = e.uni;
        if (k >= 0 && mark[k] !== now) {
          mark[k] = now;
          sum += weight[k]!;
        }
        if (prev !== undefined && ids[i - 1] === ids[i]) {
          if (e.second >= 0 && prev.first >= 0) {
            const key = prev.first * secondCount + e.second;
            let h = Math.imul(key, 0x9e3779b1) >>> t.pairShift;
            for (let stored = pairKeys[h]!; stored !== -1; stored = pairKeys[h]!) {
              if (stored === key) {
                k = pairFeature[h]!;
                if (k >= 0 && mark[k] !== now) {
                  mark[k] = now;
                  sum += weight[k]!;
                }
                break;
              }
              h = (h + 1) & pairMask;
            }
          }
        } else {
          k = e.start;
          if (k >= 0 && mark[k] !== now) {
            mark[k] = now;
            sum += weight[k]!;
          }
        }
        prev = e;
        // "self" is counted at its first word; later ones change nothing.
        if (e.self && !self) {
          self = true;
          signs.add('self');
          k = t.byName.get('self') ?? -1;
          if (k >= 0 && mark[k] !== now) {
            mark[k] = now;
            sum += weight[k]!;
          }
        }
      }
      z = sum;
      forEachPostSign(doc, sign);
    }
    return { p: 1 / (1 + Math.exp(-z)), signs: [...signs] };
  });
}

/** The post's features (./staff-features.ts), once per post. */
export function staffPostFeatures(doc: Doc): readonly string[] {
  return doc.memo('tone:staff-features', () => staffFeatures(doc));
}
