import type { Word } from '../../../lib/engine/context/index.ts';
import type { Doc } from '../../../lib/engine/rule.ts';
import { RELATIVES } from './child-evidence.ts';
import { isNegatedAux, partPlayedAfter, verbThenPronounAfter } from './person-slots.ts';
import { smallClauseAfter } from './clause-cues.ts';
import { isEnglishWord } from './first-names.ts';

/**
 * Evidence around a first name about whose name it is: an adult's (a title, "my husband", "our head"), a
 * famous person's or a character's, or a child's ("Amelia's mum", "Amelia in my class").
 */

/** Surnames that are bands, comedians and sports stars more often than pupils. */
export const FAMOUS_FAMILIES = new Set(['jonas', 'chuckle', 'williams', 'kardashian', 'beckham', 'gallagher', 'mitchell', 'wright', 'grimm', 'marx', 'osmond', 'jackson', 'neville', 'brownlee', 'collins', 'obama', 'simpson', 'weasley', 'addams', 'belcher', 'incredible', 'incredibles', 'kray', 'bronte', 'brontë', 'warner', 'coen', 'russo', 'wachowski', 'everly', 'righteous', 'blues', 'doobie', 'allman', 'property', 'hairy', 'royal', 'robinson']);

/** Titles and forms of address before a name: the person is an adult (or a character: Father Christmas). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'revd',
  'father', 'fr', 'sister', 'brother', 'aunt', 'auntie', 'aunty', 'uncle', 'nan', 'nana', 'nanny', 'grandma', 'grandad',
  'granddad', 'grandpa', 'granny', 'gran', 'grandpa', 'king', 'queen', 'prince', 'princess', 'saint', 'st', 'captain',
  'capt', 'coach', 'pastor', 'bishop', 'vicar', 'reverend', 'president', 'senator', 'minister', 'chancellor', 'pope',
  'cllr', 'councillor', 'mp', 'judge', 'officer', 'sgt', 'sergeant', 'inspector', 'detective', 'author', 'singer',
  'actor', 'actress', 'footballer', 'presenter', 'chef', 'dj', 'artist', 'poet', 'writer', 'illustrator', 'comedian',
  'mum', 'mummy', 'mom', 'dad', 'daddy', 'cousin',
  // Faith leaders of every community: "Rabbi Akiva's story", "Imam Yusuf came to speak", "Canon Price".
  'rabbi', 'imam', 'sheikh', 'shaykh', 'ustadh', 'ustaz', 'ustadha', 'maulana', 'mufti', 'canon', 'deacon', 'archbishop',
  'cardinal', 'chaplain', 'padre', 'guru', 'swami', 'granthi', 'bhai', 'elder', 'apostle', 'prophet', 'evangelist',
]);

/** Is this word a title or form of address ("Rabbi", "Dr", "Coach")? */
export const isTitleWord = (norm: string): boolean => TITLES.has(norm);

/** Relations and roles that make "my/our X Name" an adult or the member of staff's own family. */
const RELATIONS = new Set([
  'husband', 'wife', 'partner', 'hubby', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'mum', 'mom', 'mother', 'dad',
  'father', 'brother', 'sister', 'son', 'daughter', 'niece', 'nephew', 'cousin', 'friend', 'friends', 'mate', 'mates',
  'bestie', 'bff', 'colleague', 'colleagues', 'boss', 'manager', 'neighbour', 'neighbor', 'flatmate', 'housemate',
  'grandson', 'granddaughter', 'stepson', 'stepdaughter', 'godson', 'goddaughter', 'baby', 'toddler',
  'eldest', 'youngest', 'twins', 'dog', 'cat', 'puppy', 'kitten', 'pup', 'pal', 'pals', 'penpal',
  // Grown-ups who serve or treat the writer: "Our waiter Yubo", "my physio Anneliese", "the driving instructor Kev".
  'waiter', 'waitress', 'barista', 'bartender', 'hairdresser', 'barber', 'plumber', 'electrician', 'builder', 'postman',
  'postie', 'instructor', 'physio', 'dentist', 'gp', 'midwife', 'landlord', 'landlady', 'therapist', 'trainer',
  'head', 'headteacher', 'deputy', 'ta', 'senco', 'caretaker', 'governor', 'teacher', 'mentor', 'ht', 'dh',
  'lsa', 'hlta', 'tutor', 'trainee', 'pgce', 'ect', 'nqt', 'chair', 'ceo', 'admin', 'office', 'bursar',
  'cleaner', 'cook', 'chef', 'dinner', 'lady', 'lunchtime', 'supervisor', 'business', 'assistant', 'inlaws', 'in-laws',
  'sil', 'bil', 'mil', 'fil', 'oh', 'dh', 'dd', 'ds', 'hairdresser', 'gp', 'vet', 'dentist', 'postman', 'plumber',
  'builder', 'landlord', 'therapist', 'physio', 'instructor', 'trainer', 'pt',
]);

/** Role nouns (and post-nominals: MP, OBE, KC) that, after a name ("Claire, my TA", "Tulip Siddiq MP"), say the person is staff or a grown-up. */
const STAFF_AFTER = new Set(['mp', 'mep', 'msp', 'obe', 'mbe', 'cbe', 'kc', 'qc', 'phd', 'colleagues', 'friends', 'mates', 'neighbours', 'cousins', 'nieces', 'nephews', 'sons', 'daughters', 'kids', 'children', 'grandchildren', 'parents', 'inlaws', 'in-laws', 'ta', 'tas', 'hlta', 'lsa', 'senco', 'head', 'headteacher', 'deputy', 'colleague', 'caretaker', 'governor', 'teacher', 'mentor', 'tutor', 'ect', 'nqt', 'trainee', 'ht', 'dsl', 'bursar', 'cook', 'husband', 'wife', 'partner', 'friend', 'bestie', 'boss', 'mum', 'dad', 'sister', 'brother', 'neighbour']);

/** Words after a possessive name that say the name is a child's: "Amelia's mum", "Jack's reading book". */
const CHILD_AFTER_POSSESSIVE = new Set(['mum', 'mummy', 'mam', 'mom', 'dad', 'daddy', 'parents', 'parent', 'mother', 'father', 'carer', 'carers', 'nan', 'grandma', 'grandad', 'nanny', 'gran', 'family', 'granddad', 'grandpa', 'granny', 'nana', 'nanna', 'grandparents', 'stepdad', 'stepmum', 'foster', 'handwriting', 'poem', 'pen', 'science', 'painting', 'project', 'spelling', 'times', 'reading', 'book', 'homework', 'spelling', 'spellings', 'ehcp', 'teacher', 'ta', 'report', 'behaviour', 'class', 'lunchbox', 'pe', 'tray', 'peg', 'drawing', 'picture', 'work', 'writing', 'sats', 'results', 'tooth', 'first', 'birthday', 'sen', 'iep', 'plan', 'keyworker', 'key', 'social', 'worker', 'school', 'uniform',
  // Work a pupil hands in or does: "Kacey-Leigh's coursework", "Rohan's essay", "Ife's mock".
  'coursework', 'essay', 'essays', 'mock', 'mocks', 'worksheet', 'jotter', 'workbook', 'sketchbook', 'predicted']);

/** After a name, these say "a child": "Leo, aged 7". */
const CHILD_AFTER = new Set(['aged']);

/** Words before a lower-case "miss" that make it the verb: "going to miss", "will miss", "I miss". */
const MISS_VERB_BEFORE = new Set(['to', 'will', 'ill', 'i', 'we', 'really', 'so', 'already', 'gonna', 'shall', 'never', 'always', 'do', 'dont', 'youll', 'well', 'theyll', 'all', 'definitely', 'totally', 'truly', 'gunna']);

export function isTitleBefore(words: readonly Word[], i: number): boolean {
  const p = words[i - 1];
  // "going to miss Aoibheann", "I'll miss Kofi": the verb, not the title.
  if (p?.norm === 'miss' && !p.cap && MISS_VERB_BEFORE.has(words[i - 2]?.norm ?? '')) return false;
  // "Star writer: Gulalai", "Captain - Ife": a label before a colon or a dash is a role, not a title.
  if (p !== undefined && words[i]!.start - p.end > 1 && !p.dot) return false;
  return p !== undefined && TITLES.has(p.norm);
}

/**
 * "my husband Tom", "our head Sarah", "my friend's son Jack", "Claire, my TA": the name is an adult, or
 * the member of staff's own family, not a pupil.
 */
export function isAdultOrFamily(words: readonly Word[], i: number, len = 1): boolean {
  if (isTitleBefore(words, i)) return true;
  if (fromElsewhere(words, i, len) || epithetAfter(words, i, len) || ownChildCollected(words, i, len) || petBefore(words, i)) return true;
  // "Our Isla starts Reception in September", "my Alfie": a family member (but "so proud of our Amelia").
  if (['our', 'my'].includes(words[i - 1]?.norm ?? '') && !words[i - 1]!.possessive && !['of', 'to', 'for', 'with'].includes(words[i - 2]?.norm ?? '')) return true;
  // "my little girl Summer", "our baby boy Kai": the writer's own child.
  // ... and someone else's: "my friend's little girl Aoife", "the neighbours' baby boy Kai" (a lower-case possessive;
  // "Mrs Shah's little girl" is a parent's child, which the rules decide with school talk).
  // Session pupil15: "our neighbour's lad Tomasz", "my friend's girl Aoife": a grown-up's child, named the family way.
  if (['girl', 'boy', 'lad', 'lass', 'kid', 'youngest', 'eldest'].includes(words[i - 1]?.norm ?? '') && words[i - 2]?.possessive && !words[i - 2]!.cap && RELATIONS.has(words[i - 2]!.norm)) return true;
  if (['girl', 'boy', 'girls', 'boys', 'lad'].includes(words[i - 1]?.norm ?? '') && ['little', 'baby', 'eldest', 'youngest', 'big'].includes(words[i - 2]?.norm ?? '') && (['my', 'our'].includes(words[i - 3]?.norm ?? '') || (!!words[i - 3]?.possessive && (!words[i - 3]!.cap || friendOrFamilyNamed(words, i - 3))))) return true;
  for (let k = 1; k <= 3; k++) {
    const p = words[i - k];
    if (!p) break;
    // Session pupil15: a full stop ends the look back: "I was on the table by the office. Mikolaj from 2C ...".
    if (p.dot && words[i - k + 1]!.sentenceStart) break;
    // "my brother-in-law Tariq", "the in-laws": the hyphenated words arrive split (brother, in, law).
    if (p.norm === 'law' && words[i - k - 1]?.norm === 'in') return true;
    // "our school council chair Rubaab", "the eco captain": a pupil's role, not a grown-up's.
    if ((p.norm === 'chair' || p.norm === 'captain' || p.norm === 'rep') && ['council', 'eco', 'house', 'class', 'team', 'sports'].includes(words[i - k - 1]?.norm ?? '')) break;
    if (RELATIONS.has(p.norm) || (p.possessive && RELATIONS.has(p.norm))) {
      // "her son Libaan", "Mrs Shah's daughter Ashana": a parent's child, whom the school may teach (the
      // rules decide with school talk); "my son Jack", "my friend's daughter Gifty" stay family.
      if (parentsChildBefore(words, i)) return false;
      // "my husband Tom", "my son's friend Tom" — but not "my class Tom" (no relation word).
      return true;
    }
    if (p.norm !== 'my' && p.norm !== 'our' && p.norm !== 'own' && p.norm !== 'the' && p.norm !== 'lovely' && p.norm !== 'new' && p.norm !== 'old' && p.norm !== 'best' && p.norm !== 'little' && p.norm !== 'big' && p.norm !== 'amazing') break;
  }
  const last = words[i + len - 1]!;
  if (last.possessive) return false;
  // "Hodan and Priya, my old colleagues": the role after a list of names applies to every name of it.
  let from = i + len;
  for (let guard = 0; guard < 6; guard++) {
    const a = words[from];
    if (a?.norm === 'and' && words[from + 1]?.cap && !words[from + 1]!.sentenceStart) from += 2;
    else if (a?.cap && !a.sentenceStart && !a.upper && !STAFF_AFTER.has(a.norm) && !BETWEEN_ROLE.has(a.norm) && !TITLES.has(a.norm)) from += 1;
    else break;
  }
  for (let k = 0; k < 4; k++) {
    const n = words[from + k];
    if (!n) break;
    // "head of the queue" is no role, "our head of science" is.
    // ... nor is "our head boy" (a pupil's role).
    if ((STAFF_AFTER.has(n.norm) || (k > 0 && EPITHETS.has(n.norm) && !PETS.has(n.norm))) && !(n.norm === 'head' && words[from + k + 1]?.norm === 'of' && !['our', 'my'].includes(words[from + k - 1]?.norm ?? '')) && !(n.norm === 'head' && ['boy', 'girl', 'boys', 'girls', 'student', 'students'].includes(words[from + k + 1]?.norm ?? ''))) {
      // "Claire, my TA" / "Claire our head" / "Tom (my husband)" / "Erine and Janel, my old uni friends"
      const between = words.slice(from, from + k).every((b) => BETWEEN_ROLE.has(b.norm));
      if (between) return true;
    }
  }
  return false;
}

