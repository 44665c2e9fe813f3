import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords, hasSchoolContext, isSchoolNameTail, type Word } from '../../lib/engine/context/index.ts';
import { NOT_SCHOOL_STEMS, schoolKeyWord } from './shared/school-key.ts';
import { FUNCTION_WORDS } from '../../lib/engine/roster/index.ts';
import { notTheWritersSchool } from './shared/other-school.ts';

/** Kind-of-school words that end a school's name in the generic pattern. "College" and "Nursery" are left to the lexicon (universities, garden centres). */
const PATTERN_TYPES = new Set(['school', 'primary', 'junior', 'juniors', 'infant', 'infants', 'academy', 'grammar', 'prep', 'preparatory', 'utc', 'jmi']);
/** Small words allowed inside a name ("Church of England", "Bishop of Hereford's Bluecoat", "St. Mary and St. John"). */
/**
 * Session places10: kinds of school that are everyday words too ("High Street", "First Bus", "the Middle East", "Comp"):
 * a school's type only with the school's people or events right after the name ("Castle Hill Middle staff", "Westhill
 * Comp staff quiz", "Brook Lane First nativity") or a working day before it ("Covering at Longridge High").
 */
const AMBIGUOUS_TYPES = new Set(['high', 'middle', 'first', 'comp', 'comprehensive', 'secondary']);
const SCHOOL_PEOPLE_AFTER = new Set(['staff', 'staffroom', 'pupils', 'kids', 'children', 'parents', 'governors', 'pta', 'nativity', 'assembly', 'ofsted', 'choir', 'teachers', 'tas', 'leavers', 'prom', 'disco', 'fair', 'fete', 'sports', 'open', 'year', 'y7', 'y8', 'y9', 'y10', 'y11', 'sixth', 'reception', 'nursery', 'family', 'community', 'office', 'caretaker', 'head', 'headteacher', 'senco', 'inset', 'residential', 'trip', 'uniform', 'netball', 'rounders']);
const WORK_AT = new Set(['covering', 'cover', 'supply', 'teaching', 'working', 'interview', 'inset', 'placement', 'job', 'duty', 'moderation']);
const JOINERS = new Set(['of', 'and', 'the', 'upon', 'on', 'in', 'with', 'de', 'le', 'la']);
/** After the type word these say it is not a school: "Academy Awards", "Primary Care", "School Run". */
const NOT_AFTER = new Set(['award', 'awards', 'care', 'run', 'runs', 'musical', 'holidays', 'holiday', 'report', 'reports', 'years', 'days', 'trip', 'uniform', 'teacher', 'teachers', 'place', 'places', 'admissions', 'age', 'children', 'kids', 'pupils', 'level', 'education', 'curriculum', 'sector', 'phase', 'colour', 'colours', 'election', 'elections', 'source', 'sources', 'schools']);
const MAX_PROPER = 5;
/** The word before the type word says it is another kind of school ("Football Academy", "Dance School"). */
const NOT_SCHOOL_KIND = new Set(['football', 'rugby', 'cricket', 'tennis', 'golf', 'police', 'military', 'naval', 'dance', 'drama', 'film', 'stage', 'ballet', 'performing', 'music', 'business', 'law', 'medical', 'nursing', 'dental', 'sunday', 'summer', 'forest', 'beach', 'driving', 'ski', 'swim', 'swimming', 'riding', 'flying', 'cookery', 'language', 'bible', 'art', 'arts', 'coding', 'boxing', 'gymnastics', 'karate', 'judo', 'surf', 'sailing', 'circus', 'modelling']);
/** Schools from books and television. */
const FICTIONAL = new Set(['hogwarts', 'rydell', 'sunnydale', 'springfield', 'waterloo', 'grange', 'malory', 'trinians', 'bayside', 'degrassi', 'hollyoaks']);
/** Capitalised words that start sentences or headings, not school names. */
const NOT_FIRST = new Set([
  'my', 'our', 'your', 'their', 'his', 'her', 'this', 'that', 'every', 'any', 'which', 'what', 'each', 'a', 'an', 'the',
  'best', 'top', 'local', 'worst', 'favourite', 'visiting', 'visited', 'joining', 'joined', 'leaving', 'left', 'starting',
  'started', 'teaching', 'taught', 'loving', 'love', 'proud', 'another', 'busy', 'back', 'today', 'tomorrow',
  'yesterday', 'goodbye', 'farewell', 'welcome', 'congrats', 'congratulations', 'thanks', 'thank', 'hello', 'hi',
  'dear', 'at', 'in', 'from', 'to', 'for', 'with', 'about', 'after', 'before', 'during', 'like', 'so', 'such', 'great',
  'amazing', 'lovely', 'wonderful', 'why', 'how', 'when', 'where', 'who', 'whose', 'is', 'was', 'new', 'old', 'former',
  'ex', 'first', 'last', 'next', 'i', 'we', 'you', 'they', 'he', 'she', 'it', 'if', 'and', 'but', 'or', 'not', 'no',
  'all', 'some', 'most', 'many', 'both', 'outstanding', 'good', 'state', 'private', 'independent', 'free', 'rural',
  'inner', 'city', 'urban', 'small', 'big', 'large', 'english', 'british', 'uk', 'london', 'secondary', 'primary',
  // Verbs that start a sentence about a film or show ("Watched School of Rock").
  'watched', 'watching', 'rewatched', 'rewatching', 'saw', 'seen', 'loved', 'hated', 'finished', 'binged', 'streaming',
  'team', 'go', 'come', 'join', 'apply', 'vote', 'support', 'save', 'fund', 'our', 'dream', 'future',
]);

