import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords, schoolCues, type Word } from '../../lib/engine/context/index.ts';
import { ALONE, EVERYDAY, PREFIX, STEM, stemIndex } from './shared/school-stems.ts';
import { SCHOOL_TYPE_WORDS, isSchoolNameTail, schoolKeyWord } from './shared/school-key.ts';
import { isCommonName } from '../pupil/shared/first-names.ts';
import { notTheWritersSchool } from './shared/other-school.ts';
import { WordFacts } from '../pupil/shared/word-facts.ts';

const MAX_TAIL = 6;
/** After "<Stem> High" these make it a street or a place, not a school: "Barnet High Street", "Wycombe High Road". */
const STREET_AFTER_HIGH = new Set(['street', 'st', 'road', 'rd', 'cross', 'peak', 'wood', 'park', 'tea', 'court', 'bridge', 'lane', 'point', 'town', 'field', 'fields', 'moor', 'ground', 'tide', 'sheriff', 'commission', 'court']);

/**
 * How people write a school's name without its type word, so the list's stem alone is the school only when
 * something ties it to school life:
 * - a church-school qualifier in capitals right after it ("Lambourn CofE", "St Cuthbert's RC High");
 * - one of the school's groups, events or rooms right after it ("Cann Hall parents", "Cliffe Woods choir",
 *   "Gallions Christmas fair", "Castle Rock year 11s", "Monks Coppenhall's nativity");
 * - a school role or a working day right before "at/of" it ("caretaker at Ladywood", "head of Stoke Lodge",
 *   "a TA job at Fordingbridge");
 * - for names of two or more words, a school cue (school-cues: Year 9, Ofsted, KS2, supply teacher ...) a few
 *   words either side in the same sentence ("Farsley Springbank have got their Ofsted letter").
 * A place that is only a place ("walked round Benton Park lake", "St Mark's Church") has none of these.
 */
const GROUP_AFTER = new Set([
  'choir', 'staff', 'parents', 'pta', 'ptfa', 'governors', 'pupils', 'nativity', 'assembly', 'residential', 'leavers',
  'disco', 'fete', 'fair', 'netball', 'orchestra', 'uniform', 'playground', 'staffroom', 'panto', 'ks1', 'ks2', 'ks3',
  'ks4', 'eyfs', 'headteacher', 'caretaker', 'senco', 'sixth', 'intake', 'prom', 'open', 'sports', 'ofsted', 'inset',
  'harvest', 'reception', 'nursery', 'eisteddfod',
]);
/** One word allowed between the name and its group: "Gallions Christmas fair", "Tatworth summer fete". */
const GROUP_FILLER = new Set(['christmas', 'summer', 'spring', 'autumn', 'winter', 'easter', 'harvest', 'charity', 'school', 'staff', 'annual', 'big', 'new', 'whole']);
/** After these the group word is something else: "sports car", "open water", "reception desk". */
const NOT_GROUP_NEXT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['sports', new Set(['car', 'cars', 'bar', 'shop', 'direct', 'centre', 'center', 'club', 'news'])],
  ['open', new Set(['water', 'air', 'road', 'space', 'house', 'garden', 'gardens', 'mic', 'golf'])],
  ['reception', new Set(['desk', 'venue', 'drinks', 'area'])],
  ['nursery', new Set(['rhymes', 'rhyme', 'garden', 'plants', 'centre'])],
  ['fair', new Set(['play', 'enough', 'trade', 'price', 'prices', 'point', 'share', 'weather'])],
]);
/** Roles and working days before "at/of <school>": "caretaker at", "head of", "supply day at", "a TA job at". */
const ROLE_BEFORE = new Set([
  'caretaker', 'head', 'headteacher', 'headmaster', 'headmistress', 'senco', 'sendco', 'ta', 'tas', 'hlta', 'lsa',
  'teacher', 'teachers', 'deputy', 'governor', 'governors', 'supply', 'inset', 'placement', 'ect', 'nqt', 'pgce',
  'pupils', 'staff', 'job', 'post', 'vacancy', 'interview', 'interviewed', 'teaching', 'taught', 'dinner', 'midday',
  'lunchtime', 'receptionist', 'bursar', 'technician', 'tutor', 'chair', 'office', 'playground', 'staffroom', 'classroom',
]);
/** A first or last working stretch: "first day at", "week one at", "last term at", "new job at". */
const STRETCH = new Set(['day', 'week', 'term', 'job', 'year']);
const STRETCH_BEFORE = new Set(['first', 'last', 'final', 'new', 'second', 'third']);
/** Upper-case church-school qualifiers: "CofE", "CE", "RC", "C of E", "R.C.". */
function qualifierAfter(words: readonly Word[], j: number): number {
  const w = words[j];
  if (!w || w.sentenceStart) return 0;
  if ((w.norm === 'cofe' || w.norm === 'coe') && w.cap) return 1;
  if ((w.norm === 'ce' || w.norm === 'rc') && w.upper) return 1;
  if (w.norm === 'c' && w.text === 'C' && words[j + 1]?.norm === 'of' && words[j + 2]?.text === 'E') return 3;
  if (w.norm === 'r' && w.text === 'R' && words[j + 1]?.text === 'C') return 2;
  return 0;
}