/** Words that may stand between a name and the role that says who they are: "Claire, my lovely old TA". */
const BETWEEN_ROLE = new Set(['my', 'our', 'the', 'new', 'old', 'lovely', 'best', 'fab', 'amazing', 'wonderful', 'two', 'dear', 'uni', 'work', 'school', 'former', 'ex']);

/** Nouns after "from the/my" that are school life: "Kaytlyn from my tutor group", "Cuan from after school club". */
const SCHOOL_GROUPS = new Set(['class', 'classes', 'form', 'group', 'set', 'year', 'reception', 'nursery', 'school', 'club', 'team', 'squad', 'choir', 'council', 'register', 'tutor', 'register', 'house', 'cast', 'band', 'orchestra']);
/** Grown-ups' classes and clubs: "Milica from my Pilates class" is a fellow adult, not a pupil. */
const ADULT_ACTIVITIES = new Set(['pilates', 'yoga', 'spin', 'zumba', 'salsa', 'boxing', 'fitness', 'gym', 'evening', 'night', 'pottery', 'book', 'running', 'cycling', 'swim', 'aqua', 'crossfit', 'bootcamp', 'antenatal', 'nct', 'baby', 'toddler', 'language', 'cookery', 'knitting', 'walking', 'hockey', 'rugby', 'golf', 'tennis', 'darts', 'pub', 'quiz', 'church', 'choir']);

/** Departments of a workplace, school office included: "Dev in IT", "Sue in HR", "Jo in finance". */
const DEPARTMENTS = new Set(['it', 'hr', 'finance', 'payroll', 'admin', 'accounts', 'estates', 'facilities', 'marketing', 'sales', 'procurement', 'legal', 'compliance']);

/**
 * "Dawit from the coffee van", "Ayaan from the corner shop", "Grace from the PTA", "Milica from my Pilates
 * class", "Tom from work": where the person is from is grown-up life, not a class or a school group.
 */
/** Shops, salons and services whose staff the writer knows by first name. */
const SHOPS = new Set(['coop', 'co-op', 'co', 'tesco', 'asda', 'aldi', 'lidl', 'morrisons', 'sainsburys', 'waitrose', 'spar', 'costa', 'greggs', 'boots', 'salon', 'hairdressers', 'barbers', 'bakery', 'deli', 'cafe', 'café', 'chemist', 'pharmacy', 'garage', 'bank', 'butchers', 'florist', 'florists', 'surgery', 'dentist', 'dentists', 'vets', 'post']);

export function fromElsewhere(words: readonly Word[], i: number, len = 1): boolean {
  const f = words[i + len];
  // "Emma and Sarah in the office": the office, the kitchen, the staffroom are grown-ups' places.
  if (f?.norm === 'in' && words[i + len + 1]?.norm === 'the' && ['office', 'kitchen', 'staffroom', 'canteen', 'pub'].includes(words[i + len + 2]?.norm ?? '')) return true;
  // "Dev in IT", "Sue in HR", "Jo in finance": a grown-up's department.
  if (f?.norm === 'in' && DEPARTMENTS.has(words[i + len + 1]?.norm ?? '') && (words[i + len + 1]!.upper || !['it', 'hr'].includes(words[i + len + 1]!.norm))) return true;
  // "Ellie at the Co-op", "Priya at the salon": someone who works where the writer shops (not "at the park").
  if (f?.norm === 'at' && words[i + len + 1]?.norm === 'the' && SHOPS.has(words[i + len + 2]?.norm ?? '')) return true;
  // Only "from": "Cerys at the park" may well be a pupil seen out of school.
  if (f?.norm !== 'from') return false;
  const d = words[i + len + 1];
  if (!d) return false;
  if ((d.norm === 'work' || d.norm === 'uni' || d.norm === 'university' || d.norm === 'church' || d.norm === 'next')) return true;
  // Session pupil15: "Chloe and Hannah from teacher training", "Jo from PGCE": the writer's own training (children
  // have "football training" too, so only the teacher's).
  if (d.norm === 'pgce' || (d.norm === 'teacher' && words[i + len + 2]?.norm === 'training')) return true;
  // "Milica from Pilates", "Jade from spin": an adult's class without "the" or "my".
  if (ADULT_ACTIVITIES.has(d.norm) && d.norm !== 'book' && d.norm !== 'choir' && d.norm !== 'quiz') return true;
  if (d.norm !== 'the' && d.norm !== 'my' && d.norm !== 'our') return false;
  let activity = false;
  let other = false;
  for (let k = i + len + 2; k < i + len + 5 && k < words.length; k++) {
    const w = words[k]!;
    // "from my 9X set" is a class; a number further on ("from my PGCE days, 15 years on") is another clause.
    if (/\d/.test(w.norm) || /^(?:y|yr|year)\d/.test(w.norm)) {
      if (k > i + len + 3) break;
      return false;
    }
    // "Gemma and Lou from my old school": a former workplace is grown-ups' life.
    if (SCHOOL_GROUPS.has(w.norm)) return activity || words.slice(i + len + 2, k).some((b) => ['old', 'former', 'previous', 'last', 'first'].includes(b.norm));
    if (!/^[a-z]+$/.test(w.norm) || ['and', 'who', 'was', 'is', 'has', 'had', 'with', 'for', 'in', 'on', 'to', 'at'].includes(w.norm)) break;
    if (ADULT_ACTIVITIES.has(w.norm) || w.upper) activity = true;
    else other = true;
  }
  return activity || other;
}

/** Occupations and animals after "Name the ...": "Yusuf the plumber", "Wojtek the soldier bear", "Misha the tabby cat". */
const EPITHETS = new Set(['plumber', 'builder', 'electrician', 'postman', 'postie', 'caretaker', 'cleaner', 'driver', 'mechanic', 'vet', 'dentist', 'doctor', 'nurse', 'barber', 'hairdresser', 'gardener', 'chef', 'cook', 'baker', 'butcher', 'milkman', 'handyman', 'decorator', 'painter', 'receptionist', 'manager', 'engineer', 'lollipop', 'bear', 'cat', 'dog', 'tortoise', 'hamster', 'rabbit', 'bunny', 'fish', 'goldfish', 'snake', 'horse', 'pony', 'cow', 'sheep', 'goat', 'duck', 'owl', 'parrot', 'budgie', 'gerbil', 'guinea', 'puppy', 'kitten', 'tabby', 'labrador', 'spaniel', 'terrier', 'cockapoo', 'dragon', 'giraffe', 'elephant', 'lion', 'tiger', 'monkey', 'penguin', 'mascot', 'robot', 'teddy', 'doll', 'puppet', 'engine', 'tractor', 'tank', 'explorer', 'king', 'queen', 'great', 'conqueror', 'poet', 'artist',
  'athlete', 'footballer', 'player', 'golfer', 'gymnast', 'cyclist', 'skater', 'jockey', 'rower', 'singer', 'actor', 'actress', 'author', 'writer', 'presenter', 'comedian', 'rapper', 'boxer', 'swimmer', 'sprinter', 'cricketer', 'politician', 'journalist', 'broadcaster', 'scientist', 'designer', 'influencer', 'youtuber', 'drummer', 'guitarist', 'dj', 'photographer', 'illustrator', 'novelist', 'composer', 'dancer', 'olympian', 'paralympian', 'cleaner', 'lawyer', 'solicitor', 'accountant', 'pharmacist', 'optician', 'midwife', 'paramedic', 'firefighter', 'policeman', 'policewoman', 'officer', 'carpenter', 'joiner', 'roofer', 'landlady', 'landlord', 'owner']);

export function epithetAfter(words: readonly Word[], i: number, len = 1): boolean {
  // "RIP Hamish, best hamster ever", "Biscuit, our reading dog": an animal named, then what it is.
  if (!words[i + len - 1]!.possessive && ['best', 'our', 'my', 'a', 'the'].includes(words[i + len]?.norm ?? '')) {
    for (let k = i + len + 1; k < i + len + 4 && k < words.length; k++) {
      if (PETS.has(words[k]!.norm)) return true;
      if (words[k]!.sentenceStart) break;
    }
  }
  if (words[i + len]?.norm !== 'the' || words[i + len - 1]!.possessive) return false;
  // "Kevin the Carrot", "Percy the Park Keeper": a name with a capitalised title is a character.
  const t = words[i + len + 1];
  if (t && t.cap && !t.upper && !t.sentenceStart && !/\d/.test(t.norm)) return true;
  for (let k = i + len + 1; k < i + len + 4 && k < words.length; k++) {
    const w = words[k]!;
    if (EPITHETS.has(w.norm)) return true;
    if (w.cap && !w.upper) return false;
  }
  return false;
}

/**
 * "Picking up Alif from nursery", "collecting Ava from school", "Picking Noor up from school", "Dropped Tobi at
 * nursery", "Taking Reuben to his swimming lesson": the writer's own child.
 */
export function ownChildCollected(words: readonly Word[], i: number, len = 1): boolean {
  const p1 = words[i - 1]?.norm ?? '';
  const p2 = words[i - 2]?.norm ?? '';
  let f = words[i + len]?.norm;
  const collect = (p1 === 'up' && /^pick/.test(p2)) || /^collect/.test(p1) || p1 === 'fetch' || p1 === 'fetching';
  if (collect) return f === 'from' || f === 'after' || f === 'at';
  // "Picking Noor up from school", "dropped Tobi off at nursery"
  if (/^(?:pick|drop)(?:ed|ing|s|ped|ping)?$/.test(p1) || /^dropp(?:ed|ing)$/.test(p1)) {
    if (f === 'up' || f === 'off') f = words[i + len + 1]?.norm;
    return f === 'from' || f === 'at' || f === 'to';
  }
  // "Taking Reuben to his swimming lesson": to the child's own activity.
  return /^(?:take|taking|took|takes)$/.test(p1) && f === 'to' && ['his', 'her', 'their'].includes(words[i + len + 1]?.norm ?? '');
}

/** Ways a writer says "I am this child's parent": "proud mummy moment", "where has the time gone", "her teacher says". */
const PARENT_SELF = new Set(['mum', 'mummy', 'mam', 'mama', 'mom', 'mommy', 'dad', 'daddy', 'papa', 'parent', 'parents', 'nana', 'nanny', 'grandma', 'grandad', 'auntie', 'aunty', 'mumma']);
const PARENT_TAGS = /^(?:proud(?:mum|mummy|mam|mama|mom|dad|daddy|parent|parents|nana|nanny|grandma|grandad|auntie)|mumlife|dadlife|momlife|parenting|mumof\w*|boymum|girlmum)$/;

const OWN_CHILD = new Set(['son', 'daughter', 'sons', 'daughters', 'kids', 'child', 'boy', 'girl', 'twins']);
const OWN_CHILD_FILLERS = new Set(['teenage', 'little', 'eldest', 'youngest', 'middle', 'oldest', 'big', 'baby', 'two', 'own']);
/** "my son", "our eldest daughter", "my teenage son": the word at k is owned by the writer. */
function ownedByWriter(words: readonly Word[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && p > k - 3 && OWN_CHILD_FILLERS.has(words[p]!.norm)) p--;
  return words[p]?.norm === 'my' || words[p]?.norm === 'our';
}

/**
 * The post speaks as a parent about their own child rather than as staff about a pupil: "Ayaan got star of the
 * week at school today, proud mummy moment", "Lily's first day at big school!! where has the time gone",
 * "her teacher says she's a chatterbox", "#proudmum", "Sports day as a parent". Staff talk about their own class wins ("my class").
 */
export function parentVoice(words: readonly Word[], facts?: Int32Array): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // Every test below but the hashtag's needs one of the PARENT_VOICE_WORDS here: the others are passed over.
    if (facts !== undefined && !(facts[k]! & PARENT_VOICE_BIT) && !w.prefix) continue;
    const n = w.norm;
    if (w.prefix === '#' && PARENT_TAGS.test(n)) return true;
    if (w.prefix) continue;
    if (n === 'proud' && (PARENT_SELF.has(words[k + 1]?.norm ?? '') || (['moment', 'parent'].includes(words[k + 2]?.norm ?? '') && PARENT_SELF.has(words[k + 1]?.norm ?? '')))) return true;
    if (PARENT_SELF.has(n) && ['moment', 'life', 'brag', 'pride'].includes(words[k + 1]?.norm ?? '')) return true;
    // "Sports day as a parent", "Parents evening as a mum for once": the writer at a school event as a child's parent.
    if (PARENT_SELF.has(n) && !w.possessive && (words[k - 1]?.norm === 'a' || words[k - 1]?.norm === 'an') && words[k - 2]?.norm === 'as') return true;
    if (n === 'big' && words[k + 1]?.norm === 'school' && ['at', 'to', 'for', 'starts', 'started', 'starting'].includes(words[k - 1]?.norm ?? '')) return true;
    if (n === 'time' && ['gone', 'go'].includes(words[k + 1]?.norm ?? '') && words[k - 1]?.norm === 'the' && ['has', 'did'].includes(words[k - 2]?.norm ?? '') && words[k - 3]?.norm === 'where') return true;
    // "My daughter's teacher says Thea is the kindest in the class": the writer's own child's class.
    // "My teenage son's school reports": the writer's own child's report.
    if (w.possessive && OWN_CHILD.has(n) && ownedByWriter(words, k) && (['teacher', 'teachers', 'report', 'reports'].includes(words[k + 1]?.norm ?? '') || (words[k + 1]?.norm === 'school' && ['report', 'reports', 'teacher'].includes(words[k + 2]?.norm ?? '')))) return true;
    // ... "his teacher wrote back", "her teacher replied": a note home answered.
    if ((n === 'her' || n === 'his' || n === 'their') && words[k + 1]?.norm === 'teacher' && ['says', 'said', 'told', 'thinks', 'reckons', 'emailed', 'rang', 'called', 'wrote', 'writes', 'replied', 'messaged'].includes(words[k + 2]?.norm ?? '')) return true;
  }
  return false;
}

