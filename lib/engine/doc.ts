import type { Doc } from './rule.ts';
import { normaliseText, type Normalised } from './normalise.ts';
import { tokenize, type Token } from './text.ts';

/**
 * The post as every rule reads it: `text` is the normalised text (lib/engine/normalise.ts: fancy letters,
 * look-alikes, invisible characters and odd spaces and apostrophes made plain), and `toOriginal` maps a
 * span of it back to the characters of the post as written. The analyser does that mapping, so rules
 * only ever deal with `text` and its offsets.
 */
export function createDoc(original: string): Doc {
  return docOf(original, normaliseText(original), tokenize);
}

/**
 * Exactly createDoc(parent.text.slice(from, end)), for rules that read a part of a post as a post of its own
 * (rules/tone/shared/parts.ts). When the slice needs no normalising of its own (the usual case: the parent's
 * text is normalised already) and no word of the parent crosses either end of the slice, the part's tokens are
 * the parent's tokens inside it, moved by `from`: tokenize() starts afresh after every non-word character,
 * so it splits the slice as it split the parent there, with line numbers counted from the slice's start. Those
 * are taken from the parent instead of tokenizing the slice again. `parent.tokens` must be tokenize(parent.text)
 * (as for every Doc made here).
 */
export function createPartDoc(parent: Doc, from: number, end: number): Doc {
  const slice = parent.text.slice(from, end);
  const normalised = normaliseText(slice);
  // Offsets slice() would read otherwise (negative, past the end, reversed, fractions) are left to tokenize().
  const plain = Number.isInteger(from) && Number.isInteger(end) && from >= 0 && from <= end && end <= parent.text.length;
  if (normalised.changed || !plain) return docOf(slice, normalised, tokenize);
  let fromParent = false;
  const doc = docOf(slice, normalised, (text) => {
    const within = tokensWithin(parent.text, parent.tokens, from, end);
    fromParent = within !== null;
    return within ?? tokenize(text);
  });
  origins.set(doc, () => {
    void doc.tokens;
    return fromParent ? { parent, from } : undefined;
  });
  return doc;
}

export interface PartOrigin {
  parent: Doc;
  /** Where the part starts in the parent's text. */
  from: number;
}

const origins = new WeakMap<Doc, () => PartOrigin | undefined>();

/**
 * For a doc made by createPartDoc whose tokens are the parent's tokens inside the part, moved back by `from`
 * (same norms, same order: see tokensWithin), its parent and `from`; otherwise undefined. Look-ups that depend
 * only on which tokens a doc has can then be read off the parent's instead of being worked out again per part.
 */
export function partOrigin(doc: Doc): PartOrigin | undefined {
  return origins.get(doc)?.();
}

function docOf(original: string, normalised: Normalised, tokensOf: (text: string) => Token[]): Doc {
  const text = normalised.text;
  let tokens: Token[] | undefined;
  const memos = new Map<string, unknown>();
  return {
    text,
    original,
    toOriginal: normalised.toOriginal,
    get tokens() {
      tokens ??= tokensOf(text);
      return tokens;
    },
    memo<T>(key: string, compute: () => T): T {
      const known = memos.get(key);
      if (known !== undefined || memos.has(key)) return known as T;
      const value = compute();
      memos.set(key, value);
      return value;
    },
  };
}

/**
 * tokenize(text.slice(from, end)) read off `all` = tokenize(text), or null when a token of `all` crosses `from`
 * or `end` (the slice would cut that word, so it splits differently there). Tokens are in order and do not
 * overlap, so the first one inside is found by binary search; a token's line is the number of line breaks
 * before it (every "\n" is outside words), so within the slice it is its line less the line breaks before `from`.
 */
function tokensWithin(text: string, all: readonly Token[], from: number, end: number): Token[] | null {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (all[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  if (lo < all.length && all[lo]!.start < from && all[lo]!.end > from) return null;
  let base = 0;
  for (let k = lo; k < all.length && all[k]!.start < end; k++) {
    const t = all[k]!;
    if (t.end > end) return null;
    if (k === lo) {
      let breaks = 0;
      for (let i = from; i < t.start; i++) if (text.charCodeAt(i) === 10) breaks++;
      base = t.line - breaks;
    }
    out.push({ start: t.start - from, end: t.end - from, raw: t.raw, norm: t.norm, capitalised: t.capitalised, prefix: t.prefix, line: t.line - base });
  }
  return out;
}
