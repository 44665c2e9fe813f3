/**
 * Feature hashing for the tone model, shared by the training script (scripts/train-tone-model.ts) and the
 * detector so both see exactly the same features:
 *   - word unigrams and bigrams, emoji as words, "!" / "?" runs as one token each;
 *   - character 3-5-grams inside each word (padded with spaces), so "fuuuck", "sh1t", "idiots" and unseen
 *     inflections share features with their plain forms;
 *   - one flag for an ALL-CAPS word;
 *   - word-level cues (see `cues`): negation marking, AFINN-165 valence, negative words aimed at a person.
 * Text is normalised first: accents and invisible characters stripped, links and @handles dropped (tweets
 * say @USER and URL, posts do not: a model allowed to see them learns that a post without one is
 * suspicious), hashtags split ("#BuildTheWall" -> "build the wall"), letters lower-cased, runs of three or
 * more repeated characters cut to two, and leetspeak decoded inside words ("b1tch" -> "bitch").
 * Every occurrence counts (version 5: a word said twice gives its features twice; counted features scored a
 * little better in cross-validation than binary ones, and they let a word's own features be weighed once per
 * word and weight table, see featureWeightSum). One pass over the characters, no per-word regexes.
 */
import { valence } from './afinn.ts';

export interface FeatureOptions {
  /** Bumped whenever the features change, so a model trained on other features is refused. */
  version: number;
  /** log2 of the hashed feature space. */
  bits: number;
  /** Character n-gram lengths inside words, inclusive. */
  charMin: number;
  charMax: number;
  /** Negation marking: the three words after "not", "never", "dont", ... also count as "not <word>" unigrams. */
  negation?: boolean;
  /** Sentiment cues from AFINN-165: each rated word's valence (flipped when negated), the text's lowest valence, how many negative words. */
  afinn?: boolean;
  /** Targeting cues: a negative word within three words after "you" / "your" (second person) or "he" / "she" / "they" (third person). */
  target?: boolean;
  /** Every occurrence of a feature counts (version 5); false = each feature once per text (binary, version 4). */
  counts?: boolean;
}

/** The shipped configuration; the training script may try others, the model file records the bits. */
export const FEATURES: FeatureOptions = { version: 6, bits: 18, charMin: 3, charMax: 5, negation: true, afinn: true, target: true, counts: true };

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+|\bURL\b/g;
const HANDLE_RE = /(^|[^\w])@\w+/g;
const HASHTAG_RE = /#(\w+)/g;
const MAX_WORD = 24;

function splitHashtag(_m: string, tag: string): string {
  if (!/[A-Z_]/.test(tag)) return ' ' + tag + ' ';
  return ' ' + tag.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').replace(/_/g, ' ') + ' ';
}

const isEmoji = (cp: number): boolean => (cp >= 0x1f000 && cp <= 0x1faff && !(cp >= 0x1f3fb && cp <= 0x1f3ff)) || (cp >= 0x2600 && cp <= 0x27bf);
const NON_ASCII_LETTER = /\p{L}/u;

/**
 * The words the model sees, normalised (see the file comment). Each word is returned once per
 * occurrence, in order; `caps` says whether some word of three or more letters was in capitals.
 */
export function modelWords(text: string): { words: readonly string[]; caps: boolean } {
  // The rule scores a piece of text and then looks for hostile words in the same piece: keep the last one.
  if (text !== lastText) {
    lastWords = splitWords(text);
    lastText = text;
  }
  return lastWords;
}
let lastText: string | undefined;
let lastWords: { words: readonly string[]; caps: boolean } = { words: [], caps: false };

