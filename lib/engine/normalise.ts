/**
 * The one normalisation layer every rule reads through (lib/engine/doc.ts): text people really paste is
 * turned into plain text the rules can match, and every character of the result remembers which
 * characters of the original it came from, so findings are reported on the original text.
 *
 * - Unicode compatibility forms (NFKC): LinkedIn "fancy" letters (𝗯𝗼𝗹𝗱, 𝘪𝘵𝘢𝘭𝘪𝘤, Ⓒⓘⓡⓒⓛⓔⓓ, ｆｕｌｌ-ｗｉｄｔｈ),
 *   full-width and mathematical digits, ligatures, and unusual spaces (no-break, narrow, thin, figure,
 *   ideographic) all become their plain forms.
 * - Invisible characters (zero-width space/joiners, direction marks and isolates, word joiner and
 *   invisible operators, byte-order mark, soft hyphen) are dropped.
 * - Apostrophe look-alikes (‘ ’ ‛ ′ ʼ ʹ ＇ ´, and ` between letters) become "'", so "O‘Neill" is "O'Neill".
 * - Runs of spaces become one space ("07700  900461").
 * - Cyrillic and Greek letters that look like Latin ones are read as Latin inside a word that mixes them
 *   with Latin letters, or whose letters are all look-alikes ("Jасk" with Cyrillic а and с); digits join the
 *   letters around them, so a postcode typed in look-alikes ("ЅW1А 1АА") reads as one. Real Russian or
 *   Greek words keep their letters: they contain letters with no Latin twin.
 *
 * Linear in the length of the text. Plain ASCII text without double spaces or backticks is returned as
 * it is, without building a map.
 */

export interface Normalised {
  /** The text the rules read. */
  readonly text: string;
  /** The text as written. */
  readonly original: string;
  /** False when `text === original` and offsets are the same. */
  readonly changed: boolean;
  /** The span of the original text that the span [start, end) of `text` came from. */
  toOriginal(start: number, end: number): [number, number];
}

/** Characters that are invisible and carry no letter: dropped. */
function isInvisible(c: number): boolean {
  return (
    c === 0xad ||
    c === 0x34f ||
    c === 0x61c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff
  );
}

/** Apostrophe look-alikes, mapped before NFKC (which would turn ´ into a space and a combining accent). */
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x2032, 0x2035, 0x02bc, 0x02b9, 0x02bb, 0x02bd, 0xff07, 0x00b4]);

/** Cyrillic and Greek letters drawn like a Latin letter (Unicode confusables, the common ones). */
const CONFUSABLE: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'ë', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ї: 'ï', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ү: 'y', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', Ё: 'Ë', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ї: 'Ï', Ј: 'J', Ѕ: 'S', Ү: 'Y', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I',
  // Greek
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', υ: 'u', ϲ: 'c', ϳ: 'j',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', Ϲ: 'C',
};

const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
// Per UTF-16 code unit: 0 = not looked up yet, 1 = yes, 2 = no. Filled lazily, like text.ts's table, so a
// Unicode regex runs once per distinct character rather than once per character.
const LETTER_TABLE = new Uint8Array(65536);
const MARK_TABLE = new Uint8Array(65536);
const LETTER = { test: (ch: string) => lookup(LETTER_TABLE, LETTER_RE, ch) };
const MARK = { test: (ch: string) => lookup(MARK_TABLE, MARK_RE, ch) };
function lookup(table: Uint8Array, re: RegExp, ch: string): boolean {
  const c = ch.charCodeAt(0);
  // Astral characters (surrogate pairs) are tested directly; they are rare.
  if (c >= 0xd800 && c <= 0xdfff) return re.test(ch);
  let v = table[c]!;
  if (v === 0) table[c] = v = re.test(ch) ? 1 : 2;
  return v === 1;
}
/** NFKC of one character with its marks; most posts repeat the same few non-ASCII characters (emoji). */
const NFKC_CACHE = new Map<string, string>();
function nfkc(chunk: string): string {
  let v = NFKC_CACHE.get(chunk);
  if (v === undefined) {
    v = chunk.normalize('NFKC');
    if (v.length === 1 && v !== ' ' && /\s/.test(v)) v = ' ';
    if (NFKC_CACHE.size < 4096) NFKC_CACHE.set(chunk, v);
  }
  return v;
}
const isLatinLetter = (ch: string): boolean => /[A-Za-z\u00C0-\u024F]/.test(ch);