/** "the class hamster Boycie", "named the tortoise Shelly": the name is an animal's. */
export function petBefore(words: readonly Word[], i: number): boolean {
  const p = words[i - 1];
  return p !== undefined && !p.possessive && (PETS.has(p.norm) || EPITHETS.has(p.norm) && ['tortoise', 'hamster', 'mascot', 'teddy', 'robot', 'bear'].includes(p.norm));
}

/** "Amelia's mum", "Jack's reading book", "Leo, aged 7": evidence that the name is a child's. */
export function childEvidenceAfter(words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  const n = words[i + len];
  if (!n) return false;
  if (last.possessive && CHILD_AFTER_POSSESSIVE.has(n.norm)) return true;
  return CHILD_AFTER.has(n.norm);
}

/**
 * Famous people and characters who come up in school posts (authors, footballers, historical figures, book
 * titles). Keyed by folded first name -> surnames or following words; "*" means the first name alone.
 */
const FAMOUS: ReadonlyMap<string, readonly string[]> = new Map([
  ['harry', ['potter', 'kane', 'styles', 'hill', 'redknapp', 'enfield', 'maguire']],
  // Singers and stars known by one name (issue 11: "Adele in the car after parents evening").
  ['adele', ['*']], ['rosalia', ['*']], ['rihanna', ['*']], ['shakira', ['*']], ['lizzo', ['*']], ['raye', ['*']], ['dido', ['*']], ['bjork', ['*']], ['enya', ['*']], ['aitch', ['*']], ['zendaya', ['*']], ['oprah', ['*']], ['ronaldinho', ['*']], ['cher', ['*']], ['kylie', ['minogue', 'jenner']], ['dua', ['lipa']],
  ['stephen', ['king', 'hawking', 'fry', 'merchant', 'graham']],
  ['michael', ['rosen', 'morpurgo', 'jackson', 'gove', 'owen', 'bond']],
  ['julia', ['donaldson', 'roberts']],
  ['roald', ['*']],
  ['david', ['walliams', 'attenborough', 'beckham', 'bowie', 'cameron', 'tennant', 'jason']],
  ['jacqueline', ['wilson']],
  ['marcus', ['rashford']],
  ['taylor', ['swift']],
  ['ed', ['sheeran']],
  ['joe', ['wicks', 'biden', 'root']],
  ['jack', ['whitehall', 'grealish', 'frost', 'sparrow', 'russell', 'and', 'reacher', 'black']],
  ['florence', ['nightingale']],
  ['grace', ['darling']],
  ['winston', ['churchill']],
  ['isaac', ['newton']],
  ['charles', ['darwin', 'dickens', 'babbage']],
  ['william', ['shakespeare', 'wordsworth', 'blake', 'morris']],
  ['emmeline', ['pankhurst']],
  ['rosa', ['parks']],
  ['martin', ['luther', 'lewis']],
  ['nelson', ['mandela']],
  ['neil', ['armstrong', 'gaiman']],
  ['tim', ['peake', 'peak', 'burton']],
  ['percy', ['jackson', 'pig']],
  ['tracy', ['beaker']],
  ['horrid', ['henry']],
  ['peppa', ['*']],
  // Mononyms of the famous, which hardly any child is given (ONS: fewer than 25 babies in five cohorts).
  ['messi', ['*']],
  ['neymar', ['*']],
  ['beyonce', ['*']],
  ['pele', ['*']],
  ['madonna', ['*']],
  ['mbappe', ['*']],
  ['haaland', ['*']],
  ['stormzy', ['*']],
  ['winnie', ['the']],
  ['peter', ['rabbit', 'pan', 'kay']],
  ['oliver', ['twist', 'jeffers', 'cromwell']],
  ['romeo', ['and']],
  ['matilda', ['wormwood']],
  ['charlie', ['bucket', 'and', 'brown', 'mackesy', 'chaplin']],
  ['george', ['orwell', 'michael', 'washington', 'stephenson']],
  ['danny', ['the', 'dyer']],
  ['stig', ['of']],
  ['greta', ['thunberg']],
  ['malala', ['*']],
  ['sherlock', ['*']],
  ['kofi', ['annan']],
  ['maxime', ['bernier']],
  ['lewis', ['hamilton', 'capaldi', 'carroll']],
  ['andy', ['murray', 'griffiths']],
  ['lionel', ['messi']],
  ['cristiano', ['ronaldo']],
  ['mo', ['farah', 'salah', 'willems']],
  // Session 17: footballers and figures who come up with a class, full name only.
  ['mohamed', ['salah']], ['mohammad', ['salah']], ['kobbie', ['mainoo']], ['trent', ['alexander']], ['alessia', ['russo']],
  ['ella', ['toone']], ['georgia', ['stanway']], ['millie', ['bright']], ['virgil', ['van']], ['son', ['heung']], ['ollie', ['watkins']],
  ['jordan', ['pickford', 'henderson']], ['kyle', ['walker']], ['kwame', ['nkrumah']], ['ncuti', ['gatwa']], ['kevin', ['de']],
  ['jude', ['bellingham']],
  ['bukayo', ['saka']],
  ['gareth', ['southgate', 'bale']],
  ['boris', ['johnson']],
  ['rishi', ['sunak']],
  ['keir', ['starmer']],
  ['kate', ['middleton', 'bush', 'winslet']],
  ['henry', ['viii', '8th', 'the', 'tudor', 'hudson', 'ford']],
  ['victoria', ['beckham', 'wood', 'station', 'line', 'sponge']],
  ['alan', ['turing', 'titchmarsh']],
  ['ada', ['lovelace']],
  ['frida', ['kahlo']],
  ['pablo', ['picasso']],
  ['vincent', ['van']],
  ['jamie', ['oliver']],
  ['gordon', ['ramsay']],
  ['simon', ['cowell']],
  ['tom', ['daley', 'holland', 'fletcher', 'gates', 'hanks', 'cruise', 'kerridge', 'jones', 'hardy', 'kerridge', 'parker']],
  ['noah', ['ark']],
  ['arthur', ['king']],
  ['paddington', ['*']],
  ['gruffalo', ['*']],
  ['elsa', ['*']],
  ['moana', ['*']],
  ['biff', ['chip', 'and']],
  ['kipper', ['*']],
  ['floppy', ['*']],
  ['santa', ['*']],
  ['jesus', ['*']],
  ['mohammed', ['ali', 'salah']],
  ['muhammad', ['ali']],
  // Significant people of the primary history curriculum and others who come up in lessons.
  ['samuel', ['pepys']],
  ['guy', ['fawkes']],
  ['thomas', ['edison', 'becket', 'cromwell', 'more', 'tank', 'telford']],
  ['walter', ['tull', 'raleigh']],
  ['isambard', ['*']],
  ['amelia', ['earhart']],
  ['marie', ['curie']],
  ['edith', ['cavell']],
  ['christopher', ['columbus', 'wren']],
  ['ernest', ['shackleton']],
  ['alexander', ['fleming', 'graham', 'the']],
  ['howard', ['carter']],
  ['elizabeth', ['i', 'ii', 'the', 'fry']],
  ['harriet', ['tubman']],
  ['amy', ['johnson', 'winehouse']],
  ['tutankhamun', ['*']],
  ['boudicca', ['*']],
  ['captain', ['cook', 'tom']],
  ['james', ['cook', 'watt', 'dyson', 'bond', 'corden']],
  ['john', ['lennon', 'logie', 'lewis']],
  ['claude', ['monet']],
  ['leonardo', ['da']],
  ['catherine', ['of', 'parr', 'howard']],
  ['jane', ['seymour', 'goodall', 'eyre', 'austen']],
  ['barack', ['obama']],
  ['dwayne', ['johnson']],
  ['charlotte', ['web', 'bronte', 'brontë']],
  ['ruby', ['murray', 'bridges']],
  ['sandy', ['hook']],
  ['billie', ['eilish']],
  ['olivia', ['rodrigo', 'colman']],
  ['ariana', ['grande']],
  ['dua', ['lipa']],
  ['raheem', ['sterling']],
  ['kylian', ['mbappe', 'mbappé']],
  ['erling', ['haaland']],
  ['declan', ['rice']],
  ['phil', ['foden']],
  ['cole', ['palmer']],
  ['mason', ['mount']],
  ['chloe', ['kelly']],
  ['lucy', ['bronze', 'worsley', 'letby']],
  ['leah', ['williamson']],
  // Children's and school-set authors and illustrators.
  ['ted', ['hughes']],
  ['anthony', ['horowitz', 'browne']],
  ['malorie', ['blackman']],
  ['philip', ['pullman']],
  ['cressida', ['cowell']],
  ['onjali', ['rauf']],
  ['katherine', ['rundell', 'johnson', 'parr']],
  ['jeff', ['kinney']],
  ['dav', ['pilkey']],
  ['liz', ['pichon']],
  ['eric', ['carle']],
  ['judith', ['kerr']],
  ['shirley', ['hughes']],
  ['allan', ['ahlberg']],
  ['lauren', ['child', 'james', 'hemp']],
  ['emma', ['carroll', 'raducanu', 'watson', 'thompson']],
  ['louis', ['sachar', 'braille', 'pasteur', 'armstrong']],
  ['rick', ['riordan']],
  ['anne', ['fine', 'frank', 'boleyn', 'hathaway']],
  ['benjamin', ['zephaniah', 'britten', 'franklin']],
  ['joseph', ['coelho']],
  ['roger', ['hargreaves', 'mcgough', 'federer']],
  ['beatrix', ['potter']],
  ['enid', ['blyton']],
  ['rudyard', ['kipling']],
  ['axel', ['scheffler']],
  ['quentin', ['blake']],
  ['chris', ['riddell', 'packham', 'hoy']],
  ['mary', ['earps', 'seacole', 'anning', 'berry', 'poppins', 'shelley', 'queen', 'beard']],
]);

/** Title pairs: "Romeo and Juliet", "Jack and Jill", "Charlie and Lola". */
const PAIRS: ReadonlyMap<string, string> = new Map([['romeo', 'juliet'], ['jack', 'jill'], ['charlie', 'lola'], ['biff', 'chip'], ['hansel', 'gretel'], ['antony', 'cleopatra'], ['tristan', 'isolde'], ['troilus', 'cressida']]);

/** A famous person or character at word i: the pair ("Harry Kane"), or a name famous on its own. Returns its length. */
export function famousAt(words: readonly Word[], i: number): number {
  const list = FAMOUS.get(words[i]!.norm);
  if (!list) return 0;
  if (list.includes('*')) return 1;
  const next = words[i + 1]?.norm;
  // "Romeo and Juliet", "Jack and Jill": the pair is one title.
  if (next === 'and' && PAIRS.get(words[i]!.norm) === words[i + 2]?.norm) return 3;
  return next !== undefined && list.includes(next) ? 2 : 0;
}

/**
 * Session pupil15: a famous person's surname elsewhere in the post, capitalised ("Bellingham with another worldie last
 * night. Jude is the best midfielder in the world"): the first name alone at word i is that person. A surname that is
 * also an English word counts only inside a sentence ("King", "Hill" opening a sentence say little).
 */
export function famousSurnameInPost(words: readonly Word[], i: number): boolean {
  const list = FAMOUS.get(words[i]!.norm);
  if (!list || list.includes('*')) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (k === i + 1 || !w.cap || w.prefix || !list.includes(w.norm)) continue;
    if (!w.sentenceStart || !isEnglishWord(w.norm)) return true;
  }
  return false;
}

