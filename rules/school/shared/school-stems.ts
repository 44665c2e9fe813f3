import { SCHOOL_STEMS } from '../../lexicons/school-names.ts';

/** Flags of a stem or a proper prefix of one (whole words, space-joined keys). */
export interface StemLookup {
  get(key: string): number | undefined;
}

export interface StemIndex {
  /** Stem or proper prefix of a stem -> flags: 1 = matches alone, 2 = everyday words (capitals needed), 4 = a stem, 8 = a longer stem starts with this. */
  stems: StemLookup;
}
export const ALONE = 1;
export const EVERYDAY = 2;
export const STEM = 4;
export const PREFIX = 8;

/** Answers remembered (a post's words come back keystroke after keystroke); dropped when this many. */
const MEMO_MAX = 20_000;

/**
 * About 26,000 stems, one per line of SCHOOL_STEMS, sorted by key (scripts/build-schools-lexicon.ts; a
 * unit test holds the file to it). Nothing is built from them: a key is found by binary search over the
 * packed string itself (about 19 steps, each landing on a line by its newlines), so the first post costs
 * no 50,000-entry Map, and each answer is remembered for the words that come back keystroke after keystroke.
 */
function createStemLookup(packed: string): StemLookup {
  const len = packed.length;
  /** Where the key of the line starting at `s` starts (after its "*" and "~" flags). */
  const keyStart = (s: number): number => {
    if (packed.charCodeAt(s) === 42 /* * */) s++;
    if (packed.charCodeAt(s) === 126 /* ~ */) s++;
    return s;
  };
  /** packed[from, to) compared with `key` by UTF-16 code units, as the builder sorted them (<0, 0, >0). */
  const compare = (from: number, to: number, key: string): number => {
    const m = Math.min(to - from, key.length);
    for (let i = 0; i < m; i++) {
      const d = packed.charCodeAt(from + i) - key.charCodeAt(i);
      if (d !== 0) return d;
    }
    return to - from - key.length;
  };
  const lineEnd = (s: number): number => {
    const e = packed.indexOf('\n', s);
    return e === -1 ? len : e;
  };
  /** The start of the first line whose key is not below `key` (len + 1 when there is none). */
  const lowerBound = (key: string): number => {
    // Invariant: lines starting before lo sort below key; lines starting at or after hi do not.
    let lo = 0;
    let hi = len + 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = mid === 0 ? 0 : packed.lastIndexOf('\n', mid - 1) + 1;
      const e = lineEnd(s);
      if (compare(keyStart(s), e, key) < 0) lo = e + 1;
      else hi = s;
    }
    return lo;
  };
  const find = (key: string): number => {
    let f = 0;
    let s = lowerBound(key);
    if (s <= len) {
      const k = keyStart(s);
      const e = lineEnd(s);
      if (compare(k, e, key) === 0) {
        f |= STEM | (k > s && packed.charCodeAt(s) === 42 ? ALONE : 0) | (packed.charCodeAt(k - 1) === 126 && k > s ? EVERYDAY : 0);
        // Keys are unique, and nothing sorts between "key" and "key ...": the next line is the one to check.
        s = e + 1;
      }
    }
    // Stems that go on with more words ("abbey college cambridge" after "abbey").
    if (s <= len) {
      const k = keyStart(s);
      const e = lineEnd(s);
      if (e - k > key.length && packed.charCodeAt(k + key.length) === 32 && compare(k, k + key.length, key) === 0) f |= PREFIX;
    }
    return f;
  };

  const memo = new Map<string, number>();
  return {
    get(key) {
      let f = memo.get(key);
      if (f === undefined) {
        f = find(key);
        if (memo.size >= MEMO_MAX) memo.clear();
        memo.set(key, f);
      }
      return f === 0 ? undefined : f;
    },
  };
}

let index: StemIndex | undefined;

/** Indexed on first use and shared by every analyser. */
export function stemIndex(): StemIndex {
  index ??= { stems: createStemLookup(SCHOOL_STEMS) };
  return index;
}

/** Is this folded, space-joined key (schoolKeyWord per word) the stem of a school on the national list? */
export function isKnownSchoolStem(key: string): boolean {
  return ((stemIndex().stems.get(key) ?? 0) & STEM) !== 0;
}
