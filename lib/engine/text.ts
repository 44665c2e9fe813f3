/**
 * Text helpers shared by rules: folding for comparison and a tokenizer that keeps offsets into the
 * original text. Folding never changes offsets seen by callers: tokens carry both the original span and
 * the folded form.
 */

/** Characters that are invisible in a post but can split a word ("Ja\u200Bck"). Treated as transparent inside words. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const COMBINING = /[\u0300-\u036f]/g;

/** Lower-case, strip accents (Zoë -> zoe) and invisible characters, straighten apostrophes. */
export function fold(s: string): string {
  // Plain ASCII (most words) only needs lower-casing; skipping normalize() and the regexes makes
  // tokenizing several times faster.
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 128;
  if (ascii) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(INVISIBLE, '')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .toLowerCase();
}

export interface Token {
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset after the last character in the original text. */
  end: number;
  /** The original characters (may include invisible characters). */
  raw: string;
  /** fold(raw) without a trailing possessive ('s / s'). */
  norm: string;
  /** The token started with an upper-case letter in the original. */
  capitalised: boolean;
  /** Prefix that was part of the token's span: '#' or '@' (hashtag / handle), else ''. */
  prefix: '' | '#' | '@';
  /** Index of the line (split on \n) this token is on, for rules that care about line breaks. */
  line: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Per UTF-16 code unit: 0 = not looked up yet, 1 = letter/digit/mark, 2 = not. A table lookup instead of
// a Unicode regex per character; filled lazily, so only characters that occur are ever tested.
const WORD_TABLE = new Uint8Array(65536);
for (let c = 0; c < 128; c++) WORD_TABLE[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** By UTF-16 code unit, so the tokenizer builds no one-character string per character. */
const isLetterOrDigit = (c: number): boolean => {
  let v = WORD_TABLE[c]!;
  if (v === 0) WORD_TABLE[c] = v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
};
const isInvisible = (c: number): boolean => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;

/**
 * Split text into word tokens. Linear in the text length. Apostrophes and hyphens inside words stay in
 * the word ("O'Neill", "Smith-Jones"); a leading # or @ is kept as the token's prefix.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let line = 0;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 10) line++;
    let prefix: Token['prefix'] = '';
    let s = i;
    if ((ch === 35 || ch === 64) && i + 1 < n && isLetterOrDigit(text.charCodeAt(i + 1))) {
      prefix = ch === 35 ? '#' : '@';
      i++;
    } else if (!isLetterOrDigit(ch)) {
      i++;
      continue;
    }
    let j = i;
    // Plain ASCII letters, digits, "'" and "-" only (most words): folding is then just lower-casing, and only
    // when the word has an upper-case letter.
    let ascii = true;
    let upper = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isLetterOrDigit(c) || isInvisible(c)) {
        if (c >= 128) ascii = false;
        else if (c <= 90 && c >= 65) upper = true;
        j++;
        continue;
      }
      // Inner apostrophe or hyphen joins letters: O'Neill, Smith-Jones, Amelia's.
      if ((c === 39 || c === 0x2019 || c === 45) && j + 1 < n && isLetterOrDigit(text.charCodeAt(j + 1))) {
        const d = text.charCodeAt(j + 1);
        if (c >= 128 || d >= 128) ascii = false;
        else if (d <= 90 && d >= 65) upper = true;
        j += 2;
        continue;
      }
      break;
    }
    // Trailing invisibles are not part of the word.
    let e = j;
    while (e > i && isInvisible(text.charCodeAt(e - 1))) e--;
    const raw = text.slice(s, e);
    let norm: string;
    if (ascii) {
      const body = s === i ? raw : raw.slice(i - s);
      norm = upper ? body.toLowerCase() : body;
    } else norm = fold(text.slice(i, e));
    const nl = norm.length;
    if (nl >= 2 && norm.charCodeAt(nl - 1) === 115 && norm.charCodeAt(nl - 2) === 39) norm = norm.slice(0, -2);
    const c0 = text.charCodeAt(i);
    let capitalised: boolean;
    if (c0 < 128) capitalised = c0 >= 65 && c0 <= 90;
    else {
      const first = text[i]!;
      capitalised = first !== first.toLowerCase() && first === first.toUpperCase();
    }
    tokens.push({ start: s, end: e, raw, norm, capitalised, prefix, line });
    i = j;
    s = j;
  }
  return tokens;
}

/** Exactly the characters /\s/ matches (ECMAScript WhiteSpace and LineTerminator), by code unit. */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Stretches of `text` around its digits, for patterns every match of which holds an ASCII digit and at most
 * `maxSpaces` whitespace characters (/\s/): each stretch reaches over `maxSpaces` whitespace characters either
 * side of a run of digits and stops just before the next one (or at the text's ends); stretches that touch
 * are merged. Every such match lies inside one stretch, so scanning the stretches instead of the whole
 * text finds the same matches, provided the pattern looks at most at the whitespace character beyond a match
 * (a lookbehind or lookahead of one character that whitespace passes, or \b): a stretch's edges then look
 * to the pattern as the whole text does. Linear in the text.
 */
export function digitStretches(text: string, maxSpaces: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const n = text.length;
  // The runs of digits are found by a regex (native scanning, several times faster than a loop over every character).
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    const i = m.index;
    const j = i + m[0].length;
    let start = i;
    for (let spaces = 0; start > 0; start--) {
      if (isRegexSpace(text.charCodeAt(start - 1)) && ++spaces > maxSpaces) break;
    }
    let end = j;
    for (let spaces = 0; end < n; end++) {
      if (isRegexSpace(text.charCodeAt(end)) && ++spaces > maxSpaces) break;
    }
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  DIGIT_RUN.lastIndex = 0;
  return out;
}
const DIGIT_RUN = /[0-9]+/g;
