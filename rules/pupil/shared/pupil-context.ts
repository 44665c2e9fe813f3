import type { Doc } from '../../../lib/engine/rule.ts';
import { docWords, type Word } from '../../../lib/engine/context/index.ts';
import { classLifeAt } from './person-slots.ts';
import { WordFacts } from './word-facts.ts';

/**
 * Class life that the school-cue list (lib/engine/context) leaves to the pupil rules because, alone, it
 * does not say "school": subjects, rewards, tests, class jobs and events ("in science", "his certificate",
 * "the carol service", "class monitor"). With a name that acts as a person ("Bilal was so chuffed with his
 * certificate", "Sehajpreet and Paarth were superstars in science") it says the name is a pupil's.
 * Also class codes written as the subject of a sentence ("P3 have been learning", "9R were", "4D did").
 */
const LESSON_WORDS = new Set([
  'maths', 'math', 'science', 'geography', 'computing', 'literacy', 'numeracy', 'phonics', 'spelling', 'spellings',
  'handwriting', 'homework', 'mock', 'mocks', 'exam', 'exams', 'certificate', 'certificates', 'merit', 'merits',
  'sticker', 'stickers', 'badge', 'booster', 'revision', 'coursework', 'assembly', 'register', 'nativity', 'carol',
  'harvest', 'residential', 'monitor', 'librarian', 'prefect', 'eco', 'tooth', 'division', 'multiplication',
  'fractions', 'fraction', 'gala', 'netball', 'rounders', 'choir', 'recorder', 'playtime', 'lunchtime', 'classroom',
  'lesson', 'lessons', 'ks1', 'ks2', 'ks3', 'ks4', 'reception', 'nursery', 'tutor', 'pshe', 'gcse', 'gcses', 'sats',
  'scholarship', 'sixth', 'disco', 'teacher', 'timestables', 'pe', 'dt', 're', 'sen',
  // School life beyond lessons (issue 11): events, routines, rooms, roles and rewards a child has, which alone do
  // not say "school" but next to a name that acts as a person, or a list of names, say it is a pupil's.
  'classes', 'classmates', 'concert', 'concerts', 'production', 'panto', 'talent', 'parade', 'relay', 'gala', 'galas',
  'tournament', 'heats', 'eisteddfod', 'leavers', 'playground', 'canteen', 'tuck', 'register',
  'nits', 'headlice', 'snack', 'snacktime', 'naptime', 'nappy', 'tapestry', 'keyworker', 'trip', 'trips',
  'residentials', 'sleepover', 'narrator', 'narrators', 'solo', 'solos', 'councillor', 'councillors', 'monitors',
  'librarians', 'prefects', 'ambassadors', 'champions', 'leaders', 'buddies', 'certificates', 'awards', 'stickers',
  'badges', 'assemblies', 'nativities', 'worksheet', 'workbook', 'jotter', 'storytime', 'lunchtimes',
  'playtimes', 'breaktime', 'hometime', 'choirs', 'orchestra', 'recorders', 'ukulele', 'ukuleles', 'glockenspiel',
  'registration', 'dojo', 'dojos',
  // School events and the rewards and contact staff send home (issue 11: helpers at the fair, praise sent home):
  // "ran the tombola at the summer fair", "a praise postcard home", "Silver DofE", "in the library".
  'fete', 'fayre', 'tombola', 'raffle', 'dofe', 'library', 'stewarding', 'stewarded', 'buddy', 'stall', 'stalls',
  // Session 15: books and rooms of class life.
  'textbook', 'textbooks', 'classwork',
  // Session 17: what only children have or catch at school age.
  'chickenpox', 'sandpit', 'lunchbox', 'bookbag', 'cursive',
  // Session 19: parts children take in a nativity.
  'innkeeper', 'shepherd', 'shepherds',
]);

/** Subjects that are also everyday words: a cue only as a lesson ("in art", "during music", "her history homework"). */
const SUBJECTS = new Set(['art', 'music', 'drama', 'history', 'english', 'french', 'spanish', 'german', 'latin', 'dance', 'gymnastics', 'swimming', 'reading', 'writing', 'test', 'quiz', 'project', 'presentation', 'poem', 'painting', 'drawing', 'model', 'story']);