/** Words that look like names in posts only as part of fixed phrases ("Poppy Appeal", "Summer term"). */
const NOT_A_NAME_NEXT = new Set(['term', 'half', 'holidays', 'holiday', 'fair', 'fayre', 'concert', 'appeal', 'day', 'street', 'road', 'avenue', 'lane', 'park', 'station', 'hospital', 'centre', 'city', 'united', 'rovers', 'county', 'town', 'fc', 'college', 'university', 'school', 'primary', 'academy', 'junior', 'infant', 'infants', 'juniors', 'house', 'hall', 'court', 'close', 'drive', 'way', 'green', 'square', 'place', 'gardens', 'crescent', 'grove', 'terrace',
  'zoo', 'museum', 'castle', 'cathedral', 'bridge', 'airport', 'beach', 'bay', 'hotel', 'arms', 'inn', 'market',
  'library', 'theatre', 'farm', 'line', 'island', 'valley', 'harbour', 'pier', 'festival']);

const PETS = new Set(['dog', 'cat', 'hamster', 'rabbit', 'bunny', 'tortoise', 'fish', 'goldfish', 'guinea', 'pony', 'horse', 'puppy', 'kitten', 'gerbil', 'budgie', 'parrot', 'snake', 'lizard', 'chicken', 'chickens', 'hen', 'cockapoo', 'labrador', 'spaniel', 'terrier']);

/** Verbs and nouns after which a capitalised name is a title: "reading Matilda", "watching Frozen". */
const TITLE_BEFORE = new Set(['reading', 'read', 'reread', 'watching', 'watched', 'watch', 'finished', 'finishing', 'started', 'starting', 'book', 'film', 'novel', 'story', 'musical', 'play', 'called', 'named']);

/** "reading Matilda with my class": the name is a book or film, not a child. */
export function isTitleAfterVerb(words: readonly Word[], i: number): boolean {
  const p = words[i - 1];
  // "Watching Humzah finally get the hang of it", "watched Bukayo take a penalty": a person doing something.
  if (smallClauseAfter(words, i)) return false;
  // "Funny story: Marisol lost her wobbly tooth": punctuation after the word, then a name doing something, is an anecdote.
  if (p !== undefined && words[i]!.start - p.end > 1 && !words[i]!.possessive && animateAfter(words, i)) return false;
  // "The Year 6 production of Oliver", "our performance of Matilda": a show's title.
  if (p?.norm === 'of' && ['production', 'performance', 'version', 'adaptation', 'staging', 'screening', 'showing'].includes(words[i - 2]?.norm ?? '')) return true;
  return p !== undefined && TITLE_BEFORE.has(p.norm) && p.norm !== 'called' && p.norm !== 'named';
}

/** "Poppy Appeal", "Chelsea FC", "Florence Street", "Grace Academy": the capitalised word is part of another name. */
export function partOfOtherName(words: readonly Word[], i: number, len = 1): boolean {
  const n = words[i + len];
  // "Isle of Arran", "Joan of Arc", "Anne of Green Gables", "Catherine of Aragon": a place or a title.
  if (n?.norm === 'of' && !words[i + len - 1]!.possessive && words[i + len + 1]?.cap && !words[i + len + 1]!.sentenceStart && !/\d/.test(words[i + len + 1]!.norm)) return true;
  // "Alexa, play some calming music": the voice assistant.
  if ((words[i]!.norm === 'alexa' || words[i]!.norm === 'siri') && ['play', 'set', 'stop', 'turn', 'what', 'add', 'remind', 'call', 'how', 'whats'].includes(n?.norm ?? '')) return true;
  // ... only written straight after the name: "Derby County", not "Well done Kobby, county champion".
  if (n && NOT_A_NAME_NEXT.has(n.norm) && !words[i + len - 1]!.possessive && n.start - words[i + len - 1]!.end === 1) return true;
  // "Rosie the school dog", "Biscuit, our class hamster": a pet.
  if (n && (n.norm === 'the' || n.norm === 'our' || n.norm === 'my')) {
    for (let k = i + len + 1; k < i + len + 4 && k < words.length; k++) if (PETS.has(words[k]!.norm)) return true;
  }
  const p = words[i - 1];
  // "St Luke's", "Queen Victoria", "Saint Anne"
  return p !== undefined && (p.norm === 'st' || p.norm === 'saint' || p.norm === 'storm' || p.norm === 'hurricane' || p.norm === 'lake' || p.norm === 'mount' || p.norm === 'port' || p.norm === 'fort' || p.norm === 'cape');
}

/** Months that are also girls' names (the others are never names in a post). */
const MONTHS = new Set(['april', 'may', 'june', 'august']);
/** Words before a month that make it a date: "in May", "since August", "12th May", "last June". */
const DATE_BEFORE = new Set(['in', 'since', 'until', 'till', 'til', 'by', 'from', 'of', 'during', 'before', 'after', 'last', 'next', 'this', 'early', 'mid', 'late', 'end', 'every', 'for', 'through', 'throughout', 'each', 'start', 'beginning', 'half', 'sunny', 'rainy', 'bank', 'holiday', 'holidays', 'to']);

/**
 * Names that are also places (London, Florence, Lyon, Georgia): after these words they are the place.
 * A subset of the lexicon's name-words, which also holds plain words (Grace, Will) that "of" does not settle.
 */
const PLACES = new Set([
  'adelaide', 'alaska', 'alberta', 'arizona', 'asia', 'atlanta', 'austin', 'boston', 'brooklyn', 'cairo', 'carolina',
  'catalina', 'chelsea', 'china', 'cuba', 'dakota', 'dallas', 'denver', 'derry', 'devon', 'england', 'florence',
  'georgia', 'harlem', 'havana', 'india', 'indiana', 'ireland', 'israel', 'jersey', 'jordan', 'kent', 'kenya', 'kingston',
  'lima', 'lincoln', 'london', 'lyon', 'madison', 'mali', 'medina', 'memphis', 'milan', 'montana', 'orlando', 'paris',
  'preston', 'rio', 'riyadh', 'rome', 'salem', 'scotland', 'sydney', 'valencia', 'vienna', 'virginia', 'wales',
  'warwick', 'york', 'phoenix', 'victoria', 'sienna', 'siena', 'verona', 'geneva', 'seville', 'vienna', 'kyoto',
  'dubai', 'tokyo', 'venice', 'naples', 'nice', 'lourdes', 'bristol', 'chester', 'durham', 'hastings', 'tenerife',
]);
const PLACE_BEFORE = new Set(['support', 'supports', 'supporting', 'in', 'at', 'to', 'from', 'near', 'visiting', 'visit', 'visited', 'via', 'outside', 'around', 'of', 'into', 'towards', 'across', 'round', 'explore', 'exploring', 'explored', 'flew', 'fly', 'flying', 'trip', 'holiday']);

export const isMonthName = (norm: string): boolean => MONTHS.has(norm);

/**
 * "12 May 2025", "back in August", "a weekend in Florence", "the Great Fire of London": the word is a date
 * or a place here, whatever else it may be. `wordLike` says the name is also a word, month or place.
 */
export function dateOrPlaceUse(words: readonly Word[], i: number, wordLike: boolean): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  const next = words[i + 1];
  if (MONTHS.has(w.norm)) {
    if (prev && (/^\d{1,2}(?:st|nd|rd|th)?$/.test(prev.norm) || DATE_BEFORE.has(prev.norm))) return true;
    if (next && /^(?:\d{1,2}(?:st|nd|rd|th)?|\d{4})$/.test(next.norm)) return true;
  }
  // "Sienna in Italy", "Florence in the spring": a place-name followed by where it is.
  if (PLACES.has(w.norm) && next?.norm === 'in' && words[i + 2]?.cap && !/\d/.test(words[i + 2]!.norm) && !['year', 'reception', 'nursery', 'class'].includes(words[i + 2]!.norm)) return true;
  if (!wordLike || !prev) return false;
  if (PLACES.has(w.norm)) return PLACE_BEFORE.has(prev.norm);
  return PLACE_BEFORE.has(prev.norm) && prev.norm !== 'of' && prev.norm !== 'trip' && prev.norm !== 'holiday';
}

/** Words between "is" and a child's age: "is the kindest 8 year old", "is only 6", "is a very wise 7-year-old". */
const AGE_FILLERS = new Set(['the', 'a', 'an', 'only', 'just', 'our', 'my', 'very', 'most', 'such', 'so']);
/**
 * "Sri is the kindest 8 year old I've ever met", "Mo is only 6", "Ada is a very wise 7-year-old": a child's age
 * said of the name (2 to 17, then "year(s) old", or after "only"/"just"), not "Ben is 5 minutes late".
 */
function ageSaidOf(words: readonly Word[], k: number): boolean {
  const v = words[k];
  if (!v || !['is', 'was', 'isnt', 'turned', 'turns'].includes(v.norm)) return false;
  let m = k + 1;
  for (let guard = 0; guard < 3 && m < words.length; guard++) {
    const w = words[m]!;
    if (/^(?:[2-9]|1[0-7])$/.test(w.norm)) {
      const nx = words[m + 1];
      // "Mo is only 6": a bare number only after "only" or "just" ("Zara is 7 today" may be the writer's own).
      if (!nx || nx.sentenceStart || nx.norm === 'and') return words[m - 1]!.norm === 'only' || words[m - 1]!.norm === 'just';
      return (nx.norm === 'year' || nx.norm === 'years' || nx.norm === 'yr') && words[m + 2]?.norm === 'old';
    }
    // "the kindest", "the funniest", "a very wise": a determiner or adverb, or one adjective after one.
    if (!AGE_FILLERS.has(w.norm) && !(guard > 0 && !w.cap && /^[a-z]+$/.test(w.norm))) return false;
    m++;
  }
  return false;
}

