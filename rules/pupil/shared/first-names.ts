import { ADULT_NAMES, CHILD_NAMES, COMMON_NAMES, NAME_WORDS } from '../../lexicons/first-names.ts';
import { RARE_NAMES } from '../../lexicons/rare-names.ts';
import { WORD_NAMES } from '../../lexicons/word-names.ts';
import { ENGLISH_BLOOM, NAME_SHAPE } from '../../lexicons/name-shape.ts';
import { bloomHashes, shapeBucket, shapeGrams, SHAPE_SCALE } from '../../lexicons/name-shape-core.ts';

let child: Set<string> | undefined;
let common: Set<string> | undefined;
let words: Set<string> | undefined;

/** A first name of today's school-age children (ONS cohorts 2008-2024). Sets are built on first use. */
export function isChildName(norm: string): boolean {
  child ??= new Set(CHILD_NAMES.split('|'));
  return child.has(norm);
}

/** Too common to identify anyone on its own (Jack, Sarah). */
export function isCommonName(norm: string): boolean {
  common ??= new Set(COMMON_NAMES.split('|'));
  return common.has(norm);
}

/** Also an everyday word, month or place (Grace, May, Paris). */
export function isNameWord(norm: string): boolean {
  words ??= new Set(NAME_WORDS.split('|'));
  return words.has(norm);
}

let adult: Set<string> | undefined;
/** A grown-up's name: historic top 100 (1934-1994), now rare among children (Sandra, Gareth, Nicola). */
export function isAdultName(norm: string): boolean {
  adult ??= new Set(ADULT_NAMES.split('|'));
  // Names that are also words (Joy, Heather, May) have their own evidence rules.
  return adult.has(norm) && !isNameWord(norm);
}

let rare: Set<string> | undefined;
let bloom: Uint8Array | undefined;
let shape: Int8Array | undefined;

/** Decodes a base64 string without Node or DOM globals (the engine stays pure). */
function fromBase64(s: string): Uint8Array {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const map = new Int8Array(128).fill(-1);
  for (let i = 0; i < A.length; i++) map[A.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | map[clean.charCodeAt(i)]!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  return out;
}

/** Front-coded list (see scripts/build-names-lexicon.ts) -> set. */
function decodeFrontCoded(enc: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  let i = 0;
  while (i < enc.length) {
    const k = enc.charCodeAt(i) - 65;
    let j = ++i;
    while (j < enc.length && !(enc.charCodeAt(j) >= 65 && enc.charCodeAt(j) <= 90)) j++;
    prev = prev.slice(0, k) + enc.slice(i, j);
    out.add(prev);
    i = j;
  }
  return out;
}

/** A name of the full ONS lists given to fewer than 30 babies (Ayobami, Gwenlli, Khizr), not an English word. */
export function isRareName(norm: string): boolean {
  rare ??= decodeFrontCoded(RARE_NAMES);
  return rare.has(norm);
}

/** Answers of nameListKind remembered (a post's words come back keystroke after keystroke); dropped when this many. */
const LIST_KIND_MAX = 20_000;
const listKinds = new Map<string, 0 | 1 | 2>();

/**
 * 1 when isChildName(norm), else 2 when isRareName(norm), else 0: the two large sets asked once per word and the
 * answer remembered, so everyday words (asked for every lower-case word of every post) cost one small look-up.
 */
export function nameListKind(norm: string): 0 | 1 | 2 {
  let k = listKinds.get(norm);
  if (k === undefined) {
    k = isChildName(norm) ? 1 : isRareName(norm) ? 2 : 0;
    if (listKinds.size >= LIST_KIND_MAX) listKinds.clear();
    listKinds.set(norm, k);
  }
  return k;
}

let wordNames: Set<string> | undefined;

/** A name of the full ONS lists that is also an ordinary English word and in no other list (Journey, Story, Wealth). */
export function isWordName(norm: string): boolean {
  wordNames ??= decodeFrontCoded(WORD_NAMES);
  return wordNames.has(norm);
}

/** Any first name the ONS lists hold. */
export function isKnownName(norm: string): boolean {
  return isChildName(norm) || isRareName(norm) || isCommonName(norm);
}

/** An ordinary English word (Bloom filter of SUBTLEX-US lower-case words; about 1% false "yes"). */
export function isEnglishWord(norm: string): boolean {
  let known = englishWords.get(norm);
  if (known === undefined) {
    bloom ??= fromBase64(ENGLISH_BLOOM);
    known = true;
    for (const h of bloomHashes(norm)) {
      if ((bloom[h >>> 3]! & (1 << (h & 7))) === 0) {
        known = false;
        break;
      }
    }
    if (englishWords.size >= LIST_KIND_MAX) englishWords.clear();
    englishWords.set(norm, known);
  }
  return known;
}
/** Answers of isEnglishWord and nameShapeScore remembered like nameListKind's (hashing allocates per call). */
const englishWords = new Map<string, boolean>();
const shapeScores = new Map<string, number>();

/** How much a word is shaped like a first name rather than an English word: mean trigram log-odds (> 0: name-like). */
export function nameShapeScore(norm: string): number {
  let score = shapeScores.get(norm);
  if (score === undefined) {
    score = shapeScoreOf(norm);
    if (shapeScores.size >= LIST_KIND_MAX) shapeScores.clear();
    shapeScores.set(norm, score);
  }
  return score;
}
function shapeScoreOf(norm: string): number {
  if (!shape) {
    const b = fromBase64(NAME_SHAPE);
    shape = new Int8Array(b.buffer, b.byteOffset, b.byteLength);
  }
  const grams = shapeGrams(norm);
  let sum = 0;
  for (const g of grams) sum += shape[shapeBucket(g)]!;
  return grams.length ? sum / grams.length / SHAPE_SCALE : 0;
}
