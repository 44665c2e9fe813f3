/**
 * One shared pass over a post that finds profanity and slurs, including disguised forms: leetspeak
 * ("sh1t"), masking ("f*ck", "c***"), repeated letters ("fuuuuck") and spaced letters ("f u c k").
 * Memoised on the Doc so the profanity and discrimination rules share it.
 */
import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Token } from '../../../lib/engine/text.ts';
import { WordTable, tokenVocab } from './vocab.ts';
import { PROFANITY_STEMS, SLURS, SLUR_EXCEPTIONS, SLUR_PHRASES, type ProfanityStrength } from './words.ts';

export type LexicalKind = 'profanity' | 'slur';

export interface LexicalHit {
  start: number;
  end: number;
  kind: LexicalKind;
  /** The word it stands for, e.g. "fuck" for "f*ck". */
  word: string;
  strength: ProfanityStrength | 'slur';
  /** Written in a disguised form (masked, leetspeak, spaced). */
  disguised: boolean;
}

/** Collapse repeated letters so "fuuuck", "shiiit" and "bollocks" all meet their single-letter forms. */
export const squeeze = (s: string): string => s.replace(/(.)\1+/g, '$1');

interface Entry {
  word: string;
  kind: LexicalKind;
  strength: ProfanityStrength | 'slur';
}

const ENTRIES = new Map<string, Entry>();
/** Forms by squeezed length, for matching masked words ("f**k") letter by letter. */
const BY_LENGTH = new Map<number, string[]>();

function add(form: string, entry: Entry): void {
  const key = squeeze(form);
  if (!ENTRIES.has(key)) ENTRIES.set(key, entry);
  if (!ENTRIES.has(form)) ENTRIES.set(form, entry);
  const list = BY_LENGTH.get(form.length) ?? [];
  list.push(form);
  BY_LENGTH.set(form.length, list);
}

for (const group of PROFANITY_STEMS) {
  for (const stem of group.stems) {
    for (const suf of group.suffixes) add(stem + suf, { word: stem, kind: 'profanity', strength: group.strength });
  }
}
for (const s of SLURS) add(s.replace(/-/g, ''), { word: s, kind: 'slur', strength: 'slur' });
/** First words of the multi-word slurs: other tokens need not be compared with every phrase. */
const SLUR_FIRST = new Set<string>(SLUR_PHRASES.map((p) => p[0]));

/** Lookup of one folded word (letters only). */
export function lookupWord(norm: string): Entry | undefined {
  const e = ENTRIES.get(norm);
  if (e) return e;
  // Only words with a doubled letter can change when squeezed; most words skip the squeezing.
  for (let i = 1; i < norm.length; i++) if (norm.charCodeAt(i) === norm.charCodeAt(i - 1)) return ENTRIES.get(squeezeFrom(norm, i));
  return undefined;
}

const isLineEnd = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** squeeze(s), by character code, for `s` whose first doubled character is at `first` (regex "." skips line ends: left to squeeze). */
function squeezeFrom(s: string, first: number): string {
  let out = s.slice(0, first);
  let prev = s.charCodeAt(first - 1);
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLineEnd(c)) return squeeze(s);
    if (c !== prev) out += s[i];
    prev = c;
  }
  return isLineEnd(s.charCodeAt(first - 1)) ? squeeze(s) : out;
}

