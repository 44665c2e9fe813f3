import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { WordFacts } from '../pupil/shared/word-facts.ts';
import { docWords, hasSchoolContext, schoolContextNear, type Word } from '../../lib/engine/context/index.ts';
import { sentenceAround } from './shared/sentence-around.ts';

/** School roles a member of staff may name themselves by. */
const ROLES = new Set([
  'teacher', 'ta', 'hlta', 'lsa', 'headteacher', 'head', 'headmaster', 'headmistress', 'senco', 'sendco', 'dsl', 'nqt',
  'ect', 'tutor', 'deputy', 'principal', 'governor', 'caretaker', 'teaching', 'supply', 'trainee', 'slt', 'sbm', 'invigilator',
]);
/** Words that may come between "as a" / "I'm a" and the role: "as a Year 6 teacher", "I'm a primary school TA". */
const ROLE_FILLERS = new Set(['primary', 'secondary', 'school', 'year', 'reception', 'nursery', 'ks1', 'ks2', 'ks3', 'ks4', 'early', 'years', 'class', 'form', 'supply', 'maths', 'english', 'science', 'history', 'geography', 'pe', 'music', 'art', 'drama', 'computing', 'french', 'spanish', 're', 'send', 'sen', 'special', 'needs', 'assistant', 'deputy', 'assistant', 'head', 'of', 'new', 'newly', 'qualified', 'trainee', 'student', 'infant', 'junior', 'sixth', 'cover', 'music', 'dt', 'food', 'chemistry', 'physics', 'biology', 'a', 'level', 'gcse', 'part', 'time', 'full', 'and', 'exam', 'exams']);
const SCHOOL_WORDS = new Set(['school', 'primary', 'academy', 'secondary', 'nursery', 'college', 'infants', 'juniors', 'junior', 'infant', 'sixth', 'form', 'high', 'grammar']);
const YEAR_NUM = /^(?:[1-9]|1[0-3]|y[1-9]|y1[0-3])s?$/;

/** A workplace other than a school right after the role (session places8). */
const OTHER_EMPLOYER_AFTER = /^[^,.;!?\n]{0,30}?\b(?:at|in)\s+(?:the\s+|my\s+|a\s+|our\s+|his\s+|her\s+)?(?:bank|council|firm|company|hospital|surgery|factory|warehouse|store|shop|supermarket|gym|hotel|restaurant|pub|bar|café|cafe|salon|airport|agency|call\s+centre|garage|care\s+home|nursing\s+home|depot|flats|leisure\s+centre|uni|university|tesco|asda|sainsbury['’]?s|boots|amazon|(?:golf|cricket|football|rugby|tennis|sailing|sports|social|bowls|bowling|rowing|running)\s+club|church|chapel|parish|residents['’]?\s+association|allotments?)\b/i;
/** "my ___" / "our ___" that say "I work in a school". Value: words that, next, mean it is not (my school days). */
const MY_THINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['school', ['days', 'years', 'friends', 'friend', 'reunion', 'uniform', 'run', 'bag', 'shoes', 'photo', 'photos', 'report', 'reports', 'dinners', 'holidays']],
  ['class', ['of', 'at', 'mates', 'reunion', 'reunions', 'ring', 'tonight', 'later']],
  ['classroom', []],
  ['form', ['filling']],
  ['tutees', []],
  ['pupils', ['dilated', 'dilate']],
  ['students', []],
  ['staffroom', []],
  ['headteacher', []],
  ['head', []],
  ['ta', []],
  ['senco', []],
  ['sendco', []],
  ['slt', []],
  // "our new deputy ward manager", "our deputy sister": another employer's deputy (session school12).
  ['deputy', ['manager', 'managers', 'sister', 'ward', 'editor', 'chef', 'director', 'mayor', 'chief', 'ceo', 'leader', 'governor', 'prime', 'sheriff', 'registrar', 'store', 'branch', 'charge', 'matron', 'nurse', 'warden', 'commissioner', 'general', 'secretary', 'finance', 'operations', 'ops', 'sales', 'clinical', 'practice', 'speaker', 'chair', 'president', 'team', 'supervisor', 'lieutenant']],
  ['pupil', ['dilated']],
  ['caretaker', ['at', 'in', 'of', 'for', 's', 'says', 'quote']],
  ['tas', []],
  // "our governors", "our governing body": a school's board ("the governors of the Bank of England" has no "our").
  ['governors', []],
  ['governing', ['principles', 'principle']],
  // Trusts and academy chains: "our trust's new policy", "our academy trust", "our MAT", "our academy chain".
  ['trust', ['fund', 'funds', 'issues', 'me', 'us', 'him', 'her']],
  ['academy', ['awards', 'award']],
  ['mat', ['is', 'was', 'on', 'in', 'by']],
  ['ysgol', ['sul', 'haf']], // "Ysgol Sul" is Sunday school, "Ysgol Haf" a summer school
  ['reception', ['desk', 'area', 'party', 'venue', 'drinks']],
  ['nursery', ['rhymes', 'rhyme', 'bill', 'fees', 'run', 'drop', 'pickup', 'pick', 'nurse', 'at', 'is', 'was', 'has', 'had', 'said', 'called', 'sent', 'staff', 'are', 'key', 'keyworker']],
  ['blwyddyn', []],
  ['sencos', []],
  ['lessons', []],
  ['kids', []], // only "my kids at school" / "my kids in class": checked below
]);

const MIND_BEFORE = new Set(['in', 'inside', 'of', 'off', 'into', 'through', 'over']);
const HEAD_NEXT = new Set(['given', 'gave', 'got', 'let', 'booked', 'bought', 'made', 'put', 'cancelled', 'approved', 'agreed', 'of', 'teacher', 'has', 'had', 'said', 'says', 'wants', 'announced', 'asked', 'told', 'came', 'emailed', 'called', 'phoned', 'rang', 'texted', 'messaged', 'thanked', 'just', 'and', 'thinks', 'decided', 'sent', 'gave', 'did', 'does', 'will', 'would']);
/** Does the word after "our new head" read as what the head does ("starts", "is", "has", "teacher", "of")? */
function headActs(next: string): boolean {
  return HEAD_NEXT.has(next) || HEAD_VERB.test(next);
}
const HEAD_VERB = /^(?:is|was|are|were|be|been|can|could|should|might|must|shall|knows|starts|started|seems|came|comes|gets|got|took|takes|wrote|writes|brought|brings|loves|loved|likes|liked|joined|joins|arrived|arrives|walked|walks|runs|ran|stood|stands|visited|visits|sent|sends|bought|buys|[a-z]{3,}(?:ed|es))$/;
/** After "I teach", words that say it is not a job ("I teach my sons manners"). */
/**
 * Session school15: teaching outside a school, a few words after "I teach": an instrument, a sport or a hobby class
 * ("I teach piano on Saturdays", "I teach yoga in the village hall"), privately or to adults.
 */
const TEACH_OUTSIDE = /^(?:piano|guitar|violin|viola|cello|flute|clarinet|saxophone|sax|trumpet|drums|drumming|ukulele|keyboard|singing|voice|dance|ballet|tap|salsa|yoga|pilates|zumba|spin|fitness|aerobics|swimming|karate|judo|taekwondo|kickboxing|boxing|driving|riding|tennis|golf|climbing|sailing|surfing|skiing|knitting|crochet|sewing|pottery|cookery|baking|calligraphy|privately|adults|online|evening|evenings|weekend|weekends|saturdays|sundays)$/;
const NOT_TEACH_NEXT = new Set(['my', 'your', 'his', 'her', 'their', 'him', 'them', 'people', 'myself', 'yourself', 'that', 'this', 'how', 'you', 'me', 'it', 'the', 'kids', 'children']);
const FORM_NEXT = new Set(['group', 'class', 'tutor', 'time', 'room', 'are', 'were', 'have', 'had', 'did', 'made', 'raised', 'won']);
const ADJECTIVES = new Set(['new', 'lovely', 'amazing', 'wonderful', 'brilliant', 'fab', 'fabulous', 'poor', 'current', 'whole', 'old', 'little', 'gorgeous', 'incredible', 'fantastic']);