/** "Ibrahim, 8,", "Leo (7)", "Maisie, aged 6": a child's age right after the name. */
export function ageAfter(text: string, words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  const n = words[i + len];
  if (!last.possessive && ageSaidOf(words, i + len)) return true;
  // "Leo, aged 7," / "Leo (aged 7)"
  if (n?.norm === 'aged' && /^\s?[,(]\s?$/.test(text.slice(last.end, n.start))) {
    const a = words[i + len + 1];
    return a !== undefined && /^(?:[2-9]|1[0-7])$/.test(a.norm);
  }
  if (!n || !/^(?:[2-9]|1[0-7])$/.test(n.norm)) return false;
  return /^\s?[,(]\s?$/.test(text.slice(last.end, n.start)) && /^\s?[,)]/.test(text.slice(n.end, n.end + 2));
}

/** "The Iron Man by Ted Hughes": a full name after "by" and a capitalised title is the author. */
export function authorAfterTitle(words: readonly Word[], i: number): boolean {
  if (words[i - 1]?.norm !== 'by') return false;
  let caps = 0;
  for (let k = i - 2; k >= 0 && k >= i - 6; k--) {
    const w = words[k]!;
    // "Summer Time by Will Smith": the title may open the sentence.
    if (w.cap) caps++;
    if (w.sentenceStart || (!w.cap && !/^(?:the|of|and|a|in|on|at)$/.test(w.norm))) break;
  }
  return caps >= 2;
}

/** Nouns after "my"/"our" that name a teaching group: "from my class", "in my top set", "in my phonics group". */
const GROUP_NOUNS = new Set(['class', 'form', 'group', 'set', 'tutees', 'year']);

/**
 * After "Name", a role in school: "Maya in Year 2", "Zainab in 5B", "Ezra (Reception)", "Jack from 4C",
 * "Khizr in P3", "Gwenlli in Blwyddyn 2", "Bl.4", "Wafa in my top set", "Ifor from my form group".
 */
export function childRoleAfter(words: readonly Word[], i: number, len = 1): boolean {
  let k = i + len;
  const n = words[k];
  if (!n) return false;
  // "Zayyan is in my class", "Comfort was in Reception with me"
  if ((n.norm === 'is' || n.norm === 'was' || n.norm === 'are') && words[k + 1]?.norm === 'in') k++;
  if (words[k]?.norm === 'in' || words[k]?.norm === 'from') k++;
  // "Ardal and Keeva from the nursery room", "Zane in the baby room": the early-years room.
  if (k > i + len && words[k]?.norm === 'the' && ['nursery', 'reception', 'preschool', 'baby', 'toddler', 'toddlers', 'tweenies', 'preschoolers'].includes(words[k + 1]?.norm ?? '') && (words[k + 1]!.norm === 'nursery' || words[k + 1]!.norm === 'reception' || words[k + 2]?.norm === 'room')) return true;
  const a = words[k];
  if (!a) return false;
  if (/^(?:y|yr|year)(?:[1-9]|1[0-3])s?$/.test(a.norm) || (/^(?:year|yr|blwyddyn|bl)$/.test(a.norm) && /^(?:[1-9]|1[0-3])$/.test(words[k + 1]?.norm ?? ''))) return true;
  if (/^(?:[1-9]|1[0-3])[a-z]$/.test(a.norm) && (/^\d+[A-Z]$/.test(a.text) || k > i + len)) return true;
  // Secondary sets and forms: "Ameerah in 8C2", "Rohan (10X3)", "Kai from 7Y2".
  if (/^(?:[1-9]|1[0-3])[A-Z][A-Za-z]?\d$/.test(a.text)) return true;
  if (/^[ps][1-7]$/.test(a.norm) && /^[PS][1-7]$/.test(a.text)) return true;
  if (k > i + len && (a.norm === 'my' || a.norm === 'our')) {
    for (let m = k + 1; m <= k + 3 && m < words.length; m++) {
      const g = words[m]!.norm;
      if (GROUP_NOUNS.has(g)) return !(g === 'year' && !/^(?:[1-9]|1[0-3])s?$/.test(words[m + 1]?.norm ?? ''));
      // "in my Y2 group", "from my 9X set", "in our year 3 class"
      if (/^(?:y|yr|year)?(?:[1-9]|1[0-3])[a-z]?s?$/.test(g)) continue;
      if (!['top', 'bottom', 'middle', 'phonics', 'reading', 'maths', 'tutor', 'form', 'english', 'science', 'new', 'lovely', 'little', 'nursery', 'reception'].includes(g)) break;
    }
  }
  return a.norm === 'reception' || a.norm === 'nursery';
}

/** Relation words that name someone's child: "her son", "their youngest", "his little girl", "her twins". */
const CHILD_RELATIONS = new Set(['son', 'sons', 'daughter', 'daughters', 'twins', 'triplets', 'youngest', 'eldest', 'oldest', 'boy', 'boys', 'girl', 'girls', 'lad', 'child', 'children', 'kids', 'one', 'ones']);
/** Words that may stand between the possessor and the relation: "her little girl", "his eldest son", "her twin boys". */
const CHILD_RELATION_FILLERS = new Set(['little', 'youngest', 'eldest', 'oldest', 'middle', 'twin', 'baby', 'big', 'two', 'three', 'lovely', 'gorgeous']);
/** Possessors that make a child part of the writer's own circle: "my son", "our girls". */
const OWN_POSSESSORS = new Set(['my', 'our', 'me', 'mine']);

/**
 * "her son Libaan", "Mrs Shah's daughter Ashana", "their youngest, Ihsaan", "his little girl Fayrouz": the
 * name is a parent's child (not the writer's: "my son Jack"; not a friend's or relative's: "my sister's boy").
 * Whether the child is a pupil is for the school talk around it to say.
 */
/** Friends and relatives whose children a writer mentions: "my friend Gemma", "my sister". */
const FRIENDS_AND_FAMILY = new Set(['friend', 'friends', 'mate', 'bestie', 'sister', 'brother', 'cousin', 'neighbour', 'neighbor', 'bff', 'pal']);
/** "my friend", "my sister" in the 20 words before k (the previous sentence or two). */
function writersFriendBefore(words: readonly Word[], k: number): boolean {
  for (let p = k - 1; p >= 1 && p >= k - 20; p--) if (FRIENDS_AND_FAMILY.has(words[p]!.norm) && !words[p]!.possessive && OWN_POSSESSORS.has(words[p - 1]!.norm)) return true;
  return false;
}

/** "my friend Jade", "my sister Amy": the name at k is a grown-up the writer calls family or a friend. */
function friendOrFamilyNamed(words: readonly Word[], k: number): boolean {
  return RELATIONS.has(words[k - 1]?.norm ?? '') && OWN_POSSESSORS.has(words[k - 2]?.norm ?? '');
}

export function parentsChildBefore(words: readonly Word[], i: number): boolean {
  let k = i - 1;
  const rel = words[k];
  if (!rel || !CHILD_RELATIONS.has(rel.norm) || rel.possessive) return false;
  // "one" only as "little one", "youngest one".
  if ((rel.norm === 'one' || rel.norm === 'ones') && !CHILD_RELATION_FILLERS.has(words[k - 1]?.norm ?? '')) return false;
  k--;
  while (k >= 0 && k > i - 5 && CHILD_RELATION_FILLERS.has(words[k]!.norm)) k--;
  const owner = words[k];
  if (!owner) return false;
  // ... unless the writer has just named the one it belongs to as a friend or relative: "Lunch with my friend Gemma.
  // Her daughter Poppy ...".
  if (owner.norm === 'her' || owner.norm === 'his' || owner.norm === 'their' || owner.norm === 'whose') return !writersFriendBefore(words, k);
  if (OWN_POSSESSORS.has(owner.norm)) return false;
  // "Mrs Shah's daughter", "Kemi's little brother"? no: only a named adult's child, not "my friend's".
  // ... nor "my friend Jade's son", "my sister Amy's little boy": a named grown-up the writer calls family or a friend.
  if (owner.possessive && owner.cap && friendOrFamilyNamed(words, k)) return false;
  return owner.possessive && owner.cap && !RELATIONS.has(owner.norm) && !TITLES.has(owner.norm);
}

/**
 * The first name of a list that ends at word i: "Ada, Bilal and Wen" -> index of "Ada" from "Wen" (the
 * mirror of listEnd, with the same separators and candidates).
 */
export function listStart(text: string, words: readonly Word[], i: number, lower = false): number {
  let j = i;
  for (let guard = 0; guard < 8; guard++) {
    const cur = words[j]!;
    if (cur.sentenceStart) break;
    const pv = words[j - 1];
    if (!pv) break;
    let cand: Word | undefined;
    let at = j - 1;
    const gap = text.slice(pv.end, cur.start);
    if (/^\s*[,&]\s*$/.test(gap)) cand = pv;
    // "amy n kezia": in a lower-case post, "n" is "and".
    if ((pv.norm === 'and' || (lower && pv.norm === 'n')) && /^\s+$/.test(gap) && words[j - 2] && /^\s*,?\s+$/.test(text.slice(words[j - 2]!.end, pv.start))) {
      cand = words[j - 2];
      at = j - 2;
    }
    if (!cand || !(cand.cap || lower) || cand.norm.length < 2 || /\d/.test(cand.norm) || FUNCTION_LIKE.has(cand.norm)) break;
    j = at;
  }
  return j;
}

/**
 * The last name of a list that starts at word i: "Ada, Bilal and Wen from my class" -> index of "Wen".
 * Names are capitalised (or all lower case in a lower-case post); separators are commas, "and", "&".
 */
export function listEnd(text: string, words: readonly Word[], i: number, lower = false): number {
  let j = i;
  for (let guard = 0; guard < 8; guard++) {
    const cur = words[j]!;
    const nx = words[j + 1];
    if (!nx) break;
    const gap = text.slice(cur.end, nx.start);
    let cand: Word | undefined;
    let at = j + 1;
    if (/^\s*[,&]\s*$/.test(gap)) cand = nx;
    if ((nx.norm === 'and' || (lower && nx.norm === 'n')) && /^\s+$/.test(gap) && words[j + 2]) {
      cand = words[j + 2];
      at = j + 2;
    }
    if (!cand || !(cand.cap || lower) || cand.sentenceStart || cand.norm.length < 2 || /\d/.test(cand.norm) || FUNCTION_LIKE.has(cand.norm)) break;
    j = at;
  }
  return j;
}

const FUNCTION_LIKE = new Set(['and', 'the', 'a', 'an', 'my', 'our', 'their', 'his', 'her', 'i', 'we', 'you', 'they', 'he', 'she', 'it', 'me', 'mr', 'mrs', 'miss', 'ms']);

const WRITER_SUBJECTS = new Set(['i', 'we']);
/** Praise and thanks before a name: "Well done (to) X", "so proud of X", "shout out to X", "star of the week goes to X". */
export function praiseBefore(words: readonly Word[], i: number): boolean {
  const p1 = words[i - 1]?.norm ?? '';
  const p2 = words[i - 2]?.norm ?? '';
  const p3 = words[i - 3]?.norm ?? '';
  if (p1 === 'done' && p2 === 'well') return true;
  if (p1 === 'to' && p2 === 'done' && p3 === 'well') return true;
  if (p1 === 'of' && p2 === 'proud') return true;
  // "How proud am I of Zac", "so proud we are of Ife": pride asked or turned round.
  if (p1 === 'of' && ((WRITER_SUBJECTS.has(p2) && (p3 === 'am' || p3 === 'are') || (p2 === 'am' || p2 === 'are') && WRITER_SUBJECTS.has(p3)) && words[i - 4]?.norm === 'proud')) return true;
  if (p1 === 'to' && ['out', 'shoutout', 'congratulations', 'congrats', 'goes', 'thanks', 'go', 'mention', 'love', 'award', 'prize', 'certificate', 'kudos', 'props'].includes(p2)) return true;
  // "thank you to X", "celebrating X", "hats off to X"
  if (p1 === 'to' && (((p2 === 'you' || p2 === 'u') && p3 === 'thank') || (p2 === 'off' && p3 === 'hats'))) return true;
  // "Thank you Filsan, Itamar and Kellan for running the raffle": thanks straight to the name.
  if ((p1 === 'you' || p1 === 'u') && p2 === 'thank') return true;
  if (p1 === 'celebrating') return true;
  if (p1 === 'for' && p2 === 'cheers') return true;
  return p1 === 'congratulations' || p1 === 'congrats' || p1 === 'bravo';
}

/** Verbs after a sentence-initial name-word that make it a person: "Flo has started", "Will asked me". */
const AGENT_VERBS = new Set(['did', 'asked', 'said', 'told', 'came', 'brought', 'made', 'wrote', 'won', 'drew', 'built', 'cried', 'laughed', 'shouted', 'ran', 'finished', 'managed', 'tried', 'decided', 'started', 'helped', 'gave', 'showed', 'has', 'had', 'got', 'says', 'asks', 'tells', 'lost', 'finally', 'just', 'announced', 'insisted', 'wanted', 'wants', 'read', 'sang', 'danced', 'scored', 'spent', 'and']);
/** Name-words that are never people at the start of a sentence, whatever follows: "Summer has arrived", "Hope is". */
const NEVER_AGENTS = new Set(['april', 'may', 'june', 'august', 'summer', 'autumn', 'winter', 'spring', 'easter', 'christmas', 'monday', 'tuesday', 'friday', 'sunday', 'dawn', 'hope', 'faith', 'joy', 'peace', 'patience', 'liberty', 'justice', 'harmony', 'destiny', 'love', 'bliss', 'praise', 'reading', 'art', 'will', 'chase', 'rain', 'snow', 'storm', 'sky', 'sunny', 'read', 'mark', 'bill', 'sage', 'chance', 'grant', 'price', 'march', 'long', 'young', 'rich', 'north', 'west', 'red', 'blue', 'silver', 'golden', 'happy', 'lucky', 'true', 'free', 'unique', 'royal', 'major', 'noble', 'said', 'an', 'al']);

/** Verbs only a person does, after a name that is also a place: "Israel won the class quiz", "Jordan wrote a poem". */
const PERSON_ONLY_VERBS = new Set(['won', 'wrote', 'drew', 'painted', 'sang', 'danced', 'read', 'built', 'scored', 'found', 'spotted', 'counted', 'spelled', 'spelt', 'learned', 'learnt', 'cried', 'laughed', 'giggled', 'asked', 'told', 'answered', 'explained', 'helped', 'finished', 'managed', 'tried']);
/**
 * A name that is also a place or a word, at the start of a sentence, then a verb only a person does ("Israel won
 * the class quiz by one point"): a person when class life is near, which the caller checks ("Israel won
 * Eurovision" has none).
 */
export function personVerbAfter(words: readonly Word[], i: number): boolean {
  const v = words[i + 1];
  if (!v || v.cap) return false;
  // "Autumn came top in the times tables challenge": a place in a ranking (not "Autumn came early").
  if (v.norm === 'came' && ['top', 'first', 'second', 'third', 'joint'].includes(words[i + 2]?.norm ?? '')) return true;
  return PERSON_ONLY_VERBS.has(v.norm);
}

/** A sentence-initial name-word that acts like a person: "Flo has started calling me Miss". */
export function agentAtSentenceStart(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  // "Faith, who joined us in Year 3, ...": "who" is said of a person, whatever the name also means.
  if (words[i + 1]?.norm === 'who' && !words[i + 1]!.cap) return true;
  // "Phoenix finished his first chapter book", "Paris was the narrator": a place does neither.
  if (PLACES.has(w.norm)) return verbThenPronounAfter(words, i) || partPlayedAfter(words, i) || onlyAPersonIs(words, i);
  if (calledAPersonLater(words, i)) return true;
  // "Summer painted a self portrait", "Faith sang a solo", "summer finally got her pen licence": a season or
  // virtue does not paint or sing, so an animate verb (or one with "her"/"his" after it) makes it a person.
  if (NEVER_AGENTS.has(w.norm)) return animateAfter(words, i) || onlyAPersonIs(words, i) || partPlayedAfter(words, i);
  const n = words[i + 1];
  if (!n || n.cap) return false;
  if (n.norm === 'and') return words[i + 2]?.cap === true && (!NEVER_AGENTS.has(words[i + 2]!.norm) || animateAfter(words, i + 2));
  return AGENT_VERBS.has(n.norm) || animateAfter(words, i) || partPlayedAfter(words, i);
}

/** Words after a sentence-initial "Hope", "Will", "Summer" that make it the verb or the season, not a subject. */
const NOT_A_SUBJECT_NEXT = new Set(['you', 'u', 'ya', 'yall', 'she', 'he', 'they', 'we', 'i', 'it', 'its', 'everyone', 'everybody', 'all', 'that', 'so', 'to', 'this', 'these', 'those', 'your', 'ur', 'our', 'my', 'his', 'her', 'their', 'the', 'a', 'an', 'for', 'not', 'there', 'be', 'anyone', 'somebody', 'someone', 'nobody', 'is', 'holidays', 'term', 'break', 'sun', 'weather']);
const SHE_OR_HE = new Set(['she', 'he', 'her', 'his', 'herself', 'himself', 'shes', 'hes']);
/** What a child is called in praise: "Precious was a superstar", "Will is an absolute legend". */
/** What a person is and a season, virtue or weather is not: "Hope was so kind", "Storm is really shy". */
const PERSON_ADJECTIVES = new Set(['kind', 'brave', 'helpful', 'polite', 'thoughtful', 'caring', 'chatty', 'shy', 'cheeky', 'proud', 'chuffed', 'excited', 'upset', 'nervous', 'confident', 'funny', 'sweet', 'gentle', 'patient', 'determined', 'focused', 'focussed', 'sensible', 'mature', 'grown', 'resilient', 'generous', 'considerate', 'delighted', 'thrilled', 'buzzing', 'giggly', 'tearful', 'poorly', 'unwell', 'off', 'absent', 'quiet', 'calm', 'settled', 'independent', 'hardworking', 'creative', 'curious', 'enthusiastic', 'happy', 'sad', 'angry', 'cross', 'grumpy', 'tired', 'shattered', 'lovely', 'adorable', 'hilarious']);
const PERSON_PRAISE = new Set(['superstar', 'star', 'legend', 'hero', 'superhero', 'champion', 'champ', 'trooper', 'natural', 'genius', 'rockstar', 'sweetheart', 'delight', 'credit', 'ray']);

/**
 * The sentence a name-like word opens goes on to call its subject a person: "Hope had the best week, her
 * writing has come on leaps and bounds" ("her" a few words on), "Precious was a superstar in the nativity".
 * "Hope you all have a lovely break", "Summer can't come soon enough", "Will anyone be at the quiz" do neither.
 */
function calledAPersonLater(words: readonly Word[], i: number): boolean {
  const n = words[i + 1];
  if (!n || n.cap || NOT_A_SUBJECT_NEXT.has(n.norm)) return false;
  // "Blessing has been such a thoughtful buddy": "has been" is "was".
  const been = (n.norm === 'has' || n.norm === 'had') && words[i + 2]?.norm === 'been' ? 1 : 0;
  if (n.norm === 'was' || n.norm === 'is' || been) {
    let k = i + 2 + been;
    if (['a', 'an', 'the', 'our', 'my', 'such', 'absolute', 'an'].includes(words[k]?.norm ?? '')) k++;
    while (k < i + 5 && ['a', 'an', 'absolute', 'total', 'little', 'real', 'complete', 'proper', 'true'].includes(words[k]?.norm ?? '')) k++;
    if (PERSON_PRAISE.has(words[k]?.norm ?? '')) return true;
    // "Hope was so kind to the new girl", "Storm is really proud of": what only a person is.
    while (k < i + 6 && ['so', 'really', 'very', 'super', 'incredibly', 'extra', 'such', 'just'].includes(words[k]?.norm ?? '')) k++;
    if (PERSON_ADJECTIVES.has(words[k]?.norm ?? '')) return true;
  }
  // "Storm had a much better day today", "Faith had a lovely week": a day or a week had is a person's.
  if (n.norm === 'had' && words[i + 2]?.norm === 'a') {
    for (let k = i + 3; k < i + 7 && k < words.length; k++) {
      if (['day', 'week', 'morning', 'afternoon', 'term', 'time'].includes(words[k]!.norm)) return true;
      if (!/^[a-z]+$/.test(words[k]!.norm)) break;
    }
  }
  for (let k = i + 2; k < words.length && k <= i + 12; k++) {
    const w = words[k]!;
    if (w.sentenceStart) break;
    if (SHE_OR_HE.has(w.norm)) return true;
  }
  return false;
}

/** What only a person is (never a season, a virtue or the weather): "will was so helpful", "Hope has been so brave". */
const ONLY_PERSON_ADJECTIVES = new Set(['kind', 'brave', 'helpful', 'polite', 'thoughtful', 'caring', 'chatty', 'shy', 'cheeky', 'proud', 'chuffed', 'excited', 'upset', 'nervous', 'confident', 'funny', 'patient', 'determined', 'focused', 'focussed', 'sensible', 'mature', 'resilient', 'generous', 'considerate', 'delighted', 'thrilled', 'buzzing', 'giggly', 'tearful', 'poorly', 'unwell', 'absent', 'independent', 'hardworking', 'creative', 'curious', 'enthusiastic', 'grumpy', 'superstar', 'legend', 'hero', 'trooper', 'champ']);
/** "will was so helpful tidying the library", "Hope has been such a superstar": the word is called what only a person is. */
function onlyAPersonIs(words: readonly Word[], i: number): boolean {
  let k = i + 1;
  const n = words[k]?.norm;
  if (n !== 'was' && n !== 'is' && n !== 'has' && n !== 'had') return false;
  if (n === 'has' || n === 'had') {
    if (words[k + 1]?.norm !== 'been') return false;
    k++;
  }
  k++;
  for (let guard = 0; guard < 3 && ['so', 'really', 'very', 'super', 'such', 'a', 'an', 'absolute', 'incredibly', 'extra'].includes(words[k]?.norm ?? ''); guard++) k++;
  return ONLY_PERSON_ADJECTIVES.has(words[k]?.norm ?? '');
}

/** Verbs whose subject is a person (or an animal): a season, a virtue or a month does none of these. */
const ANIMATE_VERBS = new Set(['asked', 'asks', 'said', 'says', 'told', 'tells', 'wrote', 'drew', 'painted', 'sang', 'sings', 'danced', 'laughed', 'cried', 'shouted', 'scored', 'won', 'built', 'brought', 'made', 'read', 'helped', 'gave', 'showed', 'announced', 'insisted', 'wanted', 'wants', 'finished', 'managed', 'tried', 'decided', 'learned', 'learnt', 'remembered', 'forgot', 'explained', 'answered', 'smashed', 'nailed', 'aced', 'passed', 'failed', 'lost', 'cracked', 'spelled', 'spelt', 'counted', 'performed', 'presented', 'led', 'ran', 'swam', 'jumped', 'climbed', 'hugged', 'thanked', 'wore', 'blended', 'giggled', 'sobbed', 'waved', 'joined', 'started', 'moved', 'settled', 'reads', 'writes', 'loves', 'loved', 'hates', 'hated', 'wants', 'needs', 'tied', 'taught', 'volunteered', 'organised', 'organized', 'raised', 'designed', 'invented', 'baked', 'knitted', 'sewed', 'recited', 'stood', 'smiled', 'grinned', 'beamed', 'whispered',
  // pupil11: a child finding things out: "Precious found a ladybird at break".
  'found', 'spotted', 'noticed', 'discovered', 'held']);
/** Particles of phrasal verbs: "stood up", "sat down", "came in". */
const PARTICLES = new Set(['up', 'down', 'in', 'out', 'over', 'back', 'round', 'around', 'off']);
/** Adverbs that may stand between a name and its verb: "Summer finally got", "Hope just asked". */
const ADVERBS = new Set(['finally', 'just', 'also', 'really', 'actually', 'both', 'even', 'then', 'now', 'today', 'proudly', 'quietly', 'always', 'never', 'has', 'had', 'have', 'was', 'were', 'already', 'still', 'often', 'sometimes', 'usually']);

/**
 * The word at i is followed by a verb only a person does ("Summer painted", "Faith sang"), or by a verb and
 * then "her"/"his" ("summer finally got her pen licence"). "Summer has arrived", "Hope is", "Will be" are not.
 */
export function animateAfter(words: readonly Word[], i: number): boolean {
  let k = i + 1;
  // "Summer and Grace painted": over a list of capitalised names to the verb.
  if (words[k]?.norm === 'and' && words[k + 1]?.cap) k += 2;
  // ... and over any -ly adverb: "Burhanuddin confidently led", "Chimaobi absolutely smashed".
  while (k < words.length && k < i + 5 && (ADVERBS.has(words[k]!.norm) || /^[a-z]{3,}ly$/.test(words[k]!.norm))) k++;
  const v = words[k];
  if (!v || v.cap) return false;
  if (ANIMATE_VERBS.has(v.norm)) return true;
  // "Hope stood up and told everyone", "Summer sat down and wrote": a verb and its particle, then one only people do.
  let m = k + 1;
  if (PARTICLES.has(words[m]?.norm ?? '')) m++;
  if (words[m]?.norm === 'and' && ANIMATE_VERBS.has(words[m + 1]?.norm ?? '') && /^[a-z]{3,}$/.test(v.norm)) return true;
  // "got her pen licence", "did his best", "lost her tooth": a verb, then a person's possessive.
  const after = words[k + 1]?.norm;
  return /^[a-z]{2,}$/.test(v.norm) && (after === 'her' || after === 'his' || after === 'herself' || after === 'himself');
}

const LOWER_NAME_BEFORE = new Set(['and', 'n', 'to', 'with', 'done', 'congrats', 'congratulations', 'thanks', 'love', 'proud', 'of', 'for', 'me', 'tell', 'told', 'asked', 'when', 'but', 'so', 'then', 'because', 'especially', 'little', 'including', 'mention']);

/**
 * In a post written in lower case, a word like "kit", "bob" or "rose" is usually a word. It reads as a name
 * where names stand: at the start of a sentence, possessive, before a verb ("ollie said"), after "and" or
 * "well done to", or before "in Year 2".
 */
export function nameSlotInLowerCase(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (w.sentenceStart || w.possessive || childRoleAfter(words, i) || childRoleBefore(words, i)) return true;
  const n = words[i + 1]?.norm ?? '';
  if (AGENT_VERBS.has(n) || ANIMATE_VERBS.has(n) || n === 'and' || n === 'is' || n === 'was' || n === 'who' || n === 'in') return true;
  // "the best bit was yubo reading his poem": doing something to his or her own thing.
  if (n.length > 4 && n.endsWith('ing') && ['his', 'her', 'their'].includes(words[i + 2]?.norm ?? '')) return true;
  return LOWER_NAME_BEFORE.has(words[i - 1]?.norm ?? '');
}

/** Common nouns right after a flower, gem or tree name: "Lily pads", "Holly berries", "Ruby wedding". */
const NOUN_AFTER = new Set(['pad', 'pads', 'tree', 'trees', 'bush', 'bushes', 'seed', 'seeds', 'chain', 'chains', 'petal', 'petals', 'leaf', 'leaves', 'berries', 'berry', 'wedding', 'anniversary', 'necklace', 'slippers', 'oil', 'tea', 'warning', 'alert', 'bulbs', 'bulb', 'flower', 'flowers', 'plant', 'plants', 'pond', 'wreath', 'wreaths', 'bouquet', 'hedge', 'branches', 'blossom',
  // "Teddy bears picnic": the toy.
  'bear', 'bears']);

/**
 * "Lily pads", "Holly and ivy", "Sandy Hook Elementary": the capitalised word is a thing, or part of a
 * school's name (the school rules report that), not a child.
 */
export function nounUse(text: string, words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  const n = words[i + len];
  if (!n) return false;
  const gap = text.slice(last.end, n.start);
  if (gap === ' ' && !last.possessive && NOUN_AFTER.has(n.norm) && !n.cap) return true;
  // "Holly and ivy": coordinated with a lower-case word that is itself a name, so both are plants.
  if ((n.norm === 'and' || n.norm === '&') && words[i + len + 1] && !words[i + len + 1]!.cap && !words[i + len + 1]!.upper && NOUN_AFTER_PAIR.has(words[i + len + 1]!.norm)) return true;
  // "Sandy Hook Elementary School", "Grace Mary Primary": a school's name.
  for (let k = i + len; k < i + len + 2 && k < words.length; k++) {
    const w = words[k]!;
    if (SCHOOL_NAME_END.has(w.norm) && (w.cap || w.norm === 'elementary')) return true;
    if (!w.cap || w.sentenceStart) break;
  }
  return false;
}
/** Plants and gems that are names too ("holly and ivy"). */
export const isPlantOrGem = (norm: string): boolean => NOUN_AFTER_PAIR.has(norm);
const NOUN_AFTER_PAIR = new Set(['ivy', 'holly', 'lily', 'rose', 'daisy', 'poppy', 'violet', 'jasmine', 'heather', 'iris', 'willow', 'hazel', 'rowan', 'ruby', 'pearl', 'amber', 'jade', 'olive', 'sage', 'rosemary', 'bay', 'fern', 'mistletoe']);
const SCHOOL_NAME_END = new Set(['elementary', 'primary', 'academy', 'infants', 'juniors', 'school', 'high', 'grammar', 'college', 'church', 'chapel', 'cathedral', 'hospital', 'hospice', 'house', 'hall', 'road', 'street', 'lane']);

/**
 * Books and characters: near an author's name or the word "character", a famous character's name is the
 * character ("Matilda, The Twits and The BFG - Roald Dahl day").
 */
const CHARACTERS = new Set(['matilda', 'auggie', 'hermione', 'pippi', 'heidi', 'wilbur', 'kensuke', 'lyra', 'wendy', 'dorothy', 'alice', 'greg', 'percy', 'tracy', 'bruno', 'shmuel', 'mowgli', 'cinderella', 'rapunzel', 'belle', 'ariel', 'olaf', 'aladdin', 'mulan', 'simba', 'nemo', 'dory', 'woody', 'shrek', 'fiona', 'scrooge', 'ebenezer', 'romeo', 'juliet', 'ophelia', 'lennie', 'curley', 'atticus', 'scout', 'heathcliff', 'darcy', 'sherlock', 'bilbo', 'frodo', 'gandalf', 'pinocchio', 'stig']);
const BOOK_CUES = new Set(['dahl', 'donaldson', 'walliams', 'morpurgo', 'rowling', 'palacio', 'rosen', 'blyton', 'dickens', 'shakespeare', 'steinbeck', 'priestley', 'bronte', 'austen', 'orwell', 'golding', 'boyne', 'tolkien', 'pullman', 'kinney', 'character', 'characters', 'novel', 'author', 'protagonist', 'villain', 'disney',
  // Session pupil15: a screen work named around the character ("film" is left out: classes make films and go to film club).
  'movie', 'movies', 'cartoon', 'episode', 'episodes']);

/** A name of the famous characters above ("Auggie", "Hermione"), whatever is near it. */
export const isCharacterName = (norm: string): boolean => CHARACTERS.has(norm);

/** Where grown-ups meet: "met Henley at a conference", "met Jo on a course". */
const GROWN_UPS_EVENTS = new Set(['conference', 'course', 'training', 'party', 'wedding', 'gig', 'festival', 'gym', 'uni', 'university', 'work', 'meeting', 'networking', 'hen', 'stag', 'pub', 'bar', 'class', 'retreat', 'summit', 'webinar']);
/** A child's grown-up after the child's name (child-evidence's list, and "carers" for more than one). */
const isChildsGrownUp = (norm: string): boolean => RELATIVES.has(norm) || norm === 'carers';
/** What grown-ups meet each other for: "coffee with Jess", "drinks with Priya and Cerys", "a catch up with Bea". */
const SOCIAL = new Set(['coffee', 'coffees', 'cuppa', 'brew', 'drinks', 'drink', 'brunch', 'breakfast', 'dinner', 'pint', 'pints', 'wine', 'prosecco', 'cocktails', 'catchup', 'natter', 'gossip', 'curry', 'takeaway', 'tapas', 'date']);
/**
 * "Coffee with Jess before school", "Quick drinks with Priya and Cerys after school", "a catch up with Bea": the
 * name (or a list of names it ends) is someone the writer met for a drink or a meal, a grown-up. Not "breakfast
 * club with Amara" (a school club) or "reading with Amara" (one-to-one work).
 */
function socialWith(words: readonly Word[], i: number): boolean {
  // Back over a list of names to the word before its first: "drinks with Priya and Cerys".
  let k = i - 1;
  for (let guard = 0; guard < 6 && k > 0 && (words[k]!.norm === 'and' || words[k]!.norm === '&' || (words[k]!.cap && !words[k]!.sentenceStart && !words[k]!.possessive)); guard++) k--;
  if (words[k]?.norm !== 'with') return false;
  const p = words[k - 1];
  if (!p) return false;
  if (p.norm === 'up' && ['catch', 'catching', 'caught', 'catches'].includes(words[k - 2]?.norm ?? '')) return true;
  // Session pupil15: "Met up with Chloe and Hannah", "meeting up with Jo": grown-ups arrange to meet each other.
  if (p.norm === 'up' && ['met', 'meet', 'meeting', 'meets'].includes(words[k - 2]?.norm ?? '')) return true;
  return SOCIAL.has(p.norm);
}

/**
 * "Femi and I survived parents evening", "Priya covered my lunch duty", "Thanks to Tariq for covering my class":
 * the person is the writer's peer or a colleague doing the writer's job, not a pupil.
 */
const STAFF_DUTIES = new Set(['duty', 'duties', 'class', 'lesson', 'lessons', 'group', 'set', 'form', 'ppa', 'register', 'assembly',
  // Session pupil15: "asked me if I could cover his shift": a grown-up's work shift.
  'shift', 'shifts']);
/** "my class", "my Y6s", "my Year 9s", "my form": a group the writer teaches, at word k. */
function myTeachingGroup(words: readonly Word[], k: number): boolean {
  const g = words[k]?.norm ?? '';
  if (STAFF_DUTIES.has(g) || /^(?:y|yr)?(?:[1-9]|1[0-3])[a-z]?s$/.test(g)) return true;
  return (g === 'year' || g === 'yr') && /^(?:[1-9]|1[0-3])s?$/.test(words[k + 1]?.norm ?? '');
}
const MEET_BEFORE = new Set(['met', 'meeting', 'meet', 'meets', 'with', 'joined']);
const OUTING_FILLERS = new Set(['usual', 'weekly', 'regular', 'morning', 'evening', 'early', 'long', 'sunday', 'saturday', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'lunchtime']);
const OUTINGS = new Set(['walk', 'walks', 'loop', 'run', 'runs', 'jog', 'swim', 'hike', 'ride', 'cycle', 'ramble', 'stroll', 'dog-walk']);
/** "... for our usual Saturday walk": the writer's and the person's own outing later in the sentence after word end. */
function sharedOutingAfter(words: readonly Word[], end: number): boolean {
  for (let k = end + 1; k < end + 14 && k < words.length; k++) {
    if (words[k]!.sentenceStart) return false;
    if (words[k]!.norm !== 'our') continue;
    let m = k + 1;
    while (m < k + 3 && OUTING_FILLERS.has(words[m]?.norm ?? '')) m++;
    if (OUTINGS.has(words[m]?.norm ?? '')) return true;
  }
  return false;
}
export function peerOfWriter(words: readonly Word[], i: number, end: number): boolean {
  const a = words[end + 1];
  if (a?.norm === 'and' && words[end + 2]?.text === 'I') return true;
  // "Caught up with Tobenna's dad at pick-up": the grown-up met is the child's parent; the name is the child's.
  if (socialWith(words, i) && !(words[end]!.possessive && isChildsGrownUp(words[end + 1]?.norm ?? ''))) return true;
  // "Met Zofia for drinks after parents evening", "meeting Kasia for a coffee".
  if (['met', 'meeting', 'meet', 'meets'].includes(words[i - 1]?.norm ?? '') && a?.norm === 'for' && (SOCIAL.has(words[end + 2]?.norm ?? '') || ((words[end + 2]?.norm === 'a' || words[end + 2]?.norm === 'some' || words[end + 2]?.norm === 'quick') && SOCIAL.has(words[end + 3]?.norm ?? '')))) return true;
  // "Met Eluned by the canal for our usual walk", "out with Siobhan for our weekly run": a friend the writer meets for
  // their own walk, run or swim ("Amira led our usual walk", with no meeting, stays a child of a class outing).
  if (MEET_BEFORE.has(words[i - 1]?.norm ?? '') && sharedOutingAfter(words, end)) return true;
  // Session pupil15: "Saturday run with Grainne", "usual walk with Bev": the writer's own outing named before "with".
  if (words[i - 1]?.norm === 'with' && OUTINGS.has(words[i - 2]?.norm ?? '') && OUTING_FILLERS.has(words[i - 3]?.norm ?? '')) return true;
  // "Thanks Jess for the lift to school": a grown-up who drove the writer.
  if (a?.norm === 'for' && (words[end + 2]?.norm === 'the' || words[end + 2]?.norm === 'a') && words[end + 3]?.norm === 'lift') return true;
  // "Lunch with Esme, we've been friends since sixth form": the writer's friend.
  for (let k = end + 1; k < end + 10 && k < words.length; k++) {
    const w = words[k]!;
    if (k > end + 1 && w.sentenceStart) break;
    if ((w.norm === 'friends' || w.norm === 'mates' || w.norm === 'besties') && ['been', 'are', 'were', 'best', 'old'].includes(words[k - 1]?.norm ?? '') && words.slice(Math.max(end + 1, k - 4), k).some((x) => x.norm === 'we' || x.norm === 'weve' || x.norm === 'were')) return true;
  }
  // "Met Henley at a conference", "met Bea on a course": someone the writer met at a grown-ups' event.
  if ((words[i - 1]?.norm === 'met' || words[i - 1]?.norm === 'meeting') && (a?.norm === 'at' || a?.norm === 'on')) {
    for (let k = end + 2; k < end + 5 && k < words.length; k++) if (GROWN_UPS_EVENTS.has(words[k]!.norm)) return true;
  }
  // ... "Tom asked me if I could cover his lunch duty": covering a colleague's class or duty.
  for (let k = end + 1; k < end + 8 && k < words.length; k++) {
    const w = words[k]!;
    if (w.sentenceStart) break;
    if (/^cover(?:ed|ing|s)?$/.test(w.norm) && ['my', 'for', 'me', 'our'].includes(words[k + 1]?.norm ?? '')) return true;
    // "Gemma took my class for PE", "Sam is taking my Year 9s": teaching the writer's class.
    if (/^(?:took|taking|takes|take)$/.test(w.norm) && words[k + 1]?.norm === 'my' && myTeachingGroup(words, k + 2)) return true;
    if (/^cover(?:ed|ing|s)?$/.test(w.norm) && ['his', 'her', 'their'].includes(words[k + 1]?.norm ?? '') && (STAFF_DUTIES.has(words[k + 2]?.norm ?? '') || STAFF_DUTIES.has(words[k + 3]?.norm ?? '') || STAFF_DUTIES.has(words[k + 4]?.norm ?? ''))) return true;
  }
  return false;
}

export function characterUse(words: readonly Word[], i: number): boolean {
  if (!CHARACTERS.has(words[i]!.norm)) return false;
  // Session pupil15: "Film club showed Matilda today": a famous character's name shown or screened is the film.
  if (['showed', 'screened', 'showing'].includes(words[i - 1]?.norm ?? '') && !words[i]!.possessive) return true;
  for (let k = Math.max(0, i - 12); k < Math.min(words.length, i + 13); k++) if (k !== i && BOOK_CUES.has(words[k]!.norm)) return true;
  return false;
}

/** Weak hints that a post is about lessons, enough with a name written as "Evie H." (how teachers shorten pupils' names). */
const WEAK_CUES = new Set(['addition', 'division', 'romans', 'vikings', 'tudors', 'victorians', 'egyptians', 'saxons', 'portrait', 'gold', 'maths', 'english', 'science', 'history', 'geography', 'french', 'spanish', 'german', 'computing', 'music', 'drama', 'art', 'grade', 'grades', 'merit', 'merits', 'sticker', 'stickers', 'certificate', 'certificates', 'mock', 'revision', 'exam', 'exams', 'test', 'tests', 'quiz', 'project', 'poem', 'story', 'essay', 'dt', 'pe', 're', 'sats']);

/** School subjects and rewards only: what a roster name needs when the post has no stronger cue. */
const LESSON_CUES = new Set(['maths', 'science', 'geography', 'french', 'spanish', 'german', 'computing', 'grade', 'grades', 'merit', 'merits', 'sticker', 'stickers', 'certificate', 'certificates', 'mock', 'mocks', 'revision', 'dt', 'sats']);

export function weakCueNear(words: readonly Word[], i: number, radius = 20, lessonsOnly = false): boolean {
  const set = lessonsOnly ? LESSON_CUES : WEAK_CUES;
  for (let k = Math.max(0, i - radius); k < Math.min(words.length, i + radius); k++) if (k !== i && set.has(words[k]!.norm)) return true;
  return false;
}

/** Nouns before a name that make it a pupil: "our new girl Mileta", "new starter Adwin", "my tutee Ravi". */
export function childRoleBefore(words: readonly Word[], i: number): boolean {
  const p1 = words[i - 1]?.norm ?? '';
  const p2 = words[i - 2]?.norm ?? '';
  if (['tutee', 'pupil', 'student', 'learner', 'classmate'].includes(p1)) return true;
  // "my key children, Zayn-Ali": an early-years key person's children.
  if ((p1 === 'children' || p1 === 'child') && p2 === 'key') return true;
  // "my little reader Zeyaan", "star writer Ife": how staff call a child they teach to read and write.
  if (['reader', 'writer', 'speller', 'mathematician'].includes(p1) && ['little', 'star', 'keen', 'young', 'reluctant', 'budding', 'struggling'].includes(p2)) return true;
  return ['girl', 'boy', 'starter', 'starters', 'arrival', 'joiner'].includes(p1) && p2 === 'new';
}

/** Verbs and auxiliaries after a name (not a name-word) that make it the subject of a clause: "Paarth were", "Zahian wrote". */
const CLAUSE_VERBS = new Set(['sold', 'want', 'love', 'loved', 'run', 'sing', 'play', 'played', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'did', 'does', 'got', 'gets', 'will', 'would', 'can', 'could', 'wants', 'needs', 'came', 'went', 'made', 'kept', 'took', 'found', 'saw', 'gave', 'told', 'wrote', 'drew', 'ran', 'won', 'brought', 'said', 'lost', 'left', 'built', 'sang', 'read', 'spent', 'felt', 'thought', 'knew', 'began', 'became', 'caught', 'threw', 'swam', 'rode', 'forgot', 'taught', 'fell', 'hid', 'ate', 'chose', 'stood', 'sat', 'heard', 'held', 'met', 'paid', 'put', 'shook', 'showed', 'spoke', 'tore', 'understood', 'woke', 'wore', 'beat', 'bought', 'cut', 'dug', 'fought', 'flew', 'grew', 'hit', 'hung', 'let', 'lit', 'meant', 'rang', 'rose', 'said', 'sent', 'set', 'shut', 'slept', 'stuck', 'swept', 'won']);
const PERSON_PRONOUNS = new Set(['his', 'her', 'he', 'she', 'himself', 'herself', 'hers']);
function subjectPronounSoon(words: readonly Word[], end: number): boolean {
  for (let m = end + 1; m < end + 7 && m < words.length; m++) {
    if (words[m]!.sentenceStart) return false;
    if (words[m]!.norm === 'she' || words[m]!.norm === 'he') return true;
  }
  return false;
}
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'everyone', 'everybody']);

