import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';

/** Two or three capital initials with full stops: "R.M.", "J. T.", "A.B.C". */
const INITIALS = /(?<![\p{L}\p{N}.])(\p{Lu})\.\s?(\p{Lu})\.?(?:\s?(\p{Lu})\.?)?(?![\p{L}\p{N}])/gu;
/** School subjects written with stops: "P.E. in Year 6" is a lesson, not a pupil. */
const SUBJECTS = new Set(['PE', 'RE', 'DT', 'IT', 'ICT', 'RS', 'PSHE', 'MFL', 'BFG']);

/** What follows: a class or year group, "in 3C", "(Y4)", "from Year 6", "in Reception", "in my class". */
const CLASS_AFTER = /^\s*(?:\(\s*|(?:in|from)\s+)(?:(?:Year|Yr|Y|Blwyddyn|Bl\.?)\s?(?:[1-9]|1[0-3])\b|(?:[1-9]|1[0-3])(?!(?:am|pm)\b)[A-Z](?:[A-Z]?\d|[a-z]?\d)?\b|Reception\b|Nursery\b|P[1-7]\b|S[1-6]\b|(?:my|our) (?:(?:(?:Y|Yr|Year) ?(?:[1-9]|1[0-3])s?|(?:[1-9]|1[0-3])[A-Z]|top|bottom|middle|maths|English|science|reading|phonics|tutor|form|little) )*(?:class|form|tutor group|form group|set|group|tutees))/i;

/** Two capitals without stops ("JT in 6B"), or an initial and a surname ("K. Nowak in 4B"), with a class after. */
const BARE_INITIALS = /(?<![\p{L}\p{N}.])(?:(\p{Lu}\p{Lu})|(\p{Lu})\.\s?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;
/** Two-capital words that are roles, subjects and everyday abbreviations, not a pupil's initials. */
const NOT_INITIALS = new Set(['PE', 'RE', 'DT', 'IT', 'RS', 'TA', 'PP', 'KS', 'UK', 'US', 'TV', 'PC', 'OK', 'HT', 'DH', 'AM', 'PM', 'ID', 'GP', 'MP', 'EU', 'UN', 'VR', 'AI', 'CV', 'FE', 'HE', 'QA', 'IQ', 'HR', 'PR', 'VP', 'DJ', 'LA', 'MS', 'GB', 'NQ', 'SA', 'DS', 'DD', 'OH', 'SO', 'NO', 'GO', 'ME', 'MY', 'WE', 'BE', 'DO', 'IN', 'ON', 'AT', 'TO', 'OF', 'OR', 'AN', 'AS', 'BY', 'IF', 'IS', 'UP', 'US', 'HI', 'EH', 'AH', 'YO', 'PT', 'SU', 'XL', 'DR', 'MR', 'ST', 'RD', 'ND', 'TH', 'CC', 'BC', 'AD', 'FC', 'RC', 'CE', 'VA', 'VC', 'EY', 'YR', 'KS', 'SP', 'LO', 'WB', 'ES', 'EP', 'FM', 'UX', 'DM', 'PS', 'PB', 'BP', 'AC', 'EV', 'HQ', 'OT', 'SS']);
const TITLE_BEFORE = /(?:\b(?:mr|mrs|ms|miss|mx|dr|prof|sir)\.?\s*)$/i;
/** One capital letter on its own: "R in my class". */
const SINGLE_INITIAL = /(?<![\p{L}\p{N}.'\u2019&-])\p{Lu}(?![\p{L}\p{N}'\u2019.&-])/gu;
/** Words before a lone capital that make it a grade, a label or a plan: "an A", "grade C", "Plan B", "Block D". */
const NOT_BEFORE_SINGLE = /\b(?:an?|grade|grades|got|get|getting|plan|part|block|type|level|option|section|room|group|team|set|vitamin|class|year|at|the|no|from|to|and|or|with|of)\s*$/i;
/** More initials in the same list before the class: "AK and BH in 11R", "J.T., R.M. and S.K. (Y6)". */
const MORE_INITIALS = /^(?:\s*(?:,|and|&)\s*\p{Lu}\.?\s?\p{Lu}\.?(?![\p{L}\p{N}]))+/u;
/** The class after the initials, over any further initials of the same list. */
function classAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + 60);
  const more = MORE_INITIALS.exec(rest);
  return CLASS_AFTER.test(more ? rest.slice(more[0].length) : rest);
}

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
        if (!classAfter(text, end)) continue;
        if (SUBJECTS.has(m[0].replace(/[.\s]/g, ''))) continue;
        hits.push({ start: m.index, end, reason: 'Initials with a class or year group can still identify a pupil to anyone who knows the school.' });
      }
      BARE_INITIALS.lastIndex = 0;
      for (let m = BARE_INITIALS.exec(text); m; m = BARE_INITIALS.exec(text)) {
        const end = m.index + m[0].length;
        if (!classAfter(text, end)) continue;
        if (m[1] !== undefined && (NOT_INITIALS.has(m[1]) || SUBJECTS.has(m[1]))) continue;
        // "Mrs K. Nowak in 4B" is the teacher.
        if (TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
        if (hits.some((h) => h.start <= m!.index && m!.index < h.end)) continue;
        hits.push({ start: m.index, end, reason: 'Initials with a class or year group can still identify a pupil to anyone who knows the school.' });
      }
      // "R in my class said ...", "T (Y3) asked ...": one capital letter standing for a pupil, with the class.
      SINGLE_INITIAL.lastIndex = 0;
      for (let m = SINGLE_INITIAL.exec(text); m; m = SINGLE_INITIAL.exec(text)) {
        const end = m.index + m[0].length;
        if (m[0] === 'I' || !classAfter(text, end)) continue;
        // "got an A in Year 9", "Plan B from 3C", "Mrs K (Y6)": a grade, a label or a teacher.
        if (NOT_BEFORE_SINGLE.test(text.slice(Math.max(0, m.index - 12), m.index)) || TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
        if (hits.some((h) => h.start <= m!.index && m!.index < h.end)) continue;
        hits.push({ start: m.index, end, reason: 'An initial with a class or year group can still identify a pupil to anyone who knows the school.' });
      }
      return hits;
    };
  },
});