/** An ASCII character followed by a combining accent ("e\u0308"): NFKC composes the two, so it is not copied as it is. */
function composesWithNext(original: string, i: number, n: number): boolean {
  const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
  return next >= 0x300 && !isInvisible(next) && MARK.test(original[i + 1]!);
}

/** A backtick between two letters ("O`Neill") is an apostrophe. */
function backtickApostrophe(original: string, i: number, n: number): boolean {
  return i > 0 && i + 1 < n && LETTER.test(original[i - 1]!) && LETTER.test(original[i + 1]!);
}

/** End of the character at `i` (a surrogate pair counts as one) and the combining marks that follow it. */
function clusterEnd(original: string, i: number, n: number): number {
  const cp = original.codePointAt(i)!;
  let j = i + (cp > 0xffff ? 2 : 1);
  while (j < n) {
    const m = original.codePointAt(j)!;
    // Astral combining marks are rare (variation selectors supplement only are kept with the letter).
    if (m < 0x300 || isInvisible(m) || (m > 0xffff ? !(m >= 0xe0100 && m <= 0xe01ef) : !MARK.test(original[j]!))) break;
    j += m > 0xffff ? 2 : 1;
  }
  return j;
}

function identity(text: string): Normalised {
  return { text, original: text, changed: false, toOriginal: (start, end) => [start, end] };
}

/**
 * A changed text whose code unit k came from original[starts[k], ends[k]): both full paths (typed arrays and
 * look-alikes) answer toOriginal the same way, clamping spans to the text.
 */
function mapped(text: string, original: string, s16: ArrayLike<number>, e16: ArrayLike<number>): Normalised {
  return {
    text,
    original,
    changed: true,
    toOriginal(start, end) {
      if (text.length === 0) return [0, 0];
      const s = Math.min(Math.max(start, 0), text.length - 1);
      if (end <= start) return [s16[s]!, s16[s]!];
      const e = Math.min(end, text.length) - 1;
      return [s16[s]!, e16[e]!];
    },
  };
}

/**
 * Does the text need the slow path at all: a code unit of 128 or more, a backtick, or two spaces in a row?
 * One regex test (no u flag, so it reads code units): about three times faster than a loop over the text.
 */
const NEEDS_WORK = /[^\x00-\x5f\x61-\x7f]| {2}/;
// Where a run of plain ASCII characters ends: a code unit of 128 or more, a backtick, or two spaces.
const PLAIN_END = /[^\x00-\x5f\x61-\x7f]| {2}/g;
function needsWork(text: string): boolean {
  return NEEDS_WORK.test(text);
}

export function normaliseText(original: string): Normalised {
  if (!needsWork(original)) return identity(original);
  return normaliseApostrophes(original) ?? normaliseUnits(original) ?? normaliseWithLookAlikes(original);
}

// The apostrophe look-alikes of APOSTROPHES, as a class.
const APOSTROPHE_CLASS = '\u2018\u2019\u201b\u2032\u2035\u02bc\u02b9\u02bb\u02bd\uff07\u00b4';
const APOSTROPHE_RE = new RegExp(`[${APOSTROPHE_CLASS}]`, 'g');
/** Something other than plain ASCII and apostrophe look-alikes: a backtick, two spaces, any other code unit of 128 or more. */
const MORE_THAN_APOSTROPHES = new RegExp(`[^\\x00-\\x5f\\x61-\\x7f${APOSTROPHE_CLASS}]| {2}`);

/**
 * normaliseUnits for the commonest text that needs work, plain ASCII with curly apostrophes (phones type
 * them): each look-alike becomes "'" in place, so the text keeps its length and every character maps to
 * itself; toOriginal is then worked out as normaliseUnits' maps would give it, without building them.
 * Null for any other text.
 */