/** After "St Mary's" these make it a church, hospital or day rather than the school: "St Mary's Church". */
const NOT_SCHOOL_AFTER_SAINT = new Set(['church', 'churches', 'hospital', 'cathedral', 'chapel', 'abbey', 'priory', 'minster', 'park', 'road', 'rd', 'street', 'st', 'lane', 'square', 'place', 'station', 'day', 'island', 'bay', 'hall', 'centre', 'center', 'hospice', 'surgery', 'clinic', 'well', 'cross', 'gate', 'close', 'court', 'avenue', 'crescent', 'drive', 'way', 'terrace', 'market', 'parish', 'fire', 'eve', 'college', 'university', 'mount']);
/** Words that put "at St Mary's" in a working day: supply, cover, an interview. */
const STAFF_WORK = new Set(['supply', 'cover', 'covering', 'interview', 'interviewed', 'teaching', 'taught', 'staff', 'staffroom', 'inset', 'job', 'colleagues', 'pupils', 'kids', 'children', 'class', 'classes']);

/** A working day in a school just before "at <Place>": "Supply at Harrowgate Hill", "Parents' evening at Stoneham". */
const WORK_BEFORE_AT = new Set(['supply', 'inset', 'covering', 'cover', 'moderation', 'duty', 'ppa', 'placement', 'evening', 'interview', 'teaching', 'staffroom', 'assembly', 'residential']);
/** Capitalised words after "at" that are times, days or venues, not a school. */
const NOT_PLACE = new Set(['home', 'the', 'last', 'christmas', 'easter', 'half', 'lunch', 'lunchtime', 'break', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'night', 'school', 'work', 'tesco', 'asda', 'costa', 'i', 'my', 'our', 'noon', 'midnight', 'church', 'hospital', 'uni', 'university', 'college']);

/** Session school12: a working stretch just before "at": "Ten years at", "First week at", "my last term at". */
const STRETCH_UNITS = /^(?:years?|months?|weeks?|terms?|days?)$/;
const STRETCH_COUNT = /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|first|last|final|second|third|few|many)$/;
function stretchBefore(words: readonly Word[], at: number): boolean {
  return words[at]?.norm === 'at' && STRETCH_UNITS.test(words[at - 1]?.norm ?? '') && STRETCH_COUNT.test(words[at - 2]?.norm ?? '');
}
/** A school working day just before "at": "Supply at", "teaching at", "a TA job at", "Covering Year 8 at". */
function workBeforeAt(words: readonly Word[], at: number): boolean {
  if (words[at]?.norm !== 'at') return false;
  for (let k = Math.max(0, at - 3); k < at; k++) {
    const x = words[k]!;
    if (/^(?:supply|cover|covering|teaching|placement|interview|job|inset|ta|hlta)$/.test(x.norm) && (!/^(?:inset|ta|hlta)$/.test(x.norm) || x.upper)) return true;
  }
  return false;
}
/** A hospital, church, club or the writer's child in the post: a stretch "at St Luke's" or "at the Academy" there is not a school job. */
const NOT_SCHOOL_STRETCH = /\b(?:nurses?|ward|patients?|hospital|hospice|church|parish|vicar|choir|congregation|football|training|club|players?|my\s+(?:son|daughter|kids?|child|boy|girl))\b/i;

