import type { Word } from '../../../lib/engine/context/index.ts';
import { isEnglishWord, isNameWord, nameListKind, nameShapeScore } from './first-names.ts';

/**
 * Session 19 (issue 11): what the few words around a name say about it, from the kinds a fresh blind batch
 * (blind19-pupil) missed or wrongly flagged. Each is a look at a handful of words next to a candidate name, never
 * a scan of the post:
 * - the part a child takes in a school event, after "was"/"played" ("Winter was the narrator", "Storm played the
 *   donkey"): a season, a virtue or a city takes no part;
 * - a verb and then "her"/"his" after a name that is also a place ("Phoenix finished his first chapter book");
 * - a negated auxiliary after a name ("Zosia wouldn't stop giggling"): a clause's subject, not a compound noun;
 * - a child's question about the world ("Ammar asked me whether clouds are heavy");
 * - a titled colleague's class ("Ms Kovalenko's class", "Mr Osei's Year 5s") and class tables ("table 3", "red
 *   table") as class life;
 * and what makes a name someone or something else:
 * - a list of values or virtues ("Kindness, Justice and Courage", "Patience, Hope and Faith: the three things"), or
 *   a value named as such ("Our school value this month is Patience");
 * - a grown-up's role after the name ("Kasia, my Polish teacher", "Adebayo our site manager"), grown-ups' work after
 *   "who" ("Jess, who teaches Year 4"), a colleague named by their class or teaching ("Fatima's Year 2s sang");
 * - what only a grown-up has after a full name ("Jordan Henderson's career", "... retirement");
 * - a word-name after a quantifier ("some Hope") and a catchphrase ("Serenity now!").
 */

/** Parts children take in plays, assemblies and school events. */
const STAGE_PARTS = new Set([
  'narrator', 'narrators', 'mary', 'joseph', 'angel', 'gabriel', 'shepherd', 'innkeeper', 'donkey', 'sheep', 'ox',
  'lead', 'soloist', 'compere', 'announcer', 'presenter', 'tour', 'guide', 'mascot', 'goalkeeper', 'goalie', 'captain',
  'villain', 'wolf', 'giant', 'troll', 'witch', 'fairy', 'elf', 'snowman', 'scarecrow', 'innkeepers', 'shepherds',
  'wise', 'king', 'queen', 'prince', 'princess', 'star', 'reader', 'narrating',
]);
/** Words between the link and the part: "was our narrator", "played the very first shepherd". */
const PART_FILLERS = new Set(['the', 'a', 'an', 'our', 'my', 'main', 'first', 'second', 'third', 'very', 'best', 'most', 'brilliant', 'perfect', 'fab', 'little', 'head', 'chief', 'official']);

/**
 * "Winter was the narrator in our Christmas play", "Storm played the donkey", "Autumn was our tour guide for the
 * open morning": the name at i takes a part in a school event, which only a person does. Cities and seasons are
 * never "the narrator"; "Paris was the host city" is no part ("host" is not one).
 */
export function partPlayedAfter(words: readonly Word[], i: number): boolean {
  let k = i + 1;
  const link = words[k]?.norm;
  if (link === 'has' || link === 'had') {
    if (words[k + 1]?.norm !== 'been') return false;
    k++;
  } else if (link !== 'was' && link !== 'is' && link !== 'played' && link !== 'plays' && link !== 'will') return false;
  if (link === 'will' && words[++k]?.norm !== 'be') return false;
  k++;
  let fillers = 0;
  while (fillers < 3 && PART_FILLERS.has(words[k]?.norm ?? '')) {
    k++;
    fillers++;
  }
  // "played a very grumpy shepherd": after "a"/"the", up to two more lower-case words before the part.
  if (fillers > 0 && !STAGE_PARTS.has(words[k]?.norm ?? '')) {
    for (let extra = 0; extra < 2 && /^[a-z]+$/.test(words[k]?.text ?? '') && !STAGE_PARTS.has(words[k]!.norm); extra++) k++;
  }
  const part = words[k];
  if (!part || part.possessive) return false;
  // "was the star of sports day", "played Mary": a capitalised part is a character's name in the play.
  if (part.cap && !['mary', 'joseph', 'gabriel'].includes(part.norm)) return false;
  // A bare "was star", "is king" is an idiom; a part needs a word before it unless it follows "played".
  if (fillers === 0 && link !== 'played' && link !== 'plays') return false;
  return STAGE_PARTS.has(part.norm) && !(part.norm === 'tour' && words[k + 1]?.norm !== 'guide');
}