/** Does a group word follow the name at word j (after an optional filler)? Returns its index or -1. */
function groupAfter(words: readonly Word[], j: number): number {
  for (let k = j; k <= j + 1 && k < words.length; k++) {
    const w = words[k]!;
    if (w.sentenceStart || w.prefix) return -1;
    // "Stirchley year 5s", "Castle Rock Y11s".
    if ((w.norm === 'year' || w.norm === 'yr') && /^(?:[1-9]|1[0-3])s?$/.test(words[k + 1]?.norm ?? '')) return k + 1;
    if (/^(?:y|yr|year)(?:[1-9]|1[0-3])s?$/.test(w.norm)) return k;
    if (GROUP_AFTER.has(w.norm) && !NOT_GROUP_NEXT.get(w.norm)?.has(words[k + 1]?.norm ?? '')) {
      if (w.norm === 'head' || (w.norm === 'reception' && !/^(?:class|children|kids|team|classes|teacher)$/.test(words[k + 1]?.norm ?? ''))) return -1;
      if (w.norm === 'sixth' && words[k + 1]?.norm !== 'form') return -1;
      if (w.norm === 'open' && !/^(?:evening|morning|day|afternoon)$/.test(words[k + 1]?.norm ?? '')) return -1;
      if (w.norm === 'sports' && words[k + 1]?.norm !== 'day') return -1;
      if (w.norm === 'nursery' && !/^(?:class|children|kids|team|staff)$/.test(words[k + 1]?.norm ?? '')) return -1;
      if (w.norm === 'harvest' && !/^(?:festival|assembly)$/.test(words[k + 1]?.norm ?? '')) return -1;
      return /^(?:sixth|open|sports|reception|nursery|harvest)$/.test(w.norm) ? k + 1 : k;
    }
    if (!GROUP_FILLER.has(w.norm)) return -1;
  }
  return -1;
}

/** Subjects and departments a "head of" leads: "head of English" is a department, not a school called English. */
const SUBJECT = new Set(['english', 'maths', 'math', 'mathematics', 'science', 'sciences', 'history', 'geography', 'art', 'music', 'drama', 'french', 'spanish', 'german', 'languages', 'mfl', 'pe', 're', 'computing', 'ict', 'dt', 'design', 'biology', 'chemistry', 'physics', 'humanities', 'english/drama', 'business', 'economics', 'psychology', 'sociology', 'philosophy', 'religion', 'technology', 'media', 'dance', 'latin', 'classics', 'welsh']);

/** A role or working day just before "at/of": "caretaker at", "head of", "a TA job at", "supply day at". */
function roleBefore(words: readonly Word[], i: number): boolean {
  const prep = words[i - 1]?.norm;
  if (prep !== 'at' && prep !== 'of' && prep !== 'for') return false;
  if (prep === 'of' && SUBJECT.has(words[i]!.norm)) return false;
  // "First day at Benton Park", "Week one at Sir William Robertson done", "my last term at Farley".
  const s2 = words[i - 2];
  if (prep === 'at' && s2 && ((STRETCH.has(s2.norm) && STRETCH_BEFORE.has(words[i - 3]?.norm ?? '')) || (s2.norm === 'one' && (words[i - 3]?.norm === 'week' || words[i - 3]?.norm === 'day')))) return true;
  for (let k = i - 2; k >= 0 && k >= i - 4; k--) {
    const w = words[k]!;
    if (ROLE_BEFORE.has(w.norm)) {
      if ((w.norm === 'ta' || w.norm === 'tas') && !w.upper) return false;
      // "head of" only: "the head at Tesco" is rare, "head of year" is a role, "head of HR at X" not a school.
      if (w.norm === 'head' && k !== i - 2) return false;
      if (prep === 'of' && k !== i - 2) return false;
      // "head of Pitmaston's maths society": a club of the place, not the school's head.
      if (prep === 'of' && words[i]!.possessive) return false;
      return true;
    }
    if (w.sentenceStart && k < i - 2) return false;
  }
  return false;
}