/** Two-word class-life cues: "pen licence", "new boy", "class monitor", "times tables", "young carers". */
const PAIR_CUES: ReadonlyMap<string, readonly string[]> = new Map([
  ['pen', ['licence', 'licences', 'license', 'licenses']],
  ['times', ['tables', 'table']],
  ['new', ['boy', 'girl', 'starter', 'starters', 'pupil', 'pupils', 'class', 'teacher']],
  ['class', ['monitor', 'helper', 'helpers', 'librarian', 'rep', 'reader', 'assembly', 'trip', 'book', 'pet', 'clown', 'councillor', 'ambassador', 'charts', 'dojo', 'hamster', 'mascot']],
  ['school', ['council', 'trip', 'play', 'disco', 'report', 'uniform', 'bag']],
  ['sports', ['day', 'leader', 'leaders']],
  ['young', ['writers', 'carers', 'carer', 'leaders', 'interpreters', 'voices']],
  ['house', ['points', 'point', 'captain', 'captains']],
  ['spelling', ['bee', 'test']],
  ['reading', ['book', 'record', 'buddy', 'buddies', 'challenge', 'ambassador', 'ambassadors', 'corner']],
  ['star', ['writer', 'reader', 'pupil', 'writers', 'readers', 'pupils', 'mathematician', 'mathematicians', 'of']],
  ['show', ['and']],
  ['golden', ['time', 'ticket', 'tickets', 'book']],
  ['wet', ['play']],
  ['lunch', ['queue']],
  ['dinner', ['queue', 'hall', 'lady', 'ladies', 'staff']],
  ['eco', ['warrior', 'warriors', 'monitor', 'council', 'captain']],
  ['head', ['girl', 'boy']],
  ['sixth', ['form']],
  ['county', ['squad', 'finals', 'team']],
  ['football', ['squad', 'team', 'tournament']],
  ['netball', ['team', 'squad']],
  // Early years and primary routines and rooms: "snack time", "home corner", "tidy up time", "the baby room".
  ['home', ['corner']],
  ['tidy', ['up']],
  ['baby', ['room']],
  ['toddler', ['room']],
  ['role', ['play']],
  ['sand', ['pit', 'tray']],
  ['water', ['tray', 'play', 'cycle']],
  ['messy', ['play']],
  ['walking', ['bus']],
  ['lost', ['property']],
  ['chapter', ['book', 'books']],
  // Session pupil13: school-day routines that name no school: "nodded off in silent reading", "Fire drill in the
  // rain. Kaio lost a shoe" (a grown-up's fire drill at work leaves colleagues, who act as grown-ups do).
  ['silent', ['reading']],
  ['fire', ['drill', 'drills']],
  // "Spent break with Talisa", "at break she told me": break as a time of the school day (a grown-up's is "my
  // break", "on my break", "the Christmas break").
  ['spent', ['break', 'breaktime']],
  ['at', ['break']],
  ['during', ['break']],
  ['top', ['readers', 'reader', 'writers', 'writer', 'spellers', 'speller', 'mathematicians', 'scorer', 'scorers', 'set', 'table']],
  ['careers', ['week', 'fair', 'day']],
  ['hand', ['up']],
  ['naughty', ['step', 'chair', 'spot']],
  ['thinking', ['chair', 'spot', 'step']],
  ['good', ['note', 'notes']],
  ['lollipop', ['lady', 'man']],
  ['climbing', ['frame']],
  ['book', ['corner', 'week', 'bag', 'band', 'bands', 'challenge', 'fair']],
  ['chess', ['club', 'tournament', 'team']],
  ['lego', ['club']],
  ['coding', ['club']],
  ['homework', ['club']],
  ['gardening', ['club']],
  ['breakfast', ['club']],
  ['after', ['school']],
  ['debate', ['team', 'club']],
  ['debating', ['team', 'club']],
  ['quiz', ['team']],
  ['stars', ['of']],
  ['costume', ['parade']],
  ['cake', ['sale', 'stall']],
  ['bake', ['sale']],
  ['first', ['steps']],
  ['summer', ['fair', 'fete', 'fayre']],
  ['spring', ['fair', 'fete', 'fayre']],
  ['christmas', ['fair', 'fayre', 'market', 'jumper']],
  ['winter', ['fair', 'fayre']],
  ['science', ['fair', 'week']],
  ['open', ['evening', 'evenings']],
  ['postcard', ['home']],
  ['postcards', ['home']],
  ['note', ['home']],
  ['notes', ['home']],
  ['call', ['home']],
  ['calls', ['home']],
  ['phoned', ['home']],
  ['rang', ['home']],
  ['wrote', ['home']],
  ['sent', ['home']],
  ['praise', ['postcard', 'postcards', 'note', 'notes', 'call', 'calls', 'card', 'cards', 'letter']],
  ['positive', ['call', 'calls', 'phone', 'note', 'notes', 'postcard', 'postcards']],
  ['kindness', ['cup', 'award', 'certificate', 'trophy']],
  ['duke', ['of']],
]);
/**
 * More two-word class-life cues (issue 11, session 15): clubs children go to ("music club", "STEM club"), what
 * hangs on a classroom wall ("display board"), reading logs, the school run ("pick up", "drop off", "school
 * gate"), carpet and circle time, and school events families come to ("international evening", "culture day").
 */
