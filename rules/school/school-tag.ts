import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords } from '../../lib/engine/context/index.ts';
import { isKnownSchoolStem } from './shared/school-stems.ts';
import { NOT_SCHOOL_STEMS, schoolKeyWord } from './shared/school-key.ts';
import { FUNCTION_WORDS } from '../../lib/engine/roster/index.ts';

/** First words of hashtags that are slogans, not names: #BackToSchool, #LoveMySchool, #FirstDayAtSchool. */
const SLOGAN_START = new Set(['back', 'love', 'first', 'last', 'new', 'proud', 'happy', 'best', 'end', 'start', 'return', 'go', 'off', 'inset', 'national', 'world', 'primary', 'secondary', 'teacher', 'teachers', 'ks1', 'ks2', 'eyfs']);

/** Endings of a school's handle or hashtag: @OakfieldPrimary, #StAnnesCE, @HillcrestPS, @BelmontJuniors. */
const TAG_TYPES = new Set(['primary', 'academy', 'school', 'juniors', 'junior', 'infants', 'infant', 'ce', 'cofe', 'coe', 'rc', 'ps', 'jmi', 'js', 'is', 'high', 'grammar', 'college', 'nursery', 'cp', 'cps', 'pri', 'prim', 'acad']);
/** Lower-case handles need a whole word at the end: @oakfieldprimary, @stannesacademy. */
const LOWER_TYPES = /^([a-z]{3,})(primary|academy|school|juniors|infants|cofe|highschool|grammar)$/;
/** School-spirit hashtags around a school's name: #HillcrestPride, #TeamOakhill, #OakfieldFamily. */
const SPIRIT_AFTER = new Set(['pride', 'family', 'proud', 'values', 'way', 'stars', 'learners']);
const SPIRIT_BEFORE = new Set(['team', 'proudtobe', 'proud']);
/** Names that are also teams, places and brands in cheer hashtags: #TeamGB, #LondonPride. */
const NOT_SPIRIT = new Set(['gb', 'england', 'wales', 'scotland', 'uk', 'london', 'manchester', 'leeds', 'liverpool', 'us', 'usa', 'teacher', 'teachers', 'staff', 'school', 'edu', 'work', 'mum', 'dad', 'family', 'kindness', 'love', 'pride', 'one', 'all', 'red', 'blue', 'green']);

/** Split a hashtag or handle body into words: "StMarysCEPrimary" -> St, Marys, CE, Primary; "jb_year6" -> jb, year6. */
function parts(body: string): string[] {
  return body.match(/\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Ll}+|\d+/gu) ?? [];
}

/**
 * A school named by its handle or hashtag: @OakfieldPrimary, #StAnnesCE, @StMarysCEPrimary, #HillcrestPride,
 * #TeamOakhill. Configured schools are school/school-name's; this finds any school, by the shape of the tag
 * or, for school-spirit tags, by the national list of schools.
 */
export default defineRule({
  meta: {
    id: 'school/school-tag',
    category: 'school',
    severity: 'medium',
    theme: 'staff-identification',
    description: 'Hashtags and handles that name a school: @OakfieldPrimary, #StAnnesCE, #HillcrestPride, #TeamOakhill.',
    replacement: 'my school',
  },
  create() {
    return (doc) => {
      const hits: Hit[] = [];
      for (const w of docWords(doc)) {
        if (!w.prefix || w.norm.length < 4) continue;
        // The tag's own characters (docWords splits hyphens, not underscores; the token keeps the rest).
        const body = doc.text.slice(w.start + 1, w.end);
        const ps = parts(body).map((p) => p.toLowerCase());
        const reason = w.prefix === '@' ? "This handle looks like a school's account. Tagging a school from a personal account links you to it." : "This hashtag names a school. Hashtags are searchable, so it links the post to the school.";
        let hit = false;
        if (ps.length >= 2 && /\p{Lu}/u.test(body.slice(1))) {
          const last = ps[ps.length - 1]!;
          const name = ps.slice(0, -1).filter((p) => !TAG_TYPES.has(p) && !/^\d+$/.test(p));
          if (TAG_TYPES.has(last) && name.length > 0 && !SLOGAN_START.has(name[0]!) && !name.some((p) => FUNCTION_WORDS.has(p) && p !== 'st') && name.some((p) => p.length > 2 && !NOT_SCHOOL_STEMS.has(schoolKeyWord(p)))) hit = true;
          // #HillcrestPride, #TeamOakhill: only for schools on the national list.
          const stem = (xs: string[]) => xs.map(schoolKeyWord).join(' ');
          if (!hit && SPIRIT_AFTER.has(last) && ps.length >= 2 && !NOT_SPIRIT.has(ps[0]!)) {
            const core = ps.slice(0, -1);
            hit = isKnownSchoolStem(stem(core)) || isKnownSchoolStem(core.join(''));
          }
          if (!hit && SPIRIT_BEFORE.has(ps[0]!) && ps.length >= 2 && !NOT_SPIRIT.has(ps[1]!)) {
            const core = ps.slice(1);
            hit = isKnownSchoolStem(stem(core)) || isKnownSchoolStem(core.join(''));
          }
        } else if (w.prefix === '@' || w.prefix === '#') {
          const m = LOWER_TYPES.exec(body.toLowerCase().replace(/[_.]/g, ''));
          if (m && !NOT_SCHOOL_STEMS.has(m[1]!)) hit = true;
        }
        if (hit) hits.push({ start: w.start, end: w.end, reason });
      }
      return hits;
    };
  },
});