function splitWords(text: string): { words: readonly string[]; caps: boolean } {
  // Each replacement only where it can match (most pieces have no link, handle or hashtag): a link needs
  // "http", "www." or "URL" (the regex is case-sensitive), a handle "@", a hashtag "#"; removing links adds none of these.
  let clean = text;
  if (clean.includes('http') || clean.includes('www.') || clean.includes('URL')) clean = clean.replace(URL_RE, ' ');
  if (clean.includes('@')) clean = clean.replace(HANDLE_RE, '$1 ');
  if (clean.includes('#')) clean = clean.replace(HASHTAG_RE, splitHashtag);
  // NFD leaves plain ASCII as it is: only a piece with another character needs it.
  let ascii = true;
  for (let i = 0; i < clean.length; i++) {
    if (clean.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (!ascii) clean = clean.normalize('NFD');
  const words: string[] = [];
  let caps = false;
  // The word so far is either the slice of `clean` from `from` (-1: not a slice), `len` long, when it is
  // exactly the characters read (the common case: no capitals, skipped or dropped characters), or `w`.
  // Slices avoid building a word a character at a time.
  let w = '';
  let from = -1, len = 0;
  let upper = 0, letters = 0, leet = false;
  const flush = () => {
    if (len > 0) {
      let x = from >= 0 ? clean.slice(from, from + len) : w;
      if (leet) {
        // Digits between or next to letters are leetspeak ("sh1t", "b1tch"); a plain number stays a number.
        let hasLetter = false;
        for (let i = 0; i < x.length; i++) {
          const c = x.charCodeAt(i);
          if (c >= 97 && c <= 122) hasLetter = true;
        }
        if (hasLetter) {
          let d = '';
          for (const ch of x) d += LEET[ch] ?? ch;
          x = d;
        }
      }
      if (upper >= 3 && upper === letters) caps = true;
      words.push(x.length > MAX_WORD ? x.slice(0, MAX_WORD) : x);
    }
    w = '';
    from = -1;
    len = 0;
    upper = 0;
    letters = 0;
    leet = false;
  };
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    let ch: string;
    if (code >= 65 && code <= 90) {
      ch = String.fromCharCode(code + 32);
      upper++;
      letters++;
    } else if (code >= 97 && code <= 122) {
      ch = clean[i]!;
      letters++;
    } else if ((code >= 48 && code <= 57) || code === 64 || code === 36) {
      ch = clean[i]!;
      leet = true;
    } else if (code === 42) {
      ch = '*';
    } else if (code === 39 || code === 0x2019 || code === 0x2018 || code === 0x02bc) {
      // "he'll", "I'll": the word, then "will" (not "hell", "ill"); any other apostrophe is dropped (don't -> dont).
      if (len > 0 && (clean.charCodeAt(i + 1) | 32) === 108 && (clean.charCodeAt(i + 2) | 32) === 108 && !isLetterAt(clean, i + 3)) {
        flush();
        words.push('will');
        i += 2;
      }
      continue;
    } else if ((code >= 0x300 && code <= 0x36f) || code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xfe0f) {
      continue; // accents (after NFD), invisible characters and emoji variation selectors
    } else if (code === 33 || code === 63) {
      flush();
      let j = i;
      let bang = false, q = false;
      while (j < clean.length && (clean.charCodeAt(j) === 33 || clean.charCodeAt(j) === 63)) {
        if (clean.charCodeAt(j) === 33) bang = true;
        else q = true;
        j++;
      }
      words.push(bang && q ? '?!' : bang ? '!' : '?');
      i = j - 1;
      continue;
    } else if (code < 128) {
      flush();
      continue;
    } else {
      const cp = clean.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      if (isEmoji(cp)) {
        flush();
        words.push(String.fromCodePoint(cp));
        i += width - 1;
        continue;
      }
      const s = String.fromCodePoint(cp);
      i += width - 1;
      if (!NON_ASCII_LETTER.test(s)) {
        flush();
        continue;
      }
      ch = s.toLowerCase();
      letters++;
      if (s !== ch) upper++;
    }
    // Elongation: a third (fourth, ...) repeat of the same character is dropped ("soooo" -> "soo").
    if (len >= 2 && (from >= 0 ? clean[from + len - 1] === ch && clean[from + len - 2] === ch : w[len - 1] === ch && w[len - 2] === ch)) continue;
    // Still the characters read, in place: extend the slice.
    if (len === 0 && ch.length === 1 && ch === clean[i]) {
      from = i;
      len = 1;
      continue;
    }
    if (from >= 0 && from + len === i && ch.length === 1 && ch === clean[i]) {
      len++;
      continue;
    }
    if (from >= 0) {
      w = clean.slice(from, from + len);
      from = -1;
    }
    w += ch;
    len = w.length;
  }
  flush();
  return { words, caps };
}

/** Whether the character at i is a letter (ASCII or not); false past the end. */
function isLetterAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i) | 32;
  if (c >= 97 && c <= 122) return true;
  return s.charCodeAt(i) >= 128 && NON_ASCII_LETTER.test(s[i]!);
}

const FNV = 0x811c9dc5;
const PRIME = 0x01000193;

/** FNV-1a state after `s`, continuing from `h`. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h;
}

/** Whether a hashed index is a character n-gram (upper half of the table) rather than a word feature. */
export const isCharFeature = (index: number, opts: FeatureOptions = FEATURES): boolean => index >= 1 << (opts.bits - 1);

