/**
 * Shape signs for the staff-tone model (./staff-features.ts): what a post does, not which words it uses, so
 * the model can learn from them on wording no training post used.
 *   - word classes in sentence order ("cb:Tl_NUM": a leader, then a count): school-tied targets by kind (Tl
 *     leader, Tc colleague, Tp pupil, Tr parent, Ts school, Tw work, Ta authority), counts (NUM), clock
 *     times (TIME), days and months (DAY, MON), and AFINN-165 positive and negative words (POS, NEG, with
 *     "not" flipping them); and which classes the post has at all ("c:NUM");
 *   - an echoed count as a sentence of its own ("Four."), two clock times, a time with a day;
 *   - several fragments (two or more sentences of four words or fewer) and three or more sentences.
 * Sentences are split on . ! ? … and line breaks, but not on the dot or colon inside a time ("8.41").
 * Linear in the number of tokens; each sign is reported through `sign` (duplicates are fine: features are binary).
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { PhraseMatch } from './stance.ts';
import { negatedBefore } from './context.ts';
import { tokenRatings } from './dismissive.ts';
import { WordTable, tokenVocab } from './vocab.ts';

const NUMBER_WORDS = new Set('zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|dozen|half|once|twice|none|nil'.split('|'));
const DAYS = new Set('monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|weekends|tonight|midnight'.split('|'));
const MONTHS = new Set('january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|summer|half-term|term'.split('|'));
// Word classes by number: none, the later words of a target, targets by kind, then the other classes.
const NONE = 0, REST = 1, TIME = 9, NUM = 10, DAY = 11, MON = 12, POS = 13, NEG = 14, START = 15;
const CLASS_NAMES = ['', '-', 'Tl', 'Tc', 'Tp', 'Tr', 'Ts', 'Tw', 'Ta', 'TIME', 'NUM', 'DAY', 'MON', 'POS', 'NEG', '^'];
const KIND_CLASS: Record<string, number> = { leader: 2, colleague: 3, pupil: 4, parent: 5, school: 6, work: 7, authority: 8 };
const CLOCK = /^\d+(?:am|pm)$/;
const TWO_DIGITS = /^\d{2}(?:am|pm)?$/;
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;

// Sign names, made once on first use ("c:NUM", "cb:Tl_NUM"), so scoring a post builds no strings.
let classSigns: string[] | undefined;
let pairSigns: string[] | undefined;
function signNames(): [string[], string[]] {
  if (!classSigns || !pairSigns) {
    classSigns = CLASS_NAMES.map((c) => 'c:' + c);
    pairSigns = [];
    for (let a = 0; a < CLASS_NAMES.length; a++) for (let b = 0; b < CLASS_NAMES.length; b++) pairSigns.push('cb:' + CLASS_NAMES[a] + '_' + CLASS_NAMES[b]);
  }
  return [classSigns, pairSigns];
}

// Class of the words that are a class by themselves (NUM, DAY, MON), in that order of precedence; built on first use.
let wordClasses: Map<string, number> | undefined;
function wordClass(norm: string): number {
  if (!wordClasses) {
    wordClasses = new Map();
    for (const [set, c] of [[NUMBER_WORDS, NUM], [DAYS, DAY], [MONTHS, MON]] as const) for (const w of set) if (!wordClasses.has(w)) wordClasses.set(w, c);
  }
  return wordClasses.get(norm) ?? NONE;
}

const CLASS_OF = new WordTable(wordClass);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// . ! ? line break and the ellipsis character end a sentence.
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10 || c === 0x2026;

/**
 * Reports the shape signs of a post (see the file comment). `targets`: the post's school-tied targets (listed
 * phrases not about the writer's own family, and class codes), as ./staff-features.ts has already found them.
 */