/** "Florence read her story", "Phoenix finished his first chapter book": a verb, then a person's possessive. */
export function verbThenPronounAfter(words: readonly Word[], i: number): boolean {
  let k = i + 1;
  for (let guard = 0; guard < 2 && /^[a-z]{3,}ly$|^(?:finally|just|then|also|really)$/.test(words[k]?.norm ?? ''); guard++) k++;
  const v = words[k];
  if (!v || v.cap || !/^[a-z]{3,}$/.test(v.norm)) return false;
  const p = words[k + 1]?.norm;
  return p === 'her' || p === 'his' || p === 'herself' || p === 'himself';
}

/** Negated auxiliaries as the tokenizer folds them: "wouldn't" -> "wouldnt". */
const NEGATED_AUX = new Set(['wouldnt', 'couldnt', 'didnt', 'doesnt', 'dont', 'wasnt', 'isnt', 'hasnt', 'hadnt', 'wont', 'cant', 'shouldnt', 'werent', 'arent', 'mustnt', 'neednt']);
/** "Zosia wouldn't stop giggling": a negated auxiliary after a name makes it the subject of a clause. */
export const isNegatedAux = (norm: string): boolean => NEGATED_AUX.has(norm);

/** What children wonder about: the sky, the sea, animals, the body, space. */
const WONDERS = new Set([
  'cloud', 'clouds', 'sky', 'sea', 'seas', 'ocean', 'oceans', 'moon', 'sun', 'stars', 'planet', 'planets', 'space', 'rain',
  'rainbow', 'rainbows', 'snow', 'snowflakes', 'ice', 'wind', 'thunder', 'lightning', 'volcano', 'volcanoes', 'earth',
  'world', 'dinosaurs', 'dinosaur', 'worms', 'worm', 'spiders', 'spider', 'bees', 'ants', 'snails', 'sharks', 'shark',
  'whales', 'fish', 'birds', 'trees', 'flowers', 'animals', 'dogs', 'cats', 'caterpillars', 'butterflies', 'slugs',
  'teeth', 'bones', 'brain', 'blood', 'god', 'heaven', 'aliens', 'robots', 'magnets', 'shadows', 'puddles', 'gravity',
  'sand', 'mountains', 'rivers', 'sea', 'lions', 'tigers', 'elephants', 'penguins', 'owls', 'bats', 'frogs',
]);
/** Verbs after "I"/"we" that make a question a grown-up's request: "asked if I could", "whether we'd like". */
const REQUEST_VERBS = new Set(['could', 'can', 'would', 'will', 'wanted', 'want', 'fancy', 'fancied', 'had', 'have', 'needed', 'need', 'might', 'should', 'd', 'll', 'mind', 'minded', 'knew', 'know', 'wanna']);
const ASK_VERBS = new Set(['asked', 'asks', 'wondered', 'wonders']);
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'where', 'what', 'when', 'who']);

/**
 * "Ammar asked me whether clouds are heavy", "Tenzin asked me whether snow is hot inside", "Aga asked me if worms
 * have feelings": a question about the world that children ask the grown-ups who teach them. Grown-ups' questions
 * ("asked me whether I could cover", "asked if the meeting was on") name no such thing.
 */
