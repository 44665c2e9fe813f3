import type { Doc } from '../rule.ts';
import { docWords, type Word } from './words.ts';

/**
 * School context: does the post talk about school life (a class, a year group, lessons, pupils)? Rules
 * use it to decide whether a first name is probably a pupil's. Computed once per post; the answer for a
 * word is an O(1) look-up in a prefix count, so long posts stay linear.
 */

/** Single words that put a post in a school setting (normalised). */
const CUE_WORDS = new Set([
  'school', 'schools', 'classroom', 'classrooms', 'pupil', 'pupils', 'student', 'students', 'learner', 'learners',
  'teacher', 'teachers', 'teaching', 'lesson', 'lessons', 'assembly', 'assemblies', 'playground', 'playtime',
  'playtimes', 'breaktime', 'detention', 'detentions', 'sats', 'gcse', 'gcses', 'alevel', 'alevels', 'btec',
  'mocks', 'homework', 'phonics', 'spellings', 'headteacher', 'senco', 'sendco', 'ehcp', 'ofsted', 'inset',
  'eyfs', 'ks1', 'ks2', 'ks3', 'ks4', 'ks5', 'nativity', 'tutees', 'tutee', 'classdojo', 'dojo', 'safeguarding',
  'pgce', 'nqt', 'ect', 'hlta', 'classmates', 'classmate', 'timetable', 'headteachers', 'schoolwork',
  'register', 'multiplication', 'sixthform', 'formtime', 'yeargroup', 'preschool', 'schoolday', 'hometime',
  'plenary', 'moderation', 'marking', 'wraparound', 'sencos', 'subtraction', 'fractions', 'handwriting', 'spelling',
  'phonic', 'twinkl', 'seesaw', 'tapestry', 'timestables', 'ttrs', 'prefect', 'prefects',
  // Welsh-medium school words: "Blwyddyn 2" (Year 2), "dosbarth" (class), "ysgol" (school), the Urdd and eisteddfod.
  'blwyddyn', 'dosbarth', 'ysgol', 'eisteddfod', 'urdd',
  // Estyn is the schools inspectorate in Wales (Ofsted's counterpart).
  'estyn',
  'merit', 'merits', 'staffroom', 'arithmetic',
]);

/** Upper-case-only cues: "TA" is a teaching assistant, "ta" is thanks; "SEND" is special needs, "send" a verb. */
const UPPER_CUES = new Set(['ta', 'tas', 'sen', 'send', 'slt', 'dsl', 'fsm', 'iep', 'salt', 'semh', 'sle', 'pp', 'pe', 'ppa', 'cpd', 'rwi', 'sats', 'dt']);

/** Two- and three-word cues: first word -> remaining words. */
const CUE_PHRASES: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['my', [['class'], ['form'], ['tutor', 'group'], ['tutees'], ['year'], ['kids', 'at', 'school'], ['little', 'ones'], ['top', 'set'], ['bottom', 'set'], ['phonics', 'group'], ['reading', 'group'], ['maths', 'group'], ['set'], ['tutor', 'group'], ['form', 'group']]],
  ['our', [['class'], ['form'], ['year']]],
  ['the', [['class'], ['register']]],
  ['to', [['the', 'class']]],
  ['in', [['class'], ['reception'], ['nursery']]],
  ['top', [['set']]],
  ['spelling', [['bee']]],
  ['book', [['corner'], ['bag'], ['bags'], ['band'], ['bands']]], // "book band": a reading scheme's level (session school12)
  ['reading', [['buddy'], ['buddies'], ['challenge'], ['book'], ['books'], ['record'], ['records'], ['age'], ['group'], ['level'], ['band']]],
  ['cross', [['country']]],
  ['head', [['girl'], ['boy'], ['teacher'], ['of', 'year']]],
  ['bake', [['sale']]],
  ['science', [['fair'], ['lesson'], ['project']]],
  ['history', [['lesson']]],
  ['swimming', [['badge'], ['gala']]],
  ['show', [['and', 'tell']]],
  ['whole', [['class']]],
  ['class', [['teacher'], ['assembly'], ['trip'], ['photo'], ['of'], ['rules'], ['reward'], ['reader']]],
  ['tutor', [['group'], ['time']]],
  ['form', [['group'], ['tutor'], ['time'], ['room']]],
  ['parents', [['evening'], ['eve']]],
  ['parent', [['evening'], ['consultation'], ['consultations']]],
  ['sports', [['day']]],
  ['christmas', [['play'], ['performance'], ['concert'], ['jumper', 'day']]],
  ['summer', [['term'], ['concert']]],
  ['harvest', [['festival']]],
  ['open', [['evening'], ['morning']]],
  ['non', [['uniform']]],
  ['pe', [['kit']]],
  ['times', [['tables'], ['table']]],
  ['spelling', [['test'], ['tests']]],

  ['star', [['of', 'the', 'week']]],
  ['golden', [['time']]],
  ['wet', [['play'], ['break'], ['playtime']]],
  ['carpet', [['time']]],
  ['circle', [['time']]],
  ['story', [['time']]],
  ['home', [['time'], ['reading']]],
  ['guided', [['reading']]],
  ['pen', [['licence'], ['license']]],
  ['school', [['council']]],
  ['cover', [['lesson'], ['lessons']]],
  ['exam', [['hall'], ['season'], ['results']]],
  ['leavers', [['assembly'], ['assemblies'], ['service'], ['hoodies'], ['disco']]],
  ['maths', [['group'], ['set'], ['lesson']]],
  ['house', [['points']]],
  ['world', [['book', 'day']]],
  ['key', [['stage']]],
  ['a', [['level'], ['levels']]],
  ['sixth', [['form'], ['formers'], ['former']]],
  ['teaching', [['assistant']]],
  ['deputy', [['head']]],
  ['after', [['school']]],
  ['breakfast', [['club']]],
  ['transition', [['day']]],
  ['lunch', [['duty']]],
  ['break', [['duty'], ['time']]],
  ['playground', [['duty']]],
  ['results', [['day']]],
  ['supply', [['teacher']]],
  ['forest', [['school']]],
  ['free', [['school', 'meals']]],
  ['looked', [['after', 'child']]],
  ['one', [['of', 'my', 'pupils'], ['of', 'my', 'students'], ['of', 'my', 'class'], ['of', 'mine']]],
  ['year', [['group'], ['groups']]],
  ['end', [['of', 'term']]],
  ['autumn', [['term']]],
  ['spring', [['term']]],
]);

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen']);
/** "y6", "yr6", "year6", "y6s", "ks2". */
const YEAR_WORD = /^(?:y|yr|year)(?:[1-9]|1[0-3])s?$/;
/** Letters that after a digit are units or technology, not a class ("5G", "3D", "4K", "5p", "10k"). */
const NOT_CLASS_LETTERS = new Set(['d', 'g', 'k', 'p', 'm', 'x', 's', 'v', 'w', 'l', 'f']);
/** Units that are never a class even where a class stands: "in 3D", "on 5G", "in 4K". */
const TECH_LETTERS = new Set(['d', 'g', 'k']);
const CLASS_CODE = /^(?:[1-9]|1[0-3])([a-z])$/;