// Dedupe without a Set: a stamp per table slot, bumped per call (and wiped when it wraps).
let stamps = new Uint16Array(0);
let stamp = 0;

/** What a word contributes on its own: its unigram index, its hash state for the next bigram, its character n-gram indices (in order). */
interface WordEntry {
  uni: number;
  state: number;
  grams: Int32Array;
  /** The stamp of the last text whose features took this word's unigram and n-grams (a repeat adds nothing new). */
  mark: number;
  /** A few of `grams` (the longest from the first and from the last start), which a bound on a text's feature count counts (see featureBound). */
  sig: Int32Array;
  /** For the weights `restFor`: the sum of the positive weights of the word's own features (unigram and n-grams, each once) other than its unigram and `sig`. */
  rest: number;
  restFor: Int8Array | undefined;
  /** For the weights `ownFor` (countedSum): the sum of the weights of the word's unigram and n-grams, and of the positive ones. */
  ownAll: number;
  ownPlus: number;
  ownFor: Int8Array | undefined;
  /** For the cue walk (see walkCues): the word's AFINN-165 valence, whether it is a negator, second or third person (CUE_* bits), and the hash of its "not:" cue. */
  valence: number;
  cueFlags: number;
  notHash: number;
}
const CUE_NEGATOR = 1, CUE_SECOND = 2, CUE_THIRD = 4, CUE_BREAK = 8;
// Words repeat within a post and across the analyses of one post as it is typed: their own features are
// hashed once and kept (the cache is dropped when the hashing options change or it grows large).
const WORD_CACHE_MAX = 20_000;
const wordCache = new Map<string, WordEntry>();
let cachedKey = '';
const NO_GRAMS = new Int32Array(0);

function wordEntry(w: string, opts: FeatureOptions, mask: number, high: number): WordEntry {
  const uni = (fnv(FNV ^ 1, w) >>> 0) & mask;
  const state = fnv(FNV ^ 2, w);
  const c0 = w.charCodeAt(0);
  if (c0 === 33 || c0 === 63 || c0 > 0x2000) return { uni, state, grams: NO_GRAMS, mark: 0, sig: NO_GRAMS, rest: 0, restFor: undefined, ownAll: 0, ownPlus: 0, ownFor: undefined, ...cueFacts(w) };
  // Character n-grams of " word ": FNV extends one character at a time, so all lengths starting at one
  // position share a single pass and no substrings are built.
  const p = ' ' + w + ' ';
  const n = p.length;
  const grams: number[] = [];
  const sig: number[] = [];
  for (let i = 0; i + opts.charMin <= n; i++) {
    let h = FNV ^ 3;
    const end = Math.min(n, i + opts.charMax);
    for (let k = i; k < end; k++) {
      h = Math.imul(h ^ p.charCodeAt(k), PRIME);
      if (k - i + 1 >= opts.charMin) grams.push(((h >>> 0) & mask) | high);
    }
    if (i === 0 || i + opts.charMin === n) sig.push(grams[grams.length - 1]!);
  }
  return { uni, state, grams: Int32Array.from(grams), mark: 0, sig: Int32Array.from(sig), rest: 0, restFor: undefined, ownAll: 0, ownPlus: 0, ownFor: undefined, ...cueFacts(w) };
}

/** The word's `rest` for these weights (see WordEntry). */
function restOf(e: WordEntry, weights: Int8Array): number {
  if (e.restFor === weights) return e.rest;
  const counted = new Set<number>([e.uni, ...e.sig]);
  let rest = 0;
  for (const g of e.grams) {
    if (counted.has(g)) continue;
    counted.add(g);
    if (weights[g]! > 0) rest += weights[g]!;
  }
  e.rest = rest;
  e.restFor = weights;
  return rest;
}

// The features of one text are collected by `collect` into these: their count, their weight sum (when
// weights are given; only the positive weights when bounding) and their list (when asked for), so scoring
// needs no array of indices.
let found = 0;
let weightSum = 0;
let sink: number[] | undefined;
let scoring: Int8Array | undefined;
let bounding = false;
let counting = false;

function add(f: number): void {
  if (counting || stamps[f] !== stamp) {
    stamps[f] = stamp;
    found++;
    if (scoring) {
      const v = scoring[f]!;
      if (!bounding || v > 0) weightSum += v;
    }
    if (sink) sink.push(f);
  }
}