const MORE_PAIR_CUES: ReadonlyMap<string, readonly string[]> = new Map([
  ['music', ['club', 'assembly', 'lesson', 'lessons', 'teacher']],
  ['art', ['club', 'lesson', 'lessons', 'teacher']],
  ['drama', ['club', 'lesson', 'lessons', 'teacher']],
  ['science', ['club', 'teacher']],
  ['stem', ['club', 'week', 'day']],
  ['craft', ['club']],
  ['dance', ['club']],
  ['french', ['club', 'lesson', 'lessons']],
  ['spanish', ['club', 'lesson', 'lessons']],
  ['cooking', ['club']],
  ['sewing', ['club']],
  ['multi', ['skills', 'sports']],
  ['film', ['club']],
  ['computer', ['club']],
  ['nurture', ['group', 'room']],
  ['display', ['board', 'boards', 'wall']],
  ['reading', ['log', 'logs', 'journal', 'diary', 'age', 'scheme', 'area', 'tree']],
  ['spelling', ['log', 'list', 'lists']],
  ['international', ['evening', 'evenings', 'day', 'week', 'fair', 'food']],
  ['culture', ['day', 'week']],
  ['world', ['book']],
  ['pick', ['up']],
  ['drop', ['off']],
  ['school', ['gate', 'gates', 'run', 'office', 'nurse', 'hall']],
  ['carpet', ['time']],
  ['circle', ['time']],
  ['group', ['time']],
  ['choosing', ['time']],
  ['story', ['time']],
  ['class', ['library', 'display', 'job', 'jobs', 'charter', 'novel', 'read', 'story', 'photo', 'party']],
  ['awards', ['evening', 'assembly', 'ceremony']],
  ['prize', ['giving']],
  ['grandparents', ['day', 'afternoon', 'assembly', 'tea', 'morning']],
  ['presentation', ['evening']],
  ['gold', ['star', 'stars', 'sticker', 'stickers']],
  ['team', ['points']],
  // Session 19: the audience of a child's reading or song: "read her poem to the whole hall".
  ['whole', ['hall']],
  // Session 21: class jobs a child is given: "the job of line leader", "register monitor".
  ['line', ['leader', 'leaders']],
  // pupil11: written methods children learn: "column addition", "long division".
  ['column', ['addition', 'subtraction', 'method', 'multiplication']],
  ['long', ['division', 'multiplication']],
]);

const SUBJECT_BEFORE = new Set(['in', 'during', 'for', 'at', 'after', 'before', 'his', 'her', 'their', 'our', 'my', 'spelling', 'maths', 'times', 'tables', 'weekly', 'class']);

/** Plural verbs after a class code that make it the class doing something: "9R were", "P3 have", "4D did". */
const CLASS_VERBS = new Set(['have', 'had', 'were', 'are', 'did', 'do', 'made', 'won', 'went', 'loved', 'enjoyed', 'been', 'wrote', 'performed', 'visited', 'learned', 'learnt', 'finished', 'started', 'got', 'smashed', 'nailed', 'absolutely', 'really', 'all']);

