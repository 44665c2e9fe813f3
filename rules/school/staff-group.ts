import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords, schoolContextNear, type Word } from '../../lib/engine/context/index.ts';
import { WordFacts } from '../pupil/shared/word-facts.ts';
import { mayStartRole, roleEnd, roleFirstOf, writerRoleAt } from './shared/writer-role.ts';
import { EVENT_FIRST, writerEventAt } from './shared/writer-event.ts';
import { mayOpenPile, STAFF_WORK_FIRST, staffWorkAt } from './shared/staff-work.ts';

/**
 * The writer's school group or a job only a school has, said without "my" (issue 11, session places6): the
 * settled convention counts a staff role or school group tied to the writer as school identification, and staff
 * tie them in more ways than "my class":
 *
 * - a year group in the short plural only its teachers use: "the Y6s performed", "the yr 3s discovered worms";
 * - a class code after what a teacher does with a class: "covering 9b2", "teaching 7R3 tomorrow";
 * - a job no other employer has, as "our"/"my": "our midday supervisors", "our teaching assistants", "our cover
 *   supervisor", "our learning mentors", "our site manager" (not on a building site);
 * - a school post the writer holds, after "As": "As head of year 7 I ...", "As form tutor to 11 teenagers".
 *
 * Left alone: "the Year 11s" written out (a parent's or a rival team's view as often), a parent's view ("the Y6s at
 * my son's school"), a lollipop lady and a site team (a council's, anyone's), distances and sums ("covering 5k", "8x3 is 24"),
 * the same jobs elsewhere ("our site manager says the flats ..."), "as head of the household".
 */

/** Words that make the writer a parent near a match: the year group is their child's. */
const PARENT = /\bmy\s+(?:(?:little|eldest|youngest|middle|oldest)\s+)?(?:son|daughter|sons|daughters|child|children|kids?|boy|girl|boys|girls|twins|stepson|stepdaughter|little\s+one|eldest|youngest)(?:['’]s)?\b/i;
/** A year group in the plural: "Y6s", "yr3s" (one word) or "Year 10s", "yr 3s" (two). */
const YEAR_PLURAL_ONE = /^(?:y|yr|year)(?:[1-9]|1[0-3])s$/;
const SHORT_YEAR = new Set(['yr', 'y']);
const YEAR_NUM_PLURAL = /^(?:[1-9]|1[0-3])s$/;

/** What a teacher does with a class, before its code. */
const CLASS_VERBS = new Set(['covering', 'cover', 'covered', 'teaching', 'teach', 'taught', 'registering', 'register']);
/** A class code: a year and a form letter or two, maybe a set number ("9b2", "7R3", "10Y", "8X"). */
const CLASS_CODE = /^(?:[1-9]|1[0-3])([a-z]{1,2})(\d?)$/;
/** Letters after a number that are units, not forms, unless a set number follows ("5k", "10mg", "3pm"). */
const UNITS = new Set(['k', 'm', 'g', 'l', 'p', 's', 'x', 'km', 'kg', 'mg', 'ml', 'cm', 'mm', 'gb', 'mb', 'hz', 'am', 'pm', 'th', 'st', 'nd', 'rd', 'mph', 'ft', 'in', 'lb', 'lbs', 'oz', 'hr', 'hrs', 'yr', 'yrs']);

/** Jobs only a school has: first word(s) -> the heads that complete them. */
const JOBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['teaching', ['assistant', 'assistants', 'staff', 'team']],
  ['learning', ['support', 'mentor', 'mentors']],
  ['classroom', ['assistant', 'assistants']],
  ['midday', ['supervisor', 'supervisors', 'assistant', 'assistants', 'staff', 'team', 'ladies']],
  ['lunchtime', ['supervisor', 'supervisors', 'assistant', 'assistants', 'staff', 'team', 'ladies', 'organisers']],
  ['cover', ['supervisor', 'supervisors', 'teacher', 'teachers', 'manager']],
  ['exams', ['officer', 'officers', 'team']],
  ['exam', ['invigilators', 'invigilator']],
  ['attendance', ['officer', 'officers', 'team']],
  ['site', ['manager', 'managers']],
  ['premises', ['manager', 'officer']],
  ['form', ['tutors', 'tutor']],
  ['heads', ['of']],
  ['pastoral', ['team', 'lead', 'leads', 'manager', 'staff']],
  ['family', ['liaison', 'support']],
  ['hltas', []],
  ['hlta', []],
  ['science', ['technician', 'technicians']],
  ['dsl', []],
  ['dsls', []],
  ['sbm', []],
  ['invigilators', []],
  ['tas', []],
  ['lsas', []],
]);
/** Words between "our" and the job: "our brilliant midday supervisors", "our new cover supervisor". */
const ADJECTIVES = new Set(['fellow', 'new', 'lovely', 'amazing', 'wonderful', 'brilliant', 'fab', 'fabulous', 'fantastic', 'incredible', 'super', 'hardworking', 'hard-working', 'wonderful', 'tireless', 'unsung', 'poor', 'long-suffering', 'whole', 'dedicated']);
/** Quizzes and contests a subject's team enters: "the whole maths team won the quiz". */
const QUIZ = /\b(?:quiz|challenge|olympiad|competition|contest|league|tournament|team\s+building)\b/i;
/** Session school14: words between "the" and a staff team: "the whole lovely maths team", "the entire English department". */
const TEAM_ADJECTIVES = new Set([...ADJECTIVES, 'entire', 'gorgeous', 'beautiful', 'awesome', 'marvellous', 'glorious', 'mighty', 'trusty', 'ace', 'legendary', 'magnificent', 'superb', 'excellent', 'kind', 'lovely', 'fabulous']);
/** A building site, a development, a company: "our site manager" there is a builder's. */
const BUILDING = /\b(?:flats|build|builders?|building\s+(?:site|job|work)|construction|development|houses|homes|scaffold\w*|crane|contractors?|warehouse|factory|depot|plant|office\s+block|customers?|clients?|store|branch)\b/i;
/** Only uppercase short jobs are jobs ("TAs", not "tas"). */
const UPPER_ONLY = new Set(['tas', 'lsas', 'hltas', 'hlta', 'dsl', 'dsls', 'sbm']);