export function childsQuestionAfter(words: readonly Word[], i: number): boolean {
  let k = i + 1;
  // "Sami always asks me why the sky is blue"
  while (k < i + 3 && ['always', 'just', 'once', 'then', 'often', 'also', 'keeps', 'kept'].includes(words[k]?.norm ?? '')) k++;
  const v = words[k]?.norm ?? '';
  if (ASK_VERBS.has(v) || v === 'asking') k++;
  // "wanted to know if", "wants to know why"
  else if ((v === 'wanted' || v === 'wants') && words[k + 1]?.norm === 'to' && words[k + 2]?.norm === 'know') k += 3;
  else return false;
  if (['me', 'us', 'everyone', 'the'].includes(words[k]?.norm ?? '')) k++;
  if (words[k - 1]?.norm === 'the') k++;
  if (!QUESTION_WORDS.has(words[k]?.norm ?? '')) return false;
  let aboutWriter = false;
  for (let m = k + 1; m < k + 9 && m < words.length; m++) {
    const w = words[m]!;
    if (w.sentenceStart) return false;
    // A grown-up's question is about the writer and the asker ("if I could", "whether we're"); a child's about the
    // writer is about the world too ("if I was alive when the dinosaurs were around"), never a request.
    if (['i', 'we', 'you', 'us', 'me', 'my', 'our', 'your'].includes(w.norm)) {
      if (m > k + 3 || REQUEST_VERBS.has(words[m + 1]?.norm ?? '')) return false;
      aboutWriter = true;
      continue;
    }
    if (WONDERS.has(w.norm) && !w.cap) return true;
    if (aboutWriter && m > k + 5) return false;
  }
  return false;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'madame', 'mme']);
const CLASS_NOUNS = new Set(['class', 'form', 'group', 'set', 'classes', 'reception', 'nursery', 'pupils', 'kids', 'children', 'lot', 'year']);
/**
 * Class life a word at k starts: a titled colleague's class ("Ms Kovalenko's class", "Mr Osei's Year 5s",
 * "Miss Lee's lot"), a class table ("half of table 3", "red table finished").
 */
export function classLifeAt(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (w.possessive) {
    if (!w.cap || !TITLES.has(words[k - 1]?.norm ?? '')) return false;
    const n = words[k + 1];
    if (!n) return false;
    return CLASS_NOUNS.has(n.norm) || /^(?:y|yr)?(?:[1-9]|1[0-3])[a-z]?s?$/.test(n.norm);
  }
  if (w.norm !== 'table' && w.norm !== 'tables') return false;
  const n = words[k + 1]?.norm ?? '';
  const p = words[k - 1]?.norm ?? '';
  return /^[1-9]$/.test(n) || ['red', 'blue', 'green', 'yellow', 'orange', 'purple', 'pink', 'top'].includes(p) && !words[k - 1]!.cap || (p === 'whole' && ['my', 'the'].includes(words[k - 2]?.norm ?? ''));
}

/** What a list of values or a value is called: "the three things", "our values", "word of the week". */
const VALUE_NOUNS = new Set(['value', 'values', 'virtue', 'virtues', 'word', 'words', 'names', 'theme', 'themes', 'pillars', 'principles', 'qualities', 'things', 'motto', 'focus', 'strands', 'aims']);
const VALUE_FILLERS = new Set(['the', 'our', 'my', 'its', 'their', 'three', 'four', 'five', 'six', 'two', 'school', 'core', 'key', 'christian', 'british', 'class', 'main', 'big', 'only', 'gospel']);

/** An abstract noun in no list of names, shaped like a word: "Kindness", "Courage", "Respect", "Perseverance". */
function abstractWord(w: Word): boolean {
  return w.cap && !w.possessive && nameListKind(w.norm) === 0 && w.norm.length >= 4 && /^[a-z]+$/.test(w.norm) && nameShapeScore(w.norm) < -0.3 &&
    (isEnglishWord(w.norm) || ABSTRACT_END.test(w.norm));
}
/** Endings of abstract nouns: kindness, unity, resilience, tolerance, friendship, commitment, ambition, gratitude. */
const NOT_VALUES = new Set(['year', 'reception', 'nursery', 'class', 'team', 'form', 'school', 'house', 'group', 'set', 'club', 'choir']);
const ABSTRACT_END = /(?:ness|ity|ence|ance|ship|ment|tion|sion|tude|ism)$/;

/**
 * The list [from, to] is a list of values or words, not of people: one of its members is an abstract noun no list
 * of names holds ("Kindness, Justice and Courage"), or what follows calls them values or things ("Patience, Hope and
 * Faith: the three things you need", "Hope, Faith and Love are our values").
 */
