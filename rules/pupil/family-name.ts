import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords, schoolContextNear } from '../../lib/engine/context/index.ts';
import { isChildName, isEnglishWord } from './shared/first-names.ts';
import { lessonCueNear } from './shared/pupil-context.ts';
import { FAMOUS_FAMILIES, praiseBefore } from './shared/person-cues.ts';
import { surnameShaped } from './shared/clause-cues.ts';
import { grownUpsOrOwnFamily, inWritersCare } from './shared/care-cues.ts';

/** Family words after a surname that say "these children": "the Novak brothers", "the Kowalski twins". */
const SIBLINGS = new Set(['brothers', 'sisters', 'twins', 'triplets', 'boys', 'girls', 'siblings', 'cousins', 'children', 'kids']);
/** Verbs after "the Nowak twins" that make them the subject doing something: "have discovered", "were", "both". */
const SIBLING_VERBS = new Set(['have', 'has', 'are', 'were', 'both', 'had', 'did', 'made', 'wrote', 'told', 'asked', 'came', 'went', 'won', 'got', 'spent', 'built', 'drew', 'sang', 'ran', 'keep', 'kept', 'just', 'finally', 'always', 'never', 'still', 'now', 'will', 'can', 'could', 'wouldnt', 'wont', 'cant']);
/** What grown-up twins and brothers do: "The Kelly twins have opened a cafe", "just had babies", "the band's new album". */
const GROWN_UP_DOINGS = new Set(['opened', 'launched', 'business', 'company', 'cafe', 'café', 'restaurant', 'shop', 'bar', 'salon', 'bakery', 'married', 'wedding', 'engaged', 'babies', 'pregnant', 'band', 'album', 'tour', 'gig', 'boxing', 'fight', 'olympics', 'olympic', 'podcast', 'channel', 'documentary', 'series', 'show']);
/** Staff verbs before "the X family's middle one" or "the X children" that make them pupils: "Taught the Nowak family's youngest". */
const TAUGHT = new Set(['taught', 'teach', 'teaching', 'teaches']);
/** After "the X family's": which child. */
const WHICH_CHILD = new Set(['youngest', 'eldest', 'oldest', 'middle', 'little', 'kids', 'children', 'boys', 'girls', 'twins', 'son', 'daughter', 'baby']);

/**
 * Pupils named by their family: "the Novak brothers were gems on the residential", "the Ellis family's
 * youngest starts in Nursery", "the Kowalski twins are in my Year 3 class". Needs school talk nearby.
 */
export default defineRule({
  meta: {
    id: 'pupil/family-name',
    category: 'pupil',
    severity: 'medium',
    theme: 'pupil-identification',
    description: 'A family name with brothers, twins or "family\'s youngest" in a post about school ("the Novak brothers").',
  },
  create() {
    return (doc) => {
      const words = docWords(doc);
      const hits: Hit[] = [];
      let lowerPost: boolean | undefined;
      const lower = (): boolean => (lowerPost ??= words.length >= 3 && !words.some((x) => x.cap && !x.upper && x.norm !== 'i'));
      for (let i = 1; i < words.length - 1; i++) {
        const w = words[i]!;
        // Capitalised, or in lower case in a post written all in lower case ("the okafor twins were a handful").
        if ((!w.cap && !lower()) || w.upper || w.prefix || w.norm.length < 3 || /[^a-z]/.test(w.norm)) continue;
        // "the Oyelaran-Smith sisters": a double-barrelled surname arrives as two words joined by a hyphen.
        let from = i;
        if (words[i - 1]!.cap && doc.text.slice(words[i - 1]!.end, w.start) === '-' && words[i - 2]?.norm === 'the') from = i - 1;
        if (words[from - 1]!.norm !== 'the') continue;
        const nx = words[i + 1]!;
        let len = 0;
        if (SIBLINGS.has(nx.norm) && !w.possessive) len = 2;
        else if (nx.norm === 'family' && nx.possessive && WHICH_CHILD.has(words[i + 2]?.norm ?? '')) len = 3;
        // "Big thanks to the Hussain family for the Eid donation to our class library": a pupil's family thanked in school talk.
        else if (nx.norm === 'family' && !nx.possessive && praiseBefore(words, from - 1)) len = 2;
        if (!len) continue;
        // "the Smith twins" is a surname; "the Grace sisters" or "the Star boys" are not clearly one.
        // (An Irish or Scottish surname with an apostrophe, O'Connor, is a surname whatever the word list says.)
        if (FAMOUS_FAMILIES.has(w.norm) || (isEnglishWord(w.norm) && !isChildName(w.norm) && !surnameShaped(w.norm) && !/['\u2019]/.test(w.text))) continue;
        const taught = words.slice(Math.max(0, from - 7), from).some((x) => TAUGHT.has(x.norm));
        const last = words[i + len - 1]!;
        if (!taught && !schoolContextNear(doc, i, 25, len) && !lessonCueNear(doc, i, 15, len)) {
          // With no school word: the children the writer looks after, by the evidence staff give ("told me every
          // single one this morning"), or twins or triplets doing something ("The Nowak twins swapped jumpers"), in a
          // post with no grown-ups' life or family of the writer's own ("the Patel twins at the pub", "my nephews").
          const after = words[i + len];
          const acting = !!after && !after.cap && (SIBLING_VERBS.has(after.norm) || /^[a-z]{3,}ed$/.test(after.norm));
          const multiples = nx.norm === 'twins' || nx.norm === 'triplets';
          if (len !== 2 || !acting || grownUpsOrOwnFamily(doc, words) || doc.memo('pupil:grown-up-doings', () => words.some((x) => GROWN_UP_DOINGS.has(x.norm))) || !(multiples || inWritersCare(doc, words, from, i + 1, true))) continue;
          hits.push({ start: words[from]!.start, end: last.end, severity: 'low', reason: 'A family name with "twins" or "brothers", written the way staff write about children they teach. Worth a look: people who know you may be able to tell who is meant.' });
          i += len - 1;
          continue;
        }
        hits.push({ start: words[from]!.start, end: last.end, reason: 'A family name with "brothers", "twins" or "family\'s youngest" in a post about school points to particular pupils: people who know the school can tell who is meant.' });
        i += len - 1;
      }
      return hits;
    };
  },
});