/** A post after "As" at the start of a clause: "As head of year 7", "As form tutor", "As SENCo". */
const AS_ROLES: ReadonlyMap<string, readonly string[] | null> = new Map([
  ['head', ['of']],
  ['deputy', ['head', 'headteacher']],
  ['assistant', ['head', 'headteacher']],
  ['form', ['tutor']],
  ['class', ['teacher']],
  ['senco', null],
  ['sendco', null],
  ['headteacher', null],
  ['dsl', null],
  ['hlta', null],
  ['ta', null],
  ['exams', ['officer']],
  ['phase', ['leader', 'lead']],
  ['subject', ['leader', 'lead']],
  ['key', ['stage']],
]);
/** After "head of": what makes it a school post ("head of year 7", "head of maths", "head of department"). */
const HEAD_OF = new Set(['year', 'yr', 'ks1', 'ks2', 'ks3', 'ks4', 'ks5', 'key', 'sixth', 'department', 'dept', 'faculty', 'house', 'science', 'maths', 'math', 'english', 'history', 'geography', 'music', 'art', 'pe', 're', 'mfl', 'languages', 'humanities', 'computing', 'drama', 'dt', 'pshe', 'physics', 'chemistry', 'biology', 'french', 'spanish', 'german', 'eyfs', 'inclusion', 'send', 'sen', 'lower', 'upper', 'school', 'juniors', 'infants', 'phase']);
const UPPER_ROLES = new Set(['dsl', 'hlta', 'ta']);

/** School jobs before "life" ("Teaching assistant life: glue sticks and plasters", "SENCo life"). */
const LIFE_ROLES = new Set(['ta', 'senco', 'sendco', 'hlta', 'nqt', 'ect', 'headteacher']);
/** Counts before a year group: "50 Year 8s", "sixty Y9s", "thirty Year 6s" (a parent does not count a year group). */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'dozen']);
/** School-only duties: "bus duty", "playground duty", "gate duty"; "lunch duty" and the like only away from other workplaces. */
const DUTY_SCHOOL = new Set(['bus', 'gate', 'playground', 'corridor', 'yard', 'detention', 'toilet', 'field', 'cloakroom', 'lunchhall', 'dinnerhall']);
const DUTY_ANY = new Set(['lunch', 'lunchtime', 'dinner', 'break', 'breaktime', 'morning', 'afternoon', 'after-school', 'wet', 'rainy', 'canteen']);
/**
 * The words a match can open with (a count, a duty's kind, a job, "the", "our", "my", "as", a verb of teaching a
 * class ...), as 1 for each word of the post, by word index; worked out once per distinct word across posts.
 */
/** Pupils' work a teacher marks: "marking my Year 10 mocks", "marked the 9X3 essays". */
const MARKED_WORK = new Set(['mocks', 'mock', 'books', 'essays', 'papers', 'tests', 'assessments', 'reports', 'homework', 'homeworks', 'coursework', 'exams', 'scripts', 'tests', 'writing', 'assessment', 'nea', 'controlled']);
/** The end of a year group or class code at word k ("Year 10", "Y8", "yr 3", "9X3"), or -1. */
function yearGroupEnd(words: readonly Word[], k: number): number {
  const w = words[k];
  if (!w || w.prefix) return -1;
  if ((w.norm === 'year' || w.norm === 'yr') && /^(?:[1-9]|1[0-3])s?$/.test(words[k + 1]?.norm ?? '')) return k + 2;
  if (/^(?:y|yr|year)(?:[1-9]|1[0-3])s?$/.test(w.norm)) return k + 1;
  if (CLASS_CODE.test(w.norm) && /[A-Z]/.test(w.text)) return k + 1;
  return -1;
}
/**
 * Session places11: what the writer does with a year group's trip ("Leading the Year 10 geography field trip", "on the
 * Year 8 trip", "Off with the Year 6 residential", "Back from the Year 7 residential").
 */
