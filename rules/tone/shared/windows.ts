/**
 * Run phrase regexes only near words that could start or anchor a match. A set lookup per token (the
 * tokens are shared by every rule) replaces a full-text regex scan, so a post with no trigger word costs
 * almost nothing, and a long post costs in proportion to its trigger words, not its length.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import { partOrigin } from '../../../lib/engine/doc.ts';

export interface Range {
  start: number;
  end: number;
}

/** Token positions by folded form, built once per post and shared by every trigger set (read only). */
export function tokenIndex(doc: Doc): ReadonlyMap<string, number[]> {
  return doc.memo('windows:token-index', () => {
    const index = new Map<string, number[]>();
    const { tokens } = doc;
    for (let i = 0; i < tokens.length; i++) {
      const norm = tokens[i]!.norm;
      const at = index.get(norm);
      if (at) at.push(i);
      else index.set(norm, [i]);
    }
    return index;
  });
}

type WindowMemo = WeakMap<ReadonlySet<string>, Map<string, readonly Readonly<Range>[]>>;

/**
 * Merged ranges of `radius` characters around each token whose folded form is in `triggers`. Several rules
 * ask for the same trigger set and radius, so the windows are worked out once per post and shared: callers
 * only read them. A trigger set must not change once it has been passed here (its words' membership is kept).
 */
export function triggerWindows(doc: Doc, triggers: ReadonlySet<string>, radius: number, extraNeedles: readonly string[] = []): readonly Readonly<Range>[] {
  const memo = doc.memo<WindowMemo>('windows:by-trigger', newWindowMemo);
  let bySet = memo.get(triggers);
  if (!bySet) memo.set(triggers, (bySet = new Map()));
  const key = extraNeedles.length === 0 ? String(radius) : `${radius}\u0000${extraNeedles.join('\u0000')}`;
  let found = bySet.get(key);
  if (!found) bySet.set(key, (found = computeWindows(doc, triggers, radius, extraNeedles)));
  return found;
}

const newWindowMemo = (): WindowMemo => new WeakMap();

function computeWindows(doc: Doc, triggers: ReadonlySet<string>, radius: number, extraNeedles: readonly string[]): Range[] {
  const { text } = doc;
  const at = triggerPositions(doc, triggers);
  let starts = at.starts;
  let ends = at.ends;
  if (extraNeedles.length > 0) {
    const points: Range[] = starts.map((start, k) => ({ start, end: ends[k]! }));
    for (const needle of extraNeedles) {
      for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) points.push({ start: i, end: i + needle.length });
    }
    points.sort((x, y) => x.start - y.start);
    // New arrays: the trigger positions are shared (memoised per post and set).
    starts = [];
    ends = [];
    for (const p of points) {
      starts.push(p.start);
      ends.push(p.end);
    }
  }
  if (starts.length === 0) return [];
  const out: Range[] = [];
  let last: Range | undefined;
  for (let k = 0; k < starts.length; k++) {
    const s = Math.max(0, starts[k]! - radius);
    const e = Math.min(text.length, ends[k]! + radius);
    if (last && s <= last.end) last.end = Math.max(last.end, e);
    else out.push((last = { start: s, end: e }));
  }
  // Widen to whitespace so a window never starts or ends inside a word (keeps \b and lookbehinds honest).
  for (const r of out) {
    while (r.start > 0 && !isWhitespace(text.charCodeAt(r.start - 1))) r.start--;
    while (r.end < text.length && !isWhitespace(text.charCodeAt(r.end))) r.end++;
  }
  const merged: Range[] = [];
  for (const r of out) {
    const prev = merged[merged.length - 1];
    if (prev && r.start <= prev.end) prev.end = Math.max(prev.end, r.end);
    else merged.push(r);
  }
  return merged;
}

interface Positions {
  /** Start and end offsets of the tokens whose folded form is in the trigger set, in text order (read only). */
  starts: number[];
  ends: number[];
}

