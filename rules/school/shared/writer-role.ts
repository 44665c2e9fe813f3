/**
 * A school job the writer holds, said in the ways staff caption their day (issue 11, session places9). The settled
 * convention counts a staff role tied to the writer as school identification; these forms tie it with no "my":
 *
 * - a school job opening a clause, then what shows it is the writer's: "Proud SENCo moment", "Deputy head by day,
 *   taxi driver by night", "Form tutor to 10R this year", "Class teacher to 3W", "Midday supervisor at a tiny village
 *   primary", "ECT mentor meeting at 3";
 * - "As a <school job>" opening a clause: "As a lunchtime supervisor I see everything";
 * - a hashtag of a school job and a way of life: #SENCOlife, #ECTlife, #HeadOfYearLife, #TAlife.
 *
 * Left alone: a job that is someone else's ("My son's TA is a star": the rule's parent check; "the PE teacher on
 * Gladiators"), "Deputy head girl" (a pupil's post), "Head of the table", a job after a determiner ("The class teacher
 * rang"), a job with nothing of the writer's day after it.
 *
 * Read by school/staff-group. Constant work per word: a set look-up, then a few words either side.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Word } from '../../../lib/engine/context/index.ts';
import { WordFacts } from '../../pupil/shared/word-facts.ts';

/** After "head of": what makes it a school post ("head of year 7", "head of maths", "head of department"). */
export const HEAD_OF = new Set(['year', 'yr', 'ks1', 'ks2', 'ks3', 'ks4', 'ks5', 'key', 'sixth', 'department', 'dept', 'faculty', 'house', 'science', 'maths', 'math', 'english', 'history', 'geography', 'music', 'art', 'pe', 're', 'mfl', 'languages', 'humanities', 'computing', 'drama', 'dt', 'pshe', 'physics', 'chemistry', 'biology', 'french', 'spanish', 'german', 'eyfs', 'inclusion', 'send', 'sen', 'lower', 'upper', 'school', 'juniors', 'infants', 'phase']);
/** Two-word school jobs: first word -> second words. */
const PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['deputy', new Set(['head', 'headteacher'])],
  ['assistant', new Set(['head', 'headteacher'])],
  ['form', new Set(['tutor'])],
  ['class', new Set(['teacher'])],
  ['supply', new Set(['teacher'])],
  ['cover', new Set(['supervisor', 'teacher'])],
  ['midday', new Set(['supervisor', 'assistant'])],
  ['lunchtime', new Set(['supervisor', 'assistant'])],
  ['teaching', new Set(['assistant'])],
  ['learning', new Set(['mentor'])],
  ['head', new Set(['teacher'])],
  ['exam', new Set(['invigilator'])],
  ['exams', new Set(['officer', 'invigilator'])],
  // Session places11: a school subject's or phase's teacher, and school-only posts named plainly ("Geography teacher at a
  // big comp", "Pastoral manager here", "Behaviour lead at a PRU"). They count only where writerRoleAt finds the writer's
  // day, a school or a self-introduction after them.
  ...['geography', 'history', 'english', 'maths', 'math', 'science', 'music', 'art', 'drama', 'french', 'spanish', 'german', 'physics', 'chemistry', 'biology', 'computing', 'primary', 'secondary', 'reception', 'nursery', 'year'].map((k): [string, ReadonlySet<string>] => [k, new Set(['teacher'])]),
  ['pastoral', new Set(['lead', 'leader', 'manager'])],
  ['behaviour', new Set(['lead', 'manager'])],
  ['attendance', new Set(['officer', 'lead'])],
  ['phase', new Set(['lead', 'leader'])],
  ['pe', new Set(['teacher'])],
  ['re', new Set(['teacher'])],
  ['dt', new Set(['teacher'])],
  ['data', new Set(['manager'])],
]);
/** Jobs other employers have too ("Data manager"): a school job only "at a <kind of school>". */
const AMBIGUOUS_FIRST = new Set(['data']);
/** Subjects that are also words ("pe", "re", "dt"): the subject only in capitals. */
const UPPER_SUBJECTS = new Set(['pe', 're', 'dt']);
/** One-word school jobs, any case. */
const SINGLE = new Set(['senco', 'sendco', 'hlta', 'headteacher', 'invigilator']);
/** Invigilators work at universities and colleges too: there the job says nothing about a school. */
const NOT_SCHOOL_EXAMS = /\b(?:uni|university|universities|college|open\s+university|professional\s+exams?|driving\s+test)\b/i;
/** One-word school jobs in capitals only ("TA", not "ta"). */
const SINGLE_UPPER = new Set(['ta', 'dsl', 'ect', 'nqt', 'hlta', 'lsa']);
/** Words after a job that make it the writer's day: "SENCo moment", "Deputy head by day", "TA life". */
const DAY_AFTER = new Set(['moment', 'moments', 'win', 'wins', 'life', 'mode', 'hat', 'duties', 'duty', 'brain', 'problems', 'again', 'today', 'tonight', 'tomorrow', 'this', 'mentor', 'meeting', 'meetings', 'training', 'paperwork', 'diaries', 'diary']);
/** Jobs school/staff-identity reads after "As a" (its ROLES): left to it. */
const AS_A_ELSEWHERE = new Set(['teacher', 'ta', 'hlta', 'lsa', 'headteacher', 'head', 'headmaster', 'headmistress', 'senco', 'sendco', 'dsl', 'nqt', 'ect', 'tutor', 'deputy', 'principal', 'governor', 'caretaker', 'teaching', 'supply', 'trainee', 'slt', 'sbm', 'class', 'form', 'assistant']);
/** A verb right after "<job> today" that makes the job its subject: "Supply teacher today was fab". */
const THIRD_PERSON_VERB = /^(?:was|is|were|are|has|had|said|says|told|came|comes|did|does|left|went|got|gave|made|called|rang|seemed|looked|kept|let|asked|sent|took|wants|wanted)$/;
/** Kinds of school after "at a ...": "at a tiny village primary", "at a secondary in Leeds". */
const SCHOOL_KIND = new Set(['primary', 'secondary', 'school', 'academy', 'junior', 'juniors', 'infant', 'infants', 'nursery', 'comp', 'comprehensive', 'grammar', 'prep', 'pru']);
/** The job is news about someone ("Music teacher at a Leeds school arrested"), not the writer's. */
const NEWS = /\b(?:arrested|jailed|charged|convicted|sacked|banned|struck\s+off|accused|guilty|court|trial|died|dies|sentenced|suspended|investigated|named|admits|denies|cleared)\b/i;
/** The writer as a parent: the job is their child's teacher's. */
const PARENT_WORDS = /\bmy\s+(?:(?:little|eldest|youngest|oldest)\s+)?(?:son|daughter|sons|daughters|child|children|kids?|boy|girl|twins|stepson|stepdaughter)\b/i;
/** A job the writer has left: "Maths teacher for 6 years, now a software engineer". */
const FORMER = /\b(?:now\s+an?|retired|left\s+teaching|quit|former|ex-|used\s+to\s+be|before\s+(?:becoming|retraining))\b/i;
/** Someone with the job as the subject of what follows: "... at a primary near me got an MBE", "... has been nominated". */
const THEN_THIRD_PERSON = /^(?:\s+(?!and\b|i\b|but\b)[\w'’-]+){0,3}?\s+(?:got|gets|has|had|was|is|won|wins|received|receives|been|did|does|says|said|retires|retired|left|leaves)\b/i;
/** First person in the writer's voice. */
const FIRST_PERSON = /\b(?:i|me|my|i['’]m|i['’]ve|i['’]ll|myself)\b/i;
/** Words before a job that make it someone's or something other than the writer's. */
const NOT_OPENER = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'no', 'every', 'each', 'any', 'one', 'new', 'old', 'former', 'ex', 'met', 'asked', 'emailed', 'called', 'rang', 'told', 'thanks', 'thank', 'dear', 'to', 'for', 'with', 'from', 'of', 'and', 'or', 'is', 'was', 'are', 'were', 'be', 'being', 'been', 'as', 'i', 'we', 'you', 'he', 'she', 'they']);
/** Words after "deputy head" / "head" that make it a pupil's post or no job: "deputy head girl", "head of the table". */
const NOT_AFTER = new Set(['girl', 'boy', 'girls', 'boys', 'prefect', 'student', 'students', 'pupil', 'chef', 'gardener', 'waiter']);
/** A hashtag of a school job and a way of life: #SENCOlife, #ECTlife, #HeadOfYearLife. */
const TAG = /^(?:senco|sendco|hlta|ta|ect|nqt|dsl|headofyear(?:\d{1,2})?|headofdepartment|formtutor|classteacher|supplyteacher|supply|teachingassistant|deputyhead|assistanthead|headteacher|middaysupervisor|lunchtimesupervisor|coversupervisor|learningmentor|examsofficer)(?:life|problems|probs|mode|wins|things|vibes|struggles|diaries|diary)$/;
const TAG_UPPER = /^(?:TA|ECT|NQT|DSL)/;
/**
 * Session places10: a hashtag that is a school job on its own, as staff sign off a post: a year group's or phase's
 * teacher ("#Year6Teacher", "#Y2Teacher", "#ReceptionTeacher", "#EYFSteacher") or a job only a school has ("#SENCo",
 * "#HeadOfSixthForm"). Not "#teacher" or "#TeacherLife" (slogans anyone shares), nor "#headteacher" (talk about heads).
 */
const TAG_JOB = /^(?:(?:(?:year|yr|y)(?:[1-9]|1[0-3])|reception|nursery|eyfs|ks[1-5]|keystage[1-5])(?:teacher|ta|hlta)(?:life|problems|probs|vibes)?|senco|sendco|hlta|headofyear(?:[1-9]|1[0-3])?|headofsixthform|headofsixth|headofdepartment|formtutor|classteacher|coversupervisor|middaysupervisor|lunchtimesupervisor|examsofficer|deputyhead|assistanthead)$/;

/** The end (exclusive word index) of a school job starting at word i, or -1. */
export function roleEnd(words: readonly Word[], i: number): number {
  const w = words[i];
  if (!w || w.prefix) return -1;
  const n1 = words[i + 1]?.norm ?? '';
  if (w.norm === 'head' && n1 === 'of' && HEAD_OF.has(words[i + 2]?.norm ?? '')) {
    return /^(?:year|yr)$/.test(words[i + 2]!.norm) && /^(?:[1-9]|1[0-3])$/.test(words[i + 3]?.norm ?? '') ? i + 4 : i + 3;
  }
  // "Year 6 teacher", "School business manager": three words.
  if ((w.norm === 'year' || w.norm === 'yr') && /^(?:[1-9]|1[0-3])$/.test(n1) && words[i + 2]?.norm === 'teacher') return i + 3;
  if (w.norm === 'school' && n1 === 'business' && words[i + 2]?.norm === 'manager') return i + 3;
  const pair = w.norm === 'year' || (UPPER_SUBJECTS.has(w.norm) && !w.upper) ? undefined : PAIRS.get(w.norm);
  if (pair?.has(n1) && !words[i + 1]!.prefix) return NOT_AFTER.has(words[i + 2]?.norm ?? '') ? -1 : i + 2;
  if (SINGLE_UPPER.has(w.norm)) return w.upper || (w.norm === 'hlta' && w.cap) ? i + 1 : -1;
  if (SINGLE.has(w.norm)) return i + 1;
  return -1;
}

/** Words a job (or "As a" before one) starts with. */
const ROLE_FIRST = new Set<string>(['as', 'head', 'yr', 'school', ...PAIRS.keys(), ...SINGLE, ...SINGLE_UPPER]);
/** 1 for each word of the post (by word index) that ROLE_FIRST holds, worked out once per distinct word across posts. */
const ROLE_FIRST_OF = new WordFacts((norm: string): number => (ROLE_FIRST.has(norm) ? 1 : 0));

/**
 * May writerRoleAt(doc, words, i) find a job at word i? False exactly where its first test returns null (no "#", and
 * neither the word nor the next is one a job starts with), so a caller walking every word can skip the call there.
 * `roleFirst` is roleFirstOf(doc).
 */
export function mayStartRole(words: readonly Word[], i: number, roleFirst: Int32Array): boolean {
  return words[i]!.prefix === '#' || roleFirst[i] === 1 || roleFirst[i + 1] === 1;
}
/** ROLE_FIRST_OF for the post's words, for mayStartRole. */
export function roleFirstOf(doc: Doc): Int32Array {
  return ROLE_FIRST_OF.of(doc);
}

/** Is there a clause break (start of text or punctuation) just before word i? */
function clauseStart(doc: Doc, words: readonly Word[], i: number): boolean {
  if (i === 0) return /^[\s"“'‘(]*$/.test(doc.text.slice(0, words[0]!.start));
  return words[i]!.sentenceStart || /[,;:–—(!?.]\s*$/.test(doc.text.slice(words[i - 1]!.end, words[i]!.start));
}

/**
 * The writer's school job at word i: [start word, end word) to report, or null. `i` is where a job may start, or the
 * opener before it ("Proud SENCo moment", "As a lunchtime supervisor").
 */
export function writerRoleAt(doc: Doc, words: readonly Word[], i: number): readonly [number, number] | null {
  const w = words[i]!;
  // Most words are neither a job nor right before one: one or two set look-ups.
  if (w.prefix !== '#' && !ROLE_FIRST.has(w.norm) && !ROLE_FIRST.has(words[i + 1]?.norm ?? '')) return null;
  if (w.prefix === '#') {
    if (TAG_JOB.test(w.norm)) return [i, i + 1];
    if (!TAG.test(w.norm) || (/^(?:ta|ect|nqt|dsl)/.test(w.norm) && !/^(?:senco|sendco|teach)/.test(w.norm) && !TAG_UPPER.test(w.text))) return null;
    return [i, i + 1];
  }
  // Session places11: "As the Year 6 teacher I ...": the writer's post; not "As the maths teacher explained".
  if (w.norm === 'as' && words[i + 1]?.norm === 'the' && clauseStart(doc, words, i)) {
    const end = roleEnd(words, i + 2);
    if (end > 0 && (words[end]?.norm === 'i' || /^\s*,\s*i\b/i.test(doc.text.slice(words[end - 1]!.end, words[end - 1]!.end + 5)))) return [i, end];
    return null;
  }
  const asA = w.norm === 'as' && (words[i + 1]?.norm === 'a' || words[i + 1]?.norm === 'an');
  if (w.norm === 'as' && !asA && !ROLE_FIRST.has(words[i + 1]?.norm ?? '')) return null;
  if (!clauseStart(doc, words, i)) return null;
  // "As a lunchtime supervisor I ...", "As an ECT, ...".
  if (asA) {
    // school/staff-identity reads "As a TA", "As a SENCO", "As a head of year" already: only the jobs it has no word for.
    if (AS_A_ELSEWHERE.has(words[i + 2]?.norm ?? '')) return null;
    const end = roleEnd(words, i + 2);
    return end > 0 ? [i, end] : null;
  }
  // The job opens the clause, or follows one word of description ("Proud SENCo moment", "Another TA win").
  let start = i;
  let end = roleEnd(words, i);
  if (end < 0 && !NOT_OPENER.has(w.norm) && !w.prefix && !/ed$/.test(w.norm)) {
    end = roleEnd(words, i + 1);
    start = i + 1;
  }
  if (end < 0) return null;
  if (words[end - 1]!.norm === 'invigilator' && NOT_SCHOOL_EXAMS.test(doc.text)) return null;
  const next = words[end];
  if (!next || next.prefix) return null;
  // "Supply teacher today was fab": the job is someone who came in, the subject of what follows.
  if (DAY_AFTER.has(next.norm) && THIRD_PERSON_VERB.test(words[end + 1]?.norm ?? '')) return null;
  // "TA life", "Supply teacher life" take in "life" (a way of life); "Head of Year 10 life" keeps to the job.
  if (DAY_AFTER.has(next.norm)) return next.norm === 'life' && words[start]!.norm !== 'head' ? [start, end + 1] : [start, end];
  // "Deputy head by day", "Form tutor to 10R", "Class teacher to 3W this year", "form tutor to 11 teenagers".
  // "HLTA by title, everything else by nature" (session places10), "HLTA by trade".
  if (next.norm === 'by' && /^(?:day|title|trade|profession)$/.test(words[end + 1]?.norm ?? '')) return [start, end + 2];
  if (next.norm === 'to' && /^(?:(?:[1-9]|1[0-3])[a-z]{0,2}\d?|year|yr|y(?:[1-9]|1[0-3])|reception|nursery|\d{1,3}|thirty|twenty|eleven|twelve|fifteen)$/.test(words[end + 1]?.norm ?? '')) return [start, end + 2];
  // "Midday supervisor at a tiny village primary near Thirsk"; session places11: "in a Birmingham secondary", "at a PRU",
  // not news about someone with the job ("... at a Leeds school arrested").
  if ((next.norm === 'at' || next.norm === 'in') && /^(?:a|an)$/.test(words[end + 1]?.norm ?? '') && !NEWS.test(doc.text)) {
    for (let k = end + 2; k < end + 6 && k < words.length; k++) {
      if (words[k]!.sentenceStart) break;
      if (SCHOOL_KIND.has(words[k]!.norm)) {
        const last = /^(?:school|academy)$/.test(words[k + 1]?.norm ?? '') ? k + 2 : k + 1;
        if (THEN_THIRD_PERSON.test(doc.text.slice(words[last - 1]!.end, words[last - 1]!.end + 60))) return null;
        return [start, last];
      }
    }
  }
  // Beyond here, a job other employers have too is nobody's school job, and a job the writer has left is not theirs.
  if (AMBIGUOUS_FIRST.has(words[start]!.norm) || FORMER.test(doc.text)) return null;
  // Session places11: the writer introducing themselves by the job. "Exams officer here, ...", "Pastoral manager here.",
  // "Year 2 teacher here and I ...".
  if (next.norm === 'here' && (/^\s*(?:[,.!:;—–-]|$)/.test(doc.text.slice(next.end, next.end + 2)) || /^(?:and|but|so|with)$/.test(words[end + 1]?.norm ?? ''))) return [start, end + 1];
  // "Primary teacher in Kent for 14 years", "SENCo for 8 years": how long the writer has done it.
  if (!NEWS.test(doc.text)) {
    let k = end;
    if (words[k]?.norm === 'in') {
      k++;
      while (k < end + 4 && words[k] && words[k]!.cap && !words[k]!.sentenceStart) k++;
    }
    if (words[k]?.norm === 'for' && /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2}\+?)$/.test(words[k + 1]?.norm ?? '') && /^(?:years?|yrs?)$/.test(words[k + 2]?.norm ?? '')) return [start, k + 3];
  }
  // The post opens with the job: "Pastoral lead is a job title that means ...", "School business manager and the
  // budget is making me cry".
  if (start === 0 || (start === 1 && i === 0)) {
    if (next.norm === 'is' && /^\s+(?:a|my|the)\s+job\b/i.test(doc.text.slice(next.end, next.end + 12))) return [start, end];
    // Not "Maths teacher and I had a chat about my daughter" (someone else's job, beside the writer).
    if (next.norm === 'and' && !/^(?:i|me|my|myself)$/.test(words[end + 1]?.norm ?? '') && !PARENT_WORDS.test(doc.text)) {
      let b = next.end;
      while (b < doc.text.length && b - next.end < 160 && !/[.!?\n]/.test(doc.text[b]!)) b++;
      if (FIRST_PERSON.test(doc.text.slice(next.end, b)) && !NEWS.test(doc.text)) return [start, end];
    }
  }
  return null;
}