export function forEachShapeSign(doc: Doc, targets: readonly PhraseMatch[], sign: (f: string) => void): void {
  const { text, tokens } = doc;
  const n = tokens.length;
  if (n === 0) return;
  const [cSign, pairSign] = signNames();
  // Sentence of each token, not split inside a time ("8.41", "6:55").
  const sid = new Int32Array(n);
  let id = 0;
  for (let i = 1; i < n; i++) {
    const a = tokens[i - 1]!.end, b = tokens[i]!.start;
    let stop = false;
    for (let k = a; k < b && !stop; k++) stop = isStop(text.charCodeAt(k));
    if (stop && b - a === 1 && text.charCodeAt(a) === 46 && isDigit(text.charCodeAt(a - 1)) && isDigit(text.charCodeAt(b))) stop = false;
    if (stop) id++;
    sid[i] = id;
  }
  const sentences = id + 1;
  // Word class of each token. A target of several words is one class at its first word ("Year 11s", "support staff").
  const cls = new Uint8Array(n);
  for (const m of targets) {
    cls[m.from] = KIND_CLASS[m.kind!]!;
    for (let k = m.from + 1; k <= m.to; k++) cls[k] = REST;
  }
  const ratings = tokenRatings(doc);
  // Word classes looked up once per distinct word (./vocab.ts).
  const vocab = tokenVocab(doc);
  const classOf = CLASS_OF.of(doc);
  let times = 0, days = 0;
  for (let i = 0; i < n; i++) {
    if (cls[i] !== NONE) continue;
    const t = tokens[i]!;
    const w = t.norm;
    if (isDigit(w.charCodeAt(0))) {
      if (CLOCK.test(w) || (ONE_OR_TWO_DIGITS.test(w) && i + 1 < n && sid[i + 1] === sid[i] && TWO_DIGITS.test(tokens[i + 1]!.norm) && tokens[i + 1]!.start - t.end === 1 && (text.charCodeAt(t.end) === 46 || text.charCodeAt(t.end) === 58))) {
        cls[i] = TIME;
        times++;
        continue;
      }
      // The minutes of a time ("8.41") are part of it.
      if (i > 0 && cls[i - 1] === TIME && sid[i - 1] === sid[i] && TWO_DIGITS.test(w)) continue;
      cls[i] = NUM;
    } else if ((cls[i] = classOf[vocab.ids[i]!]!) !== NONE) {
      if (cls[i] === DAY) days++;
    } else {
      const v = ratings[i]!;
      if (v >= 2) cls[i] = negatedBefore(doc, i, 2) ? NEG : POS;
      else if (v <= -2) cls[i] = negatedBefore(doc, i, 2) ? POS : NEG;
    }
  }
  // Classes present, class pairs in sentence order, and per-sentence facts.
  const length = new Int32Array(sentences);
  const hasNum = new Uint8Array(sentences);
  let prev = START;
  const signed = new Uint8Array(CLASS_NAMES.length);
  const signedPair = new Uint8Array(CLASS_NAMES.length * CLASS_NAMES.length);
  for (let i = 0; i < n; i++) {
    const s = sid[i]!;
    if (i === 0 || sid[i - 1] !== s) prev = START;
    length[s]!++;
    const c = cls[i]!;
    if (c === NONE || c === REST) continue;
    // Each sign once (a repeat adds nothing).
    if (!signed[c]) {
      signed[c] = 1;
      sign(cSign[c]!);
    }
    const pair = prev * CLASS_NAMES.length + c;
    if (!signedPair[pair]) {
      signedPair[pair] = 1;
      sign(pairSign[pair]!);
    }
    prev = c;
    if (c === NUM) hasNum[s] = 1;
  }
  for (let s = 1; s < sentences; s++) if (length[s]! <= 2 && hasNum[s]) sign('echo');
  if (times >= 2) sign('times:2');
  if (times > 0 && days > 0) sign('time+day');
  let fragments = 0;
  for (let s = 0; s < sentences; s++) if (length[s]! <= 4) fragments++;
  if (fragments >= 2) sign('frag:2');
  if (sentences >= 3) sign('sents:3');
}
