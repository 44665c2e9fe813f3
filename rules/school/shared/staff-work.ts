/**
 * The writer's school work said without "my" (issue 11, session school14): staff caption their day by the class they
 * took, the pile they marked and the processes only a school runs, as often as with "my class":
 *
 * - a year group or class the writer teaches or covers: "Taught Year 2 today for the first time", "Took Year 4 for the
 *   whole day", "covering Reception this afternoon";
 * - a year group's event opening a clause, with a sign the writer ran it: a count of the children ("Year 3 swimming
 *   gala today, 40 kids and two whistles", "58 of them"), "done"/"survived" after it ("Reception nativity done!"), or
 *   "proud of them all" (a parent is proud of their own child by name);
 * - workload counts: "30 sets of reports to write", "90 mock papers", "28 books marked", "26 sets of Year 5 reports";
 * - processes only a school runs on its staff: a learning walk, a book look or work scrutiny, "mocksted", cover
 *   lessons and cover work, an INSET twilight, a lesson observation (with a lesson, a period or feedback near), the
 *   writer's classroom displays (with backing paper, borders or a corridor near), booster sessions the writer runs;
 * - a colleague landing a school post: "my colleague has landed the deputy headship".
 *
 * Left alone: a parent at their child's event ("Year 3 swimming gala today, so proud of Alfie, my boy"), someone's
 * own event ("Amira's Year 3 gala"), a retired teacher looking back ("I taught Year 6 for 31 years"), the writer's
 * schooldays, a lecturer's essays and observations of trainees, a nurse's observations and discharge reports, an
 * office's quarterly reports, a governor's learning walk, shop displays, "My son's teacher has been promoted".
 *
 * Read by school/staff-group. Constant work per word: a set look-up on its first word, then a few words either side
 * and at most a window of text around it.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import { schoolContextNear, type Word } from '../../../lib/engine/context/index.ts';
import { sentenceAround } from './sentence-around.ts';

/** Verbs of taking a class, before a year group: "Taught Year 2", "Took Year 4 for the day", "covering Reception". */
const TAKE_VERBS = new Set(['taught', 'teaching', 'took', 'taking', 'covered', 'covering', 'cover']);
/** Events a year group has, after it: "Year 3 swimming gala", "Reception nativity", "Year 5 cross country". */
const YEAR_EVENTS = /^(?:gala|festival|nativity|display|concert|assembly|play|performance|show|disco|tournament|production|panto|party|parade|sleepover|swim|swimming|fixture|match|sports|country|trip|visit|residential|workshop|carols?|service)$/;
/** A count of children after the event, in its sentence: "40 kids", "58 of them", "thirty children". */
const CHILD_COUNT = /\b(?:\d{2,3}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\s+(?:(?:little|tiny|excited|overexcited|sleepy|soggy|muddy|wet|cold|tired|happy|very)\s+)?(?:kids|children|pupils|of\s+them|little\s+ones|small\s+people|tiny\s+humans)\b/i;
/** The writer proud of the whole group: a teacher is proud of them all, a parent of their own child. */
const PROUD_ALL = /\bproud\s+of\s+(?:them\s+all|all\s+of\s+them|every\s+(?:single\s+)?one(?:\s+of\s+them)?|the\s+lot\s+of\s+them|each\s+and\s+every\s+one)\b/i;
/** Words right after an event that make it done by the one who ran it: "Reception nativity done!", "... survived". */
const EVENT_DONE = /^(?:done|survived|complete|completed|finished|over|smashed|nailed)$/;
/** A parent, a grandparent or someone else's child near a match. */
const PARENT_WORDS = /\b(?:my|our)\s+(?:(?:little|eldest|youngest|middle|oldest|baby)\s+)?(?:son|daughter|sons|daughters|child|children|kids?|boy|girl|boys|girls|twins|stepson|stepdaughter|little\s+one|eldest|youngest|grandson|granddaughter|grandchild|grandkids?|niece|nephew)\b|\bproud\s+(?:mum|mummy|dad|daddy|mam|nana|nanny|grandma|grandad|auntie|aunty|parent|parents)\b|\bproud\s+of\s+(?:my|our|him|her)\b/i;
/** "so proud of Alfie": a parent is proud of their own child by name (case-sensitive: a capitalised name). */
const PROUD_OF_NAME = /\b[Pp]roud\s+of\s+[A-Z][a-z]+\b/;
/** A parent helping out, not staff: "parent helper", "as a parent", a volunteer. */
const PARENT_HELPER = /\b(?:parent\s+helpers?|as\s+a\s+(?:parent|mum|dad|volunteer)|volunteer(?:ed|ing)?|my\s+(?:baby|babies|little\s+man|little\s+lady|boy|girl))\b/i;
/** "my Ruby", "our Ivy was the loudest angel": a parent naming their own child (not "our Head", "my Year 6s"). */
const OWN_NAMED = /\b(?:[Mm]y|[Oo]ur)\s+(?!(?:Year|Yr|Key|Head|Headteacher|Head's|Deputy|Assistant|Executive|Reception|Nursery|Early|Infant|Infants|Junior|Juniors|Class|School|Academy|Trust|Ofsted|Christmas|Easter|Summer|Autumn|Spring|Winter|Sports|Nativity|Harvest|Leavers|Sixth|Lower|Upper|Foundation|Senior|SLT|SENCo|SENDCo|TA|TAs|HLTA|Maths|English|Science|History|Geography|French|Spanish|German|Music|Art|Drama|Computing|Humanities|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|God|Lord|Lady)\b)[A-Z][a-z]{2,}\b/;
const PARENT = { test: (s: string): boolean => PARENT_WORDS.test(s) || PROUD_OF_NAME.test(s) || PARENT_HELPER.test(s) || OWN_NAMED.test(s) };
/** The writer looking back: retired, long ago, "used to", a career. */
const LONG_AGO = /\b(?:retired|retirement|used\s+to|back\s+in|years\s+ago|looking\s+back|career|when\s+i\s+was|(?:19|20)\d\d|in\s+the\s+(?:19)?[5-9]0s|as\s+a\s+(?:kid|child|pupil|teenager))\b/i;
/** Places where the same words are someone else's work: a university, a hospital, an office. */
/** The writer's own exams or tests: "20 mock papers for my theory test", "for my GCSEs". */
const OWN_EXAMS = /\b(?:for\s+my|my\s+own)\s+(?:gcses?|a[\s-]?levels?|exams?|theory|driving|accountancy|acca|aat|cima|degree|finals|resits?|11\s*plus)\b|\btheory\s+test\b/i;
const NOT_SCHOOL = /\b(?:uni|university|universities|undergrad\w*|lecturers?|lecturing|trainees?|student\s+teachers?|pgce|phd|ward|nurses?|nursing|hospital|patients?|clinic|surgery|company|firm|clients?|quarterly|audit|board\s+meeting|governors?|governing|parent\s+governor)\b/i;
/** Someone else close to the writer doing the work: "My sister's a Year 2 teacher", "my mum taught". */
const OTHER_PERSON = /\b(?:my|our)\s+(?:[a-z]+\s+)?(?:brother|sister|friend|mate|partner|wife|husband|mum|mom|dad|mother|father|cousin|aunt|auntie|uncle|neighbour|bestie|boyfriend|girlfriend)\b|\b(?:she|he|they)\s+(?:has\s+|had\s+|'s\s+|’s\s+)?(?:taught|covered|took|marked)\b/i;
/** Someone else doing the work, wherever in the sentence: "the 90 books she marked". */
const OTHER_DOES = /\b(?:she|he|they)\s+(?:has\s+|had\s+|'s\s+|’s\s+)?(?:taught|covered|took|marked)\b/i;

const NEAR = 150;
const nearText = (doc: Doc, w: Word): string => doc.text.slice(Math.max(0, w.start - NEAR), w.end + NEAR);

/** The end of a year group or phase starting at word k ("Year 2", "Y6", "yr 3", "Reception", "KS1"), or -1. Singular only. */
function yearEnd(words: readonly Word[], k: number): number {
  const w = words[k];
  if (!w || w.prefix) return -1;
  if ((w.norm === 'year' || w.norm === 'yr') && /^(?:[1-9]|1[0-3])$/.test(words[k + 1]?.norm ?? '')) return k + 2;
  if (/^(?:y|yr|year)(?:[1-9]|1[0-3])$|^ks[1-2]$/.test(w.norm)) return k + 1;
  // "Reception", "Nursery" only capitalised inside a sentence: "reception" is also a hotel's desk and a wedding party.
  if ((w.norm === 'reception' || w.norm === 'nursery') && w.cap) return k + 1;
  return -1;
}

/** Is there a clause break (start of text or punctuation) just before word i? */
function clauseStart(doc: Doc, words: readonly Word[], i: number): boolean {
  if (i === 0) return /^[\s"“'‘(]*$/.test(doc.text.slice(0, words[0]!.start));
  return words[i]!.sentenceStart || /[,;:–—(]\s*$/.test(doc.text.slice(words[i - 1]!.end, words[i]!.start));
}

/** Numbers of fifteen and more, as words. */
const BIG_WORDS = /^(?:fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/;
/** Books that are read, sold or given away, not marked. */
const BOOKS_ELSEWHERE = /\b(?:charity|shop|sale|priced?|library|goodreads|reading\s+challenge|bookshop|car\s+boot|ebay|vinted|donat\w+|read\s+this\s+year)\b/i;
/** Small counts, for sets: "three sets of Year 11 mocks", "2 sets of mocks". */
const SMALL_COUNT = /^(?:[2-9]|1[0-4]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)$/;
/** Pupils' work only a school marks or writes, as the last word of the pile. */
const PILE_NOUNS = /^(?:books|reports|papers|mocks|scripts)$/;
/**
 * Session school15: what ends a pile of pieces ("28 pieces of Year 6 writing") and essays of a year group or set ("47
 * Year 11 essays"; plain "45 essays" are a lecturer's as often).
 */
const PIECE_NOUNS = /^(?:writing|work|homework|artwork)$/;
const STRONG_PILE_NOUNS = /^(?:essays|assessments|tests|projects|portfolios|booklets|stories|homeworks)$/;
/** Words that may stand between a count and the pile: a subject, "end of term", "mock", "exercise", "science". */
const PILE_FILLER = /^(?:end|of|term|mock|exercise|school|maths|math|english|science|history|geography|re|french|spanish|german|art|music|computing|physics|chemistry|biology|literacy|writing|reading|homework|topic|gcse|sats|practice)$/;
/** What makes a pile the writer's work, after it: "marked", "to mark", "to write", "left", "done". */
const PILE_AFTER = /^\s*(?:marked(?!\s+(?:down|up|as|half|at|for\s+sale|in\s+the\s+sale))|moderated|to\s+(?:mark|moderate|write|finish|check|do|get\s+through)|left|written|done|finished|checked|sorted|on\s+(?:my|the)\s+(?:kitchen\s+)?table|before|since|this\s+weekend|over\s+the\s+weekend|tonight|in\s+a\s+(?:free|frees|ppa))\b/i;
const PILE_BEFORE = /^(?:marked|marking|mark|wrote|writing|write|written|finished|through|got|done|only|another|still)$/;

/**
 * The end of a pile of pupils' work starting at the count at word i ("30 sets of reports", "28 books", "90 mock
 * papers", "26 sets of Year 5 reports"), or -1, with whether it has its own school sign (sets, a year group, mocks).
 */
function pileAt(words: readonly Word[], i: number): { end: number; strong: boolean } | null {
  const w = words[i]!;
  const sets = words[i + 1]?.norm === 'sets' && words[i + 2]?.norm === 'of';
  // "28 pieces of Year 6 writing": pieces of pupils' work, like sets (a few pieces are not a pile).
  const pieces = words[i + 1]?.norm === 'pieces' && words[i + 2]?.norm === 'of';
  // "Three sets of Year 11 mocks": a few sets are a pile too, but only with a year group or mocks after (below).
  const few = sets && SMALL_COUNT.test(w.norm);
  if (!((/^\d{2,3}$/.test(w.norm) && Number(w.norm) >= 15) || BIG_WORDS.test(w.norm) || few)) return null;
  let k = i + 1;
  let strong = false;
  if (sets) {
    k += 2;
    strong = !few;
  } else if (pieces) k += 2;
  const y = yearEnd(words, k);
  if (y > 0 && words[k]!.norm !== 'reception' && words[k]!.norm !== 'nursery') {
    k = y;
    strong = true;
  }
  for (let j = k; j < k + 4 && j < words.length; j++) {
    const x = words[j]!;
    if (x.prefix || x.sentenceStart) return null;
    if (pieces && PIECE_NOUNS.test(x.norm)) return { end: j + 1, strong };
    // A year group's or a set's work of other kinds: "47 Year 11 essays", "31 Year 9 assessments", "30 Year 4 projects".
    if (strong && STRONG_PILE_NOUNS.test(x.norm)) return { end: j + 1, strong };
    if (PILE_NOUNS.test(x.norm)) {
      const filler = words.slice(k, j).map((m) => m.norm);
      // "papers" only as mock or exam papers, "reports" with the sets or a year group or end of term: "12 discharge
      // reports" and "30 quarterly reports" are other jobs' (the filler list has no such words).
      if (x.norm === 'papers' && !filler.includes('mock') && !strong) return null;
      if (filler.includes('mock') || x.norm === 'mocks') strong = true;
      if (filler.includes('exercise') || filler.includes('term')) strong = true;
      if (few && !strong) return null;
      return { end: j + 1, strong };
    }
    if (!PILE_FILLER.test(x.norm)) return null;
  }
  return null;
}

/** Teaching processes only a school runs on its staff, by first word. */
function processEnd(doc: Doc, words: readonly Word[], i: number): number {
  const w = words[i]!;
  const n1 = words[i + 1]?.norm ?? '';
  const n1ok = words[i + 1] !== undefined && !words[i + 1]!.sentenceStart && !words[i + 1]!.prefix;
  switch (w.norm) {
    case 'learning':
      return n1ok && /^walks?$/.test(n1) ? i + 2 : -1;
    case 'book':
      // "Book look on Thursday", "book scrutiny", "book trawl": leaders looking through the pupils' exercise books.
      return n1ok && /^(?:looks?|scrutiny|scrutinies|trawls?)$/.test(n1) ? i + 2 : -1;
    case 'work':
      return n1ok && /^(?:scrutiny|scrutinies)$/.test(n1) ? i + 2 : -1;
    case 'mocksted':
      return i + 1;
    case 'cover':
      // "Cover work set", "a cover lesson dropped on me", "cover slips": the cover system of a school.
      // "cover work" is also an insurer's: only set, left or sent, or with school talk near.
      if (!n1ok || !/^(?:lessons?|work|slips?)$/.test(n1)) return -1;
      if (n1 === 'work' && !/^(?:set|left|written|emailed|uploaded|printed)$/.test(words[i + 2]?.norm ?? '') && !schoolContextNear(doc, i, 40, 2)) return -1;
      return i + 2;
    case 'inset': {
      // "INSET twilight", "INSET training on adaptive teaching", "INSET done": the writer at it. "our INSET day" alone
      // is a parent's day off too ("INSET day today so the kids are home").
      if (!w.upper || !n1ok) return -1;
      if (/^(?:twilight|twilights|training|session|sessions|presentation)$/.test(n1)) return i + 2;
      const day = n1 === 'day' ? i + 2 : i + 1;
      const after = doc.text.slice(words[day - 1]!.end, words[day - 1]!.end + 140);
      if (/^\W*(?:done|over|survived)\b/i.test(after) && !INSET_PARENT.test(after)) return day + 1;
      if (/^\W*today\b/i.test(after) && INSET_WORK.test(after) && !INSET_PARENT.test(after)) return day;
      return -1;
    }
    case 'booster':
    case 'intervention':
      return n1ok && /^(?:sessions?|groups?|classes|class|lessons?)$/.test(n1) && /\b(?:i|i['’]ve|i['’]m|me|my)\b/i.test(sentenceAround(doc, w)) ? i + 2 : -1;
    default:
      return -1;
  }
}

/** What staff do on an INSET day, after it: "INSET day today. Three hours on new assessment software". */
const INSET_WORK = /\b(?:hours?\s+(?:on|of)|training|cpd|safeguarding|presentation|workshop|powerpoint|briefing|colleagues|staff\s+room|staffroom|bring\s+on)\b/i;
/** A parent's INSET day: the children are home. */
const INSET_PARENT = /\b(?:kids|children|childcare|off\s+school|at\s+home|home\s+with|the\s+boys|the\s+girls|my\s+(?:son|daughter|two|three))\b/i;
/** Front desks that are not a school's Reception class. */
const RECEPTION_ELSEWHERE = /\b(?:hotel|gym|salon|spa|dentists?|vets?|office|surgery|practice|clinic|hospital|garage|spa|leisure\s+centre|front\s+desk|switchboard)\b/i;
/** How many lessons the writer covered or taught. */
const LESSON_COUNT = /^(?:[2-9]|two|three|four|five|six|seven|eight|nine|extra|back-to-back)$/;
/** Verbs of the class the writer will have: "Got Year 6 next year", "having Reception from September". */
const NEXT_YEAR_VERBS = new Set(['got', 'getting', 'having', 'have', 'moving', 'teaching', 'taking']);
/** Before "deep dive": a subject or the inspectors. */
const DEEP_DIVE_BEFORE = /^(?:ofsted|estyn|maths|math|english|science|history|geography|reading|phonics|pe|music|art|re|computing|dt|mfl|french|spanish|german|writing|curriculum|subject|eyfs|send)$/;
/** Signs that an observation is of the writer's lesson: "period 3", "lesson", "feedback", "seating plan". */
const LESSON_NEAR = /\b(?:lessons?|period\s+\d|p\d|feedback|seating\s+plans?|drop-?ins?|line\s+manager|questioning|slt|learning\s+walk)\b/i;
/** Signs that displays are classroom displays: backing paper, borders, a staple gun, the corridor, a working wall. */
const DISPLAY_NEAR = /\b(?:backing\s+paper|borders?|staple\s*guns?|staplers?|corridors?|classroom|working\s+walls?|laminat\w+|sugar\s+paper)\b/i;
const NOT_CLASSROOM_DISPLAY = /\b(?:shop|store|garden\s+centre|window|museum|gallery|exhibition|stall|market|florist|church)\b/i;
/** A colleague given a school post, in the sentence: "my colleague landed the deputy headship". */
const SCHOOL_POST = /\b(?:(?:deputy|assistant|acting|executive)\s+head(?:ship|teacher)?|headship|headteacher|head\s+of\s+(?:year|department|dept|faculty|ks\d|key\s+stage|sixth\s+form|maths|english|science)|senco|sendco|our\s+new\s+head)\b/i;
const GOT_POST = /\b(?:got|landed|bagged|been\s+(?:made|appointed|promoted|given|offered)|was\s+(?:made|appointed|promoted|offered)|promoted|appointed|offered|made)\b/i;

export const STAFF_WORK_FIRST: ReadonlySet<string> = new Set([...TAKE_VERBS, 'year', 'yr', 'reception', 'nursery', 'ks1', 'ks2', ...Array.from({ length: 13 }, (_, n) => `y${n + 1}`), ...Array.from({ length: 13 }, (_, n) => `year${n + 1}`), 'learning', 'book', 'work', 'mocksted', 'cover', 'inset', 'booster', 'intervention', 'observation', 'observations', 'observed', 'displays', 'display', 'colleague', 'working', 'got', 'getting', 'having', 'have', 'moving', 'deep', 'obs', 'partner', 'ran', 'running', 'run', 'doing', 'did', 'on', 'moved', 'changed', 'changing', 'swapped', 'swapping', 'switched', 'switching', 'forest', 'runs', 'doing']);

/**
 * Session school15: the writer running Forest School (outdoor sessions a school or nursery runs for its children):
 * "I ran my first full session", "I led a shelter build", "my group", training as its leader ("my Forest School leader
 * course", "doing the Forest School level 3").
 */
const FOREST_WRITER = /\b(?:i|i['’]ve|i['’]m|i\s+have|i\s+was)\b[^.!?\n]{0,80}?\b(?:run|ran|running|lead|led|leading|deliver(?:ed|ing)?|took|take|taking|doing)\s+(?:my|our|a|the)\s+(?:[a-z]+\s+){0,2}(?:sessions?|groups?|build|fire|course|training|level\s+3)\b|\bwith\s+my\s+(?:\w+\s+)?group\b/i;
/** A child's Forest School or someone else leading it: "My son loves Forest School", "Our Forest School leader at nursery". */
const FOREST_OTHER = /\b(?:leader|leaders|teacher|practitioner)\s+(?:at|from)\b|\b(?:he|she|they)\s+(?:comes?|came|loves?|loved|had|has|goes|went)\b/i;
/** Running a school's breakfast or after-school club: a count of children or staff life near ("at work"). */
const CLUB_CHILDREN = /\b(?:\d{2,3}|twenty|thirty|forty|fifty)\s+(?:kids|children|pupils|little\s+ones)\b|\bat\s+(?:work|school|ours|mine)\b/i;

/** Is word i a count that may open a pile? Cheap test for callers. */
export function mayOpenPile(w: Word): boolean {
  return (/^\d{2,3}$/.test(w.norm) && Number(w.norm) >= 15) || BIG_WORDS.test(w.norm) || SMALL_COUNT.test(w.norm);
}

/** The writer's school work at word i, as [first word, end word) or null. */
export function staffWorkAt(doc: Doc, words: readonly Word[], i: number): readonly [number, number] | null {
  const w = words[i]!;
  if (w.prefix) return null;
  const n = w.norm;
  // A pile of pupils' work: "30 sets of reports to write", "28 books marked", "Marked 90 mock papers".
  const pile = mayOpenPile(w) ? pileAt(words, i) : null;
  if (pile) {
    const last = words[pile.end - 1]!;
    const after = PILE_AFTER.test(doc.text.slice(last.end, last.end + 40));
    const before = i > 0 && PILE_BEFORE.test(words[i - 1]!.norm);
    // "the teachers who wrote sixty reports", "she's marked 90 books": someone else's pile.
    if (/\b(?:who|she|he|they|she['’]s|he['’]s|they['’]ve|she['’]d|he['’]d)\s+(?:has\s+|have\s+|had\s+)?(?:\w+\s+)?$/i.test(doc.text.slice(Math.max(0, w.start - 30), w.start))) return null;
    // "28 books marked" needs the marking; "30 sets of reports" and "90 mock papers" say it themselves.
    if (!(pile.strong || after || before) || (!pile.strong && last.norm === 'books' && !after && !/^(?:marked|marking|mark)$/.test(words[i - 1]?.norm ?? ''))) return null;
    // Plain "reports" ("20 reports to write") are a social worker's or a surveyor's too: only with school talk near.
    if (!pile.strong && last.norm === 'reports' && !schoolContextNear(doc, i, 40, pile.end - i)) return null;
    const around = nearText(doc, w);
    const sentence = sentenceAround(doc, w);
    // Session school15: the pile's owner is said before it ("My partner has 90 mocks to mark"); someone named after it
    // is only around ("90 mocks to mark while my partner eats his tea"). A pile with its own school sign (a year group,
    // sets, mocks) is weighed on its sentence alone: a nurse or a hospital in the sentence before is the writer's week.
    const at = sentence.indexOf(doc.text.slice(w.start, w.end));
    const owner = at >= 0 ? sentence.slice(0, at) : sentence;
    if (NOT_SCHOOL.test(pile.strong ? sentence : around) || LONG_AGO.test(around) || OTHER_PERSON.test(owner) || OTHER_DOES.test(sentence) || PARENT.test(sentence) || OWN_EXAMS.test(sentence) || BOOKS_ELSEWHERE.test(sentence)) return null;
    return [before ? i - 1 : i, pile.end];
  }
  if (TAKE_VERBS.has(n) && yearEnd(words, i + 1) > 0) {
    // "Taught Year 2 today", "I covered Reception", "Took Year 4 for the whole day": the writer took the class.
    const y = yearEnd(words, i + 1);
    const prev = words[i - 1]?.norm ?? '';
    const writer = clauseStart(doc, words, i) || /^(?:i|ive|i've|im|i'm|have|had|been|was|am|just|finally|also|then|and|today|yesterday)$/.test(prev.replace('’', "'"));
    if (!writer) return null;
    // "cover Year 6 in the news" is rare; "cover" needs to open the clause.
    if (n === 'cover' && !clauseStart(doc, words, i)) return null;
    // "taught Year 6 for 31 years", "taught Year 2 back in the 80s": looking back, not this week.
    const around = nearText(doc, w);
    const sentence = sentenceAround(doc, w);
    if (LONG_AGO.test(around) || /\bfor\s+(?:\d+|many|most|over|nearly|almost|years|decades)\b/i.test(doc.text.slice(words[y - 1]!.end, words[y - 1]!.end + 30))) return null;
    if (PARENT.test(sentence) || OTHER_PERSON.test(sentence) || NOT_SCHOOL.test(sentence)) return null;
    // "taking Year 6 SATs", "Took Year 9 options": a pupil taking them.
    if (/^(?:sats|options|exams?|gcses?|tests?|mocks?|photos?|pictures?|photographs?|off|out)$/.test(words[y]?.norm ?? '')) return null;
    // "Covering Reception at the hotel", "took Reception calls": a front desk.
    if (words[y - 1]!.norm === 'reception' && (/^(?:desk|calls?|phones?|duty|area)$/.test(words[y]?.norm ?? '') || RECEPTION_ELSEWHERE.test(sentence))) return null;
    return [i, y];
  }
  const y = yearEnd(words, i);
  if (y > 0) {
    // A year group's event opening a clause, with a sign the writer ran it.
    if (!clauseStart(doc, words, i) || /['’]s$/.test(words[i - 1]?.text ?? '')) return null;
    let e = -1;
    for (let j = y; j < y + 3 && j < words.length; j++) {
      const x = words[j]!;
      if (x.prefix || x.sentenceStart || x.possessive) break;
      if (YEAR_EVENTS.test(x.norm)) {
        e = j + 1;
        if (x.norm === 'sports' && words[j + 1]?.norm === 'day') e = j + 2;
        else if (x.norm === 'country' && words[j - 1]?.norm !== 'cross') e = -1;
        // "swimming gala", "sports day", "carol service": the whole event in the span.
        if (e > 0 && words[e] && !words[e]!.sentenceStart && YEAR_EVENTS.test(words[e]!.norm)) e++;
        break;
      }
      if (/[,;:.!?]/.test(doc.text.slice(words[j - 1]!.end, x.start))) break;
    }
    if (e < 0) return null;
    // The sentence and a little after it: "Year 3 gym display today, 28 forward rolls. Proud of them all".
    const sentence = sentenceAround(doc, w) + doc.text.slice(w.end, w.end + 200);
    const done = EVENT_DONE.test(words[e]?.norm ?? '') && !words[e]!.sentenceStart;
    if (!(done || CHILD_COUNT.test(sentence) || PROUD_ALL.test(sentence))) return null;
    if (PARENT.test(nearText(doc, w)) || OTHER_PERSON.test(sentence) || LONG_AGO.test(sentence)) return null;
    // "Reception sports day done! He came last ...", "Year 4 residential done, she's home": one child, the writer's own.
    // Session school15: also after "and"/"so": "Year 6 residential over and he is back".
    if (!CHILD_COUNT.test(sentence) && /(?:^|[.!?,;:]\s*|\s(?:and|so|now)\s+)(?:he|she|he['’]s|she['’]s|his|her)\b/i.test(doc.text.slice(words[e - 1]!.end, words[e - 1]!.end + 120))) return null;
    return [i, done ? e + 1 : e];
  }
  if (NEXT_YEAR_VERBS.has(n)) {
    // "Got Year 6 next year", "I'm having Reception from September", "moving to Year 2 in September": the class the
    // writer will teach. Only as the writer's (a clause opening or after I/I've/I'll): "My daughter has got Year 6 next
    // year" is a pupil's.
    const k = n === 'moving' && /^(?:to|into|up)$/.test(words[i + 1]?.norm ?? '') ? (words[i + 2]?.norm === 'to' ? i + 3 : i + 2) : i + 1;
    const y = yearEnd(words, k);
    if (y > 0) {
      const prev = (words[i - 1]?.norm ?? '').replace('’', "'");
      const writer = clauseStart(doc, words, i) || /^(?:i|ive|i've|im|i'm|ill|i'll|also|finally|officially)$/.test(prev);
      const when = /^\s*(?:next\s+year|in\s+september|from\s+september|after\s+(?:easter|christmas|half\s+term)|in\s+january)\b/i.test(doc.text.slice(words[y - 1]!.end, words[y - 1]!.end + 30));
      if (writer && when && !PARENT.test(nearText(doc, w)) && !OTHER_PERSON.test(sentenceAround(doc, w))) return [i, y];
    }
  }
  if (TAKE_VERBS.has(n) && n !== 'took' && n !== 'taking' && LESSON_COUNT.test(words[i + 1]?.norm ?? '') && /^(?:lessons|periods)$/.test(words[i + 2]?.norm ?? '')) {
    // "Covered three lessons", "taught five periods straight": the writer's timetable.
    const prev = (words[i - 1]?.norm ?? '').replace('’', "'");
    // "three lessons of my driving course": someone else's lessons, taken.
    if (words[i + 3]?.norm === 'of' || OWN_EXAMS.test(sentenceAround(doc, w)) || /\b(?:driving|swimming|piano|guitar|dance|riding)\b/i.test(sentenceAround(doc, w))) return null;
    if ((clauseStart(doc, words, i) || /^(?:i|ive|i've|just|also|then|and)$/.test(prev)) && !NOT_SCHOOL.test(nearText(doc, w)) && !LONG_AGO.test(nearText(doc, w))) return [i, i + 3];
  }
  if (/^(?:ran|running|run|doing|did|on)$/.test(n) && /^detentions?$/.test(words[i + 1]?.norm ?? '') && !words[i + 1]!.sentenceStart) {
    // "ran detention", "on detention again": a school's after-school sanction, run by staff ("on" only with the writer:
    // "my son is on detention" is a pupil's).
    const sentence = sentenceAround(doc, w);
    if (n === 'on' && !/^(?:duty|again|today|tonight|rota)$/.test(words[i + 2]?.norm ?? '')) return null;
    if (PARENT.test(sentence) || OTHER_PERSON.test(sentence) || /\b(?:he|she|they)\s+(?:is|was|were|are|got|had)\b/i.test(sentence)) return null;
    return [i, i + 2];
  }
  if (/^(?:moved|moving|changed|changing|swapped|swapping|switched|switching)$/.test(n) && words[i + 1]?.norm === 'year' && words[i + 2]?.norm === 'groups') {
    // "I've moved year groups": staff are moved between year groups; a pupil moves up a year.
    if (OTHER_PERSON.test(sentenceAround(doc, w)) || PARENT.test(sentenceAround(doc, w))) return null;
    return [i, i + 3];
  }
  if (n === 'deep' && words[i + 1]?.norm === 'dive' && !words[i + 1]!.sentenceStart) {
    // "History deep dive tomorrow", "an Ofsted deep dive in maths": inspectors' look at one subject. "a deep dive into the
    // sales data" is anyone's.
    const prev = words[i - 1];
    const after = doc.text.slice(words[i + 1]!.end, words[i + 1]!.end + 30);
    if ((prev && !prev.prefix && DEEP_DIVE_BEFORE.test(prev.norm)) || /^\s+(?:in|on)\s+(?:maths|english|science|history|geography|reading|phonics|pe|music|art|re|computing|dt|mfl|french|spanish)\b/i.test(after)) {
      return [prev && DEEP_DIVE_BEFORE.test(prev.norm) ? i - 1 : i, i + 2];
    }
    return null;
  }
  if (n === 'obs' && (words[i - 1]?.norm === 'lesson' || words[i - 1]?.norm === 'my') && !w.sentenceStart) {
    // "Lesson obs tomorrow p2", "my obs went well": a lesson observation, as staff shorten it.
    // "after that lesson obs", "his lesson obs": someone else's.
    if (NOT_SCHOOL.test(nearText(doc, w)) || /^(?:that|his|her|their|your)$/.test(words[i - 2]?.norm ?? '')) return null;
    return [i - 1, i + 1];
  }
  if (n === 'partner' && words[i - 1]?.norm === 'group' && words[i - 2]?.norm === 'year' && /^(?:my|our)$/.test(words[i - 3]?.norm ?? '')) {
    // "My year group partner": the teacher of the parallel class.
    return [i - 3, i + 1];
  }
  if ((n === 'working' || n === 'teaching') && /^(?:in|at)$/.test(words[i + 1]?.norm ?? '') && words[i + 2]?.norm === 'a') {
    // "The problem with working in a primary is ...", "teaching in a secondary for ten years": the writer's workplace by
    // its kind ("I work in a secondary" is staff-identity's).
    const kind = words[i + 3];
    const next = words[i + 4]?.norm ?? '';
    if (!kind || !/^(?:primary|secondary|comp|comprehensive|pru|infants|juniors)$/.test(kind.norm) || /^(?:care|colour|color|role|source|school|election|healthcare|industry|sector)$/.test(next)) return null;
    if (kind.norm === 'pru' && !kind.upper) return null;
    const before = doc.text.slice(Math.max(0, w.start - 40), w.start);
    if (/\b(?:he|she|they|who|mum|dad|sister|brother|wife|husband|partner|friend|daughter|son)\b[^.!?]*$/i.test(before) || LONG_AGO.test(nearText(doc, w))) return null;
    return [i, i + 4];
  }
  if (n === 'observation' || n === 'observations' || n === 'observed') {
    // "Observation tomorrow period 3", "Observed today!!! Feedback was ...": the writer's lesson observed.
    const sentence = sentenceAround(doc, w);
    const next = doc.text.slice(w.end, w.end + 160);
    if (!LESSON_NEAR.test(sentence) && !LESSON_NEAR.test(next)) return null;
    if (n === 'observed' && !clauseStart(doc, words, i) && !/^(?:been|being|was|got|get|getting)$/.test(words[i - 1]?.norm ?? '')) return null;
    const around = nearText(doc, w);
    if (NOT_SCHOOL.test(around) || OTHER_PERSON.test(sentence) || PARENT.test(sentence)) return null;
    return [i, i + 1];
  }
  if (n === 'displays' || n === 'display') {
    // "Finally finished my displays for the corridor", "my class display ... backing paper".
    const prev = words[i - 1]?.norm ?? '';
    const prev2 = words[i - 2]?.norm ?? '';
    const mine = prev === 'my' || ((prev === 'class' || prev === 'classroom' || prev === 'corridor') && prev2 === 'my');
    if (!mine) return null;
    const sentence = sentenceAround(doc, w);
    if (!DISPLAY_NEAR.test(sentence) || NOT_CLASSROOM_DISPLAY.test(sentence)) return null;
    return [prev === 'my' ? i - 1 : i - 2, i + 1];
  }
  if (n === 'colleague') {
    // "my colleague has landed the deputy headship", "my colleague just got the assistant head job".
    if (words[i - 1]?.norm !== 'my' && words[i - 1]?.norm !== 'our') return null;
    const sentence = sentenceAround(doc, w);
    const at = sentence.indexOf(doc.text.slice(w.start, w.end));
    const rest = at >= 0 ? sentence.slice(at) : sentence;
    if (!SCHOOL_POST.test(rest) || !GOT_POST.test(rest) || PARENT.test(sentence) || NOT_SCHOOL.test(sentence)) return null;
    return [i - 1, i + 1];
  }
  if (n === 'forest' && words[i + 1]?.norm === 'school' && w.cap && !words[i + 1]!.sentenceStart) {
    const sentence = sentenceAround(doc, w);
    if (!FOREST_WRITER.test(sentence) || FOREST_OTHER.test(sentence) || PARENT.test(sentence) || OTHER_PERSON.test(sentence) || LONG_AGO.test(sentence)) return null;
    return [i, i + 2];
  }
  if (/^(?:running|run|ran|runs|doing|did)$/.test(n) && /^(?:the|our)$/.test(words[i + 1]?.norm ?? '')) {
    // "running the breakfast club at work", "ran the after school club, 30 kids": the writer runs the school's club.
    let k = i + 2;
    if (words[k]?.norm === 'after' && words[k + 1]?.norm === 'school') k += 2;
    else if (words[k]?.norm === 'breakfast' || words[k]?.norm === 'afterschool') k += 1;
    else return null;
    if (words[k]?.norm !== 'club' || words[k]!.sentenceStart) return null;
    const sentence = sentenceAround(doc, w) + doc.text.slice(words[k]!.end, words[k]!.end + 80);
    const prev = (words[i - 1]?.norm ?? '').replace('’', "'");
    if (/^(?:mum|mom|dad|nan|she|he|they|who|sister|brother|friend|wife|husband|partner)$/.test(prev) || !CLUB_CHILDREN.test(sentence) || PARENT.test(sentence) || OTHER_PERSON.test(sentence) || NOT_SCHOOL.test(sentence) || /\b(?:cycling|running\s+club|walking\s+group|church|chapel|community|riders?|runners?|members|veterans|café|cafe)\b/i.test(sentence)) return null;
    return [i, k + 1];
  }
  const e = processEnd(doc, words, i);
  if (e < 0) return null;
  // "a learning walk round the nature reserve", "Book look at the library with the kids": a family's outing. After a
  // place word, only a school's places count ("learning walk round the school", "in Year 3").
  const place = /^\s+(?:round|around|in|through|along|at|to)\s+(?:the\s+|a\s+|our\s+)?([a-z]+)/i.exec(doc.text.slice(words[e - 1]!.end, words[e - 1]!.end + 40));
  if ((n === 'learning' || n === 'book') && place && !/^(?:school|classrooms?|corridors?|department|dept|building|site|key|ks\d|year|y\d+|eyfs|reception|nursery|ours|mine|faculty|maths|english|science|history|geography|phonics|reading|writing|sen|send|base|unit)$/i.test(place[1]!)) return null;
  if (/\bwith\s+(?:the\s+|my\s+|our\s+)?(?:kids|grandkids|children|family|little\s+ones|grandchildren)\b/i.test(doc.text.slice(words[e - 1]!.end, words[e - 1]!.end + 60))) return null;
  // A governor's learning walk or book look, a parent's view of one.
  const around = nearText(doc, w);
  if (/\bgovernors?\b/i.test(around) || PARENT.test(sentenceAround(doc, w))) return null;
  return [i, e];
}