/** Visits the unique hashed feature indices of a text, in the order featureIndices lists them. */
function collect(text: string, opts: FeatureOptions): void {
  const mask = (1 << (opts.bits - 1)) - 1;
  const high = 1 << (opts.bits - 1);
  const key = `${opts.bits}:${opts.charMin}:${opts.charMax}`;
  if (key !== cachedKey || wordCache.size > WORD_CACHE_MAX) {
    wordCache.clear();
    cachedKey = key;
  }
  if (stamps.length !== 1 << opts.bits) stamps = new Uint16Array(1 << opts.bits);
  if (++stamp === 0x10000) {
    stamps.fill(0);
    // Words remember the stamp of the last text they were in: forget them with the stamps.
    wordCache.clear();
    stamp = 1;
  }
  counting = opts.counts === true;
  const { words, caps } = modelWords(text);
  if (caps) add((fnv(FNV ^ 4, '<caps>') >>> 0) & mask);
  // A bigram's hash continues from the previous word's (seed 2) state, so no "prev word" strings are built.
  let prev = fnv(FNV ^ 2, '<s>');
  for (const w of words) {
    let e = wordCache.get(w);
    if (!e) wordCache.set(w, (e = wordEntry(w, opts, mask, high)));
    const repeat = !counting && e.mark === stamp;
    if (!repeat) add(e.uni);
    add((fnv(Math.imul(prev ^ 32, PRIME), w) >>> 0) & mask);
    prev = e.state;
    if (repeat) continue;
    e.mark = stamp;
    if (bounding) {
      // Only a few n-grams are counted; the positive weights of the others are added without deduplication.
      const sig = e.sig;
      for (let i = 0; i < sig.length; i++) add(sig[i]!);
      weightSum += restOf(e, scoring!);
      continue;
    }
    const grams = e.grams;
    for (let i = 0; i < grams.length; i++) add(grams[i]!);
  }
  if (words.length) add((fnv(Math.imul(prev ^ 32, PRIME), '</s>') >>> 0) & mask);
  // Each cue hashed as its prefix then its rest, which is the hash of the joined string, without building it.
  if (opts.negation || opts.afinn || opts.target) walkCues(words, opts, (prefix, rest) => add((fnv(prefix === '' ? FNV5 : (CUE_PREFIX.get(prefix) ?? fnv(FNV5, prefix)), rest) >>> 0) & mask));
}

/**
 * Hashed feature indices of a text, one per occurrence (each once when `counts` is off). Word features (unigrams, bigrams, the caps flag) hash into the
 * lower half of the table and character n-grams into the upper half, so the two never collide and the
 * trainer can weigh the blocks differently.
 */
export function featureIndices(text: string, opts: FeatureOptions = FEATURES): number[] {
  const out: number[] = [];
  found = 0;
  sink = out;
  scoring = undefined;
  try {
    collect(text, opts);
  } finally {
    sink = undefined;
  }
  return out;
}

/**
 * The sum of `weights` over the unique feature indices of a text, and how many there are: the same as
 * summing over featureIndices(text, opts), without building the list. Integer weights, so the sum is exact
 * in any order.
 */
export function featureWeightSum(text: string, weights: Int8Array, opts: FeatureOptions = FEATURES): { sum: number; count: number } {
  return weigh(text, weights, opts, false);
}

/**
 * Bounds for featureWeightSum(text, weights, opts) at a fraction of its cost: `sum` is at least its sum
 * (the positive weights of all the text's features, some counted more than once) and `count` at most its
 * count (the unique features among the unigrams, word pairs, cues and a few n-grams of each word).
 * Most n-grams are then neither hashed into the table nor deduplicated.
 */
export function featureBound(text: string, weights: Int8Array, opts: FeatureOptions = FEATURES): { sum: number; count: number } {
  return weigh(text, weights, opts, true);
}

/** featureWeightSum (`bound` false) or featureBound (`bound` true): one walk of the text's features. */
function weigh(text: string, weights: Int8Array, opts: FeatureOptions, bound: boolean): { sum: number; count: number } {
  if (opts.counts) return countedSum(text, weights, opts, bound);
  found = 0;
  weightSum = 0;
  scoring = weights;
  bounding = bound;
  try {
    collect(text, opts);
  } finally {
    scoring = undefined;
    bounding = false;
  }
  return { sum: weightSum, count: found };
}

