/**
 * Feature hashing for the tone model: word unigrams and bigrams plus character 3-5-grams inside each word
 * (so "fuuuck", "sh1t" and unseen inflections share features with their plain forms). Shared by the
 * training script (scripts/train-tone-model.ts) and the detector, so both see exactly the same features.
 */

export const MODEL_BITS = 17;
const MASK = (1 << MODEL_BITS) - 1;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '@': 'a', $: 's' };

/** FNV-1a over a string, folded to the table size. */
function hash(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

// Tweets say @USER and URL; posts have real handles and links. Both become placeholders that produce no
// features: almost every inoffensive OLID tweet starts with @USER, so a model allowed to see it learns
// that a post without one is suspicious.
const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+|\bURL\b/g;
const HANDLE_RE = /@\w+/g;
const WORD_RE = /[a-z0-9@$*']+|[!?]+/g;

export function normaliseForModel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(URL_RE, ' zurlz ')
    .replace(HANDLE_RE, ' zuserz ')
    .replace(/#/g, ' ')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .toLowerCase()
    .replace(/(.)\1{2,}/g, '$1$1');
}

/** Hashed feature indices of a text (duplicates allowed: they count twice). */
export function featureIndices(text: string): number[] {
  const out: number[] = [];
  const words = normaliseForModel(text).match(WORD_RE) ?? [];
  let prev = '<s>';
  for (const raw of words) {
    const w = raw.length > 24 ? raw.slice(0, 24) : raw;
    if (w === 'zuserz' || w === 'zurlz') continue;
    out.push(hash(w, 1));
    out.push(hash(prev + ' ' + w, 2));
    prev = w;
    if (w[0] === '!' || w[0] === '?') continue;
    let d = w;
    if (/[0-9@$]/.test(w)) {
      d = '';
      for (const ch of w) d += LEET[ch] ?? ch;
    }
    const p = ' ' + (/[*#']/.test(d) ? d.replace(/[*#']/g, '') : d) + ' ';
    // Character 3-, 4- and 5-grams: FNV extends one character at a time, so the three lengths starting at
    // i share one pass and no substrings are built.
    for (let i = 0; i + 3 <= p.length; i++) {
      let h = 0x811c9dc5 ^ 3;
      for (let k = 0; k < 5 && i + k < p.length; k++) {
        h ^= p.charCodeAt(i + k);
        h = Math.imul(h, 0x01000193);
        if (k >= 2) out.push((h >>> 0) & MASK);
      }
    }
  }
  out.push(hash(prev + ' </s>', 2));
  return out;
}
