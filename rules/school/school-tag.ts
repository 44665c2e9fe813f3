import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords } from '../../lib/engine/context/index.ts';
import { isKnownSchoolStem } from './shared/school-stems.ts';
import { NOT_SCHOOL_STEMS, schoolKeyWord } from './shared/school-key.ts';
import { FUNCTION_WORDS } from '../../lib/engine/roster/index.ts';

/** First words of hashtags that are slogans, not names: #BackToSchool, #LoveMySchool, #FirstDayAtSchool. */
const SLOGAN_START = new Set(['back', 'love', 'first', 'last', 'new', 'proud', 'happy', 'best', 'end', 'start', 'return', 'go', 'off', 'inset', 'national', 'world', 'primary', 'secondary', 'teacher', 'teachers', 'ks1', 'ks2', 'eyfs']);

/** Endings of a school's handle or hashtag: @OakfieldPrimary, #StAnnesCE, @HillcrestPS, @BelmontJuniors. */
const TAG_TYPES = new Set(['primary', 'academy', 'school', 'juniors', 'junior', 'infants', 'infant', 'ce', 'cofe', 'coe', 'rc', 'ps', 'jmi', 'js', 'is', 'high', 'grammar', 'college', 'nursery', 'cp', 'cps', 'pri', 'prim', 'acad', 'sch', 'schl']);
/** Lower-case handles need a whole word at the end: @oakfieldprimary, @stannesacademy. */
const LOWER_TYPES = /^([a-z]{3,})(primary|academy|school|juniors|infants|cofe|highschool|grammar)$/;
/** School-spirit hashtags around a school's name: #HillcrestPride, #TeamOakhill, #OakfieldFamily. */
const SPIRIT_AFTER = new Set(['pride', 'family', 'proud', 'values', 'way', 'stars', 'learners', 'heroes', 'gang', 'fam', 'squad', 'crew', 'community', 'superstars', 'rocks', 'spirit', 'together']);
/**
 * Session places10: a lower-case handle with an underscore and a school word after it ("@brookfield_inf",
 * "@millbank_primary"); a person's or a team's handle ("@jane_smith", "@leeds_rhinos") has none.
 */
const UNDERSCORE_TYPE = /^([a-z]{4,})_(?:[a-z]+_)?(primary|academy|school|infants?|inf|juniors?|jnr|pri|prim|primsch|sch|cofe|nursery)$/;
const SPIRIT_BEFORE = new Set(['team', 'proudtobe', 'proud']);
/** Two-part openings of school-life hashtags before a school's name: #LifeAtLathom, #ProudToBeBrooklands, #WeAreOakfield. */
const SPIRIT_OPEN: readonly (readonly string[])[] = [['life', 'at'], ['proud', 'to', 'be'], ['we', 'are'], ['love', 'being'], ['at']];
/** Type words that may sit inside a tag before a town or a spirit word: @CrescentPrimaryMansfield, #ManorPrimaryFamily. */
const INNER_TYPES = new Set(['primary', 'academy', 'school', 'juniors', 'junior', 'infants', 'infant', 'grammar', 'cofe']);
/** After "St <Name>" in a handle these make it a church, hospital or place: @StMarksChurch, @StJamesHospital. */
const SAINT_NOT = new Set(['church', 'churches', 'hospital', 'cathedral', 'chapel', 'parish', 'park', 'fc', 'hospice', 'centre', 'surgery', 'pub', 'bar', 'market', 'day', 'choir', 'bells', 'priory', 'abbey', 'mission', 'youth', 'ministry', 'cc', 'rfc', 'afc']);
/** Names that are also teams, places and brands in cheer hashtags: #TeamGB, #LondonPride. */
const NOT_SPIRIT = new Set(['gb', 'england', 'wales', 'scotland', 'uk', 'london', 'manchester', 'leeds', 'liverpool', 'us', 'usa', 'teacher', 'teachers', 'staff', 'school', 'edu', 'work', 'mum', 'dad', 'family', 'kindness', 'love', 'pride', 'one', 'all', 'red', 'blue', 'green']);