/**
 * The name at [i, end] acts as a person: an animate verb ("Faith sang"), a clause verb for a name that is no
 * word ("Paarth were superstars", "Dejan got"), a verb ending in -ed, or "his"/"her" in the same clause soon
 * after ("Bilal was so chuffed with his certificate").
 */
export function actsAsPerson(words: readonly Word[], i: number, end: number, wordLike: boolean): boolean {
  // "Winter was the narrator", "Teodor, who only joined us in September": a part in a school event, or "who".
  if (animateAfter(words, end) || partPlayedAfter(words, end) || (words[end + 1]?.norm === 'who' && !words[end + 1]!.cap)) return true;
  // "The look on Precious's face when she got her certificate": a possessive word-name that "she" or "he" takes up.
  if (wordLike) return words[end]!.possessive && subjectPronounSoon(words, end);
  let k = end + 1;
  // Over the rest of a list: "Sehajpreet and Paarth were"
  if (words[k]?.norm === 'and' && words[k + 1]?.cap) k += 2;
  // "Godswill, Gifty and Ovie who sang the solos": the relative clause's verb.
  if (words[k]?.norm === 'who' && !words[k]!.cap) k++;
  while (k < words.length && ADVERBS.has(words[k]!.norm) && !CLAUSE_VERBS.has(words[k]!.norm)) k++;
  const v = words[k];
  // "Amelka already calls me mummy": a present-tense verb with a person as its object.
  if (v && !v.cap && /^[a-z]{3,}s$/.test(v.norm) && OBJECT_PRONOUNS.has(words[k + 1]?.norm ?? '')) return true;
  if (v && !v.cap && (CLAUSE_VERBS.has(v.norm) || AGENT_VERBS.has(v.norm) || isNegatedAux(v.norm) || /^[a-z]{3,}ed$/.test(v.norm))) return true;
  for (let m = end + 1; m < end + 9 && m < words.length; m++) {
    if (words[m]!.sentenceStart) break;
    if (PERSON_PRONOUNS.has(words[m]!.norm)) return true;
    // "Ketsia, Rayssa and Jamiah for their recorder trio": a list of names referred to as people.
    if (end > i && (words[m]!.norm === 'their' || words[m]!.norm === 'they' || words[m]!.norm === 'themselves')) return true;
  }
  return false;
}