export function valueList(text: string, words: readonly Word[], from: number, to: number): boolean {
  let wordNames = 0;
  let members = 0;
  let abstract = false;
  for (let k = from; k <= to; k++) {
    const w = words[k]!;
    if (w.norm === 'and' || w.norm === '&') continue;
    members++;
    // "Ikeoluwa and Breccan, Year 5 chess final": a year group or a class after the names is no value.
    if (abstractWord(w) && !NOT_VALUES.has(w.norm) && !/^\d/.test(words[k + 1]?.norm ?? '')) abstract = true;
    else if (isNameWord(w.norm)) wordNames++;
  }
  let k = to + 1;
  const gap = words[k] ? text.slice(words[to]!.end, words[k]!.start) : '';
  const linked = ['are', 'were', 'as'].includes(words[k]?.norm ?? '');
  // Three or more with an abstract noun among them, or two said to be something: "Kindness, Justice and Courage",
  // "Respect and Hope are painted on the wall" (not "Courage and Unity, best double act in Year 2").
  if (abstract) return members >= 3 || linked;
  if (wordNames < members || members < 2) return false;
  // "... are the three values", "...: the three things", "... - our school values"
  if (linked) k++;
  else if (!/[:\u2013\u2014-]/.test(gap)) return false;
  for (let m = k; m < k + 5 && m < words.length; m++) {
    if (VALUE_NOUNS.has(words[m]!.norm)) return true;
    if (!VALUE_FILLERS.has(words[m]!.norm)) return false;
  }
  return false;
}

/**
 * "Our school value this month is Patience", "Our word of the week is Faith", "The theme for collective worship this
 * month is Hope": a name-word as the complement of a value, a word or a theme.
 */
export function valueNamedBefore(words: readonly Word[], i: number): boolean {
  const link = words[i - 1]?.norm;
  if (link !== 'is' && link !== 'was' && link !== 'are') return false;
  for (let k = i - 2; k >= 0 && k >= i - 9; k--) {
    const w = words[k]!;
    if (VALUE_NOUNS.has(w.norm) && w.norm !== 'things' && !w.cap) return true;
    if (w.sentenceStart) return false;
  }
  return false;
}

/** Grown-ups someone may be called after a comma: "Kasia, my Polish teacher", "Agnieszka, my tutor". */
const CHILD_ROLE_AFTER = new Set(['boy', 'girl', 'boys', 'girls', 'student', 'students', 'pupil', 'pupils', 'prefect', 'prefects']);
const ADULT_ROLES = new Set(['teacher', 'tutor', 'instructor', 'coach', 'trainer', 'mentor', 'colleague', 'friend', 'neighbour', 'neighbor', 'boss', 'manager', 'landlady', 'landlord', 'hairdresser', 'barber', 'physio', 'therapist', 'doctor', 'gp', 'dentist', 'midwife', 'cousin', 'aunt', 'auntie', 'uncle', 'sister', 'brother', 'husband', 'wife', 'partner', 'fiance', 'fiancee', 'flatmate', 'housemate', 'bestie', 'teammate', 'classmate', 'godmother', 'godfather', 'sister-in-law', 'brother-in-law', 'counsellor', 'vicar', 'priest', 'imam', 'rabbi',
  // School staff: "Adebayo our site manager", "Oksana, our SENCO".
  'caretaker', 'ta', 'hlta', 'senco', 'head', 'headteacher', 'deputy', 'cook', 'cleaner', 'secretary', 'bursar', 'receptionist', 'technician', 'governor', 'chair', 'lsa', 'dsl']);

/**
 * "Kasia, my Polish teacher on Tuesday evenings", "Agnieszka, my tutor", "Adebayo our site manager": the name is given
 * a grown-up's role after it, with "my" or "our" (a pupil is "my pupil", "one of my Y3s", never "my teacher").
 */
export function adultRoleAppositiveAfter(text: string, words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  const nx = words[i + len];
  // "Kasia, my Polish teacher", and without the comma "Adebayo our site manager".
  if (!nx || last.possessive || !/^\s*,?\s*$/.test(text.slice(last.end, nx.start))) return false;
  if (nx.norm !== 'my' && nx.norm !== 'our') return false;
  for (let k = i + len + 1; k < i + len + 5 && k < words.length; k++) {
    const w = words[k]!;
    // "our head boy", "our deputy head girl" are pupils' roles.
    if (ADULT_ROLES.has(w.norm)) return !CHILD_ROLE_AFTER.has(words[k + 1]?.norm ?? '') && !CHILD_ROLE_AFTER.has(words[k + 2]?.norm ?? '');
    // "my Y3 teacher" is a teacher; "my Year 6 class" never reaches a role.
    if (w.possessive || /^(?:class|form|group|set|pupil|pupils|student|students|tutee|tutees)$/.test(w.norm)) return false;
    if (!/^[a-z0-9-]+$/.test(w.norm)) return false;
  }
  return false;
}

