import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';

/** Two or three capital initials with full stops: "R.M.", "J. T.", "A.B.C". */
const INITIALS = /(?<![\p{L}\p{N}.])(\p{Lu})\.\s?(\p{Lu})\.?(?:\s?(\p{Lu})\.?)?(?![\p{L}\p{N}])/gu;
/** School subjects written with stops: "P.E. in Year 6" is a lesson, not a pupil. */
const SUBJECTS = new Set(['PE', 'RE', 'DT', 'IT', 'ICT', 'RS', 'PSHE', 'MFL', 'BFG']);

/** What follows: a class or year group, "in 3C", "(Y4)", "from Year 6", "in Reception", "in my class". */
const CLASS_AFTER = /^\s*(?:\(\s*|(?:in|from)\s+)(?:(?:Year|Yr|Y|Blwyddyn|Bl\.?)\s?(?:[1-9]|1[0-3])\b|(?:[1-9]|1[0-3])[A-Z]\b|Reception\b|Nursery\b|P[1-7]\b|S[1-6]\b|(?:my|our) (?:(?:(?:Y|Yr|Year) ?(?:[1-9]|1[0-3])s?|(?:[1-9]|1[0-3])[A-Z]|top|bottom|middle|maths|English|science|reading|phonics|tutor|form|little) )*(?:class|form|tutor group|form group|set|group|tutees))/i;

/**
 * Initials with a class: "R.M. in 3C asked if teachers sleep at school", "J.T. (Y6)". Staff shorten a
 * pupil's name to initials believing it anonymous; with the class beside them, people who know the school can
 * tell who it is.
 */
export default defineRule({
  meta: {
    id: 'pupil/initials-class',
    category: 'pupil',
    severity: 'medium',
    theme: 'pupil-identification',
    description: 'Initials with a class or year group ("R.M. in 3C", "J.T. (Y6)").',
  },
  create() {
    return (doc) => {
      const hits: Hit[] = [];
      const { text } = doc;
      INITIALS.lastIndex = 0;
      for (let m = INITIALS.exec(text); m; m = INITIALS.exec(text)) {
        const end = m.index + m[0].length;
        if (!CLASS_AFTER.test(text.slice(end, end + 24))) continue;
        if (SUBJECTS.has(m[0].replace(/[.\s]/g, ''))) continue;
        hits.push({ start: m.index, end, reason: 'Initials with a class or year group can still identify a pupil to anyone who knows the school.' });
      }
      return hits;
    };
  },
});