/** Grown-ups' books: "Reading Bilal's book on school leadership", "Sadhana's new book", "Zadie's memoir". */
const AUTHOR_WORKS = new Set(['book', 'books', 'novel', 'novels', 'memoir', 'autobiography', 'biography', 'album', 'podcast', 'column', 'documentary', 'thriller']);
const READ_VERBS = new Set(['reading', 'read', 'finished', 'finishing', 'loved', 'loving', 'recommend', 'recommending', 'started', 'devoured', 'listening', 'bought']);
export function authorsWork(words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  if (!last.possessive) return false;
  let k = i + len;
  const fresh = ['new', 'latest', 'debut', 'brilliant', 'excellent'].includes(words[k]?.norm ?? '');
  if (fresh) k++;
  const work = words[k]?.norm ?? '';
  if (!AUTHOR_WORKS.has(work)) return false;
  if (work !== 'book' && work !== 'books') return true;
  const about = ['on', 'about'].includes(words[k + 1]?.norm ?? '');
  return fresh || (READ_VERBS.has(words[i - 1]?.norm ?? '') && about);
}

/** "Knight (yes that's his real name)", "Ranger (yes, really)": the writer confirms an unusual word is a name. */
export function nameConfirmedAfter(text: string, words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const m = /^\s*\(([^)]{0,40})\)/.exec(text.slice(w.end, w.end + 48));
  return m !== null && /\b(?:name|really|honestly|seriously)\b/i.test(m[1]!);
}