/** "Supply at Harrowgate Hill today": the capitalised place after a school working day is the school. Returns the end index, or -1. */
function workPlaceAt(words: readonly Word[], t: number): number {
  const at = words[t]!;
  if (at.norm !== 'at') return -1;
  let work = false;
  for (let k = Math.max(0, t - 5); k < t; k++) {
    const x = words[k]!;
    if (WORK_BEFORE_AT.has(x.norm) && (x.norm !== 'evening' || words[k - 1]?.norm === 'parents' || words[k - 1]?.norm === 'parent') && (x.norm !== 'ppa' || x.upper) && (x.norm !== 'inset' || x.upper || words[k + 1]?.norm === 'day')) work = true;
  }
  if (!work) return -1;
  // "at St Mary's" and "at Oakfield Primary" are the other paths' to judge.
  if (words[t + 1]?.norm === 'st' || words[t + 1]?.norm === 'saint') return -1;
  let e = t + 1;
  while (e < words.length && e <= t + 3) {
    const x = words[e]!;
    if (isSchoolNameTail(x.norm)) return -1;
    if (!x.cap || x.sentenceStart || x.upper || x.prefix || /\d/.test(x.norm) || NOT_PLACE.has(x.norm) || FUNCTION_WORDS.has(x.norm)) break;
    e++;
    if (x.possessive) break;
  }
  return e > t + 1 ? e : -1;
}

/** "#OakwoodAcademy", "#StAidansPrimary": a hashtag that spells a school's name. */
function hashtagSchool(w: Word): boolean {
  if (w.prefix !== '#' || !w.camel) return false;
  const parts = w.text.split(/(?=[A-Z])/).map((p) => p.toLowerCase()).filter((p) => p.length > 0);
  if (parts.length < 2 || !PATTERN_TYPES.has(parts[parts.length - 1]!)) return false;
  const name = parts.slice(0, -1).filter((p) => !isSchoolNameTail(p));
  if (name.length === 0 || NOT_FIRST.has(name[0]!) || FUNCTION_WORDS.has(name[0]!) || NOT_SCHOOL_KIND.has(name[name.length - 1]!) || FICTIONAL.has(name[0]!)) return false;
  return name.some((p) => p.length > 2 && !NOT_SCHOOL_STEMS.has(schoolKeyWord(p)) && !FUNCTION_WORDS.has(p));
}

function isProper(w: Word): boolean {
  // Not a capitalised function word of a headline ("Statue Of Child Cowering Under School"), not SHOUTING.
  return w.cap && !w.prefix && w.norm.length > 0 && !/^\d/.test(w.norm) && !FUNCTION_WORDS.has(w.norm) && !(w.upper && w.norm.length > 3);
}

/**
 * "<Proper Noun(s)> Primary | Junior | Infant | Academy | High School | ...": a school name not in the
 * national list (new schools, federations, misspellings). Needs capitals; kinds of schooling ("Sunday
 * School", "Forest School") and headings ("Best Primary School") are not names.
 */
