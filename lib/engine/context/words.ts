import type { Doc } from '../rule.ts';
import { fold } from '../text.ts';

/**
 * A word of a post as the name and school matchers see it: the tokenizer's tokens with hyphenated tokens
 * split (Smith-Jones -> Smith, Jones), apostrophes removed from the folded form (O'Neill -> oneill) and a
 * few facts about the original spelling. Offsets are into the original text.
 */
export interface Word {
  start: number;
  end: number;
  /** The original characters of the word, without a # or @ prefix. */
  text: string;
  /** Folded, apostrophes and possessive 's removed. */
  norm: string;
  /** Index of the tokenizer token this word came from. */
  token: number;
  /** First letter upper-case in the original. */
  cap: boolean;
  /** Every letter upper-case and at least two letters ("WJS", "JACK"). */
  upper: boolean;
  /** The token was a #hashtag or @handle. */
  prefix: '' | '#' | '@';
  /** The token was possessive ("Amelia's"). */
  possessive: boolean;
  /** A sentence starts here (start of text, or after . ! ? or a line break), so capitalisation says little. */
  sentenceStart: boolean;
  /** Followed directly by a full stop ("S." in "Jack S."). */
  dot: boolean;
  /** Inner upper-case letter after a lower-case one ("JackSmith"). */
  camel: boolean;
}

function wordFacts(text: string, start: number, end: number, segment: string, folded: string | undefined, prefix: Word['prefix'], token: number, possessive: boolean): Word {
  let norm: string;
  if (folded !== undefined) norm = folded.includes("'") ? folded.replace(/'/g, '') : folded;
  else {
    norm = fold(segment).replace(/'/g, '');
    if (possessive && endsPossessive(segment) && segment.charCodeAt(segment.length - 1) === 115) norm = norm.slice(0, -1);
  }
  let letters = 0;
  let uppers = 0;
  let camel = false;
  let prevLower = false;
  let firstUpper: boolean | undefined;
  // A segment that is its own folded form (most words: lower case, no accent) has no upper-case letter: folding ends
  // in toLowerCase, so none of its letters reads as upper case below, and cap, upper and camel are all false.
  const lower = folded !== undefined && segment === folded;
  for (let i = 0; !lower && i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    let isUp: boolean;
    if (c < 128) {
      if (c >= 65 && c <= 90) isUp = true;
      else if (c >= 97 && c <= 122) isUp = false;
      else continue;
    } else {
      const ch = segment[i]!;
      const up = ch.toUpperCase();
      if (ch.toLowerCase() === up) continue;
      isUp = ch === up;
    }
    letters++;
    if (isUp) {
      uppers++;
      if (prevLower) camel = true;
      prevLower = false;
      firstUpper ??= true;
    } else {
      prevLower = true;
      firstUpper ??= false;
    }
  }
  return {
    start,
    end,
    text: segment,
    norm,
    token,
    cap: firstUpper === true,
    upper: letters >= 2 && uppers === letters,
    prefix,
    possessive,
    sentenceStart: isSentenceStart(text, start),
    dot: text.charCodeAt(end) === 46,
    camel,
  };
}

function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  // Look back over spaces, quotes and brackets (a bounded distance keeps this linear overall). By code unit:
  // space, tab, " \u201C ( ' \u2018 * - \u2013 are skipped; . ! ? \n \r : \u2026 end a sentence.
  for (let k = 0; i >= 0 && k < 12; i--, k++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 34 || c === 0x201c || c === 40 || c === 39 || c === 0x2018 || c === 42 || c === 45 || c === 0x2013) continue;
    return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 58 || c === 0x2026;
  }
  return i < 0;
}

/** /['\u2019]s$/i by code unit: ends in an apostrophe and s or S. */
function endsPossessive(s: string): boolean {
  const n = s.length;
  if (n < 2) return false;
  const c = s.charCodeAt(n - 1);
  const a = s.charCodeAt(n - 2);
  return (c === 115 || c === 83) && (a === 39 || a === 0x2019);
}

/** Words of the post, computed once per post and shared by every rule that asks. */
export function docWords(doc: Doc): readonly Word[] {
  return doc.memo('context:words', () => {
    const out: Word[] = [];
    const { text } = doc;
    const tokens = doc.tokens;
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t]!;
      const bodyStart = tok.start + tok.prefix.length;
      // The token's own characters (its raw form) without the # or @.
      const body = tok.prefix ? tok.raw.slice(tok.prefix.length) : tok.raw;
      const possessive = endsPossessive(body);
      if (!body.includes('-')) {
        out.push(wordFacts(text, tok.start, tok.end, body, tok.norm, tok.prefix, t, possessive));
        continue;
      }
      let s = 0;
      for (let i = 0; i <= body.length; i++) {
        if (i < body.length && body[i] !== '-') continue;
        if (i > s) {
          const seg = body.slice(s, i);
          const last = i === body.length;
          out.push(wordFacts(text, bodyStart + s - (s === 0 ? tok.prefix.length : 0), bodyStart + i, seg, undefined, s === 0 ? tok.prefix : '', t, last && possessive));
        }
        s = i + 1;
      }
    }
    return out;
  });
}
