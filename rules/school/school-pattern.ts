import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords, isSchoolNameTail, type Word } from '../../lib/engine/context/index.ts';
import { NOT_SCHOOL_STEMS, schoolKeyWord } from './shared/school-key.ts';
import { FUNCTION_WORDS } from '../../lib/engine/roster/index.ts';

/** Kind-of-school words that end a school's name in the generic pattern. "College" and "Nursery" are left to the lexicon (universities, garden centres). */
const PATTERN_TYPES = new Set(['school', 'primary', 'junior', 'juniors', 'infant', 'infants', 'academy', 'grammar', 'prep', 'preparatory', 'utc', 'jmi']);
/** Small words allowed inside a name ("Church of England", "Bishop of Hereford's Bluecoat", "St. Mary and St. John"). */
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
]);

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
  },
  create() {
    return (doc: Doc): Hit[] => {
      const words = docWords(doc);
      const hits: Hit[] = [];
      let lastEnd = -1;
      for (let t = 0; t < words.length; t++) {
        const tw = words[t]!;
        if (!PATTERN_TYPES.has(tw.norm) || !tw.cap) continue;
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
        hits.push({ start: words[p]!.start, end: words[e - 1]!.end, reason: 'This looks like the name of a school. Naming a school on a personal account can identify where you work and the children you teach.' });
        lastEnd = e - 1;
        t = e - 1;
      }
      return hits;
    };
  },
});