/** Grown-ups' jobs that come before a name set off by commas: "the nurse on his ward, Glory, has been a gem". */
const JOBS_BEFORE = new Set([...ADULT_ROLES, 'nurse', 'carer', 'paramedic', 'consultant', 'surgeon', 'pharmacist', 'optician', 'vet', 'postman', 'postwoman', 'postie', 'driver', 'waiter', 'waitress', 'barista', 'plumber', 'builder', 'electrician', 'mechanic', 'gardener', 'chef', 'baker', 'butcher', 'beautician', 'stylist', 'instructor', 'lecturer', 'solicitor', 'lawyer', 'accountant', 'officer', 'assistant', 'volunteer', 'lady', 'man', 'woman', 'guy', 'bloke', 'fella']);
/**
 * A grown-up's job right before the name, the name set off by a comma: "the nurse on his ward, Glory, has been",
 * "my hairdresser, Sunny,". A determiner opens the phrase and at most four words (on his ward, at the surgery)
 * follow the job. "The new girl in my class, Glory," names no job.
 */
export function adultRoleAppositiveBefore(text: string, words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev || !/^\s*,\s*$/.test(text.slice(prev.end, words[i]!.start)) || words[i]!.sentenceStart) return false;
  for (let k = i - 1; k >= i - 6 && k >= 1; k--) {
    const w = words[k]!;
    // ("the man of the match, Teddy" is a pupil's award.)
    if (JOBS_BEFORE.has(w.norm) && words[k + 1]?.norm !== 'of' && ['the', 'my', 'our', 'his', 'her', 'their', 'a', 'lovely', 'new', 'old'].includes(words[k - 1]!.norm)) return true;
    if (w.sentenceStart || w.cap || !/^[a-z-]+$/.test(w.norm)) return false;
  }
  return false;
}

/** What only a grown-up has: "Jordan Henderson's career", "Lewis Hamilton's retirement", "... contract". */
const ADULT_POSSESSIONS = new Set(['career', 'careers', 'contract', 'transfer', 'retirement', 'salary', 'wages', 'wife', 'husband', 'fiance', 'fiancee', 'marriage', 'divorce', 'autobiography', 'memoir', 'testimonial', 'campaign', 'business', 'company', 'mortgage', 'pension', 'comeback', 'legacy', 'knighthood']);
export function adultPossessionAfter(words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  if (!last.possessive) return false;
  let k = i + len;
  if (['new', 'whole', 'entire', 'long', 'football', 'racing', 'playing', 'acting', 'music', 'singing', 'political'].includes(words[k]?.norm ?? '')) k++;
  return ADULT_POSSESSIONS.has(words[k]?.norm ?? '');
}

/** Quantifiers before a word-name that make it the word: "We need some Hope in this staffroom", "a bit more Joy". */
const QUANTIFIERS = new Set(['some', 'any', 'more', 'much', 'less', 'enough', 'extra', 'plenty', 'lots', 'loads', 'bit', 'no', 'such']);
export function quantifiedWord(words: readonly Word[], i: number): boolean {
  let p = words[i - 1]?.norm ?? '';
  // "lots of Hope", "a bit of Joy"
  if (p === 'of') p = words[i - 2]?.norm ?? '';
  return QUANTIFIERS.has(p);
}

/**
 * "Serenity now! Parents evening survived", "Peace at last!": a name that opens a sentence of two or three words, the
 * rest an exclamation's ("now", "at last", "restored"), ending in "!" or ".", is a catchphrase or the word, not a
 * person named ("Well done Serenity!" is praise; "Serenity!" alone is left to the other cues).
 */
export function exclamationUse(text: string, words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (!w.sentenceStart || w.possessive) return false;
  let k = i + 1;
  while (k < words.length && k <= i + 2 && !words[k]!.sentenceStart) {
    if (!EXCLAIM_WORDS.has(words[k]!.norm)) return false;
    k++;
  }
  const end = words[k - 1]!.end;
  const tail = text.slice(end, words[k]?.start ?? text.length);
  return k > i + 1 && /^\s*[!.]/.test(tail) && (k >= words.length || words[k]!.sentenceStart);
}
const EXCLAIM_WORDS = new Set(['now', 'please', 'at', 'last', 'indeed', 'already', 'again', 'restored', 'found', 'achieved', 'unlocked', 'levels', 'vibes', 'mode', 'goals']);


