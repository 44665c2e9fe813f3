/**
 * Sentence and negation helpers shared by the tone rules. Everything works on doc.tokens (one tokenizer
 * pass per post) and is memoised on the Doc.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Token } from '../../../lib/engine/text.ts';

/** Index of the sentence each token is in (split on . ! ? and line breaks). */
export function sentenceIds(doc: Doc): Int32Array {
  return doc.memo('tone:sentences', () => {
    const { text, tokens } = doc;
    const ids = new Int32Array(tokens.length);
    let id = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0) {
        // A . ! ? or line break between the two tokens (read by character code: no slice, no regex).
        for (let k = tokens[i - 1]!.end, e = tokens[i]!.start; k < e; k++) {
          const c = text.charCodeAt(k);
          if (c === 46 || c === 33 || c === 63 || c === 10) {
            id++;
            break;
          }
        }
      }
      ids[i] = id;
    }
    return ids;
  });
}

/**
 * The first and last token of every token's sentence, worked out once per post for rules that walk every token
 * (sentenceBounds answers one token by walking its sentence).
 */
export function sentenceEdges(doc: Doc): { first: Int32Array; last: Int32Array } {
  return doc.memo('tone:sentence-edges', () => {
    const ids = sentenceIds(doc);
    const n = ids.length;
    const first = new Int32Array(n);
    const last = new Int32Array(n);
    for (let i = 0; i < n; i++) first[i] = i > 0 && ids[i] === ids[i - 1] ? first[i - 1]! : i;
    for (let i = n - 1; i >= 0; i--) last[i] = i + 1 < n && ids[i] === ids[i + 1] ? last[i + 1]! : i;
    return { first, last };
  });
}

const NEGATORS = new Set(['not', 'no', 'zero', 'never', 'nobody', 'nothing', 'hardly', 'barely', 'neither', 'nor', 'cannot', 'aint', "ain't", 'isnt', 'arent', 'wasnt', 'dont', 'doesnt', 'didnt', 'wont', 'cant', 'wouldnt', 'shouldnt', 'couldnt']);

export function isNegator(norm: string): boolean {
  return NEGATORS.has(norm) || norm.endsWith("n't");
}

/** A negator within `window` tokens before token i, in the same sentence ("not an idiot", "isn't so thick"). */
export function negatedBefore(doc: Doc, i: number, window = 3): boolean {
  const ids = sentenceIds(doc);
  const { tokens } = doc;
  for (let j = i - 1; j >= 0 && j >= i - window; j--) {
    if (ids[j] !== ids[i]) return false;
    if (isNegator(tokens[j]!.norm)) return true;
  }
  return false;
}

const FIRST_PERSON = new Set(['i', "i'm", 'im', 'me', 'myself', "i've", "i'd", "i'll", 'i’m']);

/** The nearest subject-ish word before token i is the writer ("I'm such an idiot", "felt so stupid"). */
export function aboutSelf(doc: Doc, i: number, window = 4): boolean {
  const ids = sentenceIds(doc);
  const { tokens } = doc;
  for (let j = i - 1; j >= 0 && j >= i - window; j--) {
    if (ids[j] !== ids[i]) return false;
    const n = tokens[j]!.norm;
    if (FIRST_PERSON.has(n)) return true;
    if (n === 'you' || n === 'he' || n === 'she' || n === 'they' || n === "you're" || n === "he's" || n === "she's" || n === "they're") return false;
  }
  return false;
}

/** Tokens of one sentence around index i: [first, last] inclusive. */
export function sentenceBounds(doc: Doc, i: number): [number, number] {
  const ids = sentenceIds(doc);
  let a = i, b = i;
  while (a > 0 && ids[a - 1] === ids[i]) a--;
  while (b + 1 < ids.length && ids[b + 1] === ids[i]) b++;
  return [a, b];
}

export function phraseAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.norm !== words[k]) return false;
  return true;
}

/** "went without a hitch", "without any fuss": a lack of trouble is not a shortfall. */
const TROUBLE = new Set(['hitch', 'hiccup', 'hiccups', 'fuss', 'incident', 'incidents', 'scratch', 'drama', 'problem', 'problems', 'issue', 'issues', 'complaint', 'complaints', 'tears', 'moan', 'moans', 'grumble', 'fight', 'fights', 'injuries']);
export function troubleFree(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.norm !== 'without' && tokens[i]!.norm !== 'no') return false;
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) if (TROUBLE.has(tokens[k]!.norm)) return true;
  return false;
}