export default defineRule({
  meta: {
    id: 'school/school-pattern',
    category: 'school',
    severity: 'medium',
    theme: 'staff-identification',
    description: 'Capitalised school names such as "Oakfield Primary" or "St Aidan\'s C of E Academy".',
    replacement: 'my school',
  },
  create() {
    return (doc: Doc): Hit[] => {
      const words = docWords(doc);
      const hits: Hit[] = [];
      let lastEnd = -1;
      let staffWork: boolean | undefined;
      for (let t = 0; t < words.length; t++) {
        const tw = words[t]!;
        if (tw.norm === 'at' && t > lastEnd) {
          const e = workPlaceAt(words, t);
          if (e > 0) {
            hits.push({ start: words[t + 1]!.start, end: words[e - 1]!.end, reason: 'This names the place where you work in a school (a supply day, INSET or parents\' evening there). Naming it can identify your school.' });
            lastEnd = e - 1;
            t = e - 1;
            continue;
          }
        }
        if (tw.prefix === '#' && hashtagSchool(tw)) {
          hits.push({ start: tw.start, end: tw.end, reason: 'This hashtag looks like the name of a school. Naming a school on a personal account can identify where you work and the children you teach.' });
          lastEnd = t;
          continue;
        }
        // "Supply day at St Mary's", "covering at St Aidan's": a saint's name alone is how staff name their school.
        if ((tw.norm === 'st' || tw.norm === 'saint') && tw.cap && !tw.prefix && t > lastEnd) {
          const nm = words[t + 1];
          const after = words[t + 2];
          const prep = words[t - 1]?.norm ?? '';
          if (nm && nm.cap && nm.possessive && !nm.prefix && /^(?:at|to|from|into|for|join|joining|joined|leaving|left)$/.test(prep) && !(after && (after.cap || NOT_SCHOOL_AFTER_SAINT.has(after.norm) || after.prefix)) && doc.text.slice(tw.end, nm.start).length <= 2) {
            staffWork ??= hasSchoolContext(doc) || words.some((x) => STAFF_WORK.has(x.norm));
            // Session school12: "Ten years at St Bede's this September": a stretch of the writer's working life there.
            if (staffWork || (stretchBefore(words, t - 1) && !NOT_SCHOOL_STRETCH.test(doc.text))) {
              hits.push({ start: tw.start, end: nm.end, reason: 'This looks like the name of a school ("St ...\'s" is how most church schools are known locally). Naming it can identify where you work.' });
              lastEnd = t + 1;
              t++;
              continue;
            }
          }
        }
        // Session school12: "First week at the Academy done", "Four years at the Academy now", "Supply at the Academy": staff
        // call their school "the Academy" (not "the Academy Awards", "the Academy of Music", a football academy, a child's).
        if (tw.norm === 'the' && t > lastEnd && words[t + 1]?.text === 'Academy' && !words[t + 1]!.prefix && (stretchBefore(words, t - 1) || workBeforeAt(words, t - 1)) && !(words[t + 2]?.cap && !words[t + 2]!.sentenceStart) && words[t + 2]?.norm !== 'of' && !NOT_SCHOOL_STRETCH.test(doc.text)) {
          hits.push({ start: tw.start, end: words[t + 1]!.end, reason: 'This names the school where you work ("the Academy" after how long you have been there). With your profile it can identify your school.' });
          lastEnd = t + 1;
          t++;
          continue;
        }
        const ambiguous = AMBIGUOUS_TYPES.has(tw.norm);
        if ((!PATTERN_TYPES.has(tw.norm) && !ambiguous) || !tw.cap || tw.prefix) continue;
        // Walk back over the tail ("C of E Primary") to where the proper nouns end.
        let s = t;
        while (s > 0 && t - s < 6 && isSchoolNameTail(words[s - 1]!.norm) && (words[s - 1]!.cap || JOINERS.has(words[s - 1]!.norm))) s--;
        while (s < t && JOINERS.has(words[s]!.norm)) s++;
        // "... in High Point NC. School is closed": the name cannot run across a sentence break.
        if (words[s]!.sentenceStart) continue;
        // Then over the proper nouns themselves ("St Mary Magdalen", "Bishop of Wexley").
        let p = s;
        let proper = 0;
        while (p > 0 && proper < MAX_PROPER && p - 1 > lastEnd) {
          const w = words[p - 1]!;
          if (isProper(w)) {
            proper++;
            p--;
            if (w.sentenceStart) break;
            continue;
          }
          if (JOINERS.has(w.norm) && !w.cap && proper > 0 && p >= 2 && isProper(words[p - 2]!)) {
            p--;
            continue;
          }
          break;
        }
        // A name does not start with a joiner, a pronoun or a word from a heading ("Our", "Best", "Visiting").
        while (p < s && (JOINERS.has(words[p]!.norm) || NOT_FIRST.has(words[p]!.norm))) p++;
        let distinctive = 0;
        for (let k = p; k < s; k++) if (!NOT_SCHOOL_STEMS.has(schoolKeyWord(words[k]!.norm)) && !JOINERS.has(words[k]!.norm)) distinctive++;
        if (p >= s || distinctive === 0) continue;
        // "Manchester City Football Academy", "Hogwarts School": a club's academy or a school from fiction.
        if (NOT_SCHOOL_KIND.has(words[s - 1]!.norm) || FICTIONAL.has(words[p]!.norm)) continue;
        // Extend over the rest of the tail after the type word ("Primary School").
        let e = t + 1;
        while (e < words.length && isSchoolNameTail(words[e]!.norm) && words[e]!.cap && e - t < 4) e++;
        const after = words[e];
        if (after && NOT_AFTER.has(after.norm)) continue;
        if (ambiguous && !(after && !after.sentenceStart && SCHOOL_PEOPLE_AFTER.has(after.norm) && /^\s+$/.test(doc.text.slice(words[e - 1]!.end, after.start))) && !(words[p - 1]?.norm === 'at' && WORK_AT.has(words[p - 2]?.norm ?? ''))) continue;
        // "Northgate Academy's reading garden" in a piece in the paper, "Well done to Oakfield Academy": someone else's school.
        if (notTheWritersSchool(doc.text, words[p]!.start, words[e - 1]!.end)) {
          lastEnd = e - 1;
          t = e - 1;
          continue;
        }
        hits.push({ start: words[p]!.start, end: words[e - 1]!.end, reason: 'This looks like the name of a school. Naming a school on a personal account can identify where you work and the children you teach.' });
        lastEnd = e - 1;
        t = e - 1;
      }
      return hits;
    };
  },
});