// Made once here rather than as literals in the loop (a literal makes a new RegExp object each time it is reached).
const PARTS = /\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Ll}+|\d+/gu;
/** The tag's characters after the word: "_" or "." and letters or digits, again and again ("@pitmaston_primary"). */
const TAG_REST = /^(?:[_.][\p{L}\p{N}]+)*/u;
const UPPER = /\p{Lu}/u;
/** Split a hashtag or handle body into words: "StMarysCEPrimary" -> St, Marys, CE, Primary; "jb_year6" -> jb, year6. */
function parts(body: string): string[] {
  return body.match(PARTS) ?? [];
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
      const words = docWords(doc);
      // By index: most words have no prefix and are passed over at once, without an iterator step each.
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        if (!w.prefix || w.norm.length < 4) continue;
        // The tag's own characters (docWords splits hyphens, not underscores; the token keeps the rest).
        // The tokenizer stops a word at "_" or ".": "@pitmaston_primary" keeps its whole body here.
        const rest = TAG_REST.exec(doc.text.slice(w.end, w.end + 40))?.[0] ?? '';
        const body = doc.text.slice(w.start + 1, w.end) + rest;
        const ps = parts(body).map((p) => p.toLowerCase());
        const reason = w.prefix === '@' ? "This handle looks like a school's account. Tagging a school from a personal account links you to it." : "This hashtag names a school. Hashtags are searchable, so it links the post to the school.";
        let hit = false;
        if (ps.length >= 2 && UPPER.test(body.slice(1))) {
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
          // @CrescentPrimaryMansfield, #ManorPrimaryFamily: a type word inside, then at most a town or a spirit word.
          if (!hit) {
            for (let k = 1; k < ps.length - 1 && k >= ps.length - 3; k++) {
              if (!INNER_TYPES.has(ps[k]!)) continue;
              const name = ps.slice(0, k).filter((p) => !TAG_TYPES.has(p) && !/^\d+$/.test(p));
              if (name.length > 0 && !SLOGAN_START.has(name[0]!) && !name.some((p) => FUNCTION_WORDS.has(p) && p !== 'st') && name.some((p) => p.length > 2 && !NOT_SCHOOL_STEMS.has(schoolKeyWord(p)))) hit = true;
              break;
            }
          }
          // #LifeAtLathom, #ProudToBeBrooklands: a school-life opening, then a school on the national list.
          if (!hit) {
            for (const open of SPIRIT_OPEN) {
              if (ps.length <= open.length || !open.every((o, k) => ps[k] === o)) continue;
              const core = ps.slice(open.length);
              if (NOT_SPIRIT.has(core[0]!)) continue;
              hit = isKnownSchoolStem(stem(core)) || isKnownSchoolStem(core.join(''));
              if (hit) break;
            }
          }
          // @StLukesCannock, @StMarksBasingstoke: a church school's "St <Name>" on the national list, then a town.
          if (!hit && (ps[0] === 'st' || ps[0] === 'saint') && ps.length >= 3 && ps.length <= 4 && isKnownSchoolStem(stem(['st', ps[1]!]))) {
            hit = !ps.slice(2).some((p) => SAINT_NOT.has(p));
          }
        } else if (w.prefix === '@' || w.prefix === '#') {
          const m = LOWER_TYPES.exec(body.toLowerCase().replace(/[_.]/g, ''));
          if (m && !NOT_SCHOOL_STEMS.has(m[1]!)) hit = true;
          const u = UNDERSCORE_TYPE.exec(body.toLowerCase());
          if (!hit && u && !NOT_SCHOOL_STEMS.has(schoolKeyWord(u[1]!))) hit = true;
        }
        if (hit) hits.push({ start: w.start, end: w.end + rest.length, reason });
      }
      return hits;
    };
  },
});