// obscenity catches disguises our table lookup does not (confusable letters, leetspeak inside longer
// words). Clinical words it lists (sex, penis, ...) are normal in RSE lessons, so they are dropped.
const CLINICAL = new Set(['anal', 'anus', 'bestiality', 'boob', 'cum', 'ejaculate', 'hentai', 'incest', 'masturbate', 'orgasm', 'orgy', 'penis', 'porn', 'rape', 'scat', 'semen', 'sex', 'vagina', 'tit', 'dick', 'cock', 'prick', 'ass', 'arse', 'hooker', 'dildo', 'pussy', 'fag', 'turd', 'boonga']);
const OBSCENITY_SLURS = new Set(['abo', 'abeed', 'africoon', 'arabush', 'chingchong', 'chink', 'kike', 'negro', 'nigger', 'dyke', 'tranny', 'retard', 'spastic']);
const dataset = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  .removePhrasesIf((p) => CLINICAL.has(p.metadata?.originalWord ?? ''));
const built = dataset.build();
const obscenity = new RegExpMatcher({ ...built, ...englishRecommendedTransformers });

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '+': 't', '|': 'i', '€': 'e', '£': 'l' };
const SEPARATORS = /[._\-~'’]/g;
const WILDCARD = /[*#%?]/;
const MASK_CHARS = new Set('*#@$%!+|€£._~-');

/** The characters between two tokens are a short run of masking symbols ("f*ck", "sh!t"), no space. */
function maskGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!MASK_CHARS.has(text[k]!)) return false;
  return true;
}
// Masking characters stuck before a word (* # @ $ % ! + | € £) and after one (* # %), by character code.
const isLeadMask = (c: number): boolean => c === 42 || c === 35 || c === 64 || c === 36 || c === 37 || c === 33 || c === 43 || c === 124 || c === 0x20ac || c === 0xa3;
const isTrailMask = (c: number): boolean => c === 42 || c === 35 || c === 37;
const hasAsciiDigit = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};
const DIGIT_INSIDE = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]\d+[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;
const HAS_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

function matchMasked(s: string): Entry | undefined {
  // s is lower case, leet decoded, separators removed; a wildcard stands for one letter.
  const forms = BY_LENGTH.get(s.length);
  if (!forms) return undefined;
  const known = s.replace(/[*#%?]/g, '').length;
  // "f***" (first letter only) is the usual self-censored swear; "*" alone or "a*" is not.
  if (known < 1 || !/^[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/.test(s)) return undefined;
  for (const f of forms) {
    let ok = true;
    for (let i = 0; i < s.length && ok; i++) ok = WILDCARD.test(s[i]!) || s[i] === f[i];
    if (ok) return ENTRIES.get(f);
  }
  return undefined;
}

/**
 * obscenity runs some hundred regexes per call (about 20 µs), so one post pays for at most
 * OBSCENITY_BUDGET distinct candidates; repeats are answered from the post's own memo. Realistic posts have
 * a handful of candidates (a few emails, "e.g.", "A*"); only machine-made text reaches the cap, and then
 * the table lookup still runs on every candidate.
 */
const OBSCENITY_BUDGET = 64;

interface ObscenityMemo {
  seen: Map<string, Entry | undefined>;
  left: number;
}

function obscenityEntry(s: string, memo: ObscenityMemo): Entry | undefined {
  if (memo.seen.has(s)) return memo.seen.get(s);
  if (memo.left <= 0) return undefined;
  memo.left--;
  const e = obscenityLookup(s);
  memo.seen.set(s, e);
  return e;
}

function obscenityLookup(s: string): Entry | undefined {
  for (const m of obscenity.getAllMatches(s, true)) {
    const word = dataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord;
    if (!word) continue;
    // The match must cover most of the candidate, so "sh1tak3" style words inside longer ones are left alone.
    if ((m.endIndex + 1 - m.startIndex) * 2 < s.length) continue;
    return OBSCENITY_SLURS.has(word) ? { word, kind: 'slur', strength: 'slur' } : { word, kind: 'profanity', strength: word === 'cunt' || word === 'fuck' ? 'strong' : 'moderate' };
  }
  return undefined;
}

// Email addresses and links glue words with "@" and "." but are not masked swearing.
const ADDRESS_LIKE = /@[^@]*\.|:\/\/|^www\./;

function disguised(raw: string, memo: ObscenityMemo): Entry | undefined {
  const lower = raw.toLowerCase();
  let decoded = '';
  for (const ch of lower) decoded += LEET[ch] ?? ch;
  decoded = decoded.replace(SEPARATORS, '');
  if (decoded.length < 3 || decoded.length > 24) return undefined;
  if (WILDCARD.test(decoded)) return matchMasked(decoded);
  return lookupWord(decoded) ?? (ADDRESS_LIKE.test(lower) ? undefined : obscenityEntry(lower, memo));
}

function isSlurException(tokens: readonly Token[], i: number, norm: string): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1]?.norm ?? '';
  if (SLUR_EXCEPTIONS[norm]?.includes(next)) return true;
  // "Offa's Dyke", "Mr Coon": a capitalised form mid-sentence is a name, not the slur.
  if (t.capitalised && (norm === 'dyke' || norm === 'coon' || norm === 'mong' || norm === 'abo' || norm === 'homo') && i > 0) return true;
  return false;
}

// Each distinct word's lexicon entry, and whether it starts a multi-word slur, worked out once across posts.
const ENTRY_OF = new WordTable(lookupWord);
const SLUR_FIRST_OF = new WordTable((w) => SLUR_FIRST.has(w));

function scan(doc: Doc): LexicalHit[] {
  const { text, tokens } = doc;
  const hits: LexicalHit[] = [];
  const push = (start: number, end: number, e: Entry, isDisguised: boolean) =>
    hits.push({ start, end, kind: e.kind, word: e.word, strength: e.strength, disguised: isDisguised });
  const memo: ObscenityMemo = { seen: new Map(), left: OBSCENITY_BUDGET };
  const seenRaw = new Map<string, Entry | undefined>();

  // 1. Plain words, one Set lookup each (hyphenated words part by part: "piss-take", "half-caste").
  // Each distinct word of the post is looked up once (./vocab.ts); tokens read their word's entry.
  const vocab = tokenVocab(doc);
  const entryOf = ENTRY_OF.of(doc);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.prefix === '@') continue;
    const norm = t.norm;
    let e = entryOf[vocab.ids[i]!];
    if (e && e.kind === 'slur' && isSlurException(tokens, i, norm)) e = undefined;
    if (e) {
      push(t.start, t.end, e, false);
      continue;
    }
    if (norm.includes('-')) {
      let off = t.start + (t.prefix ? 1 : 0);
      for (const part of t.raw.slice(t.prefix ? 1 : 0).split('-')) {
        const pe = lookupWord(part.toLowerCase());
        if (pe && !(pe.kind === 'slur' && SLUR_EXCEPTIONS[part.toLowerCase()])) push(off, off + part.length, pe, false);
        off += part.length + 1;
      }
    }
  }
  // 2. Multi-word slurs.
  const slurFirst = SLUR_FIRST_OF.of(doc);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!slurFirst[vocab.ids[i]!]) continue;
    for (const p of SLUR_PHRASES) {
      if (tokens[i]!.norm === p[0] && tokens[i + 1]!.norm === p[1]) push(tokens[i]!.start, tokens[i + 1]!.end, { word: p.join(' '), kind: 'slur', strength: 'slur' }, false);
    }
  }
  // 3. Disguised single words: tokens glued together by masking characters ("f*ck", "sh!t", "a**hole"),
  // tokens with digits between letters ("sh1t"), or with masks stuck on ("$hit", "f***"). Walking the
  // shared tokens and their gaps keeps this linear and avoids a second full-text scan.
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j + 1 < tokens.length && maskGap(text, tokens[j]!.end, tokens[j + 1]!.start)) j++;
    const first = tokens[i]!, last = tokens[j]!;
    const several = j > i;
    let s = first.start, e = last.end;
    while (s > 0 && s > first.start - 3 && isLeadMask(text.charCodeAt(s - 1))) s--;
    while (e < text.length && e < last.end + 6 && isTrailMask(text.charCodeAt(e))) e++;
    i = j + 1;
    const glued = several || s < first.start || e > last.end;
    // A digit between letters needs a digit at all: most words skip the regex.
    if (!glued && !(first.prefix === '' && hasAsciiDigit(first.raw) && DIGIT_INSIDE.test(first.raw))) continue;
    // A lone handle ("@USER") is not a disguise.
    if (!several && first.prefix === '@' && e === last.end) continue;
    while (s < e && /[.!_~-]/.test(text[s]!)) s++;
    while (e > s && /[.!_~-]/.test(text[e - 1]!)) e--;
    if (e - s < 3 || e - s > 30) continue;
    const raw = text.slice(s, e);
    if (!HAS_LETTER.test(raw)) continue;
    // Repeated candidates ("f*ck ... f*ck") are decoded once per post.
    let entry = seenRaw.get(raw);
    if (entry === undefined && !seenRaw.has(raw)) {
      entry = disguised(raw, memo);
      if (seenRaw.size < 4096) seenRaw.set(raw, entry);
    }
    if (entry && !(entry.kind === 'slur' && SLUR_EXCEPTIONS[entry.word])) push(s, e, entry, true);
  }
  // 4. Spaced letters: "f u c k", "s.h.i.t".
  let runStart = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    const single = t !== undefined && t.norm.length === 1 && !t.prefix;
    const joined = single && runStart !== -1 && t.start - tokens[i - 1]!.end === 1 && /[ .*_\-]/.test(text[t.start - 1]!);
    if (single && (runStart === -1 || joined)) {
      if (runStart === -1) runStart = i;
      continue;
    }
    if (runStart !== -1 && i - runStart >= 3 && i - runStart <= 16) {
      const word = tokens.slice(runStart, i).map((x) => x.norm).join('');
      const entry = lookupWord(word) ?? obscenityEntry(word, memo);
      if (entry) push(tokens[runStart]!.start, tokens[i - 1]!.end, entry, true);
    }
    runStart = single ? i : -1;
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps (a word found both plainly and as a candidate run) keep the first, longest.
  const out: LexicalHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

export function lexicalHits(doc: Doc): LexicalHit[] {
  return doc.memo('tone:lexical', () => scan(doc));
}
