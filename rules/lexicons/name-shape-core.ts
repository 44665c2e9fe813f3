/**
 * The hashing shared by scripts/build-names-lexicon.ts (which builds the tables in name-shape.ts) and the
 * pupil rules (which read them): a Bloom filter of English words and a hashed character-trigram model.
 * Pure functions, no tables here, so the build script and the engine cannot disagree on a bucket.
 */

export const BLOOM_BITS = 1 << 18;
export const BLOOM_K = 4;
export const SHAPE_BUCKETS = 1 << 13;
/** Log-odds are stored as signed bytes: value = round(log-odds * SHAPE_SCALE). */
export const SHAPE_SCALE = 16;

/** FNV-1a over UTF-16 code units, with a seed. */
function fnv(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The BLOOM_K bit positions of a word (double hashing). */
export function bloomHashes(word: string): number[] {
  const a = fnv(word, 0);
  const b = fnv(word, 0x9e3779b9) | 1;
  const out: number[] = [];
  for (let k = 0; k < BLOOM_K; k++) out.push((a + Math.imul(k, b)) >>> 0 & (BLOOM_BITS - 1));
  return out;
}

/** Character trigrams of a folded word with boundary marks: "ada" -> "^ad", "ada", "da$". */
export function shapeGrams(word: string): string[] {
  const w = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3));
  return out;
}

export function shapeBucket(gram: string): number {
  return fnv(gram, 17) & (SHAPE_BUCKETS - 1);
}