/** Is this name also a town or a country ("Chester", "Chelsea", "Florence")? */
export const isPlaceName = (norm: string): boolean => PLACES.has(norm);

/** Animals, toys and mascots, singular and plural, that are given names: "the ponies are called Star and Duke". */
const NAMED_THINGS = new Set([...PETS, 'dogs', 'cats', 'hamsters', 'rabbits', 'bunnies', 'tortoises', 'pigs', 'ponies', 'horses', 'puppies', 'kittens', 'gerbils', 'budgies', 'parrots', 'snakes', 'lizards', 'hens', 'ducks', 'ducklings', 'chicks', 'goats', 'sheep', 'lambs', 'cows', 'alpacas', 'llamas', 'pets', 'pet', 'fish', 'axolotl', 'axolotls', 'stick', 'insects', 'caterpillars', 'butterflies', 'snails', 'teddies', 'teddy', 'mascot', 'mascots', 'robot', 'robots', 'puppet', 'puppets', 'doll', 'dolls', 'tamagotchi']);

/** Bits of a word (Word.norm) for the per-word facts a caller may pass: parentVoice's and namesGivenToAnimals' words. */
export const PARENT_VOICE_BIT = 1;
export const ANIMAL_NAMING_BIT = 2;
const PARENT_VOICE_WORDS = new Set(['proud', 'big', 'time', 'her', 'his', 'their', ...OWN_CHILD]);
export function personCueBits(norm: string): number {
  return (PARENT_VOICE_WORDS.has(norm) || PARENT_SELF.has(norm) ? PARENT_VOICE_BIT : 0) | (NAMED_THINGS.has(norm) || norm === 'called' || norm === 'named' || norm === 'christened' ? ANIMAL_NAMING_BIT : 0);
}

/**
 * Norms of the names given to animals or toys in this post: "Our class fish are called Bubbles, Finn and Goldie",
 * "the ponies are named Star, Pepper and Duke ... my daughter loves Duke". Every later use of those names is the animal.
 */
export function namesGivenToAnimals(text: string, words: readonly Word[], facts?: Int32Array): ReadonlySet<string> {
  const out = new Set<string>();
  for (let k = 1; k < words.length; k++) {
    // Both tests below need a word of NAMED_THINGS or "called", "named", "christened": the others are passed over.
    if (facts !== undefined && !(facts[k]! & ANIMAL_NAMING_BIT)) continue;
    const v = words[k]!.norm;
    // "Chase & Storm, the two hamsters in my classroom": the names before an appositive that calls them animals.
    if (NAMED_THINGS.has(v) && k >= 3) {
      let m = k - 1;
      while (m > 0 && m > k - 4 && ['two', 'three', 'four', 'class', 'school', 'little', 'new', 'baby', 'pet', 'classroom', 'resident'].includes(words[m]!.norm)) m--;
      if (['the', 'our', 'my'].includes(words[m]!.norm) && m > 0 && /,\s*$/.test(text.slice(words[m - 1]!.end, words[m]!.start))) {
        for (let n = m - 1; n >= 0 && n > m - 8; n--) {
          const w = words[n]!;
          if (w.norm === 'and' || w.norm === '&') continue;
          if (!w.cap) break;
          out.add(w.norm);
          if (w.sentenceStart) break;
        }
      }
    }
    if (v !== 'called' && v !== 'named' && v !== 'christened') continue;
    let animal = false;
    for (let m = k - 1; m >= 0 && m >= k - 6; m--) {
      if (NAMED_THINGS.has(words[m]!.norm)) animal = true;
      if (words[m]!.sentenceStart) break;
    }
    if (!animal) continue;
    // The list of capitalised words after "called": "Star, Pepper and Duke", "Nugget, Waffle and Pickle".
    for (let m = k + 1; m < words.length && m < k + 12; m++) {
      const w = words[m]!;
      if (w.norm === 'and' || w.norm === '&') continue;
      if (!w.cap || (w.sentenceStart && m > k + 1)) break;
      out.add(w.norm);
      const gap = text.slice(w.end, words[m + 1]?.start ?? w.end);
      if (!/^[\s,&]*$/.test(gap) && !/^\s*(?:and|&)\s*$/.test(gap)) break;
    }
  }
  return out;
}

/** Where a performer is heard: "Raye on repeat", "Olly Murs on full blast", "Shakira came on the radio". */
const HEARD_ON = new Set(['repeat', 'blast', 'volume', 'radio', 'spotify', 'loop', 'shuffle', 'telly', 'tv', 'youtube', 'vinyl']);
const PERFORMER_NOUNS = new Set(['album', 'albums', 'playlist', 'gig', 'gigs', 'tour', 'tickets', 'lyrics', 'single', 'songs', 'concert']);

/** The name is a performer being listened to or watched, not a child: "Rosalía on full blast in the staffroom". */
export function heardOrWatched(words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  let k = i + len;
  // "came on the radio" (not "came on time").
  if (words[k]?.norm === 'came' && words[k + 1]?.norm === 'on') k++;
  if (!last.possessive && PERFORMER_NOUNS.has(words[k]?.norm ?? '') && !words[k]!.cap) return true;
  if (words[k]?.norm !== 'on') return false;
  for (k += 1; k < i + len + 6 && k < words.length; k++) {
    if (words[k]!.sentenceStart) return false;
    if (HEARD_ON.has(words[k]!.norm)) return true;
  }
  return false;
}

/**
 * "with my two.", "my three were angels": the writer's own children counted (not "my two weeks off"). In a post that
 * names a grown-up relative or friend of the writer ("my sister", "my brother's", "Cousin came to stay"), "her two",
 * "his little ones", "their three" count that relative's children the same way: a family visit, not a class.
 */
const OWN_COUNT = new Set(['two', 'three', 'four', 'five']);
const AFTER_COUNT = new Set(['and', 'had', 'have', 'were', 'are', 'to', 'loved', 'love', 'went', 'both', 'all', 'made', 'spent', 'got']);
const OTHER_OWNERS = new Set(['her', 'his', 'their']);
const GROWN_RELATIVES = new Set(['sister', 'brother', 'sis', 'bro', 'cousin', 'bestie', 'bff']);
export function ownChildrenCounted(doc: Doc, words: readonly Word[], i: number): boolean {
  if (!doc.memo('pupil:own-count', () => words.some((w, k) => OWN_COUNT.has(w.norm) || (w.norm === 'ones' && words[k - 1]?.norm === 'little')))) return false;
  const relative = doc.memo('pupil:grown-relative', () => words.some((w) => GROWN_RELATIVES.has(w.norm)));
  // The name's sentence and the one before it.
  let a = i;
  let starts = 0;
  while (a > 0 && a > i - 30) {
    if (words[a]!.sentenceStart && ++starts > 1) break;
    a--;
  }
  for (let k = Math.max(a, 1); k < i; k++) {
    const n = words[k]!.norm;
    // "his little ones": only a relative's ("my little ones" is also how Reception staff speak of a class).
    const littleOnes = n === 'ones' && words[k - 1]!.norm === 'little';
    if (!OWN_COUNT.has(n) && !littleOnes) continue;
    const owner = words[k - (littleOnes ? 2 : 1)]?.norm ?? '';
    // Session pupil15: "His little ones are staying with us while he's working away": another grown-up's little
    // ones are that grown-up's children even when the post does not say who he is (staff say "my little ones").
    if (!((relative || littleOnes) && OTHER_OWNERS.has(owner)) && (littleOnes || (owner !== 'my' && owner !== 'our'))) continue;
    const nx = words[k + 1];
    // "their three (Idris, Nell and baby Wren)", "her two - Kit and Posy": the count, then the names.
    if (!nx || nx.sentenceStart || AFTER_COUNT.has(nx.norm) || /[.,!?;:(\u2013\u2014-]/.test(doc.text.slice(words[k]!.end, nx.start))) return true;
  }
  return false;
}