function normaliseApostrophes(original: string): Normalised | null {
  if (MORE_THAN_APOSTROPHES.test(original)) return null;
  const text = original.replace(APOSTROPHE_RE, "'");
  const n = text.length;
  return {
    text,
    original,
    changed: true,
    toOriginal(start, end) {
      if (n === 0) return [0, 0];
      // As normaliseUnits' maps answer, where character k maps to [k, k + 1]: an index they do not hold
      // (a span ending at or before 0, a fraction, NaN) reads undefined there, and so here.
      const s = Math.min(Math.max(start, 0), n - 1);
      const from = held(s, n) ? s : (undefined as unknown as number);
      if (end <= start) return [from, from];
      const e = Math.min(end, n) - 1;
      return [from, held(e, n) ? e + 1 : (undefined as unknown as number)];
    },
  };
}
const held = (k: number, n: number): boolean => Number.isInteger(k) && k >= 0 && k < n;

/**
 * normaliseWithLookAlikes below for a text without Cyrillic or Greek letters (null when it meets one, or when
 * NFKC forms make the result much longer than the text), with the result built in typed arrays: every character of the result is one UTF-16 unit here (the original's
 * units, "'" and the units of NFKC forms), so the unit, where it came from and where that ends are written
 * side by side, with no string and no number boxed per character.
 */
function normaliseUnits(original: string): Normalised | null {
  const n = original.length;
  // Room for NFKC forms longer than what they replace ("…" -> "...", "ﬁ" -> "fi"); a text that needs more
  // takes the full path.
  const cap = n + (n >> 2) + 64;
  const units = new Uint16Array(cap);
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  let len = 0;
  let changed = false;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    // An ASCII letter followed by a combining accent ("e\u0308") is composed by NFKC below.
    if (c < 128 && !composesWithNext(original, i, n)) {
      if (c === 32 && len > 0 && units[len - 1] === 32) {
        // A run of spaces is one space that covers them all.
        ends[len - 1] = i + 1;
        changed = true;
      } else if (c === 0x60 && backtickApostrophe(original, i, n)) {
        if (len === cap) return null;
        units[len] = 39;
        starts[len] = i;
        ends[len++] = i + 1;
        changed = true;
      } else {
        if (len === cap) return null;
        units[len] = c;
        starts[len] = i;
        ends[len++] = i + 1;
      }
      i++;
      // The plain ASCII characters that follow, up to the one before the next character that needs work
      // (which may compose with it), are copied as they are without the tests above: none of them is a
      // backtick, a space after a space (the search starts at the character just handled) or followed by a
      // combining mark. The run is found by a regex, natively.
      PLAIN_END.lastIndex = i - 1;
      const special = PLAIN_END.exec(original);
      const stop = (special === null ? n : special.index) - 1;
      if (stop > i) {
        if (len + (stop - i) > cap) return null;
        for (; i < stop; i++) {
          units[len] = original.charCodeAt(i);
          starts[len] = i;
          ends[len++] = i + 1;
        }
      }
      continue;
    }
    if (isInvisible(c)) {
      changed = true;
      i++;
      continue;
    }
    if (APOSTROPHES.has(c)) {
      changed = true;
      if (len === cap) return null;
      units[len] = 39;
      starts[len] = i;
      ends[len++] = i + 1;
      i++;
      continue;
    }
    // Cyrillic and Greek: the look-alike pass needs the full path.
    if (c >= 0x370 && c <= 0x52f) return null;
    // One character (a surrogate pair counts as one) with the combining marks that follow it.
    const j = clusterEnd(original, i, n);
    const chunk = original.slice(i, j);
    const norm = nfkc(chunk);
    if (norm !== chunk) changed = true;
    for (let k = 0; k < norm.length; k++) {
      const u = norm.charCodeAt(k);
      if (u === 32 && len > 0 && units[len - 1] === 32) {
        ends[len - 1] = j;
        continue;
      }
      if (isInvisible(u)) continue;
      if (len === cap) return null;
      units[len] = u;
      starts[len] = i;
      ends[len++] = j;
    }
    i = j;
  }
  if (!changed) return identity(original);
  let text = '';
  for (let k = 0; k < len; k += 4096) text += String.fromCharCode.apply(null, units.subarray(k, Math.min(len, k + 4096)) as unknown as number[]);
  const s16 = starts.subarray(0, len);
  const e16 = ends.subarray(0, len);
  return mapped(text, original, s16, e16);
}