type PositionMemo = WeakMap<ReadonlySet<string>, Positions>;
const newPositionMemo = (): PositionMemo => new WeakMap();

/**
 * Where the trigger set's words are in the post, once per post and set. A part of a post (rules/tone/shared/parts.ts)
 * whose tokens are its parent's tokens inside it has exactly the parent's trigger tokens inside it, moved back by
 * where it starts: those are read off the parent's (a binary search and a copy) instead of indexing the part's words.
 */
function triggerPositions(doc: Doc, triggers: ReadonlySet<string>): Positions {
  const memo = doc.memo<PositionMemo>('windows:positions', newPositionMemo);
  let found = memo.get(triggers);
  if (!found) memo.set(triggers, (found = positionsOf(doc, triggers)));
  return found;
}

function positionsOf(doc: Doc, triggers: ReadonlySet<string>): Positions {
  const origin = partOrigin(doc);
  if (origin) {
    const whole = triggerPositions(origin.parent, triggers);
    const { from } = origin;
    const to = from + doc.text.length;
    const first = firstAtOrAfter(whole.starts, from);
    const starts: number[] = [];
    const ends: number[] = [];
    for (let k = first; k < whole.starts.length && whole.starts[k]! < to; k++) {
      starts.push(whole.starts[k]! - from);
      ends.push(whole.ends[k]! - from);
    }
    return { starts, ends };
  }
  const { tokens } = doc;
  const index = tokenIndex(doc);
  // Token positions of the trigger words: walk the smaller of the trigger set and the post's vocabulary. One
  // word's positions are already in order; several words' are marked per token and read back in order (no sort).
  let only: number[] | undefined;
  let marks: Uint8Array | undefined;
  let lo = tokens.length, hi = -1;
  const add = (list: number[]) => {
    if (!only && !marks) {
      only = list;
      return;
    }
    if (!marks) {
      marks = new Uint8Array(tokens.length);
      for (const i of only!) marks[i] = 1;
      lo = only![0]!;
      hi = only![only!.length - 1]!;
    }
    for (const i of list) marks[i] = 1;
    if (list[0]! < lo) lo = list[0]!;
    if (list[list.length - 1]! > hi) hi = list[list.length - 1]!;
  };
  const slot = slotOf(triggers);
  if (slot >= 0) {
    // Which trigger sets each word of the post is in was worked out once per post for all sets (see vocabSlots).
    const { lists, bits } = vocabSlots(doc);
    const bit = 1 << slot;
    for (let k = 0; k < lists.length; k++) if (bits[k]! & bit) add(lists[k]!);
  } else if (triggers.size < index.size) {
    for (const w of triggers) {
      const list = index.get(w);
      if (list) add(list);
    }
  } else {
    for (const [w, list] of index) if (triggers.has(w)) add(list);
  }
  const starts: number[] = [];
  const ends: number[] = [];
  if (marks) {
    for (let i = lo; i <= hi; i++) {
      if (marks[i] === 0) continue;
      starts.push(tokens[i]!.start);
      ends.push(tokens[i]!.end);
    }
  } else if (only) {
    for (const i of only) {
      starts.push(tokens[i]!.start);
      ends.push(tokens[i]!.end);
    }
  }
  return { starts, ends };
}

/** The first k with sorted[k] >= value (sorted.length when there is none). */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Trigger sets by number (at most 31, one bit each; later sets are looked up as before). The rules pass the
// same few module-level sets for every post, so each distinct word's membership of all of them is worked
// out once (one look-up per word in `setBits`) instead of once per set and post.
const slots = new WeakMap<ReadonlySet<string>, number>();
const slotSets: ReadonlySet<string>[] = [];
const MAX_SLOTS = 31;
/** Bumped when a set gets a number: word bits worked out before then are stale. */
let slotVersion = 0;
const setBits = new Map<string, number>();