/** "in 4M", "(8X)", "from 3P", "P3 trip": the word stands where a class or year group is written. */
function classSlot(text: string, words: readonly Word[], i: number): boolean {
  const p = words[i - 1]?.norm;
  if (p === 'in' || p === 'from' || p === 'into' || p === 'to') return true;
  // "the whole of 2W", "P4 trip", "8X class"
  if (p === 'of' && words[i - 2]?.norm === 'whole') return true;
  if (['trip', 'class', 'children', 'kids', 'teacher', 'team', 'assembly', 'pupils'].includes(words[i + 1]?.norm ?? '')) return true;
  const w = words[i]!;
  return text[w.start - 1] === '(' && text[w.end] === ')';
}

/** One look-up per word: 1 = a CUE_WORDS word, 2 = the first word of CUE_PHRASES. */
const CUE_FLAGS: ReadonlyMap<string, number> = (() => {
  const flags = new Map<string, number>();
  for (const w of CUE_WORDS) flags.set(w, 1);
  for (const w of CUE_PHRASES.keys()) flags.set(w, (flags.get(w) ?? 0) | 2);
  return flags;
})();

/**
 * A pre-check for CUE_FLAGS: a bit per (first character, second character, length) of its words, each
 * character folded to 0-31 by its low five bits and the length capped at 31. A word whose cell is clear is
 * in neither list, so most words of a post need no look-up in the map.
 */
const CUE_CELLS: Uint8Array = (() => {
  const cells = new Uint8Array(32 * 32 * 32);
  for (const w of CUE_FLAGS.keys()) cells[cellOf(w)] = 1;
  return cells;
})();
function cellOf(w: string): number {
  return ((w.charCodeAt(0) & 31) << 10) | (((w.length > 1 ? w.charCodeAt(1) : 0) & 31) << 5) | Math.min(w.length, 31);
}

/**
 * CUE_CELLS and the cells of every other word cueAt can start a cue with, but for an upper-case word (UPPER_CUES) or
 * one that opens with a digit (class codes): the year words and forms ("year", "yr", "y6", "year10s"), "blwyddyn",
 * "bl", Scottish year forms ("p3"), "residential", "reception" and "nursery". A word whose cell is clear here, not
 * all upper case and not opening with a digit, starts no cue: cueAt answers 0 for it at once.
 */