/** A school cue within a few words of the name, in the same sentence (names of two or more words only). O(window). */
function cueNear(doc: Doc, words: readonly Word[], i: number, len: number): boolean {
  const { prefix } = schoolCues(doc);
  let lo = i;
  while (lo > 0 && lo > i - 5 && !words[lo]!.sentenceStart) lo--;
  let hi = i + len;
  while (hi < words.length && hi < i + len + 6 && !words[hi]!.sentenceStart) hi++;
  const around = prefix[hi]! - prefix[lo]!;
  const self = prefix[i + len]! - prefix[i]!;
  return around - self > 0;
}

/** Words right before a name that miss or leave it: "Missing Grappenhall Heys already", "Leaving Gorse Ride". */
const LEAVE_BEFORE = /^(?:missing|miss|leaving|left|goodbye|bye|farewell)$/;
/** The writer leaving a job somewhere in the post: "my leaving do", "last day today", "new job". */
const LEAVING_JOB = /\b(?:leaving\s+(?:do|party|drinks|card|assembly|presents?|gifts?|speech|video)|last\s+day|(?:new|next)\s+(?:job|school|role|post)|handed\s+in\s+my\s+notice)\b/i;
/**
 * Session school13: a name of two or more words (capitalised, checked by the caller) the writer misses or leaves in a
 * post about leaving their job: "Had my leaving do on Friday ... Missing Grappenhall Heys already". A walk or a town
 * missed ("Missing Gorse Ride already, the walks") has no leaving do.
 */
function leftAfterLeavingDo(doc: Doc, words: readonly Word[], i: number): boolean {
  return LEAVE_BEFORE.test(words[i - 1]?.norm ?? '') && LEAVING_JOB.test(doc.text);
}

/** After the name these make it another place: "St Mary's Church choir", "Benton Park Road". */
const PLACE_AFTER = new Set(['church', 'churches', 'cathedral', 'chapel', 'hospital', 'hospice', 'surgery', 'park', 'road', 'rd', 'street', 'st', 'lane', 'avenue', 'close', 'drive', 'way', 'centre', 'center', 'club', 'fc', 'station', 'parish', 'estate', 'village', 'hall', 'leisure', 'library', 'community', 'methodist', 'baptist']);