function slotOf(triggers: ReadonlySet<string>): number {
  const known = slots.get(triggers);
  if (known !== undefined) return known;
  if (slotSets.length >= MAX_SLOTS) return -1;
  const slot = slotSets.length;
  slotSets.push(triggers);
  slots.set(triggers, slot);
  slotVersion++;
  setBits.clear();
  return slot;
}

function bitsOfWord(w: string): number {
  let b = setBits.get(w);
  if (b === undefined) {
    b = 0;
    for (let k = 0; k < slotSets.length; k++) if (slotSets[k]!.has(w)) b |= 1 << k;
    if (setBits.size >= 50_000) setBits.clear();
    setBits.set(w, b);
  }
  return b;
}

interface VocabSlots {
  version: number;
  /** Token positions of each distinct word (the token index's lists, in its order). */
  lists: number[][];
  /** The trigger sets each of those words is in, a bit per set number. */
  bits: Int32Array;
}

/** For each distinct word of the post, its token positions and the numbered trigger sets it is in; once per post (again if a set was numbered since). */
function vocabSlots(doc: Doc): VocabSlots {
  const memo = doc.memo<{ current?: VocabSlots }>('windows:vocab-slots', () => ({}));
  if (memo.current && memo.current.version === slotVersion) return memo.current;
  const index = tokenIndex(doc);
  const lists: number[][] = [];
  const bits = new Int32Array(index.size);
  for (const [w, list] of index) {
    bits[lists.length] = bitsOfWord(w);
    lists.push(list);
  }
  return (memo.current = { version: slotVersion, lists, bits });
}

/** Exactly the characters /\s/ matches (ECMAScript WhiteSpace and LineTerminator), by code unit. */
function isWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export interface WindowMatch {
  index: number;
  text: string;
  groups: (string | undefined)[];
}

/**
 * All matches of a global regex inside the windows, with offsets into the whole text. The same matches as
 * `slice.matchAll(re)` per window (which starts each window at re.lastIndex and leaves `re` as it was),
 * without cloning the regex and building an iterator for every window.
 */
export function matchInWindows(text: string, re: RegExp, windows: readonly Range[]): WindowMatch[] {
  if (!re.global) throw new TypeError('matchInWindows needs a global regex');
  const out: WindowMatch[] = [];
  const from = re.lastIndex;
  const unicode = re.unicode || re.unicodeSets;
  let lastEnd = -1;
  try {
    for (const w of windows) {
      const slice = text.slice(w.start, w.end);
      re.lastIndex = from;
      for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        const found = m[0];
        if (found.length === 0) re.lastIndex = advance(slice, re.lastIndex, unicode);
        const index = w.start + m.index;
        if (index < lastEnd) continue;
        out.push({ index, text: found, groups: m.slice(1) });
        lastEnd = index + found.length;
      }
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** Where a global regex resumes after an empty match (ECMAScript AdvanceStringIndex). */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/** Folded first words of phrase alternatives ("sick of" -> "sick"), for building trigger sets. */
export function firstWords(phrases: readonly string[]): string[] {
  return phrases.map((p) => p.toLowerCase().split(/[\s-]/)[0]!.replace(/['’]/g, "'"));
}

/** The top-level alternatives of a regex source (split at "|" outside groups and classes). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0, inClass = false, start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * The same regex with its word boundary tested once before its alternatives, when every top-level
 * alternative starts with \b (the two assertions hold at the same place, so the matches are the same): at a
 * position inside a word the engine then fails at once instead of trying each alternative in turn. Any
 * other regex is returned as it is.
 */
export function boundaryFirst(re: RegExp): RegExp {
  const alternatives = topLevelAlternatives(re.source);
  if (alternatives.length < 2 || !alternatives.every((a) => a.startsWith('\\b'))) return re;
  return new RegExp(`\\b(?:${re.source})`, re.flags);
}