/** Grown-ups' work after "who": "Jess, who teaches Year 4", "Mariam who has volunteered in our library for years". */
const ADULT_WORK = new Set(['teaches', 'teach', 'volunteers', 'volunteered', 'coaches', 'coached', 'retires', 'retired', 'cleans', 'cooks', 'manages', 'coordinates', 'coordinated', 'chairs', 'chaired', 'governs']);
const WORK_AUX = new Set(['has', 'had', 'also', 'still', 'now', 'used', 'to', 'kindly', 'always', 'tirelessly', 'quietly']);
const WORKPLACES = new Set(['club', 'office', 'kitchen', 'canteen', 'library', 'shop', 'pta', 'ptfa', 'trust', 'department', 'choir', 'cafe', 'unit', 'base', 'team']);
export function adultWorkAfter(words: readonly Word[], i: number, len = 1): boolean {
  let k = i + len;
  if (words[k]?.norm !== 'who' || words[k]!.cap) return false;
  k++;
  while (k < i + len + 5 && WORK_AUX.has(words[k]?.norm ?? '')) k++;
  const v = words[k]?.norm ?? '';
  // "Bilal, who volunteered to read in assembly" is a child offering; "who has volunteered in our library" is not.
  if (ADULT_WORK.has(v)) return !(v.startsWith('volunteer') && words[k + 1]?.norm === 'to');
  // "who works in the office", "who runs our breakfast club": a workplace after the verb.
  if (v === 'works' || v === 'worked' || v === 'runs' || v === 'ran' || v === 'run') {
    for (let m = k + 1; m < k + 6 && m < words.length; m++) {
      if (words[m]!.sentenceStart) return false;
      if (WORKPLACES.has(words[m]!.norm)) return true;
    }
  }
  return false;
}

/** Verbs after "<Name>'s class" that make the possessor the class's teacher: "Kofi's class won the attendance cup". */
const CLASS_DID = new Set(['did', 'won', 'were', 'was', 'went', 'have', 'had', 'are', 'is', 'sang', 'performed', 'made', 'wrote', 'visited', 'loved', 'enjoyed', 'led', 'gave', 'raised', 'got', 'came', 'will', 'all', 'absolutely', 'really']);
/**
 * A colleague named by their class or their teaching: "Fatima's Year 2s sang", "Priya's year 6 class did a brilliant
 * assembly", "Kofi's class won the cup", "Callum's lesson on fractions", "Zara's observation". A pupil's own things
 * ("Leo's class teacher", "Leo's class assembly", "Amira's piano lesson") are not read so.
 */
export function teachersClassAfter(words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  if (!last.possessive) return false;
  let k = i + len;
  const n = words[k];
  if (!n) return false;
  // "Fatima's Year 2s", "Sam's Y6s", "Jo's 4Bs": a year group in the plural is a teacher's.
  if (/^(?:y|yr)?(?:[1-9]|1[0-3])[a-z]?s$/.test(n.norm) && n.norm !== 's') return true;
  if ((n.norm === 'year' || n.norm === 'yr') && /^(?:[1-9]|1[0-3])s$/.test(words[k + 1]?.norm ?? '')) return true;
  // "Priya's year 6 class did", "Kofi's class won"
  if ((n.norm === 'year' || n.norm === 'yr') && /^(?:[1-9]|1[0-3])$/.test(words[k + 1]?.norm ?? '')) k += 2;
  if (words[k]?.norm === 'class' || words[k]?.norm === 'form' || words[k]?.norm === 'set') return CLASS_DID.has(words[k + 1]?.norm ?? '') && !words[k + 1]!.cap;
  // "Callum's lesson on fractions", "Zainab's observation", "Tom's planning"
  if ((n.norm === 'lesson' || n.norm === 'lessons') && ['on', 'about'].includes(words[k + 1]?.norm ?? '')) return true;
  return ['observation', 'observations', 'planning', 'marking', 'classroom', 'displays', 'teaching', 'pgce', 'npq', 'appraisal'].includes(n.norm);
}