/** One of the school's groups or events a few words after a name of two or more words: "Kearsley West need volunteers for the summer fair". */
function groupNear(words: readonly Word[], i: number, len: number): boolean {
  for (let k = i + len; k < words.length && k <= i + len + 6; k++) {
    const w = words[k]!;
    if (w.sentenceStart) return false;
    if (GROUP_AFTER.has(w.norm) && !/^(?:sixth|open|sports|reception|nursery|harvest|staff)$/.test(w.norm) && !NOT_GROUP_NEXT.get(w.norm)?.has(words[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

/** Secondary schools in Wales (and some in England) are "Comprehensives": "Gowerton Comprehensive", "Maesteg Comprehensive School". */
const MORE_TYPE_WORDS = new Set(['comprehensive']);

/** Kind-of-school words after a stem ("C of E Primary School"): how many, and whether one says "school". */
function tailAfter(words: readonly Word[], from: number): number {
  let k = 0;
  let typed = 0;
  while (k < MAX_TAIL && from + k < words.length && (isSchoolNameTail(words[from + k]!.norm) || MORE_TYPE_WORDS.has(words[from + k]!.norm))) {
    const n = words[from + k]!.norm;
    // Never across a sentence break ("Washington. The Primary is over") or into "the".
    if (n === 'the' || words[from + k]!.sentenceStart) break;
    // "High Street", "First Avenue": only kind-of-school words that are not street words count.
    if (SCHOOL_TYPE_WORDS.has(n) || MORE_TYPE_WORDS.has(n)) typed = k + 1;
    k++;
  }
  // "Montessori schools", "Steiner schools", "grammar schools": a plural names a kind of school, not one school (session places9).
  if (typed > 0 && words[from + typed - 1]!.norm === 'schools') return 0;
  return typed;
}

/**
 * School names from the national list of English schools (GIAS, open and closed) and the Welsh Government's
 * list of schools in Wales: "Oakfield Primary", "st bede's catholic primary", "Harris Academy South Norwood",
 * "Cwmbran High", "Gowerton Comprehensive", "Y Garnedd parents", "supply day at Bro Edern". Case-insensitive
 * and whole-word; a stem made of everyday words ("Green Lane") needs capitals, and most stems need a
 * kind-of-school word after them. A Welsh school's stem is the name after "Ysgol" ("Y Garnedd" from "Ysgol
 * Gymraeg Y Garnedd"), so it is always one of those: a kind-of-school word, or something tying it to school.
 */
/**
 * stemIndex().stems.get(schoolKeyWord(norm)) as a number (0 for none), by word index: worked out once per distinct word
 * across posts instead of a key and a look-up per word of every post.
 */
const FIRST_FLAGS = new WordFacts((norm: string): number => stemIndex().stems.get(schoolKeyWord(norm)) ?? 0);

export default defineRule({
  meta: {
    id: 'school/known-school',
    category: 'school',
    severity: 'medium',
    theme: 'staff-identification',
    description: 'Names of schools in England and Wales, from the governments\' lists of schools, however they are written ("oakfield primary" too).',
    replacement: 'my school',
  },
  create() {
    // Built here, once per configuration (and cached across them), so the first post is not the slow one.
    const { stems } = stemIndex();
    return (doc: Doc): Hit[] => {
      const words = docWords(doc);
      if (words.length === 0) return [];
      const firstFlags = FIRST_FLAGS.of(doc);
      const hits: Hit[] = [];
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        // The first word's flags from the table below (0: no stem starts with it, most words), no key built.
        if (w.prefix || firstFlags[i] === 0) continue;
        let key = schoolKeyWord(w.norm);
        let f: number | undefined = firstFlags[i]!;
        let best = 0;
        let bestFlags = 0;
        let bestKey = '';
        for (let len = 1; ; len++) {
          if (f & STEM) {
            best = len;
            bestFlags = f;
            bestKey = key;
          }
          const nx = words[i + len];
          if (!(f & PREFIX) || !nx || nx.prefix) break;
          key = `${key} ${schoolKeyWord(nx.norm)}`;
          f = stems.get(key);
          if (f === undefined) break;
        }
        if (best === 0) continue;
        if (bestFlags & EVERYDAY) {
          let capsOk = true;
          for (let k = i; k < i + best; k++) if (!words[k]!.cap && !/^(?:of|and|the|on|in|upon|with|de|le|la)$/.test(words[k]!.norm)) capsOk = false;
          if (!capsOk) continue;
        }
        let tail = tailAfter(words, i + best);
        if (tail === 0 && !(bestFlags & ALONE)) {
          // "Bramhall High", "Tiffin Girls": how people shorten "... High School", "... Girls' School". Capitals only,
          // and not "Barnet High Street".
          const lastKey = bestKey.slice(bestKey.lastIndexOf(' ') + 1);
          const nx = words[i + best];
          // Welsh names keep their small words in lower case: "Pen y Pil", "Glan yr Afon", "Twm o'r Nant".
          const capsName = words.slice(i, i + best).every((x, k) => x.cap || (k > 0 && /^(?:of|and|the|on|in|upon|y|yr|or)$/.test(x.norm)));
          if (capsName && best > 1 && (lastKey === 'girl' || lastKey === 'boy') && words[i + best - 1]!.cap) tail = 0;
          else if (capsName && nx && nx.norm === 'high' && nx.cap && !nx.sentenceStart && !STREET_AFTER_HIGH.has(words[i + best + 1]?.norm ?? '')) tail = 1;
          else if (capsName && !(best === 1 && words[i]!.upper)) {
            const q = qualifierAfter(words, i + best);
            if (q > 0) {
              tail = q;
              const h = words[i + best + q];
              if (h && h.norm === 'high' && h.cap) tail++;
            } else if (!roleBefore(words, i)) {
              // A stem that starts with a first name is a person as often as a school ("Florence Nightingale topic",
              // "my daughter Grace's nativity"): only a role before it ties it to a school.
              if (isCommonName(words[i]!.norm)) continue;
              if (groupAfter(words, i + best) < 0 && !(best > 1 && !PLACE_AFTER.has(words[i + best]?.norm ?? '') && (cueNear(doc, words, i, best) || groupNear(words, i, best) || leftAfterLeavingDo(doc, words, i)))) continue;
            }
            // else: the stem alone, tied to school life; the finding covers the name only.
          } else continue;
        }
        const last = words[i + best + tail - 1]!;
        // "Read about St Ambrose Barlow in the news", "my old school, Bishop Vesey's": a school that is not the writer's.
        if (notTheWritersSchool(doc.text, w.start, last.end)) {
          i += best + tail - 1;
          continue;
        }
        hits.push({ start: w.start, end: last.end, reason: 'This looks like the name of a school in England or Wales. Naming a school on a personal account can identify where you work and the children you teach.' });
        i += best + tail - 1;
      }
      return hits;
    };
  },
});