/**
 * featureWeightSum for counted features: a word's own features (its unigram and character n-grams) are
 * weighed once per distinct word and weight table and kept, so a text costs one lookup per word plus its
 * word pairs and cues. With `positive`, only positive weights are summed (featureBound: the count is exact).
 */
function countedSum(text: string, weights: Int8Array, opts: FeatureOptions, positive: boolean): { sum: number; count: number } {
  const mask = (1 << (opts.bits - 1)) - 1;
  const high = 1 << (opts.bits - 1);
  const key = `${opts.bits}:${opts.charMin}:${opts.charMax}`;
  if (key !== cachedKey || wordCache.size > WORD_CACHE_MAX) {
    wordCache.clear();
    cachedKey = key;
  }
  const pos = (v: number) => (positive && v < 0 ? 0 : v);
  const { words, caps } = modelWords(text);
  let sum = 0, count = 0;
  if (caps) {
    sum += pos(weights[(fnv(FNV ^ 4, '<caps>') >>> 0) & mask]!);
    count++;
  }
  let prev = fnv(FNV ^ 2, '<s>');
  const entries = entryList;
  entries.length = 0;
  for (const w of words) {
    let e = wordCache.get(w);
    if (!e) wordCache.set(w, (e = wordEntry(w, opts, mask, high)));
    entries.push(e);
    // The word's own sums are kept on its cache entry, for the last weight table they were worked out with.
    if (e.ownFor !== weights) {
      let all = weights[e.uni]!, plus = Math.max(0, all);
      for (let i = 0; i < e.grams.length; i++) {
        const v = weights[e.grams[i]!]!;
        all += v;
        if (v > 0) plus += v;
      }
      e.ownAll = all;
      e.ownPlus = plus;
      e.ownFor = weights;
    }
    sum += (positive ? e.ownPlus : e.ownAll) + pos(weights[(fnv(Math.imul(prev ^ 32, PRIME), w) >>> 0) & mask]!);
    count += 2 + e.grams.length;
    prev = e.state;
  }
  if (words.length) {
    sum += pos(weights[(fnv(Math.imul(prev ^ 32, PRIME), '</s>') >>> 0) & mask]!);
    count++;
  }
  if (opts.negation || opts.afinn || opts.target) {
    // The cues of walkCues, in the same order, from the facts kept on each word's entry (no look-ups, no hashing of "not:" cues).
    const cue = (h: number) => {
      sum += pos(weights[(h >>> 0) & mask]!);
      count++;
    };
    let negLeft = 0, minV = 0, negCount = 0, vsum = 0;
    let secondLeft = 0, thirdLeft = 0;
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k]!;
      const f = e.cueFlags;
      if (f & CUE_BREAK) {
        negLeft = secondLeft = thirdLeft = 0;
        continue;
      }
      const negated = negLeft > 0;
      if (negated) negLeft--;
      if (opts.negation && negated) cue(e.notHash);
      if (f & CUE_NEGATOR) negLeft = SCOPE;
      let v = opts.afinn || opts.target ? e.valence : 0;
      if (negated) v = -v;
      if (opts.afinn && v !== 0) {
        cue(valenceCueHash('v:', v));
        if (v < minV) minV = v;
        if (v < 0) negCount++;
        vsum += v;
      }
      if (opts.target) {
        if (v <= -2 && secondLeft > 0) cue(H_2P_NEG);
        if (v <= -2 && thirdLeft > 0) cue(H_3P_NEG);
        secondLeft = f & CUE_SECOND ? SCOPE : Math.max(0, secondLeft - 1);
        thirdLeft = f & CUE_THIRD ? SCOPE : Math.max(0, thirdLeft - 1);
      }
    }
    if (opts.afinn) {
      if (minV < 0) cue(valenceCueHash('min:', minV));
      if (negCount >= 2) cue(H_NEG2);
      cue(vsum < 0 ? H_SUM_NEG : vsum > 0 ? H_SUM_POS : H_SUM_ZERO);
    }
  }
  entries.length = 0;
  return { sum, count };
}
// The entries of the words of the text being weighed (reused).
const entryList: WordEntry[] = [];

/** A word's facts for the cue walk (see WordEntry). */
function cueFacts(w: string): { valence: number; cueFlags: number; notHash: number } {
  const flags = (w === '!' || w === '?' || w === '?!' ? CUE_BREAK : 0) | (NEGATORS.has(w) ? CUE_NEGATOR : 0) | (SECOND.has(w) ? CUE_SECOND : 0) | (THIRD.has(w) ? CUE_THIRD : 0);
  return { valence: valence(w), cueFlags: flags, notHash: fnv(CUE_PREFIX.get('not:')!, w) };
}