const ANY_CUE_CELLS: Uint8Array = (() => {
  const cells = CUE_CELLS.slice();
  const words = ['year', 'yr', 'years', 'blwyddyn', 'bl', 'residential', 'reception', 'nursery', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
  for (const y of ['y', 'yr', 'year']) for (let k = 1; k <= 13; k++) words.push(`${y}${k}`, `${y}${k}s`);
  for (const w of words) cells[cellOf(w)] = 1;
  return cells;
})();

/** Number of words a school cue starting at word i covers (0 when none). */
function cueAt(text: string, words: readonly Word[], i: number): number {
  const w = words[i]!;
  const n = w.norm;
  const cell = cellOf(n);
  if (ANY_CUE_CELLS[cell] === 0 && !w.upper) {
    const d = n.charCodeAt(0);
    if (!(d >= 48 && d <= 57)) return 0;
  }
  const flags = CUE_CELLS[cell] === 0 ? 0 : (CUE_FLAGS.get(n) ?? 0);
  if (flags & 1) return 1;
  if (w.upper && UPPER_CUES.has(n)) return 1;
  // The regexes below are anchored on a first character: test it first, so most words cost no regex at all.
  const c0 = n.charCodeAt(0);
  if (c0 === 121 && YEAR_WORD.test(n)) return 1;
  if (n === 'year' || n === 'yr' || n === 'years' || n === 'blwyddyn') {
    const next = words[i + 1]?.norm ?? '';
    if (/^(?:[1-9]|1[0-3])s?$/.test(next) || NUMBER_WORDS.has(next)) return 2;
  }
  const code = c0 >= 49 && c0 <= 57 ? CLASS_CODE.exec(n) : null;
  // "6B", "5H": a class. Only with an upper-case letter, and only letters that are not common units, unless
  // the code is written as a class is: "in 4M", "(8X)", "from 3P".
  if (code && !w.prefix && /^\d+[A-Z]$/.test(w.text) && (!NOT_CLASS_LETTERS.has(code[1]!) || (!TECH_LETTERS.has(code[1]!) && classSlot(text, words, i)))) return 1;
  // Scottish and Welsh year forms: "P3" (primary 3), "S2", "Bl.4" / "Bl 4" (blwyddyn).
  if (c0 === 112 && n.length === 2 && /^p[1-7]$/.test(n) && /^P[1-7]$/.test(w.text) && classSlot(text, words, i)) return 1;
  if (n === 'bl' && w.text === 'Bl' && /^[1-9]$/.test(words[i + 1]?.norm ?? '')) return 2;
  if (n === 'residential') {
    // "the Year 6 residential", "residential day 2" — not "residential area".
    const next = words[i + 1]?.norm ?? '';
    return ['area', 'areas', 'property', 'properties', 'care', 'home', 'homes', 'street', 'streets', 'road', 'parking', 'mortgage', 'development', 'school', 'schools', 'status', 'address', 'lettings', 'estate'].includes(next) ? 0 : 1;
  }
  if (n === 'reception' || n === 'nursery') {
    const prev = words[i - 1]?.norm ?? '';
    if (['children', 'kids', 'class', 'classes', 'teacher', 'teachers', 'team', 'pupils', 'staff', 'parents', 'intake', 'baseline'].includes(words[i + 1]?.norm ?? '')) return 1;
    if (['wedding', 'hotel', 'drinks', 'evening', 'party', 'plant', 'garden', 'tv', 'phone', 'signal', 'the'].includes(prev)) return 0;
    if (w.cap || ['in', 'my', 'our', 'teaching', 'into', 'starting', 'started'].includes(prev)) return 1;
    return 0;
  }
  const phrases = flags & 2 ? CUE_PHRASES.get(n) : undefined;
  if (phrases) {
    for (const p of phrases) {
      let ok = true;
      for (let k = 0; k < p.length; k++) {
        if (words[i + 1 + k]?.norm !== p[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return 1 + p.length;
    }
  }
  return 0;
}

export interface SchoolCues {
  /** Word index ranges [start, end) of each cue. */
  readonly cues: readonly (readonly [number, number])[];
  /** prefix[i] = number of cue words before word i. */
  readonly prefix: Int32Array;
}

export function schoolCues(doc: Doc): SchoolCues {
  return doc.memo('context:school-cues', () => {
    const words = docWords(doc);
    const prefix = new Int32Array(words.length + 1);
    const cues: [number, number][] = [];
    let i = 0;
    let covered = 0;
    for (; i < words.length; i++) {
      if (covered === 0) {
        const len = cueAt(doc.text, words, i);
        if (len > 0) {
          cues.push([i, i + len]);
          covered = len;
        }
      }
      prefix[i + 1] = prefix[i]! + (covered > 0 ? 1 : 0);
      if (covered > 0) covered--;
    }
    return { cues, prefix };
  });
}

/** Is there a school cue within `radius` words of word i (excluding the words [i, i+len) themselves)? */
export function schoolContextNear(doc: Doc, i: number, radius = 40, len = 1): boolean {
  const { prefix } = schoolCues(doc);
  const n = prefix.length - 1;
  const a = Math.max(0, i - radius);
  const b = Math.min(n, i + len + radius);
  const around = prefix[b]! - prefix[a]!;
  const self = prefix[Math.min(n, i + len)]! - prefix[i]!;
  return around - self > 0;
}

export function hasSchoolContext(doc: Doc): boolean {
  return schoolCues(doc).cues.length > 0;
}