/** The whole normalisation, look-alike letters included, one string per character of the result. */
function normaliseWithLookAlikes(original: string): Normalised {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (ch: string, s: number, e: number) => {
    out.push(ch);
    starts.push(s);
    ends.push(e);
  };
  const n = original.length;
  let lookAlikes = false;
  let changed = false;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    // An ASCII letter followed by a combining accent ("e\u0308") is composed by NFKC below.
    if (c < 128 && !composesWithNext(original, i, n)) {
      if (c === 32 && out.length > 0 && out[out.length - 1] === ' ') {
        // A run of spaces is one space that covers them all.
        ends[ends.length - 1] = i + 1;
        changed = true;
      } else if (c === 0x60 && backtickApostrophe(original, i, n)) {
        push("'", i, i + 1);
        changed = true;
      } else {
        push(original[i]!, i, i + 1);
      }
      i++;
      continue;
    }
    if (isInvisible(c)) {
      changed = true;
      i++;
      continue;
    }
    if (APOSTROPHES.has(c)) {
      changed = true;
      push("'", i, i + 1);
      i++;
      continue;
    }
    // One character (a surrogate pair counts as one) with the combining marks that follow it.
    if (c >= 0x370 && c <= 0x52f) lookAlikes = true;
    const j = clusterEnd(original, i, n);
    const chunk = original.slice(i, j);
    const norm = nfkc(chunk);
    if (norm !== chunk) changed = true;
    for (let k = 0; k < norm.length; k++) {
      const ch = norm[k]!;
      if (ch === ' ' && out.length > 0 && out[out.length - 1] === ' ') {
        ends[ends.length - 1] = j;
        continue;
      }
      if (isInvisible(ch.charCodeAt(0))) continue;
      push(ch, i, j);
    }
    i = j;
  }
  if (lookAlikes && foldConfusables(out)) changed = true;
  if (!changed) return identity(original);
  const text = out.join('');
  // `out` holds one UTF-16 unit per entry except astral characters NFKC left alone (emoji): expand the
  // maps so they are indexed by UTF-16 offsets of `text`.
  const s16 = new Int32Array(text.length);
  const e16 = new Int32Array(text.length);
  let p = 0;
  for (let k = 0; k < out.length; k++) {
    for (let u = 0; u < out[k]!.length; u++) {
      s16[p] = starts[k]!;
      e16[p] = ends[k]!;
      p++;
    }
  }
  return mapped(text, original, s16, e16);
}

function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c >= 0x30 && c <= 0x39;
}

/**
 * Read look-alike Cyrillic/Greek letters as Latin inside words that are (or pretend to be) Latin. In place.
 * Digits join the letters around them into one word, so a postcode or number plate typed with look-alikes
 * ("ЅW1А 1АА") is one Latin code: its parts hold too few letters to judge alone.
 */
function foldConfusables(out: string[]): boolean {
  let folded = false;
  // A text with no Greek or Cyrillic letter that lacks a Latin twin is Latin text in disguise: there even one
  // look-alike beside digits is part of a code ("М1 4ВT").
  let realScript = false;
  for (let x = 0; x < out.length && !realScript; x++) {
    const c = out[x]!.charCodeAt(0);
    if (c >= 0x370 && c <= 0x52f && CONFUSABLE[out[x]!] === undefined && LETTER.test(out[x]!)) realScript = true;
  }
  let k = 0;
  while (k < out.length) {
    if (!LETTER.test(out[k]!) && !isDigit(out[k]!)) {
      k++;
      continue;
    }
    let e = k;
    let latin = false;
    let confusable = false;
    let other = false;
    let letters = 0;
    let marks = 0;
    let digits = false;
    while (e < out.length) {
      const ch = out[e]!;
      if (isDigit(ch)) digits = true;
      else if (LETTER.test(ch)) {
        letters++;
        if (CONFUSABLE[ch] !== undefined) confusable = true;
        else if (isLatinLetter(ch)) latin = true;
        else other = true;
      } else if (MARK.test(ch)) marks++;
      else break;
      e++;
    }
    if (confusable && (latin || !other)) {
      // All-look-alike words of one or two letters are more likely real Greek or Cyrillic ("Α", "в", "2ο"),
      // unless digits make them part of a code ("1АА", or "М1" in a text with no real Greek or Cyrillic).
      if (latin || letters + marks > 2 || (digits && (letters === 2 || !realScript))) {
        for (let x = k; x < e; x++) out[x] = CONFUSABLE[out[x]!] ?? out[x]!;
        folded = true;
      }
    }
    k = e;
  }
  return folded;
}