function classCodeSubject(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  // Every form below is two or three characters and starts with a digit, P or S: most words stop here.
  const t = w.text;
  if (t.length < 2 || t.length > 3) return false;
  const c0 = t.charCodeAt(0);
  if (!(c0 >= 49 && c0 <= 57) && c0 !== 80 && c0 !== 83) return false;
  const code = /^(?:(?:[1-9]|1[0-3])[A-Z]|[PS][1-7])$/.test(w.text) || /^(?:[1-9]|1[0-3])[a-z]$/.test(w.text) && ['in', 'from'].includes(words[k - 1]?.norm ?? '');
  if (!code) return false;
  return /^(?:[1-9]|1[0-3])[a-z]$/.test(w.text) || CLASS_VERBS.has(words[k + 1]?.norm ?? '') || w.sentenceStart;
}

/** One look-up per word for the three lists above: 1 = LESSON_WORDS, 2 = SUBJECTS, 4 = first word of PAIR_CUES. */
const LESSON_FLAGS: ReadonlyMap<string, number> = (() => {
  const flags = new Map<string, number>();
  const add = (w: string, f: number) => flags.set(w, (flags.get(w) ?? 0) | f);
  for (const w of LESSON_WORDS) add(w, 1);
  for (const w of SUBJECTS) add(w, 2);
  for (const w of PAIR_CUES.keys()) add(w, 4);
  for (const w of MORE_PAIR_CUES.keys()) add(w, 8);
  return flags;
})();

/** LESSON_FLAGS of each word of the post, by word index (worked out once per distinct word across posts). */
const LESSON_FLAGS_OF = new WordFacts((norm: string): number => LESSON_FLAGS.get(norm) ?? 0);

/** Word indexes of class-life cues in the post (computed once). */
function lessonCueIndex(doc: Doc): Int32Array {
  return doc.memo('pupil:lesson-cues', () => {
    const words = docWords(doc);
    const prefix = new Int32Array(words.length + 1);
    const flags = LESSON_FLAGS_OF.of(doc);
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const f = flags[k]!;
      const hit =
        (f & 1 && !w.prefix && !(['pe', 're', 'dt', 'sen'].includes(w.norm) && !w.upper)) ||
        (f & 2 && !w.prefix && SUBJECT_BEFORE.has(words[k - 1]?.norm ?? '')) ||
        classCodeSubject(words, k) ||
        (f & 4 && PAIR_CUES.get(w.norm)!.includes(words[k + 1]?.norm ?? '')) ||
        (f & 8 && MORE_PAIR_CUES.get(w.norm)!.includes(words[k + 1]?.norm ?? '')) ||
        // "Ms Kovalenko's class", "half of table 3" (session 19).
        ((w.possessive || w.norm === 'table' || w.norm === 'tables') && classLifeAt(words, k));
      prefix[k + 1] = prefix[k]! + (hit ? 1 : 0);
    }
    return prefix;
  });
}

/** Is there a class-life cue within `radius` words of words [i, i+len)? */
export function lessonCueNear(doc: Doc, i: number, radius = 20, len = 1): boolean {
  const prefix = lessonCueIndex(doc);
  const n = prefix.length - 1;
  const a = Math.max(0, i - radius);
  const b = Math.min(n, i + len + radius);
  return prefix[b]! - prefix[a]! - (prefix[Math.min(n, i + len)]! - prefix[i]!) > 0;
}

/** A class-life cue in words [a, b), not counting the name's own words [i, i + len). */
export function lessonCueIn(doc: Doc, a: number, b: number, i: number, len = 1): boolean {
  const prefix = lessonCueIndex(doc);
  const n = prefix.length - 1;
  const lo = Math.max(0, Math.min(a, n));
  const hi = Math.max(lo, Math.min(b, n));
  const own = Math.min(n, i + len);
  const inside = i >= lo && own <= hi ? prefix[own]! - prefix[i]! : 0;
  return prefix[hi]! - prefix[lo]! - inside > 0;
}

/** Does the post hold any class-life cue at all? */
export function hasLessonCue(doc: Doc): boolean {
  const prefix = lessonCueIndex(doc);
  return prefix[prefix.length - 1]! > 0;
}

/** Is there a class-life cue among words [a, b)? */
export function lessonCueBetween(doc: Doc, a: number, b: number): boolean {
  const prefix = lessonCueIndex(doc);
  const n = prefix.length - 1;
  return prefix[Math.min(n, Math.max(0, b))]! - prefix[Math.min(n, Math.max(0, a))]! > 0;
}