const TRIP_VERBS = new Set(['leading', 'led', 'taking', 'took', 'take', 'taken', 'brought', 'bringing', 'on', 'with', 'from', 'running', 'organising', 'organizing', 'planning']);
/** A trip word after a year group and up to two words of subject: "trip", "residential", "field trip", "visit". */
const TRIP = new Set(['trip', 'residential', 'visit', 'camp', 'trips', 'residentials']);
/** Words after "Year 6 residential" opening a clause that make it the writer's diary: "next week", "tomorrow", "prep". */
const TRIP_DIARY = new Set(['next', 'tomorrow', 'today', 'tonight', 'this', 'starts', 'prep', 'planning', 'mode', 'done', 'over', 'and', 'week', 'day', 'eve', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** After a trip: one child (he or she) opening the next clause, as a parent tells of their own child coming home. */
const CHILD_BACK = /^[^.!?\n]{0,20}?(?:[,;:!.]\s*|\s(?:and|so|now)\s+)(?:he|she)(?:['’]s|\s+is|\s+was|\s+has)?\s+(?:(?:fast|sound|now|finally|safely|very|so|totally|completely)\s+)?(?:home|back|asleep|exhausted|shattered|knackered|filthy|safe|in\s+bed)\b/i;
/** Words after "Year 11 reports" opening a clause that make them the writer's work: "due tomorrow", "done", "finished". */
const REPORTS_DIARY = /^(?:due|done|finished|deadline|written|sent|submitted|tonight|today|tomorrow|this|all|and|are|week|weekend)$/;
/** Report comments finished: "Year 3 comments are done". */
const COMMENTS_DONE = /^(?:done|finished|written|due|sent|submitted|complete|completed|checked|proofread)$/;
/** Writing a year group's reports: "writing Year 10 reports", "finished my Y6 reports". */
const REPORT_VERBS = new Set(['writing', 'wrote', 'written', 'write', 'finished', 'finishing', 'finish', 'doing', 'proofreading', 'proofing', 'checking']);
/** Words a year group or phase opening a clause starts with ("Year 4 team, ...", "Year 6 residential next week"). */
const YEAR_FIRST = ['year', 'yr', 'ks1', 'ks2', 'ks3', 'ks4', 'ks5', 'eyfs', 'reception', 'nursery', 'early', ...Array.from({ length: 13 }, (_, n) => `y${n + 1}`), ...Array.from({ length: 13 }, (_, n) => `yr${n + 1}`), ...Array.from({ length: 13 }, (_, n) => `year${n + 1}`)];
/** Subjects a department is named by: "the maths dept at mine", "the science department at my school". */
const DEPT_SUBJECTS = new Set(['maths', 'math', 'english', 'science', 'history', 'geography', 'humanities', 'languages', 'mfl', 'music', 'art', 'drama', 'computing', 'pe', 're', 'dt', 'technology', 'design', 'physics', 'chemistry', 'biology', 'sen', 'send', 'inclusion', 'pastoral', 'arts', 'expressive', 'creative', 'modern']);
/** After a team: the writer's school ("at mine", "at ours", "at my school", "at my place"). */
const AT_MINE = /^\s+at\s+(?:mine|ours|my\s+(?:school|place|work|academy|primary|secondary)|our\s+(?:school|place|academy|primary))\b/i;
/** Someone else close to the writer, whose trip or job it is: "My brother's on the Year 7 residential". */
const OTHER_PERSON = /\bmy\s+(?:[a-z]+\s+)?(?:brother|sister|friend|mate|partner|wife|husband|mum|mom|dad|mother|father|niece|nephew|cousin|aunt|auntie|uncle|neighbour|bestie|boyfriend|girlfriend|grandson|granddaughter|grandchild|grandkids?)(?:['’]s|\s+is|\s+was)\b/i;
/** Characters either side of a match within which a parent, someone else or long ago makes it not the writer's (session school12). */
const NEAR = 150;
/** Characters either side of a match within which another workplace or a sport makes a team or a duty not a school's. */
const WIDE = 300;
const FIRST_PERSON = /\b(?:i|me|my|i['’]m|i['’]ve|i['’]ll|myself)\b/i;
/** The writer as a pupil long ago: "On the Year 6 residential in 1998", "back in 2004", "when I was in Year 8". */
const LONG_AGO = /\b(?:when\s+i\s+was|back\s+in|years\s+ago|(?:19|20)\d\d|as\s+a\s+(?:kid|child|pupil|teenager)|i\s+was\s+in\s+(?:year|yr))\b/i;
/** A year group's sports team (pupils): "Our Year 5 team won the cup", "Year 10 team, what a match!". */
const SPORT = /\b(?:won|win|wins|beat|lost|match|matches|cup|league|tournament|final|fixture|football|netball|rugby|hockey|cricket|basketball|score[ds]?|goals?|trophy|champions?|coach|gala|swimming|relay|race|athletics|cross\s+country)\b/i;
/** A department somewhere other than a school: "our maths department at work", "the English department at the university". */
const NOT_SCHOOL_DEPT = /\b(?:at\s+work|uni|university|universities|college|company|firm|accountants?|head\s+office|hq|council|hospital|nhs)\b/i;
/** The end of "<subject> dept/department/faculty" starting at word k, or -1. */
function deptEnd(words: readonly Word[], k: number, team = false): number {
  const w = words[k];
  if (!w || w.prefix || !DEPT_SUBJECTS.has(w.norm)) return -1;
  if ((w.norm === 'pe' || w.norm === 're' || w.norm === 'dt') && !w.upper) return -1;
  // "team" only where "at mine" follows ("Pastoral team at mine"): "our maths team" is as often a quiz team.
  return (team ? /^(?:dept|department|faculty|team)$/ : /^(?:dept|department|faculty)$/).test(words[k + 1]?.norm ?? '') && !words[k + 1]!.sentenceStart ? k + 2 : -1;
}
/** The end of a year group's trip starting at word k ("Year 10 geography field trip", "Y6 residential"), or -1. */
function tripEnd(words: readonly Word[], k: number): number {
  const y = yearGroupEnd(words, k);
  if (y < 0 || /s$/.test(words[y - 1]!.norm)) return -1;
  for (let j = y; j < y + 3 && j < words.length; j++) {
    const x = words[j]!;
    if (x.prefix || x.sentenceStart) return -1;
    if (TRIP.has(x.norm)) return j + 1;
    if (x.norm === 'field' && /^trips?$/.test(words[j + 1]?.norm ?? '')) return j + 2;
  }
  return -1;
}

/**
 * Session school13: the writer's school post said as what they are to a class: "proud to be their music teacher",
 * "being their form tutor", "As their class teacher I can confirm", "two years as their head of year". Only after a
 * word that makes the writer the one with the post (be/being/am/as ...): "their form tutor said" is a parent's hearsay.
 */
const BE_THEIR = /^(?:be|being|am|im|as|been|was)$/;
/** A verb after "as their <post>" that makes the post someone else's: "As their class teacher said at parents evening". */
const SAID_AFTER = /^(?:said|says|told|tells|explained|explains|put\s+it|mentioned|wrote|emailed|rang|called|thinks|thought|reckons|would|will|knows|has|had|is|was)$/;
/** Words before "as their" that make the post the writer's: a stretch of time ("four years as their TA"), pride. */
const AS_AFTER = /^(?:years?|months?|terms?|weeks?|days?|time|now|proud|honoured|privilege)$/;
/** What the writer is to them, besides the posts roleEnd knows: "their teacher", "their TA". */
const THEIR_SINGLE = /^(?:teacher|ta|hlta|lsa|senco|sendco|tutor)$/;
/**
 * Session school13: school work named by its season, as staff name their weeks: "Mock marking weekend", "report writing
 * season", "Data drop week", "parents' evening season", "SATs week". First word -> the words that may follow before the
 * season word. "Mock week", "SATs week", "reports season" and "marking season" are left alone (a pupil's family, a lecturer say them too).
 */
const SEASON = /^(?:week|weekend|season|fortnight|month|weeks|weekends)$/;
const SEASON_WORK: ReadonlyMap<string, RegExp> = new Map([
  ['mock', /^(?:exams?\s+)?(?:marking|results|moderation|invigilation)$/],
  ['mocks', /^(?:marking|results|moderation|invigilation)$/],
  ['data', /^(?:drop|drops)$/],
  ['report', /^(?:writing)$/],
  ['parents', /^(?:evening|evenings)$/],
  ['parent', /^(?:evening|evenings)$/],
]);
/** Places where the same weeks are someone else's work: a university's assessment, a company's reports. */
const NOT_SCHOOL_WORK = /\b(?:uni|university|universities|college|lecturers?|lecturing|company|firm|clients?|accounts|audit|quarterly|annual\s+report)\b/i;
/** The end of a school-work season starting at word i ("Mock marking weekend"), or -1. */
function seasonEnd(words: readonly Word[], i: number): number {
  const w = words[i]!;
  const middle = SEASON_WORK.get(w.norm);
  if (!middle || w.prefix) return -1;
  // Up to two words between the work and the season: "Mock exam marking weekend", "report writing season".
  for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
    const x = words[k]!;
    if (x.prefix || x.sentenceStart) return -1;
    if (SEASON.test(x.norm)) return middle.test(words.slice(i + 1, k).map((m) => m.norm).join(' ')) ? k + 1 : -1;
  }
  return -1;
}
/**
 * Session school13: the writer's academy or trust named as staff name their employer, capitalised and possessive, with
 * a school's rules after it: "The Academy's new detention policy", "the Trust's new behaviour policy". A trust's
 * policy needs a school-only subject (an NHS trust has uniform and phone policies too); any academy policy counts, but
 * not a sports academy's, nor where a parent is near ("The Academy's new phone policy ... my son").
 */
const EMPLOYER_POSSESSIVE = /^(?:Academy|Trust|MAT)['’]s$/;
const SCHOOL_RULE_SUBJECTS = /^(?:behaviour|detention|detentions|homework|sanctions?|exclusions?|marking|feedback|curriculum|inset|ofsted|attendance|uniform|phone|mobile|reading|lesson|planning|assessment|exams?|send|sen)$/;
const TRUST_ONLY_SUBJECTS = /^(?:behaviour|detention|detentions|homework|sanctions?|exclusions?|marking|feedback|curriculum|inset|ofsted|lesson|planning)$/;
/** Academies that are not schools: a sports club's, a dance school's, the police's. */
const NOT_SCHOOL_ACADEMY = /\b(?:football|rugby|cricket|netball|hockey|tennis|golf|squad|coach|kit|under\s*\d+s?|u\d+s?|league|dance|ballet|police|stage\s+school|drama\s+club)\b/i;
const RULES_WORDS = /^(?:policy|policies|rules?|system|guidance|expectations|procedures?)$/;
/** School jobs in the plural after "the other": "me and the other HLTAs", "the other TAs and I". */
const OTHER_JOBS = /^(?:tas|hltas|lsas|teachers|sencos|ects|nqts|invigilators|governors|tutors)$/;
const OPENING_WORDS: ReadonlySet<string> = new Set([...SEASON_WORK.keys(), 'their', ...DEPT_SUBJECTS, ...TRIP_VERBS, ...REPORT_VERBS, ...YEAR_FIRST, 'other', 'marking', 'marked', 'invigilation', 'invigilating', 'head', 'senco', 'sendco', 'hlta', 'assistant', 'teacher', 'the', 'our', 'my', 'as', ...COUNT_WORDS, ...DUTY_SCHOOL, ...DUTY_ANY, ...UPPER_ROLES, ...JOBS.keys(), ...LIFE_ROLES, ...CLASS_VERBS]);
const YEAR_FIRST_SET: ReadonlySet<string> = new Set(YEAR_FIRST);
const OPENS = new WordFacts((w: string): number => ((/^\d{1,3}$/.test(w) && Number(w) >= 2) || OPENING_WORDS.has(w) ? 1 : 0));
/** OTHER_WORKPLACE without "office" (a school has one too), for "our office ladies". */
const OTHER_WORKPLACE_NOT_OFFICE = /\b(?:hospital|ward|shop|store|restaurant|pub|factory|warehouse|care\s+home|depot|airport|surgery|clinic|hotel|gym|leisure\s+centre|station|council|bank|firm|company)\b/i;
const OTHER_WORKPLACE = /\b(?:hospital|ward|canteen|shop|store|restaurant|pub|bar|factory|warehouse|office|care\s+home|depot|airport|surgery|clinic|hotel|gym|leisure\s+centre|station|on\s+call)\b/i;
/** Words after a school job that make it the writer's day: "Cover supervisor again today", "Head of Year 10 life". */
const DIARY_AFTER = new Set(['again', 'today', 'tonight', 'tomorrow', 'this', 'life', 'duty', 'duties', 'mode', 'problems', 'hat', 'day', 'week', 'morning', 'afternoon', 'all', 'refresher', 'training', 'cases', 'meeting', 'meetings', 'paperwork']);
/** Exam words that make invigilation a school's: "invigilation for the Year 11 mocks", "invigilating GCSE maths". */
const SCHOOL_EXAMS = /\b(?:mocks?|gcses?|sats|a-?levels?|btecs?|year\s*(?:[1-9]|1[0-3])s?|y(?:[1-9]|1[0-3])s?|yr\s*(?:[1-9]|1[0-3])s?)\b/i;
const REASON = 'This tells readers you work in a school. On a personal account, details like this can identify your school and your pupils.';

/** The post is written from the staff side: the staffroom, colleagues, planning, cover, INSET. */
const STAFF_SIDE = /\b(?:staff\s*room|colleagues?|inset|ppa|planning|marking|cover|briefing|my\s+class|i\s+teach|team\s+meeting)\b/i;
/** Staff of a year group or phase: "Year 2 team", "Reception team" (capitalised), "KS2 staff", "EYFS teachers". */
const PHASE_STAFF = new Set(['team', 'teams', 'staff', 'teachers', 'tas', 'department', 'colleagues']);
/** The end of "<year group or phase> team" starting at word k, or -1. */
function phaseTeamEnd(words: readonly Word[], k: number): number {
  const w = words[k];
  if (!w || w.prefix) return -1;
  let end = -1;
  if ((w.norm === 'year' || w.norm === 'yr') && /^(?:[1-9]|1[0-3])$/.test(words[k + 1]?.norm ?? '')) end = k + 2;
  else if (/^(?:y|yr|year)(?:[1-9]|1[0-3])$/.test(w.norm) || /^(?:ks[1-5]|eyfs)$/.test(w.norm)) end = k + 1;
  else if ((w.norm === 'reception' || w.norm === 'nursery') && w.cap && !w.sentenceStart) end = k + 1;
  else if (w.norm === 'early' && words[k + 1]?.norm === 'years') end = k + 2;
  else if (w.norm === 'key' && words[k + 1]?.norm === 'stage' && /^[1-5]$/.test(words[k + 2]?.norm ?? '')) end = k + 3;
  if (end < 0 || !PHASE_STAFF.has(words[end]?.norm ?? '') || words[end]!.sentenceStart) return -1;
  return end + 1;
}

/** Is there a clause break (start of text or punctuation) just before word i? */
function clauseStart(doc: Doc, words: readonly Word[], i: number): boolean {
  if (i === 0) return /^[\s"“'‘(]*$/.test(doc.text.slice(0, words[0]!.start));
  return words[i]!.sentenceStart || /[,;:–—(]\s*$/.test(doc.text.slice(words[i - 1]!.end, words[i]!.start));
}

export default defineRule({
  meta: {
    id: 'school/staff-group',
    category: 'school',
    severity: 'low',
    theme: 'staff-identification',
    description: 'The writer\'s school group or school-only job said without "my": "the Y6s", "covering 9b2", "our midday supervisors", "As head of year 7".',
  },
  create() {
    return (doc: Doc): Hit[] => {
      const words = docWords(doc);
      const hits: Hit[] = [];
      let building: boolean | undefined;
      const push = (a: number, b: number): void => {
        hits.push({ start: words[a]!.start, end: words[b - 1]!.end, reason: REASON });
      };
      // Session school12: a parent, someone else or long ago within about two sentences of the match, not anywhere in the
      // post: a longer post wanders over the writer's own children, friends and schooldays as well as their school work
      // ("My eldest is learning to drive ... Took the Year 8s to the theatre"). A short post is inside the window whole.
      const near = (re: RegExp, i: number): boolean => re.test(doc.text.slice(Math.max(0, words[i]!.start - NEAR), words[i]!.end + NEAR));
      // Session school14: another workplace or a sport checked within a few sentences of the match, not anywhere in the
      // post: a longer post wanders from the pub quiz and the gym to "our maths dept" (a short post is inside whole).
      const nearWide = (re: RegExp, i: number): boolean => re.test(doc.text.slice(Math.max(0, words[i]!.start - WIDE), words[i]!.end + WIDE));
      // Someone else's trip or reports are said in the same sentence ("My brother's on the Year 7 residential").
      const inSentence = (re: RegExp, i: number): boolean => {
        const w = words[i]!;
        let a = w.start;
        while (a > 0 && w.start - a < 200 && !/[.!?\n]/.test(doc.text[a - 1]!)) a--;
        let b = w.end;
        while (b < doc.text.length && b - w.end < 200 && !/[.!?\n]/.test(doc.text[b]!)) b++;
        return re.test(doc.text.slice(a, b));
      };
      let otherWork: boolean | undefined;
      // Whole-post tests are worked out once per post, when first needed.
      const opens = OPENS.of(doc);
      const roleFirst = roleFirstOf(doc);
      for (let i = 0; i < words.length; i++) {
        // Session places9: a school job the writer holds, as staff caption their day ("Proud SENCo moment", "Form tutor to
        // 10R", "Deputy head by day", "Midday supervisor at a tiny village primary", "As a lunchtime supervisor", #ECTlife).
        // No parent check: the job opens the clause, so it is the writer's even in a post about their own kids.
        const role = mayStartRole(words, i, roleFirst) ? writerRoleAt(doc, words, i) : null;
        if (role) {
          push(role[0], role[1]);
          i = role[1] - 1;
          continue;
        }
        // Session school12: a school event the writer runs ("running the school disco", "Nativity rehearsals all
        // afternoon", "Parents evening tonight, 24 appointments"): shared/writer-event.ts.
        if (EVENT_FIRST.has(words[i]!.norm)) {
          const ev = writerEventAt(doc, words, i);
          if (ev) {
            push(ev[0], ev[1]);
            i = ev[1] - 1;
            continue;
          }
        }
        // Session school14: the class the writer took, a year group's event they ran, piles of pupils' work, staff
        // processes, a colleague's school post ("Taught Year 2 today", "30 sets of reports", "Learning walk
        // tomorrow"): shared/staff-work.ts.
        if (STAFF_WORK_FIRST.has(words[i]!.norm) || mayOpenPile(words[i]!)) {
          const work = staffWorkAt(doc, words, i);
          if (work) {
            push(work[0], work[1]);
            i = work[1] - 1;
            continue;
          }
        }
        // Every branch below needs its word to be one of OPENING_WORDS (or a count): the others are passed over.
        if (opens[i] === 0) continue;
        const w = words[i]!.norm;
        const n1 = words[i + 1]?.norm ?? '';
        // Session school13: "proud to be their music teacher", "being their form tutor", "As their class teacher I ...".
        // "as their" only opening a clause or after a stretch of time ("Three years as their form tutor"): "they all want
        // Miss Honey as their teacher" is a wish about someone else.
        const asOk = words[i - 1]?.norm !== 'as' || clauseStart(doc, words, i - 1) || AS_AFTER.test(words[i - 2]?.norm ?? '');
        if (w === 'their' && BE_THEIR.test(words[i - 1]?.norm ?? '') && asOk && !words[i + 1]?.prefix) {
          const x = words[i + 1];
          const end = roleEnd(words, i + 1) > 0 ? roleEnd(words, i + 1) : x && THEIR_SINGLE.test(x.norm) && (!/^(?:ta|lsa)$/.test(x.norm) || x.upper) ? i + 2 : -1;
          if (end > 0 && (words[i - 1]!.norm !== 'as' || !SAID_AFTER.test(words[end]?.norm ?? '')) && !inSentence(PARENT, i)) {
            push(i - 1, end);
            i = end - 1;
            continue;
          }
        }
        // Session school13: "Mock marking weekend", "report writing season", "Data drop week", "parents' evening season".
        if (SEASON_WORK.has(w)) {
          const end = seasonEnd(words, i);
          if (end > 0 && !near(PARENT, i) && !near(LONG_AGO, i) && !nearWide(NOT_SCHOOL_WORK, i)) {
            push(i, end);
            i = end - 1;
            continue;
          }
        }
        // "50 Year 8s", "60 Y9s", "thirty yr 6s": a count of a year group, as the staff who take them out count them.
        if ((/^\d{1,3}$/.test(w) && Number(w) >= 2) || COUNT_WORDS.has(w)) {
          // Session places11: a count of a year group's reports ("30 Year 2 reports"), as their writer counts them.
          const y = yearGroupEnd(words, i + 1);
          if (y > 0 && words[y]?.norm === 'reports' && !near(PARENT, i)) {
            push(i, y + 1);
            i = y;
            continue;
          }
          // Session school12: one describing word between ("30 overexcited Year 3s", "sixty sleepy Y9s"), not after
          // "my"/"our" ("My two little Year 3s" are a parent's own).
          const d = /^[a-z]{3,}$/.test(words[i + 1]?.text ?? '') && !/^(?:year|yr|years|of|more|other|in|at|and|or|the|all|those|these|our|my|his|her|their|for|with|from|to)$/.test(n1) && !/^(?:my|our|his|her|their)$/.test(words[i - 1]?.norm ?? '') && /^ +$/.test(doc.text.slice(words[i]!.end, words[i + 1]!.start)) && /^ +$/.test(doc.text.slice(words[i + 1]!.end, words[i + 2]?.start ?? words[i + 1]!.end)) ? 1 : 0;
          const y1 = words[i + 1 + d]?.norm ?? '';
          const end = YEAR_PLURAL_ONE.test(y1) ? i + 2 + d : (y1 === 'year' || SHORT_YEAR.has(y1)) && YEAR_NUM_PLURAL.test(words[i + 2 + d]?.norm ?? '') ? i + 3 + d : -1;
          if (end > 0 && !words[i + 1]!.prefix && !words[i + 1 + d]!.prefix && !near(PARENT, i)) {
            push(i, end);
            i = end - 1;
            continue;
          }
        }
        // "bus duty in the sleet", "on lunch duty again": a duty only a school has, in the writer's day.
        if (n1 === 'duty' && (DUTY_SCHOOL.has(w) || (DUTY_ANY.has(w) && !nearWide(OTHER_WORKPLACE, i)))) {
          const prev = words[i - 1]?.norm;
          if ((clauseStart(doc, words, i) || prev === 'on' || prev === 'my' || prev === 'doing' || prev === 'more') && !near(PARENT, i)) {
            push(i, i + 2);
            i++;
            continue;
          }
        }
        // Session places10: the writer among the school's staff: "Me and the other HLTAs ran sports day", "The other TAs and I".
        if (w === 'other' && words[i - 1]?.norm === 'the') {
          const job = words[i + 1];
          let jobEnd = -1;
          if (job && !job.prefix && OTHER_JOBS.test(job.norm) && (job.upper || /^[A-Z]+s$/.test(job.text) || /^(?:teachers|governors|tutors|invigilators)$/.test(job.norm))) jobEnd = i + 2;
          else if (job && ((job.norm === 'teaching' && /^assistants$/.test(words[i + 2]?.norm ?? '')) || (/^(?:midday|lunchtime)$/.test(job.norm) && /^supervisors$/.test(words[i + 2]?.norm ?? '')))) jobEnd = i + 3;
          if (jobEnd > 0 && !near(PARENT, i)) {
            const meBefore = i >= 3 && words[i - 2]!.norm === 'and' && /^(?:me|i|myself)$/.test(words[i - 3]!.norm);
            const meAfter = words[jobEnd]?.norm === 'and' && /^(?:i|me|myself)$/.test(words[jobEnd + 1]?.norm ?? '');
            // "me and the other teachers" needs a school job: teachers and governors only with a school word in the post.
            if (meBefore || meAfter) {
              push(meBefore ? i - 3 : i - 1, meAfter ? jobEnd + 2 : jobEnd);
              i = (meAfter ? jobEnd + 2 : jobEnd) - 1;
              continue;
            }
          }
        }
        // Session places10: "marking my Year 10 mocks", "marked the 9X3 essays", "marking my Y8s": the marker is their teacher.
        if (w === 'marking' || w === 'marked') {
          const k = /^(?:my|our|the|these|those|all)$/.test(n1) ? i + 2 : i + 1;
          const y = yearGroupEnd(words, k);
          if (y > 0) {
            const plural = /s$/.test(words[y - 1]!.norm) && !CLASS_CODE.test(words[y - 1]!.norm);
            let end = MARKED_WORK.has(words[y]?.norm ?? '') ? y + 1 : plural ? y : -1;
            // Session school13: a few words of what the work is between: "Marking the year 9 end of unit tests". Not
            // across a break, a possessive ("my Year 10 son's homework") or a capital (a name).
            for (let j = y; end < 0 && j < y + 4 && j < words.length; j++) {
              const x = words[j]!;
              if (x.prefix || x.sentenceStart || x.possessive || x.cap || /[,;:.!?]/.test(doc.text.slice(words[j - 1]!.end, x.start))) break;
              if (j > y && /^(?:tests|papers|assessments|essays|exams|mocks|books|homework|scripts|quizzes)$/.test(x.norm)) end = j + 1;
            }
            if (end > 0 && !near(PARENT, i)) {
              push(i, end);
              i = end - 1;
              continue;
            }
          }
        }
        // "Exam invigilation all morning for the Year 11 mocks", "invigilating GCSE maths".
        // Session school12: the parent check is the sentence's, not the post's: parents do not invigilate, and a long
        // post mentions the writer's own children as often as their work ("My eldest is learning to drive. ... I've been
        // invigilating the mocks").
        if (w === 'invigilation' || w === 'invigilating') {
          let a = words[i]!.start;
          while (a > 0 && words[i]!.start - a < 200 && !/[.!?\n]/.test(doc.text[a - 1]!)) a--;
          let b = words[i]!.end;
          while (b < doc.text.length && b - words[i]!.end < 200 && !/[.!?\n]/.test(doc.text[b]!)) b++;
          if (SCHOOL_EXAMS.test(doc.text.slice(a, b)) && !PARENT.test(doc.text.slice(a, b))) {
            push(i, i + 1);
            continue;
          }
        }
        // A school job that opens a clause of the writer's day: "Head of Year 10 life", "Cover supervisor again today",
        // "DSL refresher training all day".
        if (clauseStart(doc, words, i) && !words[i]!.prefix && w !== 'teaching') {
          let end = -1;
          if (w === 'head' && n1 === 'of' && HEAD_OF.has(words[i + 2]?.norm ?? '')) {
            end = i + 3;
            if (/^(?:year|yr)$/.test(words[i + 2]!.norm) && /^(?:[1-9]|1[0-3])$/.test(words[i + 3]?.norm ?? '')) end++;
          } else if (UPPER_ROLES.has(w) && words[i]!.upper && w !== 'ta') end = i + 1;
          else if (w === 'senco' || w === 'sendco' || w === 'hlta') end = i + 1;
          else {
            const heads = JOBS.get(w);
            if (heads && heads.length > 0 && heads.includes(n1) && w !== 'heads' && w !== 'family') end = i + 2;
          }
          if (end > 0 && DIARY_AFTER.has(words[end]?.norm ?? '') && !near(PARENT, i)) {
            push(i, end);
            i = end - 1;
            continue;
          }
        }
        // "Teaching assistant life", "SENCo life", "supply teacher life": a school job as a way of life.
        if (words[i + 1]?.norm === 'life' && !words[i + 1]!.prefix && (LIFE_ROLES.has(w) || (w === 'assistant' && words[i - 1]?.norm === 'teaching') || (w === 'teacher' && words[i - 1]?.norm === 'supply'))) {
          if (!(UPPER_ROLES.has(w) || w === 'ta') || words[i]!.upper) {
            push(w === 'assistant' || w === 'teacher' ? i - 1 : i, i + 2);
            i++;
            continue;
          }
        }
        // Session places11: a year group's trip the writer leads or is on: "Leading the Year 10 geography field trip",
        // "on the Year 8 trip", "Off with the Year 6 residential".
        if (TRIP_VERBS.has(w) && /^(?:the|our|my)$/.test(n1)) {
          // "on/with/from" need the writer as the one there: "I'm on the Year 8 trip", "Off with the Year 6 residential",
          // "Back from ..."; not "Her grandad helped on the Year 4 trip".
          const mine = !/^(?:on|with|from)$/.test(w) || clauseStart(doc, words, i) || (i > 0 && clauseStart(doc, words, i - 1) && /^(?:off|back|home|away|out|still|currently|now|today|tomorrow|been)$/.test(words[i - 1]!.norm)) || words.slice(Math.max(0, i - 4), i).some((x) => /^(?:spent|spending|been)$/.test(x.norm)) || FIRST_PERSON.test(doc.text.slice(words[Math.max(0, i - 4)]!.start, words[i]!.start));
          const end = mine ? tripEnd(words, i + 2) : -1;
          // "Took the Year 4s to the zoo", "taking my Year 10s on a walk": a year group the writer takes out.
          if (end < 0 && /^(?:took|taking|take|taken|brought|bringing)$/.test(w)) {
            const y = yearGroupEnd(words, i + 2);
            if (y > 0 && /s$/.test(words[y - 1]!.norm) && (y - i === 4 || /^(?:y|yr|year)/.test(words[y - 1]!.norm)) && /^(?:to|on|out|round|around)$/.test(words[y]?.norm ?? '') && !near(PARENT, i) && !inSentence(OTHER_PERSON, i)) {
              push(i, y);
              i = y - 1;
              continue;
            }
          }
          if (end > 0 && !near(PARENT, i) && !inSentence(OTHER_PERSON, i) && !near(LONG_AGO, i)) {
            push(i, end);
            i = end - 1;
            continue;
          }
        }
        // Session places11: writing a year group's reports: "writing Year 10 reports", "finished my Y6 reports".
        if (REPORT_VERBS.has(w)) {
          const y = yearGroupEnd(words, /^(?:my|our|the|all|these)$/.test(n1) ? i + 2 : i + 1);
          if (y > 0 && /^reports$/.test(words[y]?.norm ?? '') && !near(PARENT, i) && !inSentence(OTHER_PERSON, i) && !near(LONG_AGO, i)) {
            push(i, y + 1);
            i = y;
            continue;
          }
        }
        // Session places11: "Humanities dept at mine" opening a clause.
        if (DEPT_SUBJECTS.has(w) && clauseStart(doc, words, i)) {
          const own = deptEnd(words, i, true);
          const at = own > 0 ? AT_MINE.exec(doc.text.slice(words[own - 1]!.end, words[own - 1]!.end + 40)) : null;
          if (at && !near(PARENT, i)) {
            hits.push({ start: words[i]!.start, end: words[own - 1]!.end + at[0].length, reason: REASON });
            i = own - 1;
            continue;
          }
        }
        // Session places11: a year group or phase opening a clause, as the writer's team, trip or reports: "Year 4 team, see
        // you after half term" (said to them), "Year 6 residential next week and I ...", "Year 11 reports due tomorrow".
        if (YEAR_FIRST_SET.has(w) && clauseStart(doc, words, i)) {
          const y = yearGroupEnd(words, i);
          if (y > 0 && words[y]?.norm === 'reports' && REPORTS_DIARY.test(words[y + 1]?.norm ?? '') && !near(PARENT, i)) {
            push(i, y + 1);
            i = y;
            continue;
          }
          // "Year 3 comments are done" (report comments), "KS4 tracking, ...", "Year 9 data drop due Friday": a year
          // group's or key stage's assessment work, as the staff who do it name it.
          const g = y > 0 ? y : /^ks[1-5]$/.test(w) ? i + 1 : -1;
          const gw = words[g];
          if (gw && !gw.prefix && !gw.sentenceStart) {
            let end = -1;
            const after = (k: number): string => words[k]?.norm ?? '';
            if (gw.norm === 'comments' && (COMMENTS_DONE.test(after(g + 1)) || (/^(?:are|all)$/.test(after(g + 1)) && COMMENTS_DONE.test(after(g + 2))))) end = g + 1;
            else if (gw.norm === 'tracking' && (/^\s*(?:[,.!;:—–-]|$)/.test(doc.text.slice(gw.end, gw.end + 2)) || /^(?:all|again|today|done|due|deadline)$/.test(after(g + 1)))) end = g + 1;
            else if (gw.norm === 'data' && /^(?:drops?|entry|deadline|tracking)$/.test(after(g + 1))) end = g + 2;
            if (end > 0 && !near(PARENT, i)) {
              push(i, end);
              i = end - 1;
              continue;
            }
          }
          const team = phaseTeamEnd(words, i);
          if (team > 0 && /^\s*[,!:]/.test(doc.text.slice(words[team - 1]!.end, words[team - 1]!.end + 3)) && !near(PARENT, i) && !nearWide(SPORT, i)) {
            push(i, team);
            i = team - 1;
            continue;
          }
          const trip = tripEnd(words, i);
          const after = words[trip];
          // Session school15: "Year 4 residential done, she's home!", "... over and he is back": one child home, the writer's own.
          const ownChildBack = trip > 0 && CHILD_BACK.test(doc.text.slice(words[trip - 1]!.end, words[trip - 1]!.end + 60));
          if (trip > 0 && after && !after.prefix && TRIP_DIARY.has(after.norm) && !ownChildBack && !near(PARENT, i) && !inSentence(OTHER_PERSON, i) && !near(LONG_AGO, i)) {
            let b = after.end;
            while (b < doc.text.length && b - after.end < 160 && !/[.!?\n]/.test(doc.text[b]!)) b++;
            if (after.norm !== 'and' || FIRST_PERSON.test(doc.text.slice(after.end, b))) {
              push(i, trip);
              i = trip - 1;
              continue;
            }
          }
        }
        // Session school13: "The Academy's new detention policy", "the Trust's new behaviour policy" (see EMPLOYER_POSSESSIVE).
        if (w === 'the' && words[i + 1] && EMPLOYER_POSSESSIVE.test(words[i + 1]!.text)) {
          const trust = !/^Academy/.test(words[i + 1]!.text);
          let k = i + 2;
          if (/^(?:new|latest|updated|revised|ridiculous|shiny)$/.test(words[k]?.norm ?? '')) k++;
          let end = -1;
          for (let j = k; j < k + 3 && j < words.length && !words[j]!.sentenceStart; j++) {
            if (RULES_WORDS.test(words[j]!.norm)) {
              const subject = words.slice(k, j).map((x) => x.norm);
              if (subject.length > 0 && subject.every((x) => (trust ? TRUST_ONLY_SUBJECTS : SCHOOL_RULE_SUBJECTS).test(x) || /^(?:and|policy)$/.test(x))) end = j + 1;
              break;
            }
          }
          if (end > 0 && !near(PARENT, i) && !(otherWork ??= OTHER_WORKPLACE.test(doc.text)) && !NOT_SCHOOL_ACADEMY.test(doc.text)) {
            push(i, end);
            i = end - 1;
            continue;
          }
        }
        // "the Y6s", "the Year 10s", "the yr 3s": a year group as its teachers name it.
        if (w === 'the') {
          // Session places11: "Me and the rest of the Year 3 team", "the other Year 2 teachers": the writer among them.
          const among = (words[i - 1]?.norm === 'of' && words[i - 2]?.norm === 'rest') || words[i + 1]?.norm === 'other';
          const amongAt = words[i + 1]?.norm === 'other' ? i + 2 : i + 1;
          const amongEnd = !among ? -1 : phaseTeamEnd(words, amongAt) > 0 ? phaseTeamEnd(words, amongAt) : deptEnd(words, amongAt) > 0 && !nearWide(NOT_SCHOOL_DEPT, i) ? deptEnd(words, amongAt) : -1;
          if (amongEnd > 0 && FIRST_PERSON.test(doc.text.slice(words[Math.max(0, i - 5)]!.start, words[amongEnd - 1]!.end + 12)) && !/['’]s$/.test(words[amongEnd - 1]!.text) && doc.text[words[amongEnd - 1]!.end] !== '’' && doc.text[words[amongEnd - 1]!.end] !== "'" && !near(PARENT, i)) {
            push(i, amongEnd);
            i = amongEnd - 1;
            continue;
          }
          // Session school14: describing words between ("the whole fab history department at mine", "the entire science
          // faculty at mine", "the whole wonderful Year 9 team").
          let a = i + 1;
          while (a < i + 3 && TEAM_ADJECTIVES.has(words[a]?.norm ?? '') && !words[a]!.sentenceStart) a++;
          // Session school14: "the whole lovely maths team" (describing words, a subject, "team"), with the staff side in the
          // post and no sport or quiz near: "the whole maths team" is as often a quiz team's.
          const subjectTeam = a > i + 1 ? deptEnd(words, a, true) : -1;
          if (subjectTeam > 0 && words[subjectTeam - 1]!.norm === 'team' && STAFF_SIDE.test(doc.text) && !near(PARENT, i) && !nearWide(SPORT, i) && !nearWide(QUIZ, i) && !nearWide(OTHER_WORKPLACE, i) && !nearWide(NOT_SCHOOL_DEPT, i)) {
            push(i, subjectTeam);
            i = subjectTeam - 1;
            continue;
          }
          // Session places11: "the maths dept at mine", "The Reception team at ours", "The science department at my school".
          const own = phaseTeamEnd(words, a) > 0 ? phaseTeamEnd(words, a) : deptEnd(words, a, true);
          if (own > 0) {
            const at = AT_MINE.exec(doc.text.slice(words[own - 1]!.end, words[own - 1]!.end + 40));
            if (at && !near(PARENT, i)) {
              hits.push({ start: words[i]!.start, end: words[own - 1]!.end + at[0].length, reason: REASON });
              i = own - 1;
              continue;
            }
          }
          // "the Year 2 team", "the Reception team", "the KS2 staff": a year group's or phase's staff, as colleagues name them.
          const team = phaseTeamEnd(words, a);
          if (team > 0 && STAFF_SIDE.test(doc.text) && !near(PARENT, i) && !nearWide(OTHER_WORKPLACE, i)) {
            push(i, team);
            i = team - 1;
            continue;
          }
          // Only the short forms: "the Year 11s" is also how a parent or a rival team speaks of a year group.
          const end = YEAR_PLURAL_ONE.test(n1) && !/^year/.test(n1) ? i + 2 : SHORT_YEAR.has(n1) && YEAR_NUM_PLURAL.test(words[i + 2]?.norm ?? '') ? i + 3 : -1;
          // "the Y6s at my friend's school": someone else's school (session places10).
          const elsewhere = end > 0 && /^\s+(?:at|in|from)\s+(?:my|her|his|their|a)\s+(?:[a-z]+\s+)?[a-z]+['’]s\s+(?:school|primary|academy|secondary)\b/i.test(doc.text.slice(words[end - 1]!.end, words[end - 1]!.end + 60));
          if (end > 0 && !elsewhere && !near(PARENT, i)) {
            push(i, end);
            i = end - 1;
          }
          continue;
        }
        // "covering 9b2", "teaching 7R3": a class code after what a teacher does with it.
        if (CLASS_VERBS.has(w)) {
          const x = words[i + 1];
          const code = CLASS_CODE.exec(n1);
          if (x && code && !x.prefix) {
            // A unit ("5k", "10mg", "3pm") is a form only in capitals or with a set number after it.
            if (code[2] !== '' || /[A-Z]/.test(x.text) || !UNITS.has(code[1]!)) {
              push(i, i + 2);
              i++;
            }
          }
          continue;
        }
        // "our midday supervisors", "our brilliant teaching assistants", "my TAs".
        if (w === 'our' || w === 'my') {
          let k = i + 1;
          while (k < i + 3 && TEAM_ADJECTIVES.has(words[k]?.norm ?? '')) k++;
          // Session school14: a subject's team "at mine" after describing words: "My whole gorgeous humanities team at mine".
          const subjectTeam = k > i + 1 ? deptEnd(words, k, true) : -1;
          const atMine = subjectTeam > 0 ? AT_MINE.exec(doc.text.slice(words[subjectTeam - 1]!.end, words[subjectTeam - 1]!.end + 40)) : null;
          if (atMine && !near(PARENT, i)) {
            hits.push({ start: words[i]!.start, end: words[subjectTeam - 1]!.end + atMine[0].length, reason: REASON });
            i = subjectTeam - 1;
            continue;
          }
          // Session school14: "our brilliant office ladies", "our wonderful office team ... trip letters": the school office,
          // with describing words between, only with school talk near and no other workplace in the post (any office has
          // office ladies).
          if (k > i + 1 && words[k]?.norm === 'office' && /^(?:ladies|team|staff)$/.test(words[k + 1]?.norm ?? '') && !words[k + 1]!.sentenceStart && !near(PARENT, i)) {
            if (schoolContextNear(doc, i, 40, k + 2 - i) && !nearWide(OTHER_WORKPLACE_NOT_OFFICE, i)) {
              push(i, k + 2);
              i = k + 1;
              continue;
            }
          }
          // Session places11: the writer's phase or department team: "our KS1 team", "my fellow Year 2 teachers", "our maths dept".
          const phase = phaseTeamEnd(words, k);
          const team = phase > 0 ? phase : deptEnd(words, k) > 0 && !nearWide(NOT_SCHOOL_DEPT, i) ? deptEnd(words, k) : -1;
          if (team > 0 && !near(PARENT, i) && !nearWide(OTHER_WORKPLACE, i) && !nearWide(SPORT, i)) {
            push(i, team);
            i = team - 1;
            continue;
          }
          // "my Year 11 reports": a year group's reports are their teacher's.
          const y = w === 'my' ? yearGroupEnd(words, k) : -1;
          if (y > 0 && words[y]?.norm === 'reports' && !near(PARENT, i) && !near(LONG_AGO, i)) {
            push(i, y + 1);
            i = y;
            continue;
          }
          const first = words[k];
          const heads = first ? JOBS.get(first.norm) : undefined;
          if (!first || heads === undefined) continue;
          let end = -1;
          if (heads.length === 0) end = UPPER_ONLY.has(first.norm) && !first.upper && !/^[A-Z]+s$/.test(first.text) ? -1 : k + 1;
          else if (heads.includes(words[k + 1]?.norm ?? '')) {
            end = k + 2;
            // "heads of year", "learning support assistants", "family liaison officer": the rest of the job.
            if (first.norm === 'heads') end = HEAD_OF.has(words[k + 2]?.norm ?? '') ? k + 3 : -1;
            else if (/^(?:support|liaison)$/.test(words[k + 1]!.norm)) end = /^(?:assistants?|workers?|officers?|staff|team|worker)$/.test(words[k + 2]?.norm ?? '') ? k + 3 : -1;
          }
          if (end < 0) continue;
          // "our site manager says the flats will be done": a builder's, a shop's, an office's.
          if ((first.norm === 'site' || first.norm === 'premises') && (building ??= BUILDING.test(doc.text))) continue;
          push(i, end);
          i = end - 1;
          continue;
        }
        // "As head of year 7 I ...", "As form tutor to 11 teenagers", "As SENCo, ...".
        if (w === 'as' && clauseStart(doc, words, i)) {
          const role = AS_ROLES.get(n1);
          if (role === undefined) continue;
          const x = words[i + 1]!;
          if (UPPER_ROLES.has(n1) && !x.upper) continue;
          let end = i + 2;
          if (role !== null) {
            if (!role.includes(words[i + 2]?.norm ?? '')) continue;
            end = i + 3;
            if (n1 === 'head') {
              if (!HEAD_OF.has(words[i + 3]?.norm ?? '')) continue;
              end = i + 4;
              if (/^(?:year|yr)$/.test(words[i + 3]!.norm) && /^(?:[1-9]|1[0-3])$/.test(words[i + 4]?.norm ?? '')) end++;
            }
          }
          push(i, end);
          i = end - 1;
        }
      }
      return hits;
    };
  },
});