// Hashes of "v:<n>" and "min:<n>" cues by prefix and value.
const valenceCues = new Map<string, number>();
function valenceCueHash(prefix: 'v:' | 'min:', v: number): number {
  const key = prefix + v;
  let h = valenceCues.get(key);
  if (h === undefined) {
    h = fnv(CUE_PREFIX.get(prefix)!, String(v));
    if (valenceCues.size < 10_000) valenceCues.set(key, h);
  }
  return h;
}

const NEGATORS = new Set(['not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant', 'cannot', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'aint', 'nothing', 'nobody', 'hardly', 'neither', 'nor', 'without']);
const SECOND = new Set(['you', 'u', 'ur', 'your', 'youre', 'ya', 'yall', 'yourself', 'yourselves']);
const THIRD = new Set(['he', 'she', 'they', 'hes', 'shes', 'theyre', 'him', 'her', 'them', 'his', 'their']);
/** How many words after a negator (or a pronoun) it reaches; "!" and "?" end it. */
const SCOPE = 3;

/**
 * Word-level cues on top of the n-grams, as short strings (each hashed as one more word feature):
 *   - negation: "not:<word>" for the three words after "not", "never", "dont", ... ("you are not stupid");
 *   - AFINN-165 valence: "v:<score>" per rated word, flipped when negated ("not good" counts as -3), then
 *     "min:<lowest>", "neg2" for two or more negative words, and "sum-" / "sum0" / "sum+";
 *   - targeting: "2p-neg" / "3p-neg" when a word rated -2 or worse comes within three words after "you",
 *     "your" (second person) or "he", "she", "they" (third person).
 * They let a few weights learned from the training tweets tell "you are stupid" from "you are not stupid",
 * and a sharp word aimed at someone from a mild one about nobody.
 */
export function cues(words: readonly string[], opts: FeatureOptions = FEATURES): string[] {
  const out: string[] = [];
  walkCues(words, opts, (prefix, rest) => out.push(prefix + rest));
  return out;
}

const FNV5 = FNV ^ 5;
/** FNV states after each cue prefix, so a cue is hashed from there over its rest. */
const CUE_PREFIX = new Map(['not:', 'v:', 'min:'].map((p) => [p, fnv(FNV5, p)]));
// The cues without a variable part, hashed once.
const H_2P_NEG = fnv(FNV5, '2p-neg'), H_3P_NEG = fnv(FNV5, '3p-neg'), H_NEG2 = fnv(FNV5, 'neg2'), H_SUM_NEG = fnv(FNV5, 'sum-'), H_SUM_POS = fnv(FNV5, 'sum+'), H_SUM_ZERO = fnv(FNV5, 'sum0');

/** The cues of `cues`, in the same order, each given as a prefix and the rest of its string. */
function walkCues(words: readonly string[], opts: FeatureOptions, emit: (prefix: string, rest: string) => void): void {
  let negLeft = 0, minV = 0, negCount = 0, sum = 0;
  let secondLeft = 0, thirdLeft = 0;
  for (const w of words) {
    if (w === '!' || w === '?' || w === '?!') {
      negLeft = secondLeft = thirdLeft = 0;
      continue;
    }
    const negated = negLeft > 0;
    if (negated) negLeft--;
    if (opts.negation && negated) emit('not:', w);
    if (NEGATORS.has(w)) negLeft = SCOPE;
    let v = opts.afinn || opts.target ? valence(w) : 0;
    if (negated) v = -v;
    if (opts.afinn && v !== 0) {
      emit('v:', String(v));
      if (v < minV) minV = v;
      if (v < 0) negCount++;
      sum += v;
    }
    if (opts.target) {
      if (v <= -2 && secondLeft > 0) emit('', '2p-neg');
      if (v <= -2 && thirdLeft > 0) emit('', '3p-neg');
      secondLeft = SECOND.has(w) ? SCOPE : Math.max(0, secondLeft - 1);
      thirdLeft = THIRD.has(w) ? SCOPE : Math.max(0, thirdLeft - 1);
    }
  }
  if (opts.afinn) {
    if (minV < 0) emit('min:', String(minV));
    if (negCount >= 2) emit('', 'neg2');
    emit('', sum < 0 ? 'sum-' : sum > 0 ? 'sum+' : 'sum0');
  }
}