/** Words that make "my class" a gym or hobby class: "my spin class", "my class tonight was packed ... yoga". */
const HOBBY = new Set(['gym', 'spin', 'yoga', 'pilates', 'zumba', 'fitness', 'workout', 'bootcamp', 'boxing', 'dance', 'ballet', 'salsa', 'barre', 'hiit', 'aerobics', 'aqua', 'swim', 'swimming', 'karate', 'judo', 'martial', 'instructor', 'pottery', 'cookery', 'art', 'choir', 'evening', 'night', 'adult', 'adults', 'beginners', 'community', 'university', 'uni', 'lecture', 'seminar', 'lecturer']);
/** School subjects that name a department: "our science department", "my English department". */
const SUBJECTS = new Set(['english', 'maths', 'math', 'science', 'sciences', 'history', 'geography', 'music', 'art', 'pe', 're', 'mfl', 'languages', 'humanities', 'computing', 'drama', 'dt', 'send', 'sen', 'rs', 'pshe', 'physics', 'chemistry', 'biology', 'french', 'spanish', 'german']);
/** School rooms, roles and bodies said of "ours" (our school): "staffroom at ours", "the caretaker at ours". */
const AT_OURS = new Set(['slt', 'inset', 'mocksted', 'pupils', 'staffroom', 'playground', 'caretaker', 'headteacher', 'senco', 'sendco', 'tas', 'hlta', 'classroom', 'classrooms', 'assembly', 'assemblies', 'pta', 'governors', 'nativity', 'ofsted', 'head', 'deputy', 'reception', 'nursery', 'sixth', 'canteen', 'dinner']);
/** The words a match can open with, as 1 for each word of the post, by word index; once per distinct word across posts. */
const OPENING_WORDS: ReadonlySet<string> = new Set(['ppa', 'teacher', 'back', 'as', 'im', 'being', 'am', 'ive', 'i', 'ladies', 'lady', 'my', 'our', 'ceo', ...AT_OURS]);
const OPENS = new WordFacts((w: string): number => (OPENING_WORDS.has(w) ? 1 : 0));
/** Support teams, school staff when the post is about school: "our office team", "our site team", "our kitchen staff". */
const SUPPORT_TEAMS = new Set(['office', 'admin', 'site', 'premises', 'kitchen', 'catering', 'cleaning', 'support', 'pastoral', 'midday', 'lunchtime', 'wraparound']);
/** Session school15: paperwork only a school's office handles: trip letters, permission slips, consent forms. */
const SCHOOL_PAPERS = /\b(?:trip\s+letters?|permission\s+slips?|consent\s+forms?|reply\s+slips?|letters\s+home|dinner\s+money|school\s+meals?)\b/i;
/** Session school15: a parent's "my lot": their home life near ("the school run", "their dad's", bedtime, the holidays). */
const MY_LOT_HOME = /\b(?:school\s+runs?|home\s+from\s+school|off\s+school|(?:their|the)\s+(?:dad|mum|dads|mums|nan|nans|grandparents)(?:['’]s)?|bed\s*time|bath\s*time|uniforms?|packed\s+lunch(?:es)?|pick\s*-?\s*up|drop\s*-?\s*off|half\s+term|holidays?|inset\s+day|snow\s+day|their\s+teachers?|parents['’]?\s+evening)\b/i;
/** Key stages and phases, and school posts named by them: "our EYFS lead", "my KS2 coordinator", "our learning mentor". */
const PHASES = new Set(['eyfs', 'ks1', 'ks2', 'ks3', 'ks4', 'ks5', 'phonics', 'literacy', 'numeracy', 'pastoral', 'safeguarding', 'attendance', 'learning', 'sencos', 'inclusion', 'curriculum', 'assessment', 'oracy']);
const LEAD_ROLES = new Set(['lead', 'leader', 'leads', 'coordinator', 'co-ordinator', 'mentor', 'champion', 'hlta', 'ta']);
/** Groups only a school runs, before "group": "my nurture group", "our phonics group". */
const GROUP_KINDS = new Set(['tutor', 'nurture', 'phonics', 'intervention', 'booster', 'tutee', 'sen', 'send', 'eal', 'gifted']);
/** Words that describe a teaching group before its year: "my top set Year 11s", "our bottom set Y9s". */
const SET_WORDS = new Set(['top', 'bottom', 'middle', 'set', 'lower', 'higher', 'fab', 'favourite', 'fave', 'darling', 'gorgeous', 'beautiful', 'cheeky']);
/** Ranks of an ability set: "my top set", "our bottom sets", "my middle set". */
const SET_RANKS = new Set(['top', 'bottom', 'middle']);
/** "dinner ladies", "lollipop lady": school jobs said with "at ours". */
const DINNER = new Set(['dinner', 'lunch', 'lunchtime', 'lollipop']);
/** Words that put an "our old headteacher" in the writer's own childhood. */
/** Session school13: the writer's own schooldays met again: "Reunion night with the girls from my old school". */
const OWN_SCHOOL_DAYS = /\b(?:reunion|from\s+my\s+old\s+school|(?:my|our)\s+school\s+days)\b/i;
/** A university's teaching: "my students" there are a lecturer's. Not "college" (sixth-form colleges are schools' kin). */
const HIGHER_ED = /\b(?:uni|university|universities|lectur(?:e|es|er|ers|ing)|undergrad(?:uate)?s?|postgrad(?:uate)?s?|dissertations?|phd|seminars?|campus)\b/i;
const CHILDHOOD = /\b(?:when\s+i\s+was|when\s+we\s+were|used\s+to|back\s+in\s+the\s+day|growing\s+up|as\s+a\s+(?:kid|child)|i\s+was\s+(?:little|small|a\s+kid))\b/i;
/** Letters after a number that are distances, sizes or units unless a class word follows: "my 5K", "my 4G". */
const UNIT_LETTERS = new Set(['k', 'g', 'd', 'm', 'l', 'p', 'x', 's', 'v', 'w', 'f', 'c', 't']);
const CODE_GROUP = new Set(['lot', 'class', 'kids', 'children', 'pupils', 'students', 'group', 'set', 'form', 'are', 'were', 'have', 'had', 'did', 'made', 'loved', 'were', 'cohort']);

/** "my son's", "my daughter": the writer is talking as a parent, so "our school" is their child's school. */
const OWN_CHILD = new Set(['son', 'daughter', 'sons', 'daughters', 'child', 'kids', 'boy', 'girl', 'boys', 'girls', 'little', 'eldest', 'youngest', 'twins', 'stepson', 'stepdaughter']);

/** Words a few words before "as a teacher" that make the job a wish or a plan ("thinking of retraining as a TA"). */
const WISH = new Set(['thinking', 'considering', 'consider', 'retrain', 'retraining', 'want', 'wants', 'wanted', 'wanting', 'would', 'could', 'might', 'dream', 'dreaming', 'dreamt', 'dreamed', 'apply', 'applying', 'applied', 'interview', 'interviewing', 'hoping', 'hope', 'tempted', 'fancy', 'someday', 'eventually']);
function wishedFor(words: readonly Word[], i: number): boolean {
  for (let k = Math.max(0, i - 6); k < i; k++) if (WISH.has(words[k]!.norm)) return true;
  return false;
}
/** After "our new head of": what makes it a school post ("head of year", "head of maths"), not "head of sales". */
const HEAD_OF_SCHOOL = /^(?:year|yr|ks[1-5]|key|sixth|department|dept|faculty|house|science|maths|math|english|history|geography|music|art|pe|re|mfl|languages|humanities|computing|drama|dt|pshe|physics|chemistry|biology|french|spanish|german|eyfs|inclusion|send|sen|lower|upper|school|juniors|infants|phase|early|primary|secondary|the)$/;

/**
 * Session school12: is one of `set` within `radius` words of word i (for own children, "my <word>")? A longer post
 * wanders over the writer's own children and evenings as well as their school work, so only what is near "our school"
 * or "my class" says whose they are. Bounded by the radius: constant work per match.
 */
function nearHas(words: readonly Word[], i: number, set: ReadonlySet<string>, radius: number, afterMy = false): boolean {
  for (let k = Math.max(0, i - radius); k < words.length && k <= i + radius; k++) {
    if (!set.has(words[k]!.norm)) continue;
    if (!afterMy) return true;
    const p = words[k - 1]?.norm;
    if (p === 'my' || p === 'our') return true;
  }
  return false;
}

/** After "Being a <job>": a guess about the job from outside it ("Being a governor must be a thankless task"). */
const GUESS_AFTER = new Set(['must', 'sounds', 'seems', 'looks', 'would', 'might', 'could']);
/** A hospital or another trust's workplace in the post: "the trust's CEO visited the ward" is an NHS trust's. */
const NOT_SCHOOL_TRUST = /\b(?:ward|wards|nhs|hospital|patients?|nurses?|nursing|clinic|clinical|surgery|theatre|a&e|housing|tenants?|flats|residents|charity|volunteers|donors)\b/i;
/** The trust's chief executive at the writer's school: "visited us", "did a learning walk round ours", "came in". */
const VISIT = /^[^.!?\n]{0,20}?\b(?:visit(?:ed|ing|s)?|came|comes|coming|popped|dropped|toured|learning\s+walk|sat\s+in|stayed|in\s+today)\b/i;

/**
 * Session school12: words between "my"/"our" and a school group, class or club the writer runs ("my Thursday spelling
 * group", "my wee booster group", "my fab little maths group", "my own little Year 1 class", "my first after school
 * coding club"). Not "old" or "former": a group the writer was in long ago is their own school days.
 */
const GROUP_MODIFIERS = new Set(['brand', 'new', 'lovely', 'amazing', 'wonderful', 'brilliant', 'fab', 'fabulous', 'poor', 'whole', 'little', 'gorgeous', 'incredible', 'fantastic', 'own', 'wee', 'small', 'tiny', 'precious', 'special', 'extra', 'daily', 'weekly', 'morning', 'afternoon', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'first', 'favourite', 'fave', 'cheeky', 'beautiful', 'darling', 'super', 'current', 'lunchtime',
  // Session school13: a set's place, before its year and subject: "my lower set Year 9 English group", "my top set Y11 chemistry lot".
  'top', 'bottom', 'middle', 'lower', 'higher', 'set']);
/** Kinds of group only a school runs: "my little phonics group", "my lovely EAL group", "my catch-up group". */
const SCHOOL_GROUP_KINDS = new Set(['semh', 'elsa', 'phonics', 'nurture', 'intervention', 'interventions', 'booster', 'boosters', 'eal', 'tutor', 'tutee', 'gifted', 'spelling', 'spellings', 'sats', 'gcse', 'gcses', 'ks1', 'ks2', 'ks3', 'ks4', 'sen', 'send']);
/** Kinds of group adults have too (a reading group, a maths group at a quiz): a school's only with a school cue near. */
const SHARED_GROUP_KINDS = new Set(['reading', 'maths', 'math', 'writing', 'english', 'science', 'literacy', 'numeracy', 'handwriting']);
/** Resit and revision groups: "my GCSE resit class", "my year 11 resit group". */
const RESIT = /^(?:resit|resits|re-sit|revision)$/;
/** A grown-ups' reading or writing group: a novel, an author, wine, members, where it meets. */
const GROWN_UP_GROUP = /\b(?:novels?|authors?|wine|prosecco|members|meets|adults?|poetry|memoir|bookshop|pub|book\s+club)\b/i;
/**
 * Session school15: children learning to read, after "my reading group": "cracked the code", "blending", "book bands".
 * Grown-ups' reading groups talk of novels and wine (GROWN_UP_GROUP), children's of sounds and books sent home.
 */
const CHILD_READING = /\b(?:blend\w*|segment\w*|decod\w*|cracked\s+the\s+code|sounds?|book\s+bands?|sight\s+words|tricky\s+words|reading\s+books?|levelled|phonics|comprehension|moved\s+up)\b/i;
/** What a group of pupils is called after its kind: "my nurture lot", "my booster kids", "my phonics babies". */
const GROUP_NOUNS = /^(?:groups?|lot|kids|children|boys|girls|babies|bunch|crew|class|set)$/;
/** Clubs a school runs, by when they meet: "my after school coding club", "my lunchtime reading club". */
const CLUB_TIMES = new Set(['lunchtime', 'lunch', 'breakfast', 'afterschool']);
/** Leaders of the writer's school named by role: "our exec head", "our assistant head", "our AHT". */
const LEADER_FIRST = new Set(['exec', 'executive', 'assistant']);
const LEADER_HEAD = /^(?:head|heads|headteacher|headteachers|principal|headmistress|headmaster)$/;
/** After "head": the head of something else ("assistant head chef", "exec head of sales"). */
const NOT_SCHOOL_HEAD_NEXT = /^(?:chef|chefs|gardener|groundsman|cook|waiter|of|office|nurse|coach|girl|boy|teller|porter|housekeeper|brewer|barista)$/;
/** Another workplace in the post: "our business manager" there is a company's or a surgery's. */
const OTHER_WORKPLACE = /\b(?:agency|practice|surgery|garage|salon|bank|firm|company|office|warehouse|factory|shop|store|restaurant|hotel|hospital|ward|clinic|call\s+centre|depot|site|clients?|customers?|patients?)\b/i;
/** "my son", "my daughter's": a parent talking in this sentence, so "our SENCo" is their child's school's. */
const PARENT_SENTENCE = /\bmy\s+(?:(?:little|eldest|youngest|middle|oldest)\s+)?(?:son|daughter|sons|daughters|child|children|kids?|boy|girl|twins|stepson|stepdaughter|little\s+one|eldest|youngest|grandson|granddaughter|grandchild|grandkids?)\b/i;
/** Roles a parent also calls "ours" (the school's SENCo, head, deputy): not the writer's school when a parent speaks. */
// Session school14: not "slt": parents name their child's school leaders ("the head", "our SENCo"), hardly ever as its
// senior leadership team, so "our SLT" stays the writer's in a post that also says "my son's ...".
/** The staff side near "our head is retiring": the staffroom, briefing, colleagues, INSET, the writer's lessons. */
const HEAD_LEAVING_STAFF = /\b(?:staff\s*room|briefing|colleagues?|inset|ppa|my\s+class|my\s+lessons?|lesson\s+plans?|planning|marking|staff\s+meeting|whole\s+staff|the\s+staff|nqt|ect|first\s+job|gave\s+me\s+my|teaching)\b/i;
/** A parent reading about the head: their child, the newsletter, a letter or email home. */
const HEAD_LEAVING_PARENT = /\b(?:my|our)\s+(?:(?:little|eldest|youngest|middle|oldest)\s+)?(?:son|daughter|sons|daughters|child|children|kids?|boy|girl|twins|little\s+ones?)\b|\bnewsletter\b|\bletter\s+home\b|\bemail\s+from\s+(?:the\s+)?school\b|\bparentmail\b|\bclass\s+dojo\b/i;
const PARENTS_ROLES = new Set(['senco', 'sendco', 'head', 'headteacher', 'deputy', 'ta', 'tas']);

/** Session school15: lessons outside a school, near "my pupils/students": "my students ... her grade 5 ballet exam". */
const PRIVATE_HOBBY: ReadonlySet<string> = new Set(['piano', 'guitar', 'violin', 'viola', 'cello', 'flute', 'clarinet', 'drums', 'ukulele', 'singing', 'ballet', 'dance', 'tap', 'yoga', 'pilates', 'karate', 'judo', 'taekwondo', 'abrsm', 'lamda', 'grading']);
// (Not "driving" or "swimming": "Failed my driving theory test. Nobody tell my students" is a teacher's own test, and
// a class goes swimming.)
/** Session school15: tutoring outside a school: "private tutoring", "I tutor privately", tuition. */
const PRIVATE_TUTORING = /\b(?:private(?:ly)?\s+tutor\w*|tutor(?:ing|s)?\s+privately|tuition|tutoring\s+business|online\s+tutor\w*)\b/i;
/** Session school15: the writer retired from the job: "since I retired", "before I retired", "in retirement". */
const RETIRED = /\b(?:when\s+i\s+(?:was\s+)?(?:teaching|taught)|retired\s+now|long\s+retired|i\s+retired|i['’]ve\s+retired|i\s+have\s+retired|(?:in|my|since|after)\s+retirement|i['’]m\s+retired|i\s+am\s+retired|now\s+retired|retired\s+(?:teacher|head|headteacher|ta|senco|deputy)|before\s+i\s+(?:left|retired|quit))\b/i;
/** The role held long ago: "I used to work as a TA", "as a teacher years ago" (not for "my class used to ...": a teacher's now). */
const USED_TO = /\b(?:years\s+ago|used\s+to)\b/i;
/** A job the writer has left, in the sentence of "I taught": "years ago", "back in 2009", "before I retired". */
const FORMER_JOB = /\b(?:years\s+ago|long\s+ago|back\s+in|back\s+when|used\s+to|retired|retiring|left\s+teaching|before\s+i\s+(?:left|retired|quit)|once\s+upon|(?:19|20)\d\d)\b/i;
/**
 * Session school12: the end of a school group, class or club the writer runs after "my"/"our" at word i, with up to
 * three describing words between ("my Thursday spelling group", "My gorgeous Nurture lot", "my fab little maths
 * group", "my own little Year 1 class", "my new Year 2 class", "my own Reception class", "my first after school coding
 * club"), or -1. A group adults have too ("reading", "maths") needs "my" and a school cue near it.
 */
function modifiedGroupEnd(doc: Doc, words: readonly Word[], i: number): number {
  let k = i + 1;
  let mods = 0;
  let clubTime = false;
  while (k < words.length && mods < 4) {
    const x = words[k]!;
    if (x.prefix || x.sentenceStart) return -1;
    if (x.norm === 'after' && words[k + 1]?.norm === 'school') {
      clubTime = true;
      k += 2;
      mods++;
      continue;
    }
    if (!GROUP_MODIFIERS.has(x.norm)) break;
    if (CLUB_TIMES.has(x.norm)) clubTime = true;
    k++;
    mods++;
  }
  if (k >= words.length) return -1;
  const x = words[k]!;
  if (x.prefix) return -1;
  // "my first after school coding club", "my lunchtime reading club": a club a school runs, by when it meets. Lunchtime
  // clubs are a workplace's too, so those need a school cue near.
  if (clubTime) {
    for (let j = k; j < k + 3 && j < words.length; j++) {
      if (words[j]!.norm === 'club' || words[j]!.norm === 'clubs') {
        const afterSchool = words.slice(i + 1, k).some((y) => y.norm === 'after' || y.norm === 'afterschool');
        return afterSchool || schoolContextNear(doc, i, 40, j + 1 - i) ? j + 1 : -1;
      }
    }
  }
  // "my own little Year 1 class", "my new Year 2 class", "our lovely Year 4 children".
  const yk = x.norm;
  let g = -1;
  if ((yk === 'year' || yk === 'yr') && /^(?:[1-9]|1[0-3])$/.test(words[k + 1]?.norm ?? '')) g = k + 2;
  else if (/^(?:y|yr|year)(?:[1-9]|1[0-3])$/.test(yk)) g = k + 1;
  else if ((yk === 'reception' || yk === 'nursery') && x.cap) g = k + 1;
  // "my little Year 2 booster lot", "our Year 9 maths set": a school group kind or subject after the year group.
  let kind = false;
  if (g > 0) {
    const kw = words[g]?.norm ?? '';
    if ((SCHOOL_GROUP_KINDS.has(kw) && kw !== 'sats') || SHARED_GROUP_KINDS.has(kw) || SUBJECTS.has(kw) || RESIT.test(kw)) {
      g++;
      kind = true;
      if (RESIT.test(words[g]?.norm ?? '')) g++;
    }
  }
  // With no word between, a year group's class is the older branches' ("my Year 6 class", "our Reception class").
  if (g > 0 && mods === 0 && !kind) return -1;
  if (g > 0 && kind) return /^(?:class|classes|children|kids|group|groups|babies|lot|set|sets)$/.test(words[g]?.norm ?? '') && !words[g]!.sentenceStart ? g + 1 : -1;
  // Not "my own little Year 1 class of 1989" or "... class reunion": the writer's own schooldays.
  if (g > 0) return /^(?:class|classes|children|kids|group|form|babies|cohort)$/.test(words[g]?.norm ?? '') && !/^(?:of|reunion|reunions|photo|photos|mates)$/.test(words[g + 1]?.norm ?? '') ? g + 1 : -1;
  // "catch-up" (two words), "A level" (two words), then one kind word.
  let e = -1;
  let shared = false;
  if (yk === 'catch' && words[k + 1]?.norm === 'up') e = k + 2;
  else if (yk === 'a' && words[k + 1]?.norm === 'level' && x.cap) e = k + 2;
  else if (SCHOOL_GROUP_KINDS.has(yk) && (!/^(?:sen|send|sats)$/.test(yk) || x.upper)) e = k + 1;
  // Session school15: "my guided reading group" (a school's way of teaching reading), "my Forest School group" (outdoor
  // sessions a school runs; the leader's own group).
  else if ((yk === 'guided' && words[k + 1]?.norm === 'reading') || (yk === 'forest' && words[k + 1]?.norm === 'school' && x.cap)) e = k + 2;
  else if (SHARED_GROUP_KINDS.has(yk)) {
    e = k + 1;
    shared = true;
    // Session school13: "my reading intervention group", "my maths booster lot": a school-only kind after the shared one
    // makes it a school's group with no school word near.
    const k2 = words[k + 1];
    if (k2 && !k2.prefix && !k2.sentenceStart && SCHOOL_GROUP_KINDS.has(k2.norm) && !/^(?:sen|send|sats|gcse|gcses|ks[1-4]|tutor|tutee)$/.test(k2.norm)) {
      e = k + 2;
      shared = false;
    }
  }
  // "my GCSE resit class", "my maths revision group": a resit or revision group of the kind.
  if (e > 0 && RESIT.test(words[e]?.norm ?? '') && !words[e]!.sentenceStart) e++;
  if (e < 0 || !GROUP_NOUNS.test(words[e]?.norm ?? '') || words[e]!.sentenceStart) return -1;
  // A shared kind only as a group or set, and only of "my" with a school cue near ("my Tuesday reading group have all
  // moved up a book band"; not "my fab little book group", "our reading group at the library").
  if (shared && (words[i]!.norm !== 'my' || !/^(?:groups?|set)$/.test(words[e]!.norm) || !(schoolContextNear(doc, i, 40, e + 1 - i) || (yk === 'reading' && CHILD_READING.test(doc.text.slice(words[e]!.end, words[e]!.end + 160)))) || GROWN_UP_GROUP.test(doc.text.slice(words[i]!.start, words[e]!.end + 200)))) return -1;
  return e + 1;
}

const REASON_ROLE = 'This says you work in a school. Your policy asks staff not to identify their school or role on personal accounts.';
const REASON_MY = 'This tells readers you work in a school. On a personal account, details like this can identify your school and your pupils.';

function matchRoleAfter(words: readonly Word[], from: number): number {
  // Returns the index after the role word, or -1: "(primary school) teacher", "Year 6 teacher", "TA".
  for (let k = from; k < words.length && k < from + 5; k++) {
    const n = words[k]!.norm;
    // Session school15: "tutor" alone is a private tutor's job ("I'm a maths tutor"); a school's is a form, year or
    // sixth-form tutor ("I'm a form tutor", "as a Year 9 tutor").
    if (n === 'tutor' && !words.slice(from, k).some((x) => /^(?:form|year|yr|sixth|house|ks[3-5])$/.test(x.norm) || /^(?:y\d+|[1-9]|1[0-3])$/.test(x.norm))) return -1;
    if (ROLES.has(n) && !(n === 'head' && words[k + 1]?.norm === 'of' && k + 1 < from + 5 && ROLE_FILLERS.has(words[k + 2]?.norm ?? '') === false && words[k + 2]?.norm !== 'year' && words[k + 2]?.norm !== 'department')) {
      if (n === 'teaching' && words[k + 1]?.norm !== 'assistant') return -1;
      if ((n === 'ta' || n === 'slt' || n === 'dsl') && !words[k]!.upper) return -1;
      return k + (words[k + 1]?.norm === 'assistant' ? 2 : 1);
    }
    if (!ROLE_FILLERS.has(n) && !YEAR_NUM.test(n)) return -1;
  }
  return -1;
}

/**
 * Self-identification as school staff on a personal account: "as a teacher at ...", "I'm a TA", "I teach
 * Year 5", "my class", "my Year 6s", "our head".
 */
export default defineRule({
  meta: {
    id: 'school/staff-identity',
    category: 'school',
    severity: 'low',
    theme: 'staff-identification',
    description: 'Saying you work in a school: "as a teacher at ...", "my class", "my Year 6s", "our head".',
  },
  create() {
    return (doc: Doc): Hit[] => {
      const words = docWords(doc);
      const hits: Hit[] = [];
      // Whole-post facts, computed at most once per post (never per match: "my class" x 10,000 stays linear); what is
      // near a match (nearHas) is bounded by its radius.
      let childhood: boolean | undefined;
      let schoolTalk: boolean | undefined;
      // Session school15: whole-post pre-checks, so a post of 10,000 "my class" reads the sentence around each one only
      // when the post has retirement or private tutoring words at all.
      let retiredPost: boolean | undefined;
      let tutoringPost: boolean | undefined;
      const retiredNear = (k: number): boolean => (retiredPost ??= RETIRED.test(doc.text)) && RETIRED.test(sentenceAround(doc, words[k]!));
      const push = (a: number, b: number, reason: string, severity?: Hit['severity']): void => {
        // "My head of department at the bank", "Our TA at the gym": the same role at another employer.
        if (OTHER_EMPLOYER_AFTER.test(doc.text.slice(words[b - 1]!.end, words[b - 1]!.end + 60))) return;
        hits.push({ start: words[a]!.start, end: words[b - 1]!.end, reason, ...(severity ? { severity } : {}) });
      };
      const opens = OPENS.of(doc);
      for (let i = 0; i < words.length; i++) {
        // Every branch below needs its word to be one of OPENING_WORDS: the others are passed over.
        if (opens[i] === 0) continue;
        const w = words[i]!.norm;
        const n1 = words[i + 1]?.norm;
        // Words only staff use about their own day: "PPA time", "teacher life", "back in the classroom". ("The
        // staffroom" and "INSET day" alone are left as clean: they say nothing a school policy asks to hide.)
        // "That teacher life meme", "a teacher life account": a kind of post about teachers, not the writer's life (session places10).
        const aboutPosts = w === 'teacher' && /^(?:memes?|accounts?|pages?|videos?|tiktoks?|reels?|posts?|content|influencers?|quotes?)$/.test(words[i + 2]?.norm ?? '');
        // Session school15: "Retired teacher life", "ex-teacher life": a teacher no longer at a school.
        const former = w === 'teacher' && /^(?:retired|ex|former|formerly|recovering)$/.test(words[i - 1]?.norm ?? '');
        if ((w === 'ppa' && words[i]!.upper) || (w === 'teacher' && n1 === 'life' && !words[i]!.prefix && !aboutPosts && !former)) {
          push(i, w === 'teacher' ? i + 2 : i + 1, REASON_MY);
          if (w === 'teacher') i++;
          continue;
        }
        if (w === 'back' && n1 === 'in' && words[i + 2]?.norm === 'the' && words[i + 3]?.norm === 'classroom') {
          push(i, i + 4, REASON_MY);
          i += 3;
          continue;
        }
        // "as a teacher", "I'm a TA", "I am a headteacher", "being a teacher", "work as a TA"
        // "As the school's SENCo" (session places10): the school's one post-holder.
        const theSchools = w === 'as' && n1 === 'the' && words[i + 2]?.norm === 'school' && words[i + 2]!.possessive;
        if ((w === 'as' || w === 'im' || (w === 'being' && words[i]!.sentenceStart) || (w === 'am' && words[i - 1]?.norm === 'i')) && (n1 === 'a' || n1 === 'an' || theSchools)) {
          const end = matchRoleAfter(words, theSchools ? i + 3 : i + 2);
          // "thinking of retraining as a teacher", "would love to work as a TA": a job wished for, not held.
          // "Being a governor must be a thankless task", "Being a head sounds awful": a guess from outside the job.
          if (end > 0 && w === 'being' && GUESS_AFTER.has(words[end]?.norm ?? '')) {
            i = end - 1;
            continue;
          }
          // Session school15: "I worked as a teacher for 38 years before I retired": a job the writer has left.
          if (end > 0 && (w === 'as' || w === 'being') && (RETIRED.test(sentenceAround(doc, words[i]!)) || USED_TO.test(sentenceAround(doc, words[i]!)))) {
            i = end - 1;
            continue;
          }
          if (end > 0 && w === 'as' && wishedFor(words, i)) {
            i = end - 1;
            continue;
          }
          if (end > 0) {
            const start = w === 'am' ? i - 1 : i;
            // "... at Oakfield Primary": the place is named too.
            let e = end;
            if ((words[e]?.norm === 'at' || words[e]?.norm === 'in') && words[e + 1]?.cap) {
              e += 2;
              while (e < words.length && words[e]!.cap && words[e]!.norm !== 'i' && e - end < 7) {
                e++;
                if (SCHOOL_WORDS.has(words[e - 1]!.norm) && !SCHOOL_WORDS.has(words[e]?.norm ?? '')) break;
              }
              push(start, e, REASON_ROLE, 'medium');
            } else push(start, end, REASON_ROLE);
            i = e - 1;
            continue;
          }
        }
        // "I teach", "I work at/in a school", "teacher at Oakfield"
        // "I've taught at Bramhall High", "I have worked at Oakfield Primary for ten years"
        if ((w === 'ive' || (w === 'i' && n1 === 'have')) && ['taught', 'worked'].includes(words[i + (w === 'ive' ? 1 : 2)]?.norm ?? '')) {
          const v = i + (w === 'ive' ? 1 : 2);
          const prep = words[v + 1];
          if (words[v]!.norm === 'taught' || (prep && (prep.norm === 'at' || prep.norm === 'in') && words[v + 2]?.cap)) {
            let e = v + 1;
            if (prep && (prep.norm === 'at' || prep.norm === 'in') && words[v + 2]?.cap) {
              e = v + 3;
              while (e < words.length && words[e]!.cap && words[e]!.norm !== 'i' && e - v < 8) e++;
            }
            push(i, e, REASON_ROLE, e > v + 1 ? 'medium' : undefined);
            i = e - 1;
            continue;
          }
        }
        // "When I taught in Year 2, years ago" (session school12): a job the writer has left.
        // Session school15: "I taught for 34 years": past simple over a span of years is a finished career ("I've taught
        // for ten years" is still going, and "I've" is read above).
        if (w === 'i' && n1 === 'taught' && words[i + 2]?.norm === 'for' && /^(?:\d+|many|over|nearly|almost|thirty|forty|twenty|ten|fifteen|twelve)$/.test(words[i + 3]?.norm ?? '')) {
          i++;
          continue;
        }
        if (w === 'i' && n1 === 'taught' && FORMER_JOB.test(sentenceAround(doc, words[i]!))) {
          i++;
          continue;
        }
        if (w === 'i' && (n1 === 'teach' || n1 === 'taught') && [2, 3, 4].some((d) => TEACH_OUTSIDE.test(words[i + d]?.norm ?? '') && !words[i + d]!.sentenceStart)) {
          i++;
          continue;
        }
        if (w === 'i' && (n1 === 'teach' || n1 === 'taught') && !NOT_TEACH_NEXT.has(words[i + 2]?.norm ?? '')) {
          push(i, i + 2, REASON_ROLE);
          i++;
          continue;
        }
        if (w === 'i' && n1 === 'work' && (words[i + 2]?.norm === 'at' || words[i + 2]?.norm === 'in')) {
          let e = i + 3;
          let school = false;
          while (e < words.length && e < i + 9) {
            const n = words[e]!.norm;
            if (SCHOOL_WORDS.has(n)) {
              school = true;
              e++;
              while (e < words.length && SCHOOL_WORDS.has(words[e]!.norm)) e++;
              break;
            }
            if (!words[e]!.cap && !['a', 'the', 'an', 'local', 'special', 'primary', 'secondary', 'state', 'private', 'independent', 'big', 'small', 'village', 'inner', 'city'].includes(n)) break;
            e++;
          }
          if (school) {
            push(i, e, REASON_ROLE, 'medium');
            i = e - 1;
            continue;
          }
        }
        // "staffroom at ours", "the caretaker at ours": "ours" is the writer's school.
        // "the dinner ladies at mine", "the lollipop lady at ours": school staff named by their job.
        const schoolJob = (w === 'ladies' || w === 'lady') && DINNER.has(words[i - 1]?.norm ?? '');
        // "Mock Ofsted this week at ours", "assembly tomorrow at mine": a school word a few words before "at ours".
        if (AT_OURS.has(w) && !schoolJob && n1 !== 'at' && n1 !== 'in') {
          let k = i + 1;
          while (k < i + 4 && k < words.length && words[k]!.norm !== 'at') k++;
          const place = words[k + 1]?.norm;
          if (words[k]?.norm === 'at' && (place === 'ours' || place === 'mine') && !/[.!?\n]/.test(doc.text.slice(words[i]!.end, words[k]!.start))) {
            push(i, k + 2, REASON_MY);
            i = k + 1;
            continue;
          }
        }
        if ((AT_OURS.has(w) || schoolJob) && (n1 === 'at' || n1 === 'in') && (words[i + 2]?.norm === 'ours' || words[i + 2]?.norm === 'mine')) {
          push(schoolJob ? i - 1 : i, i + 3, REASON_MY);
          i += 2;
          continue;
        }
        // Session places10: "our multi-academy trust", "our multi academy trust".
        if ((w === 'our' || w === 'my') && /^multi-?academy$|^multi$/.test(n1 ?? '')) {
          let k = i + 2;
          if (n1 === 'multi' && words[k]?.norm === 'academy') k++;
          if (words[k]?.norm === 'trust') {
            push(i, k + 1, REASON_MY);
            i = k;
            continue;
          }
        }
        // Session places10: "our chair of governors", "our new Chair of Governors": the chair of the writer's school's board.
        if (w === 'our' || w === 'my') {
          const k = ADJECTIVES.has(n1 ?? '') ? i + 2 : i + 1;
          if (words[k]?.norm === 'chair' && words[k + 1]?.norm === 'of' && (words[k + 2]?.norm === 'governors' || (words[k + 2]?.norm === 'the' && words[k + 3]?.norm === 'governors'))) {
            const end = words[k + 2]!.norm === 'the' ? k + 4 : k + 3;
            push(i, end, REASON_MY);
            i = end - 1;
            continue;
          }
        }
        // Session places10: the chief executive of the writer's trust ("our trust CEO", "our MAT's CEO"), "the trust's CEO"
        // visiting ("The trust's CEO visited us", "... did a learning walk"; an opinion of the trust's pay names no school),
        // or "our CEO" in a post about school; not an NHS trust's ("visited the ward").
        if (w === 'ceo' && words[i]!.upper && i > 0) {
          const p = words[i - 1]!;
          const owner = words[i - 2]?.norm;
          // ("Our MAT CEO" is found as "Our MAT" already.)
          const trust = (p.norm === 'trust' && (owner === 'our' || owner === 'the')) || (p.norm === 'mat' && p.upper && owner === 'the');
          if (trust && !NOT_SCHOOL_TRUST.test(doc.text) && (owner === 'our' || VISIT.test(doc.text.slice(words[i]!.end)))) {
            push(i - 2, i + 1, REASON_MY);
            continue;
          }
          if (p.norm === 'our' && (schoolTalk ??= hasSchoolContext(doc)) && !NOT_SCHOOL_TRUST.test(doc.text)) {
            push(i - 1, i + 1, REASON_MY);
            continue;
          }
        }
        // Session school12: "I've got a brand new Year 1 class this year", "I have been given a Year 2 booster group":
        // a class or group the writer is given is theirs to teach.
        if (w === 'ive' || (w === 'i' && n1 === 'have')) {
          let k = w === 'ive' ? i + 1 : i + 2;
          if (words[k]?.norm === 'got') k++;
          else if (words[k]?.norm === 'been' && /^(?:given|allocated)$/.test(words[k + 1]?.norm ?? '')) k += 2;
          else k = -1;
          if (k > 0 && /^(?:a|an)$/.test(words[k]?.norm ?? '')) {
            const g = modifiedGroupEnd(doc, words, k);
            if (g > 0) {
              push(i, g, REASON_MY);
              i = g - 1;
              continue;
            }
          }
        }
        // Session school12: a school group, class or club the writer runs, with words between ("my wee booster group").
        if (w === 'my' || w === 'our') {
          const g = modifiedGroupEnd(doc, words, i);
          if (g > 0) {
            push(i, g, REASON_MY);
            i = g - 1;
            continue;
          }
          // "our exec head", "Our executive head", "our assistant head", "our new AHT": leaders of the writer's school.
          const k = ADJECTIVES.has(n1 ?? '') ? i + 2 : i + 1;
          const r = words[k];
          let lead = -1;
          if (r && LEADER_FIRST.has(r.norm) && LEADER_HEAD.test(words[k + 1]?.norm ?? '') && !NOT_SCHOOL_HEAD_NEXT.test(words[k + 2]?.norm ?? '')) lead = k + 2;
          else if (r && /^(?:aht|dht|ahts)$/.test(r.norm) && r.upper) lead = k + 1;
          // "our business manager": a school's (SBM) only in a post about school and at no other workplace.
          else if (r && r.norm === 'business' && words[k + 1]?.norm === 'manager' && schoolContextNear(doc, i, 60, k + 2 - i) && !OTHER_WORKPLACE.test(doc.text)) lead = k + 2;
          if (lead > 0) {
            push(i, lead, REASON_MY);
            i = lead - 1;
            continue;
          }
          // "our SENCo was brilliant in getting my son his EHCP": a parent's "our", said of their child's school.
          // Session school14: "..., and at work our head has ..." is the writer's workplace whatever else the sentence says.
          if (w === 'our' && PARENTS_ROLES.has(words[k]?.norm ?? '') && PARENT_SENTENCE.test(sentenceAround(doc, words[i]!)) && !(words[i - 1]?.norm === 'work' && words[i - 2]?.norm === 'at')) {
            i = k;
            continue;
          }
        }
        // "my top set Year 11s", "my little Y1s": a year group after a word or two of description.
        if ((w === 'my' || w === 'our') && n1 !== undefined && (ADJECTIVES.has(n1) || SET_WORDS.has(n1))) {
          let k = i + 1;
          while (k < i + 3 && k < words.length && (ADJECTIVES.has(words[k]!.norm) || SET_WORDS.has(words[k]!.norm))) k++;
          const yk = words[k]?.norm ?? '';
          const end = /^(?:y|yr|year)(?:[1-9]|1[0-3])s$/.test(yk) ? k + 1 : (yk === 'year' || yk === 'yr') && /^(?:[1-9]|1[0-3])s$/.test(words[k + 1]?.norm ?? '') ? k + 2 : -1;
          if (end > 0) {
            push(i, end, REASON_MY);
            i = end - 1;
            continue;
          }
        }
        if ((w === 'my' || w === 'our') && n1 !== undefined) {
          const x = words[i + 1]!;
          // "my 6B lot", "my 8X are chatty": a class code (a unit letter only with a class word after it: not "my 5K").
          const code = /^(?:[1-9]|1[0-3])([a-z])$/.exec(n1);
          if (code && /^\d+[A-Z]$/.test(x.text) && !x.prefix && (!UNIT_LETTERS.has(code[1]!) || CODE_GROUP.has(words[i + 2]?.norm ?? ''))) {
            push(i, i + 2, REASON_MY);
            i += 1;
            continue;
          }
          // Session school15: "our amazing office team ... 400 trip letters", "our admin team ... 350 permission slips":
          // support staff with a describing word before the team, or with the school's paperwork in their sentence.
          {
            let k = i + 1;
            while (k < i + 3 && ADJECTIVES.has(words[k]?.norm ?? '') && !words[k]!.sentenceStart) k++;
            const team = words[k];
            if (team && w === 'our' && SUPPORT_TEAMS.has(team.norm) && (k > i + 1 || team.norm === 'office' || team.norm === 'admin') && /^(?:team|staff|ladies|crew)$/.test(words[k + 1]?.norm ?? '') && !words[k + 1]!.sentenceStart) {
              const sentence = sentenceAround(doc, words[i]!);
              if ((k > i + 1 && (schoolTalk ??= hasSchoolContext(doc))) || SCHOOL_PAPERS.test(sentence)) {
                push(i, k + 2, REASON_MY);
                i = k + 1;
                continue;
              }
            }
          }
          // Session school15: "my lot were feral after wet play": the writer's class in staff talk, with a school cue a few
          // words away and none of a parent's home life near ("my lot are at their dad's", "my lot ... the school run").
          if (w === 'my' && n1 === 'lot' && /^(?:were|are|was|have|had|did|do|made|loved|love|got)$/.test(words[i + 2]?.norm ?? '') && schoolContextNear(doc, i, 12, 2)) {
            const around = doc.text.slice(Math.max(0, words[i]!.start - 120), words[i]!.end + 160);
            if (!MY_LOT_HOME.test(around) && !PARENT_SENTENCE.test(around)) {
              push(i, i + 2, REASON_MY);
              i += 1;
              continue;
            }
          }
          // "My lot in 6T", "my lot in 5B", "our bunch in Y4" (session places9): a group of mine in a class code or year group.
          if (/^(?:lot|bunch|crew|gang|tribe|babies|darlings)$/.test(n1) && words[i + 2]?.norm === 'in') {
            const g = words[i + 3];
            if (g && !g.prefix && ((/^(?:[1-9]|1[0-3])[A-Z]{1,2}\d?$/.test(g.text)) || /^(?:y|yr|year)(?:[1-9]|1[0-3])$/.test(g.norm) || ((g.norm === 'year' || g.norm === 'yr') && /^(?:[1-9]|1[0-3])$/.test(words[i + 4]?.norm ?? '')) || (g.cap && /^(?:reception|nursery)$/.test(g.norm)))) {
              const end = (g.norm === 'year' || g.norm === 'yr') ? i + 5 : i + 4;
              push(i, end, REASON_MY);
              i = end - 1;
              continue;
            }
          }
          // "our sixth form", "our science department".
          // "my sixth formers" (session school12): the writer's sixth-form students.
          if (n1 === 'sixth' && words[i + 2]?.norm === 'formers') {
            push(i, i + 3, REASON_MY);
            i += 2;
            continue;
          }
          if ((n1 === 'sixth' && words[i + 2]?.norm === 'form' && !/^(?:days|years|memories|reunion|friends|friend|photos?|uniform)$/.test(words[i + 3]?.norm ?? '')) || (SUBJECTS.has(n1) && (n1 !== 're' && n1 !== 'pe' && n1 !== 'send' && n1 !== 'sen' && n1 !== 'dt' ? true : x.upper) && /^departments?$/.test(words[i + 2]?.norm ?? ''))) {
            push(i, i + 3, REASON_MY);
            i += 2;
            continue;
          }
          // "our head's given us an early finish" (never "my head's banging").
          if (w === 'our' && n1 === 'head' && x.possessive && !/^(?:pounding|banging|spinning|hurting|killing|full|fried|gone|mashed|all|a|in|not|still|so)$/.test(words[i + 2]?.norm ?? '')) {
            push(i, i + 2, REASON_MY);
            i += 1;
            continue;
          }
        }
        if ((w === 'my' || w === 'our') && n1 !== undefined && (n1 === 'old' || n1 === 'former') && MY_THINGS.has(words[i + 2]?.norm ?? '') && ((childhood ??= CHILDHOOD.test(doc.text)) || OWN_SCHOOL_DAYS.test(doc.text))) {
          // "our old headteacher used to stand at the gate when I was little": the writer's own school days.
          i += 2;
          continue;
        }
        if ((w === 'my' || w === 'our') && n1 !== undefined && ADJECTIVES.has(n1) && MY_THINGS.has(words[i + 2]?.norm ?? '') && words[i + 2]?.norm !== 'kids' && !(n1 === 'old' && words[i + 2]?.norm === 'school')) {
          // "our new SENCO", "my lovely class": skip the adjective.
          const n2 = words[i + 2]!.norm;
          // Session school15: "Long retired now but my old class still send me cards": a teacher looking back.
          if (/^(?:class|classroom|pupils|students|classes|tutees)$/.test(n2) && retiredNear(i)) {
            i += 2;
            continue;
          }
          const nx = words[i + 3]?.norm;
          // "our new head starts Monday", "our new head, Mrs Ade", not "our new head torch" / "head chef" / "head gasket".
          const headThing = n2 === 'head' && nx !== undefined && !words[i + 3]!.sentenceStart && !/[,.;:!?()]/.test(doc.text.slice(words[i + 2]!.end, words[i + 3]!.start)) && (!headActs(nx) || (nx === 'of' && !HEAD_OF_SCHOOL.test(words[i + 4]?.norm ?? '')));
          if (!headThing && !(nx !== undefined && MY_THINGS.get(n2)!.includes(nx)) && !((n2 === 'ta' || n2 === 'slt') && !words[i + 2]!.upper)) {
            push(i, i + 3, REASON_MY);
            i += 2;
            continue;
          }
        }
        if ((w === 'our' || w === 'my') && n1 === 'dinner' && (words[i + 2]?.norm === 'ladies' || words[i + 2]?.norm === 'lady' || words[i + 2]?.norm === 'staff')) {
          push(i, i + 3, REASON_MY);
          i += 2;
          continue;
        }
        if ((w === 'my' || w === 'our') && n1 !== undefined) {
          // "my Year 6s", "my Y6s", "my year 6 class", "our Year 10 group"
          if (n1 === 'year' || n1 === 'yr' || /^(?:y|yr|year)(?:[1-9]|1[0-3])s?$/.test(n1)) {
            let e = i + 2;
            const plural = /s$/.test(n1) && n1 !== 'years';
            if (n1 === 'year' || n1 === 'yr') {
              const num = words[e]?.norm ?? '';
              if (!YEAR_NUM.test(num)) continue;
              e++;
              if (num.endsWith('s')) {
                push(i, e, REASON_MY);
                i = e - 1;
                continue;
              }
            } else if (plural) {
              push(i, e, REASON_MY);
              i = e - 1;
              continue;
            }
            const group = words[e]?.norm;
            // "my Year 11 tutor group", "our Year 7 nurture group": a group only a school runs, with its year.
            // Session school12: "my Year 4 maths group", "our Year 10 science class": a year group's class in a subject.
            // "my year 11 resit group", "our Year 6 booster group": a year group's resit, revision or school-only group.
            const g2 = group && (SUBJECTS.has(group) || SHARED_GROUP_KINDS.has(group) || RESIT.test(group) || (SCHOOL_GROUP_KINDS.has(group) && group !== 'sats')) && RESIT.test(words[e + 1]?.norm ?? '') ? e + 2 : e + 1;
            if (group && (SUBJECTS.has(group) || SHARED_GROUP_KINDS.has(group) || RESIT.test(group) || (SCHOOL_GROUP_KINDS.has(group) && group !== 'sats')) && /^(?:groups?|class|classes|sets?)$/.test(words[g2]?.norm ?? '') && !words[g2]!.sentenceStart) {
              push(i, g2 + 1, REASON_MY);
              i = g2;
              continue;
            }
            if (group && GROUP_KINDS.has(group) && /^groups?$/.test(words[e + 1]?.norm ?? '')) {
              push(i, e + 2, REASON_MY);
              i = e + 1;
              continue;
            }
            if (group && ['class', 'classes', 'group', 'groups', 'pupils', 'students', 'kids', 'children', 'lot', 'form', 'set', 'babies', 'team', 'tutees', 'boys', 'girls', 'cohort', 'leavers', 'starters', 'teacher', 'teachers', 'ta', 'tas', 'lead', 'leader', 'trip', 'residential', 'assembly', 'nativity', 'play', 'production'].includes(group)) {
              push(i, e + 1, REASON_MY);
              i = e;
            }
            continue;
          }
          const not = MY_THINGS.get(n1);
          if (not === undefined) {
            // "my tutor group", "my nurture group", "our phonics group": groups only a school runs.
            if (GROUP_KINDS.has(n1) && /^groups?$/.test(words[i + 2]?.norm ?? '')) push(i, i + 3, REASON_MY);
            // "my top set", "our bottom sets": pupils set by ability, which only a school does ("top set of drawers" is not).
            else if (SET_RANKS.has(n1) && /^sets?$/.test(words[i + 2]?.norm ?? '') && words[i + 3]?.norm !== 'of') push(i, i + 3, REASON_MY);
            // "our office team ... trip letters", "our site team ... the playground": support staff, in a post about school.
            else if (SUPPORT_TEAMS.has(n1) && /^(?:team|staff|manager|managers|ladies|crew|supervisors|assistants)$/.test(words[i + 2]?.norm ?? '') && (schoolTalk ??= hasSchoolContext(doc))) push(i, i + 3, REASON_MY);
            // "our PE lead", "our EYFS lead", "my KS2 coordinator", "our learning mentor": a school post by its subject or phase.
            else if ((SUBJECTS.has(n1) || PHASES.has(n1)) && LEAD_ROLES.has(words[i + 2]?.norm ?? '') && (!['pe', 're', 'send', 'sen', 'dt', 'rs'].includes(n1) || words[i + 1]!.upper) && (n1 !== 'learning' || words[i + 2]!.norm === 'mentor')) push(i, i + 3, REASON_MY);
            continue;
          }
          const nx = words[i + 2]?.norm;
          // Session school13: "My students" of a university lecturer ("dissertations", "lecturing", "at the uni").
          if (n1 === 'students' && HIGHER_ED.test(doc.text)) continue;
          if (n1 === 'kids') {
            // "my kids at school" is a parent as often as a teacher; "my kids in class" is a teacher.
            if (nx === 'in' && words[i + 3]?.norm === 'class') push(i, i + 4, REASON_MY);
            continue;
          }
          if (nx !== undefined && not.includes(nx)) continue;
          // A parent's "our school" ("... with my son's EHCP"), a former pupil's ("I was head girl at my school",
          // "my old school"), a gym-goer's "my class".
          if (n1 === 'school' && (nearHas(words, i, OWN_CHILD, 30, true) || words.slice(Math.max(0, i - 6), i).some((x) => x.norm === 'was' || x.norm === 'went' || x.norm === 'attended'))) continue;
          if (n1 === 'class' && nearHas(words, i, HOBBY, 20)) continue;
          // Session school15: a private tutor's tutees and pupils ("Private tutoring is the best job"); a teacher looking
          // back from retirement ("Since I retired I still dream about my classroom").
          if (/^(?:tutees|pupils|students)$/.test(n1) && nearHas(words, i, PRIVATE_HOBBY, 15)) continue;
          if (/^(?:tutees|pupils|students|class|classroom)$/.test(n1) && (tutoringPost ??= PRIVATE_TUTORING.test(doc.text)) && PRIVATE_TUTORING.test(doc.text.slice(Math.max(0, words[i]!.start - 200), words[i]!.end + 200))) continue;
          if (/^(?:class|classroom|pupils|students|classes|tutees)$/.test(n1) && retiredNear(i)) continue;
          // Session school14: "Our head is retiring at Easter ... the whole staffroom was in bits in briefing": the head
          // leaving, with the staff side near; a parent reads it in the newsletter ("says the newsletter", "my daughter").
          if (w === 'our' && n1 === 'head' && /^(?:is|s)$/.test(nx ?? '') && /^(?:retiring|leaving|stepping|moving|going)$/.test(words[i + 3]?.norm ?? '')) {
            const around = doc.text.slice(Math.max(0, words[i]!.start - 300), words[i]!.end + 300);
            const sentence = sentenceAround(doc, words[i]!);
            if (HEAD_LEAVING_STAFF.test(around) && !HEAD_LEAVING_PARENT.test(doc.text.slice(Math.max(0, words[i]!.start - 150), words[i]!.end + 150)) && !OTHER_WORKPLACE.test(sentence)) {
              push(i, i + 4, REASON_MY);
              i += 3;
              continue;
            }
          }
          // "my head" is mostly the one on your shoulders: only "our head has announced", "my head of year".
          if (n1 === 'head' && (nx === undefined || !(HEAD_NEXT.has(nx) || (words[i + 2]!.cap && !words[i + 2]!.sentenceStart)))) continue;
          // ... and "in my head", "out of my head", "off my head": the mind, whatever follows.
          if (n1 === 'head' && MIND_BEFORE.has(words[i - 1]?.norm ?? '')) continue;
          if ((n1 === 'ta' || n1 === 'slt') && !words[i + 1]!.upper) continue;
          // "our MAT" (multi-academy trust), never "my mat"; "our Reception class", "my nursery children", not "our nursery" (a parent's).
          if (n1 === 'mat' && !words[i + 1]!.upper) continue;
          if ((n1 === 'reception' || n1 === 'nursery') && !['class', 'classes', 'children', 'kids', 'team', 'teacher', 'babies', 'cohort', 'class\'s'].includes(nx ?? '')) continue;
          if (n1 === 'reception' || n1 === 'nursery') {
            push(i, i + 3, REASON_MY);
            i += 2;
            continue;
          }
          if (n1 === 'blwyddyn' && !/^(?:[1-9]|1[0-3])$/.test(nx ?? '')) continue;
          if (n1 === 'trust' && (nearHas(words, i, OWN_CHILD, 30, true) || NOT_SCHOOL_TRUST.test(doc.text))) continue;
          // "our trust", "our academy chain" are an employer's; "my trust in the trains", "our academy chain of thought" are not.
          if ((n1 === 'trust' || n1 === 'academy' || n1 === 'mat') && (w === 'my' || nx === 'in' || (nx === 'chain' && words[i + 3]?.norm === 'of'))) continue;
          if (n1 === 'form' && !FORM_NEXT.has(nx ?? '') && !/^\d/.test(nx ?? '') && !(words[i - 1]?.norm === 'in' && !['fill', 'filled', 'filling', 'fills', 'put', 'typed', 'sent', 'send', 'hand', 'handed'].includes(words[i - 2]?.norm ?? ''))) {
            // "my form" alone is too often a form to fill in: "in my form", "my form group", "my form are".
            continue;
          }
          push(i, i + 2 + (n1 === 'form' && nx ? 1 : 0), REASON_MY);
          i += 1;
        }
      }
      return hits;
    };
  },
});
