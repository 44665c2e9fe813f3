import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import { NICKNAME_GROUPS, compileRoster, type CompiledRoster } from '../../lib/engine/roster/index.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords, isSchoolNameTail, schoolContextNear, schoolCues, type Word } from '../../lib/engine/context/index.ts';
import { isAdultName, isCommonName, isEnglishWord, isKnownName, isNameWord, isWordName, nameListKind, nameShapeScore } from './shared/first-names.ts';
import { WordFacts } from './shared/word-facts.ts';
import { newbornAround, partnerByMy, showTitleAfterVerb, stallHelpersInSentence, wordSenseContraction } from './shared/not-a-pupil.ts';
import { PRODUCTS } from './shared/products.ts';
import { hasLessonCue, lessonCueBetween, lessonCueNear } from './shared/pupil-context.ts';
import { hasCareWord, inWritersCare, writersChildMentioned } from './shared/care-cues.ts';
import { adultPossessionAfter, adultRoleAppositiveAfter, adultWorkAfter, teachersClassAfter, childsQuestionAfter, exclamationUse, isNegatedAux, quantifiedWord, valueList, valueNamedBefore } from './shared/person-slots.ts';
import { childAchievementAfter, classroomVisitAfter, rewardFor, rewardGiven, satWithChildAtLunch } from './shared/child-evidence.ts';
import { linkOrList, isPupilRole, pupilRoleAfter, staffRoleAfter, staffRoleLinkBefore, publicFigureAfter, repeatedWord, hyphenatedName, roleLinkBefore, adultAppositiveAfter, awardBefore, businessAfter, classCodeAfter, grownUpNewsAfter, listenedTo, oneToOneBefore, staffOnlyNear, staffSocialNear, watchedSportNear, workPartAfter, familyHomeNear, homeChildhoodInSentence, workingParentNear, homeRoutineNear, schoolGrownUpsNamed, screenOrStageNear, matchMomentAfter, relativesGroupBefore, ownChildrenBefore, storyCharacterNear, partnerAfter, particleSurnameAfter, perceivedDoing, showSeen } from './shared/clause-cues.ts';
import { personCueBits, isTitleWord, fromElsewhere, isCharacterName, isPlantOrGem, listStart, parentVoice, parentsChildBefore, peerOfWriter, nameConfirmedAfter, actsAsPerson, heardOrWatched, isPlaceName, namesGivenToAnimals, animateAfter, authorsWork, childRoleBefore, ageAfter, authorAfterTitle, famousSurnameInPost, agentAtSentenceStart, characterUse, nameSlotInLowerCase, childEvidenceAfter, childRoleAfter, dateOrPlaceUse, famousAt, isAdultOrFamily, isMonthName, isTitleAfterVerb, listEnd, nounUse, partOfOtherName, praiseBefore, weakCueNear, ownChildrenCounted } from './shared/person-cues.ts';

/** Capitalised words that are never first names in a post, though some children are given them. */
const NEVER_NAMES = new Set([
  'i', 'a', 'an', 'the', 'and', 'so', 'if', 'my', 'our', 'we', 'me', 'he', 'she', 'it', 'no', 'yes', 'ok', 'oh', 'hi',
  'mum', 'dad', 'sir', 'miss', 'mr', 'mrs', 'ms', 'year', 'class', 'school', 'reception', 'nursery', 'head', 'god',
  'lord', 'christ', 'allah', 'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december',
  'english', 'maths', 'science', 'history', 'geography', 'art', 'music', 'french', 'spanish', 'german', 'pe', 're',
  'british', 'welsh', 'irish', 'scottish', 'english', 'christmas', 'easter', 'halloween', 'diwali', 'eid', 'ramadan',
  'hanukkah', 'lent', 'advent', 'ofsted', 'sats', 'gcse', 'covid', 'zoom', 'teams', 'google', 'twitter', 'facebook',
  'instagram', 'tiktok', 'youtube', 'amazon', 'tesco', 'asda', 'aldi', 'lidl', 'morrisons', 'sainsburys', 'costa',
  'greggs', 'wow', 'omg', 'lol', 'well', 'thanks', 'thank', 'love', 'happy', 'merry', 'dear', 'please', 'sorry',
  'today', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'stem', 'steam', 'ks', 'ta', 'send', 'sen', 'man', 'lady', 'boy', 'girl', 'kid', 'baby', 'angel', 'star', 'king',
  'queen', 'prince', 'princess', 'saint', 'bible', 'jesus', 'mary', 'joseph', 'santa', 'rudolph', 'elf', 'grinch',
  // Peoples and periods from the history curriculum, which some children are also named.
  'roman', 'romans', 'viking', 'vikings', 'tudor', 'tudors', 'saxon', 'saxons', 'norman', 'normans', 'celt', 'celtic',
  'victorian', 'greek', 'egyptian', 'aztec', 'mayan', 'inca', 'stone', 'bronze', 'iron',
  // Family titles written as names: "Sunday lunch with Nan and Grandad".
  'nan', 'nanna', 'grandad', 'granddad', 'grandma', 'grandpa', 'granny', 'gran', 'aunty', 'auntie', 'uncle',
]);

/** /[^a-z-]/.test(s) by code unit: a character other than a-z or "-". */
function hasNonLetter(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c < 97 || c > 122) && c !== 45) return true;
  }
  return false;
}

/** Does text[a, b) hold a comma? (No slice per word.) */
function commaIn(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (text.charCodeAt(k) === 44) return true;
  return false;
}

/** Shape score a lower-case word no list holds needs to be read as a name ("so proud of zsofi"). */
const LOWER_SHAPE_MIN = 1.0;

// Tried for most lower-case words, so a set made once rather than an array per call.
const SLOT_BEFORE = new Set(['of', 'to', 'for', 'with']);
/**
 * A lower-case word in a post that otherwise capitalises: a name only if a name list holds it (or it is
 * strongly name-shaped) and it is no English word, in a person's slot: praise or "of"/"to" before it, a verb or
 * a class after it ("so proud of zsofi", "and wiktoria got full marks"); "holly and ivy decorations" is not.
 */
/** Facts of a word alone, as bits: NEVER_NAMES holds it; it is never read as a lower-case name (see lowerCaseName). */
const NEVER_BIT = 1;
const NOT_LOWER_NAME_BIT = 2;
function wordBitsOf(norm: string): number {
  const never = NEVER_NAMES.has(norm);
  // A name-word or an English word is never read as a lower-case name (most lower-case words are one).
  const notLower = norm.length < 3 || hasNonLetter(norm) || never || isNameWord(norm) || isEnglishWord(norm);
  return (never ? NEVER_BIT : 0) | (notLower ? NOT_LOWER_NAME_BIT : 0);
}
/** wordBitsOf each word of the post, by word index (worked out once per distinct word across posts). */
const WORD_BITS = new WordFacts(wordBitsOf);
/** personCueBits of each word, so parentVoice and namesGivenToAnimals pass over the words they cannot use. */
const PERSON_CUE_BITS = new WordFacts(personCueBits);

function lowerCaseName(w: Word, words: readonly Word[], i: number, bits: Int32Array): boolean {
  if (bits[i]! & NOT_LOWER_NAME_BIT) return false;
  const listed = nameListKind(w.norm) !== 0;
  // A word no list holds is tried only after praise or "of"/"to" ("so proud of zsofi"): cheap first, shape last.
  const strongSlot = w.possessive || SLOT_BEFORE.has(words[i - 1]?.norm ?? '') || praiseBefore(words, i) ||
    // "dami finally said a full sentence in English": a sentence opened by the name and a verb only people do.
    (w.sentenceStart && animateAfter(words, i)) ||
    // "well done to amara and kezia": coordinated with a lower-case name that a list holds.
    (words[i - 1]?.norm === 'and' && !!words[i - 2] && !words[i - 2]!.cap && nameListKind(words[i - 2]!.norm) !== 0 && !isEnglishWord(words[i - 2]!.norm) && !isNameWord(words[i - 2]!.norm) && !isPlantOrGem(words[i - 2]!.norm) && !isPlantOrGem(w.norm));
  if (!listed && !strongSlot) return false;
  if (!listed) return nameShapeScore(w.norm) >= LOWER_SHAPE_MIN;
  return strongSlot || childRoleAfter(words, i) || actsAsPerson(words, i, i, false);
}

/** Prepositions and parts of a building: "Ivy on the front of the school", "Holly by the gate". */
const PLANT_PLACES = new Set(['on', 'over', 'around', 'round', 'up', 'along', 'across', 'covering', 'by', 'climbing', 'growing']);
const BUILDING_PARTS = new Set(['front', 'wall', 'walls', 'door', 'doors', 'gate', 'gates', 'fence', 'fences', 'building', 'roof', 'porch', 'arch', 'window', 'windows', 'trellis', 'railings', 'house', 'church', 'playground', 'path', 'hedge', 'garden', 'bench', 'pergola', 'entrance', 'side', 'back']);
function plantOnBuilding(words: readonly Word[], i: number): boolean {
  if (!PLANT_PLACES.has(words[i + 1]?.norm ?? '')) return false;
  for (let k = i + 2; k < i + 5 && k < words.length; k++) {
    // ... "the front of", "the side of" (not "the front row").
    if (BUILDING_PARTS.has(words[k]!.norm)) return !['front', 'side', 'back'].includes(words[k]!.norm) || words[k + 1]?.norm === 'of';
    if (words[k]!.norm !== 'the' && words[k]!.norm !== 'our' && words[k]!.norm !== 'old') return false;
  }
  return false;
}

/** A child in the writer's care named with no school word: "how far Kerem has come since September". */
function careFor(doc: Doc, words: readonly Word[], i: number, end: number, len: number, kind: 'child' | 'rare' | 'shape' | 'word' | undefined, praised: boolean, wordLike: boolean): boolean {
  // A first name only: a full name with no school word is more often a public figure's ("Junaid Safdar's book").
  if (!kind || kind === 'word' || len > 1 || isAdultName(words[i]!.norm)) return false;
  // A post that talks about the writer's school day anywhere ("First day back after half term and the classroom ...",
  // "Marking done by 9pm") is one kind of evidence more for a name far from that talk, in a long post that wanders.
  // (A sentence after the name that only announces the return to school, "Back to school tomorrow", tells of no
  // school day the name was part of.)
  const schoolDay = doc.memo('pupil:school-day', () => schoolCues(doc).cues.length > 0 || hasLessonCue(doc)) && schoolTalkBeyondReturns(doc, words, i);
  return inWritersCare(doc, words, i, end, praised || actsAsPerson(words, i, end, wordLike) || perceivedDoing(words, i, end), kind === 'shape', schoolDay);
}

/**
 * Is the name at word i, elsewhere in the post, someone the writer calls family or a grown-up ("my little brother
 * Seb", "Seb and his wife")? Each name is looked up once per post (`seen`).
 */
function calledFamilyElsewhere(words: readonly Word[], i: number, seen: Map<string, boolean>): boolean {
  const norm = words[i]!.norm;
  let known = seen.get(norm);
  if (known === undefined) {
    known = false;
    for (let k = 0; k < words.length && !known; k++) if (k !== i && words[k]!.norm === norm && words[k]!.cap && (isAdultOrFamily(words, k) || partnerAfter(words, k) || ownChildrenBefore(words, k))) known = true;
    seen.set(norm, known);
  }
  return known;
}

/** Words before a rare or unlisted name that make it a place: "arrived from Kharkiv", "a trip to Ghana". */
const PLACE_BEFORE = new Set(['in', 'at', 'to', 'from', 'near', 'visiting', 'visit', 'visited', 'via', 'outside', 'around', 'into', 'towards', 'across']);

/** Minimum name-shape score for a capitalised word no list holds, read as a name only with a pupil's class after it. */
const FAINT_SHAPE_MIN = -0.3;

/** Minimum name-shape score (mean trigram log-odds) for a capitalised word no list holds to be read as a name. */
const SHAPE_MIN = 0.6;

/**
 * How a word may be a child's first name: 'child' (ONS 2008-2024, 30+ babies), 'rare' (the full ONS lists),
 * 'shape' (no list holds it but it is shaped like a name, not an English word), or undefined.
 */
function nameKind(w: Word, lower: boolean): 'child' | 'rare' | 'shape' | 'word' | undefined {
  const listKind = nameListKind(w.norm);
  if (listKind === 1) return 'child';
  if (w.norm.length < 3 || hasNonLetter(w.norm)) return undefined;
  if (listKind === 2) return 'rare';
  // Short forms across cultures that the roster's nickname table holds ("Gosia", "Kuba", "Tomek"), capitalised, or
  // in a post written in lower case ("omg tolu finally got it").
  if ((w.cap || (lower && !w.cap)) && !w.upper && !w.prefix && isShortForm(w.norm) && !isEnglishWord(w.norm)) return 'rare';
  // "Journey in Y1", "Story from 4T": a name of the ONS lists that is also a word, on direct evidence only.
  if (w.cap && !w.upper && !w.prefix && isWordName(w.norm)) return 'word';
  // Neither list above holds it here, so of isKnownName's three lists only the common names are left to ask.
  if (w.upper || w.prefix || isCommonName(w.norm) || isEnglishWord(w.norm)) return undefined;
  if (!w.cap) return lower && nameShapeScore(w.norm) >= LOWER_SHAPE_MIN ? 'shape' : undefined;
  return nameShapeScore(w.norm) >= SHAPE_MIN ? 'shape' : undefined;
}

/** Every name of the roster's nickname table (formal names and short forms), made once on first use. */
let shortForms: Set<string> | undefined;
function isShortForm(norm: string): boolean {
  shortForms ??= new Set(NICKNAME_GROUPS.flat());
  return shortForms.has(norm);
}

/** Word gaps that still make "Jack" and the next word one name: a space or a line break, no punctuation. */
function adjacent(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[ \t\n.]*$/.test(gap) && !/\.\s*\n?\s*\p{Lu}\p{Ll}/u.test(text.slice(a.end, b.end));
}

function surnameAfter(doc: Doc, words: readonly Word[], i: number, cueWords: Uint8Array): number {
  const w = words[i]!;
  const nx = words[i + 1];
  if (!nx || w.possessive || nx.prefix || !adjacent(doc.text, w, nx)) return 0;
  // "Jack S." / "Jack S"
  // ... but not the pronoun: "Nobody tell Jovan I cried at his poem".
  if (nx.norm.length === 1 && nx.cap && /^\p{L}$/u.test(nx.norm)) return nx.text === 'I' && !nx.dot ? 0 : 2;
  if (!nx.cap || nx.sentenceStart || nx.norm.length < 2 || cueWords[i + 1] || NEVER_NAMES.has(nx.norm) || isSchoolNameTail(nx.norm)) return 0;
  if (/\d/.test(nx.norm) || isNameWord(nx.norm)) return 0;
  return 2;
}

/** Words after a sentence-initial name that keep it a person: "Zara and", "Zara in 4B", "Zara, who". */
const NAME_SLOT_NEXT = new Set(['and', 'in', 'from', 'who', 'with', 'for', 'at', 'on', 'to', 'too', 'also', 'aged', 'of', 'but', 'so', 'because', 'then', 'always', 'never', 'just', 'finally', 'really', 'even', 'still', 'now', 'today', 'here', 'there', 'again', 'got', 'did', 'can', 'could', 'would', 'will', 'might', 'must', 'should', 'had', 'has', 'was', 'is', 'are', 'were', 'came', 'went', 'made', 'took', 'gave', 'told', 'said', 'saw', 'knew', 'felt', 'left', 'lost', 'won', 'ran', 'sat', 'stood', 'drew', 'wrote', 'read', 'sang', 'swam', 'ate', 'fell', 'brought', 'bought', 'built', 'caught', 'taught', 'thought', 'forgot', 'spent', 'kept', 'met', 'put', 'let', 'cut', 'hit', 'beat', 'became', 'began', 'broke', 'chose', 'drove', 'flew', 'grew', 'hid', 'held', 'hung', 'led', 'meant', 'paid', 'rode', 'rang', 'shook', 'showed', 'slept', 'spoke', 'stuck', 'threw', 'tore', 'understood', 'woke', 'wore', 'do', 'does']);

/** The writer speaks as staff of a class: "my class", "my Y6s", "my pupils", "our class", "my tutor group". */
const STAFF_GROUPS = new Set(['class', 'classes', 'form', 'pupils', 'students', 'tutees', 'set', 'group', 'learners', 'kids', 'children', 'year']);
function staffVoice(words: readonly Word[]): boolean {
  for (let k = 0; k + 1 < words.length; k++) {
    const n = words[k]!.norm;
    if (n !== 'my' && n !== 'our') continue;
    for (let m = k + 1; m < k + 4 && m < words.length; m++) {
      const g = words[m]!.norm;
      if (/^(?:y|yr|year)?(?:[1-9]|1[0-3])[a-z]?s?$/.test(g) || g === 'reception' || g === 'nursery') return true;
      if (STAFF_GROUPS.has(g)) return g !== 'kids' && g !== 'children' ? true : words[m + 1]?.norm === 'at' || words[m + 1]?.norm === 'in' || words[m - 1]?.norm === 'key';
      if (!['new', 'lovely', 'top', 'bottom', 'tutor', 'phonics', 'reading', 'maths', 'little', 'whole', 'key'].includes(g)) break;
    }
  }
  return false;
}

const KIN_HOME_BEFORE = new Set(['at', 'to', 'round', 'from', 'over']);
/** "our little", "my baby", "our youngest" right before a name. */
const FAMILY_NAME_FILLERS = new Set(['little', 'baby', 'eldest', 'youngest', 'middle']);
function familyNameBefore(words: readonly Word[], i: number): boolean {
  const p2 = words[i - 2]?.norm;
  return FAMILY_NAME_FILLERS.has(words[i - 1]?.norm ?? '') && (p2 === 'our' || p2 === 'my') && !words[i - 1]!.cap;
}

/** Lessons a family pays for out of school: "piano lessons", "swimming lessons", "ballet lessons". */
const HOBBY_LESSONS = new Set(['swimming', 'swim', 'piano', 'guitar', 'violin', 'drum', 'drums', 'cello', 'flute', 'singing', 'ballet', 'dance', 'tap', 'karate', 'judo', 'taekwondo', 'riding', 'tennis', 'gymnastics', 'golf', 'driving', 'skating', 'ski', 'surf', 'climbing']);
/**
 * schoolContextNear, not counting "piano lessons" and the like: beside a family named ("Her brother Tadhg"), the
 * lessons a child has after school are family life, not the writer's class. Asked only after familyHomeNear.
 */
function schoolTalkNear(doc: Doc, words: readonly Word[], i: number, radius: number, len: number): boolean {
  if (!schoolContextNear(doc, i, radius, len)) return false;
  const a = Math.max(0, i - radius);
  const b = i + len + radius;
  for (const [s, e] of schoolCues(doc).cues) {
    if (e <= a || s >= b || (s >= i && e <= i + len)) continue;
    const n = words[s]!.norm;
    if (!(e - s === 1 && (n === 'lesson' || n === 'lessons') && HOBBY_LESSONS.has(words[s - 1]?.norm ?? ''))) return true;
  }
  return false;
}

/** Words after "back to" that name the writer's work: "Back to school tomorrow", "back to reality", "back to my class". */
const RETURN_TO = new Set(['school', 'work', 'teaching', 'reality', 'class', 'marking', 'planning', 'normal', 'normality', 'it', 'the', 'my']);
/** When the return is: "tomorrow", "on Monday", "next week". */
const RETURN_WHEN = new Set(['tomorrow', 'tmrw', 'tmw', 'monday', 'next']);
const RETURN_PLACES = new Set(['school', 'work', 'teaching']);

/**
 * Word ranges [a, b) of sentences that announce the writer's return to school ("Back to school tomorrow and my Year 3s
 * have their class assembly", "Home by ten because school tomorrow", "back to reality"): they say that what the post
 * told before was not school, so their school words are no context for names in other sentences.
 */
function returnSentences(doc: Doc, words: readonly Word[]): readonly (readonly [number, number])[] {
  return doc.memo('pupil:return-sentences', () => {
    const out: [number, number][] = [];
    let a = 0;
    for (let k = 1; k <= words.length; k++) {
      if (k < words.length && !words[k]!.sentenceStart) continue;
      let back = false;
      let when = false;
      for (let m = a; m < k; m++) {
        const n = words[m]!.norm;
        if (n === 'back' && words[m + 1]?.norm === 'to' && RETURN_TO.has(words[m + 2]?.norm ?? '')) {
          back = true;
          if (['reality', 'normal', 'normality'].includes(words[m + 2]!.norm)) when = true;
        }
        if (RETURN_WHEN.has(n) && (n !== 'next' || words[m + 1]?.norm === 'week')) when = true;
        // "because school tomorrow", "work on Monday".
        if (RETURN_PLACES.has(n) && (RETURN_WHEN.has(words[m + 1]?.norm ?? '') || (words[m + 1]?.norm === 'on' && words[m + 2]?.norm === 'monday'))) back = when = true;
      }
      if (back && when) out.push([a, k]);
      a = k;
    }
    return out;
  });
}

/**
 * Is there a school cue (or, with `lesson`, a class-life cue) within `radius` words of words [i, i + len) outside the
 * return sentences after the name? Asked only after the plain test found one.
 */
function cueBeyondReturns(doc: Doc, words: readonly Word[], i: number, len: number, radius: number, lesson: boolean): boolean {
  // Only a return announced after the name closes the part of the post the name is in; what follows it may well be
  // the school day ahead ("Back to work tomorrow ... But I promised Aurelia I'd listen to her read first thing").
  const spans = returnSentences(doc, words).filter(([a]) => a >= i + len);
  if (spans.length === 0) return true;
  const lo = Math.max(0, i - radius);
  const hi = Math.min(words.length, i + len + radius);
  const masked = (k: number) => spans.some(([a, b]) => k >= a && k < b);
  if (lesson) {
    for (let k = lo; k < hi; k++) if ((k < i || k >= i + len) && !masked(k) && lessonCueBetween(doc, k, k + 1)) return true;
    return false;
  }
  for (const [s, e] of schoolCues(doc).cues) {
    if (e <= lo || s >= hi || (s >= i && e <= i + len)) continue;
    if (!masked(s)) return true;
  }
  return false;
}

/** Is there school or class-life talk anywhere in the post outside the return sentences after word i? */
function schoolTalkBeyondReturns(doc: Doc, words: readonly Word[], i: number): boolean {
  const spans = returnSentences(doc, words).filter(([a]) => a > i);
  if (spans.length === 0) return true;
  if (schoolCues(doc).cues.some(([c]) => !spans.some(([a, b]) => c >= a && c < b))) return true;
  let from = 0;
  for (const [a, b] of spans) {
    if (lessonCueBetween(doc, from, a)) return true;
    from = b;
  }
  return lessonCueBetween(doc, from, words.length);
}

/** A school cue in the sentence around word i. */
function schoolCueInSentence(doc: Doc, words: readonly Word[], i: number): boolean {
  const [a, b] = sentenceAround(doc, words, i, i);
  const { prefix } = schoolCues(doc);
  return prefix[b]! - prefix[a]! - (prefix[i + 1]! - prefix[i]!) > 0;
}

/**
 * School talk in the name's sentence, leaving out "the school run" (a parent's drive to the gate: "Morning school run
 * chaos: Tayt lost a shoe in the car").
 */
function schoolTalkInSentenceBesidesRun(doc: Doc, words: readonly Word[], i: number): boolean {
  if (!schoolCueInSentence(doc, words, i)) return false;
  const [a, b] = sentenceAround(doc, words, i, i);
  for (const [s, e] of schoolCues(doc).cues) {
    if (e <= a || s >= b || (s <= i && e > i)) continue;
    if (words[s]!.norm === 'school' && words[s + 1]?.norm === 'run') continue;
    return true;
  }
  return false;
}

/** The school's clock in the name's sentence: "for the first time this term", "since September", "at playtime". */
const SCHOOL_CLOCK = new Set(['september', 'playtime', 'lunchtime', 'breaktime', 'register', 'hometime']);
function schoolClockInSentence(doc: Doc, words: readonly Word[], i: number): boolean {
  const [a, b] = sentenceAround(doc, words, i, i);
  for (let k = a; k < b; k++) {
    const n = words[k]!.norm;
    if (SCHOOL_CLOCK.has(n) || (n === 'term' && words[k - 1]?.norm === 'this')) return true;
  }
  return false;
}

/** A show on screen or stage in the name's sentence or the one before, and no school talk in them (see screenOrStageNear). */
function showWithoutSchoolTalk(doc: Doc, words: readonly Word[], i: number): boolean {
  return noSchoolTalkFrom(doc, words, i, screenOrStageNear(words, i));
}

/** No school talk from word `from` (a clause cue's first word; -1 when the cue was not found) to the end of the name's sentence. */
function noSchoolTalkFrom(doc: Doc, words: readonly Word[], i: number, from: number): boolean {
  if (from < 0) return false;
  const [, b] = sentenceAround(doc, words, i, i);
  const { prefix } = schoolCues(doc);
  return prefix[b]! - prefix[from]! - (prefix[i + 1]! - prefix[i]!) === 0;
}

/** Verbs of a child telling the writer their news: "Bronagh showed me her lost tooth", "Ayaan told me". */
const TELL_VERBS = new Set(['told', 'tells', 'showed', 'shows', 'asked', 'asks', 'explained', 'informed', 'reminded']);
/** The name tells the writer something ("X told me ..."): home news a child brings to staff, not the writer's own child's routine. */
function toldWriter(words: readonly Word[], i: number): boolean {
  let k = i + 1;
  if (words[k]?.norm === 'proudly' || words[k]?.norm === 'then' || words[k]?.norm === 'just') k++;
  return TELL_VERBS.has(words[k]?.norm ?? '') && words[k + 1]?.norm === 'me';
}

/** Grown-ups' life in a sentence with a list of names: "Thanks to Sarah, Jo and Priya for a brilliant night out". */
const ADULT_LIFE = new Set(['pub', 'pint', 'pints', 'wine', 'beer', 'beers', 'cocktails', 'prosecco', 'gin', 'wedding', 'weddings', 'engaged', 'engagement', 'engagements', 'married', 'anniversary', 'honeymoon', 'mortgage', 'uni', 'university', 'gym', 'hen', 'stag', 'brunch', 'colleague', 'colleagues', 'staffroom', 'retirement', 'retiring', 'pta', 'ptfa', 'pto', 'graduated', 'graduation', 'marathon', 'peaks']);

/** Classes grown-ups go to: "the yoga teacher", "my spin class", "Pilates instructor". */
const ADULT_CLASSES = new Set(['yoga', 'pilates', 'zumba', 'spin', 'barre', 'boxercise', 'aerobics', 'bootcamp', 'salsa', 'crossfit', 'aqua', 'aquafit']);
/** One of them in the sentence around words [i, i + len). */
function adultClassNear(doc: Doc, words: readonly Word[], i: number, len: number): boolean {
  // Most posts have none: asked once per post before any sentence is walked.
  if (!doc.memo('pupil:adult-class', () => words.some((w) => ADULT_CLASSES.has(w.norm)))) return false;
  const [a, b] = sentenceAround(doc, words, i, i + len - 1);
  for (let k = a; k < b; k++) if (ADULT_CLASSES.has(words[k]!.norm)) return true;
  return false;
}

/** Parents' associations, who run school fairs and discos too. */
const PARENT_GROUPS = new Set(['pta', 'ptfa', 'pto', 'pfa']);
/** A parents' association in the sentence around words [i, end]. */
function parentGroupAround(doc: Doc, words: readonly Word[], i: number, end: number): boolean {
  const [a, b] = sentenceAround(doc, words, i, end);
  for (let k = a; k < b; k++) if (PARENT_GROUPS.has(words[k]!.norm)) return true;
  return false;
}

/** Word range [a, b) of the sentence around words [i, end]; a colon does not end it ("Stars of the week: Hodan, Kiaan"). */
function sentenceAround(doc: Doc, words: readonly Word[], i: number, end: number): [number, number] {
  let a = i;
  while (a > 0 && a > i - 30 && (!words[a]!.sentenceStart || doc.text.slice(words[a - 1]!.end, words[a]!.start).includes(':'))) a--;
  let b = end + 1;
  while (b < words.length && b < end + 30 && (!words[b]!.sentenceStart || doc.text.slice(words[b - 1]!.end, words[b]!.start).includes(':'))) b++;
  return [a, b];
}

/**
 * A list of two or more first names ("Ada, Bilal and Wen", "Hodan, Kiaan, Matylda, Guled") is one group: class
 * life or school talk in its sentence, with praise before it, a verb after it, or three names or more, makes
 * every name of it a pupil's ("Jiya, Anvi and Myra did a fab job running the cake sale"); grown-ups' life in the
 * sentence (a night out, a wedding, the office) makes it none.
 */
function listOfPupils(doc: Doc, words: readonly Word[], start: number, end: number, lower: boolean): 'pupils' | 'adults' | 'unknown' {
  // "Emma and Sarah in the office", "my colleagues Deb, Carol and Wendy": what is said of one end is said of all.
  if (fromElsewhere(words, end) || isAdultOrFamily(words, start)) return 'adults';
  // "Kindness, Justice and Courage", "Patience, Hope and Faith: the three things you need": values, not people.
  if (valueList(doc.text, words, start, end)) return 'adults';
  let names = 0;
  let unlisted = 0;
  let members = 0;
  let places = 0;
  let wordNames = 0;
  let characters = 0;
  for (let k = start; k <= end; k++) {
    const w = words[k]!;
    if (w.norm === 'and') continue;
    members++;
    // "Kylian Mbappe, Messi and Haaland", "Auggie, Jack and Summer": one famous person or character makes a cast.
    if (famousAt(words, k) > 0) return 'adults';
    // ... a character's name too, unless school talk before a colon introduces the list (below).
    if (isCharacterName(w.norm)) characters++;
    // A grown-up's name (Sandra, Gareth) does not make a list of pupils: "Thanks to Sandra, Bev and Kate for the PTA disco".
    if (nameKind(w, lower) && !NEVER_NAMES.has(w.norm) && !isAdultName(w.norm)) names++;
    if (isNameWord(w.norm) || isWordName(w.norm)) wordNames++;
    // "Charlotte, Chester, Chelsea": two towns in the list make it a list of places ("Isabella and Sienna" stay).
    if (isPlaceName(w.norm) && !w.possessive && ++places >= 2) return 'adults';
    if (w.cap && !w.possessive && !isKnownName(w.norm) && nameShapeScore(w.norm) < SHAPE_MIN) unlisted++;
  }
  // "Kane, Bellingham and Foden": most of the list in no first-name list and shaped like surnames is a list of
  // public figures (staff name pupils by first names).
  if (unlisted >= 2 && unlisted * 2 >= members) return 'adults';
  const cast = characters > 0 ? 'adults' : 'unknown';
  if (names < 2) return cast;
  const [a, b] = sentenceAround(doc, words, start, end);
  const { prefix } = schoolCues(doc);
  const cue = prefix[b]! - prefix[a]! > 0 || lessonCueBetween(doc, a, b);
  // Session pupil15: grown-ups' life and no school talk in the sentence make the list grown-ups ("Quiz night at the
  // pub with the usual team: Tom, Kerry and Anwar"), whatever the rest of a long post says about work.
  for (let k = a; k < b; k++) if (ADULT_LIFE.has(words[k]!.norm) || (words[k]!.norm === 'night' && words[k + 1]?.norm === 'out')) return cue ? 'unknown' : 'adults';
  if (!cue) return cast;
  // "Tombola table at the summer fair: Haniya and Leyton": school talk before a colon introduces who did it.
  const colonAfterCue = start > a && doc.text.slice(words[start - 1]!.end, words[start]!.start).includes(':') && (prefix[start]! - prefix[a]! > 0 || lessonCueBetween(doc, a, start));
  // "Auggie, Jack and Summer" is a cast; "Our little Nursery gang: Amani, Otis and Lyra" is a class.
  if (characters > 0 && !colonAfterCue) return 'adults';
  // "Thank you to Dominic and Oswald for organising the staff quiz": a staff-only event makes thanks a colleague's.
  if (staffOnlyNear(words, start, end - start + 1, true)) return 'unknown';
  // "Grace, Hope and Faith are our values": a list of word-names only is people only when it does what people do.
  if (wordNames === members && !animateAfter(words, end)) return valuesAfter(words, end) ? 'adults' : 'unknown';
  return names >= 3 || colonAfterCue || praiseBefore(words, start) || actsAsPerson(words, start, end, false) ? 'pupils' : 'unknown';
}

/** What a list of word-names may be called: "Grace, Hope and Faith are the three values our school is built on". */
const VALUE_NOUNS = new Set(['values', 'virtues', 'words', 'themes', 'pillars', 'principles', 'qualities', 'rules', 'aims', 'strands']);
function valuesAfter(words: readonly Word[], end: number): boolean {
  let k = end + 1;
  if (!['are', 'were', 'as'].includes(words[k]?.norm ?? '')) return false;
  for (k++; k < end + 6 && k < words.length; k++) {
    if (VALUE_NOUNS.has(words[k]!.norm)) return true;
    if (!['the', 'our', 'my', 'three', 'four', 'five', 'six', 'school', 'core', 'key', 'christian', 'british', 'class', 'main'].includes(words[k]!.norm)) return false;
  }
  return false;
}

/** Things a brand name comes before: "new Hunter wellies", "Hunter boots and waterproofs", "a Barbour jacket". */

/** Works and topics a full name is known for: "Wilfrid Owen poems", "Georges Seurat for our art topic". */
const KNOWN_FOR = new Set(['poem', 'poems', 'poetry', 'painting', 'paintings', 'art', 'artwork', 'topic', 'novel', 'novels', 'books', 'album', 'albums', 'songs', 'film', 'films', 'plays', 'sculptures', 'biography', 'read', 'quotes', 'speech', 'speeches', 'inventions', 'style', 'exhibition', 'exhibitions', 'gig', 'gigs', 'tour', 'documentary', 'podcast']);
function workAfter(words: readonly Word[], k: number): boolean {
  for (let m = k; m < k + 5 && m < words.length; m++) {
    const w = words[m]!;
    // "read her poem": the child's own work.
    if (w.sentenceStart || ['her', 'his', 'their', 'my', 'own'].includes(w.norm)) return false;
    if (KNOWN_FOR.has(w.norm) && !w.cap) return true;
  }
  return false;
}

/** "Watched Oluwatimilehin play Joseph in the nativity": after "watched", a performer in school talk, not a title. */
const PERFORMS = new Set(['play', 'playing', 'plays', 'sing', 'singing', 'perform', 'performing', 'dance', 'dancing', 'star', 'starring', 'as', 'in', 'read', 'reading', 'recite', 'reciting']);
function performerAfterVerb(doc: Doc, words: readonly Word[], i: number): boolean {
  return PERFORMS.has(words[i + 1]?.norm ?? '') && (schoolContextNear(doc, i, 8) || lessonCueNear(doc, i, 8));
}

/**
 * A child's first name in a post about school, without a roster: "Amelia in my class", "Jack (Year 4)",
 * "so proud of Leo Smith in 5B". Uses a lexicon of names given to today's school-age children; adults
 * ("my husband Tom", "our head Sarah"), famous people and characters are left alone.
 */
export default defineRule({
  meta: {
    id: 'pupil/child-name',
    category: 'pupil',
    severity: 'medium',
    theme: 'pupil-identification',
    description: "A child's name in a post about school (first names of today's school-age children, near school words).",
    replacement: 'a pupil',
  },
  create(config) {
    // With the school's roster, a first name on it is judged by roster-name (which knows it is a pupil's name and
    // reads the post for grown-ups): here it counts only on direct evidence of a child, so a rostered name roster-name
    // left as a grown-up ("Aoife has been my best mate since we were eighteen") is not flagged again.
    const hashes = config.rosterHashes ?? [];
    const roster: CompiledRoster | undefined = hashes.length > 0 && config.rosterSecret && (!config.rosterScheme || config.rosterScheme === 'hmac-sha256-16') ? compileRoster(hashes, config.rosterSecret) : undefined;
    return (doc) => {
      const words = docWords(doc);
      if (words.length === 0) return [];
      let rostered: Uint8Array | undefined;
      const onRoster = (i: number): boolean => {
        if (!roster) return false;
        if (!rostered) {
          rostered = new Uint8Array(words.length);
          for (const m of doc.memo('roster:matches', () => roster.find(doc))) if (m.type === 'first') for (let k = m.from; k < m.to; k++) rostered[k] = 1;
        }
        return rostered[i] === 1;
      };
      const { cues } = schoolCues(doc);
      // Every path below needs some school talk in the post; without a cue only "Evie H." near lesson words.
      const noCues = cues.length === 0;
      const lessons = hasLessonCue(doc);
      // Without a cue, only direct evidence counts: "Evie H" near lesson words, "Zainab in 5B", "Ibrahim, 8,".
      // (... or one-to-one work, a key person's or reader's child, an award after a colon: "Reading with Nidhaan", "my key children, Zayn".)
      if (noCues && !lessons && !doc.text.includes(':') && !words.some((w) => (w.norm.length === 1 && w.cap) || w.possessive || w.prefix === '#' || /^(?:in|from|[2-9]|1[0-7]|aged|done|proud|congratulations|congrats|thanks|thank|kudos|shoutout|out|celebrating|cheers|bravo|reading|phonics|spellings|handwriting|intervention|booster|tutoring|key|reader|writer|goes|asked|asks|wondered)$/.test(w.norm) || isPupilRole(w.norm)) && !hasCareWord(doc, words)) return [];
      const bits = WORD_BITS.of(doc);
      const cueWords = new Uint8Array(words.length);
      for (const [a, b] of cues) for (let k = a; k < b; k++) cueWords[k] = 1;
      const capsStyle = doc.memo('pupil:caps-style', () => {
        // Acronyms ("PE", "SATs" aside) and a lone "I" say nothing about whether the writer capitalises names.
        let caps = 0;
        // Class codes and year forms ("Y3", "4M") say nothing either.
        for (const w of words) if (w.cap && !w.upper && w.norm !== 'i' && !/\d/.test(w.norm)) caps++;
        return { lower: words.length >= 3 && caps === 0 };
      });
      // A parent writing about their own child ("proud mummy moment", "her teacher says"), and not as staff about
      // their own class ("my class", "my Y6s"): the children named are the writer's own.
      const asParent = doc.memo('pupil:parent-voice', () => parentVoice(words, PERSON_CUE_BITS.of(doc)) && !staffVoice(words));
      const animals = doc.memo('pupil:animal-names', () => namesGivenToAnimals(doc.text, words, PERSON_CUE_BITS.of(doc)));
      const hits: Hit[] = [];
      const lists = new Map<number, 'pupils' | 'adults' | 'unknown'>();
      const familyNames = new Map<string, boolean>();
      // First names of full names the post has already left as public figures ("Sabrina Carpenter at Hyde Park was
      // everything. Sabrina, if you're reading, marry me"): the same first name alone later is that person.
      const fullNamed = new Set<string>();
      // Names announced as a newborn earlier in the post: "Ottilie arrived at 11pm, 6lb 9oz ... Ottilie has mastered ...".
      const newborns = new Set<string>();
      // Names called the writer's partner earlier in the post: "Happy anniversary to my Idris ... Idris finally admitted".
      const partners = new Set<string>();
      let capRun = 0;
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        // A run of capitalised words is a title ("The Boy Who Grew Dragons"); commas make it a list of names.
        capRun = w.cap && !w.sentenceStart && !(i > 0 && commaIn(doc.text, words[i - 1]!.end, w.start)) ? capRun + 1 : 0;
        if (w.prefix === '@' || cueWords[i]) continue;
        // In a post that capitalises, a lower-case name needs a person's slot: praise before it, a verb or a
        // class after it ("so proud of zsofi", "and wiktoria got full marks"); "holly and ivy decorations" is not.
        // The slot is checked first: it is cheaper than the name lists.
        const lowerInCaps = !capsStyle.lower && !w.cap && !w.upper && !w.prefix && lowerCaseName(w, words, i, bits);
        const looksLikeName = capsStyle.lower || w.cap || lowerInCaps;
        if (!looksLikeName || (bits[i]! & NEVER_BIT && !(w.norm === 'mary' && childRoleAfter(words, i))) || isSchoolNameTail(w.norm)) continue;
        // "Imam Yusuf came to speak", "Rabbi Sacks": a title before a name is no first name itself.
        if (w.cap && isTitleWord(w.norm) && words[i + 1]?.cap && doc.text.slice(w.end, words[i + 1]!.start) === ' ') continue;
        const kind = nameKind(w, capsStyle.lower || lowerInCaps);
        // "Nowak in 10X has improved more than anyone": any capitalised name-like word with a class code after it.
        // Session pupil16: ... or a pupil's class said after it ("so proud of Nkechi in my Year 9 class"), for a name
        // no list holds that is faintly name-shaped (a shape score under SHAPE_MIN; brands and places score lower), not
        // inside a run of capitalised words (a heading in Welsh: "Cyngerdd Nadolig Blwyddyn 2").
        if (!kind && !(w.cap && !w.upper && !w.prefix && w.norm.length >= 3 && /^[a-z]+$/.test(w.norm) && !isEnglishWord(w.norm) && !isPlaceName(w.norm) && (classCodeAfter(doc.text, words, i) || (nameShapeScore(w.norm) >= FAINT_SHAPE_MIN && !words[i + 1]?.cap && !(words[i - 1]?.cap && !w.sentenceStart) && childRoleAfter(words, i)) || (linkOrList(doc.text, words, i) !== 0 && roleLinkBefore(doc.text, words, listStart(doc.text, words, i, capsStyle.lower)))))) continue;
        // "my daughter Isla-Grace": the second part of a double-barrelled name is who the first part is.
        if (i > 0 && words[i - 1]!.cap && doc.text.slice(words[i - 1]!.end, w.start) === '-' && (asParent || isAdultOrFamily(words, i - 1) || famousAt(words, i - 1) > 0)) continue;
        // "The ponies are called Star, Pepper and Duke": a name given to an animal, here and later in the post.
        if (animals.has(w.norm)) continue;
        if (repeatedWord(doc.text, words, i)) continue;
        // "a day at Nana's", "round Nana's": a grandmother's home ("Nana" is also a given name: "Nana Ama in Y1").
        if (w.norm === 'nana' && w.possessive && KIN_HOME_BEFORE.has(words[i - 1]?.norm ?? '')) continue;
        // "new Hunter wellies", "Hunter boots and waterproofs": a brand before what it makes.
        if (!w.possessive && PRODUCTS.has(words[i + 1]?.norm ?? '') && !words[i + 1]!.cap && doc.text.slice(w.end, words[i + 1]!.start) === ' ') continue;
        // ... and a two-word brand: "the new Ted Baker shop", "Jack Wills sale".
        if (!w.possessive && words[i + 1]?.cap && !words[i + 1]!.possessive && PRODUCTS.has(words[i + 2]?.norm ?? '') && !words[i + 2]!.cap && doc.text.slice(w.end, words[i + 2]!.start) === ` ${words[i + 1]!.text} `) continue;
        // "Mo Farah", "Jude Bellingham": the second word of a famous name.
        if (i > 0 && famousAt(words, i - 1) >= 2 && !w.sentenceStart) continue;
        // "Isle of Arran", "Anne of Cleves": the second part of a place or a title.
        if (words[i - 1]?.norm === 'of' && words[i - 2]?.cap && !w.possessive && !praiseBefore(words, i) && !['one', 'both', 'all', 'each', 'some', 'none', 'most', 'any', 'two', 'three', 'lots', 'couple', 'full', 'thinking', 'think', 'mum', 'dad', 'picture', 'photo'].includes(words[i - 2]!.norm)) continue;
        // "Merveille means wonder": the name talked about as a word.
        if (['means', 'meaning'].includes(words[i + 1]?.norm ?? '')) continue;
        // A rare or unlisted name after "from", "in", "to" is more likely a place: "arrived from Kharkiv".
        // (Only inside the sentence: "we did the maths outside. Wolfie managed ..." is no place.)
        if (kind !== 'child' && !w.sentenceStart && PLACE_BEFORE.has(words[i - 1]?.norm ?? '') && !praiseBefore(words, i) && !rewardFor(words, i) && !childRoleAfter(words, i) && !w.possessive && words[i + 1]?.norm !== 'who') continue;
        const famous = famousAt(words, i);
        if (famous > 0) {
          if (famous >= 2) fullNamed.add(w.norm);
          i += famous - 1;
          continue;
        }
        // "the TAs", "the Vikings": after "the" a capitalised word is a group or a thing, not a first name.
        if (words[i - 1]?.norm === 'the' && !words[i - 1]!.cap && !w.possessive) continue;
        if (peerOfWriter(words, i, listEnd(doc.text, words, i, capsStyle.lower))) continue;
        // At the start of a sentence, a name run straight into a lower-case noun is a brand or a thing: "Zara sale
        // is on", "Hunter wellies". A word that could be a verb (-s, -ed, -ing, or one people do) keeps the name.
        const nx = words[i + 1];
        if (w.sentenceStart && !w.possessive && !(i > 0 && doc.text.slice(words[i - 1]!.end, w.start).includes(':')) && nx && !nx.cap && doc.text.slice(w.end, nx.start) === ' ' && /^[a-z]{3,}$/.test(nx.norm) && !/(?:s|ed|ing)$/.test(nx.norm) && !NAME_SLOT_NEXT.has(nx.norm) && !isNegatedAux(nx.norm) && !animateAfter(words, i) && !actsAsPerson(words, i, i, false)) continue;
        if (asParent && !childRoleAfter(words, i)) continue;
        // "Our little Hamza started nursery", "my baby Zaina": a child named as families name their own, unless a class
        // follows ("our little Summer in Reception") or the writer speaks as staff ("my class").
        if (familyNameBefore(words, i) && !childRoleAfter(words, i) && !doc.memo('pupil:staff-voice', () => staffVoice(words))) continue;
        // "Lily-Rae's volcano erupted in science", "Watching Marley-Rae perform in the talent show": a double-barrelled
        // first name is one name (never a word), with what is said after its second part, in school talk.
        const hyEnd = hyphenatedName(doc.text, words, i);
        if (hyEnd > i && !isAdultOrFamily(words, i, hyEnd - i + 1) && !partnerAfter(words, i, hyEnd - i + 1) && !ownChildrenBefore(words, i) && !businessAfter(words, i, hyEnd - i + 1) && (!isTitleAfterVerb(words, i) || perceivedDoing(words, i, hyEnd)) && !(i > 0 && words[i - 1]!.cap && !words[i - 1]!.sentenceStart && !NEVER_NAMES.has(words[i - 1]!.norm)) && !surnameAfter(doc, words, hyEnd, cueWords)) {
          const hlen = hyEnd - i + 1;
          const second = words[hyEnd]!;
          const nearSchool = schoolContextNear(doc, i, 15, hlen) || lessonCueNear(doc, i, 15, hlen);
          if (childRoleAfter(words, i, hlen) || childEvidenceAfter(words, i, hlen) || ageAfter(doc.text, words, i, hlen) || praiseBefore(words, i) || roleLinkBefore(doc.text, words, i) ||
            (nearSchool && (second.possessive || actsAsPerson(words, i, hyEnd, false) || perceivedDoing(words, i, hyEnd)))) {
            hits.push({ start: w.start, end: second.end, reason: "This looks like a child's first name in a post about school. With the school context, people who know the school may be able to identify the pupil." });
            i = hyEnd;
            continue;
          }
          // "Ruby-Mae wrote her first ever story today": one name, a child in the writer's care with no school word.
          if (!nearSchool && !asParent && inWritersCare(doc, words, i, hyEnd, actsAsPerson(words, i, hyEnd, false) || perceivedDoing(words, i, hyEnd))) {
            hits.push({ start: w.start, end: second.end, severity: 'low', reason: "This looks like a child's first name, written the way staff write about a child they teach (what the child did, how they have grown, the school day). Worth a look: people who know you may be able to identify the pupil." });
            i = hyEnd;
            continue;
          }
        }
        // "Our new TA is Bex", "The safeguarding leads this year are Donna and Imran": the complement of a staff role.
        const linked = linkOrList(doc.text, words, i);
        if (linked && staffRoleLinkBefore(doc.text, words, linked === 1 ? i : listStart(doc.text, words, i, capsStyle.lower))) continue;
        // "Bex is our new TA", "Tom is our new phase leader": the name is the subject of a staff role.
        if (staffRoleAfter(words, i)) continue;
        if (isAdultOrFamily(words, i) || partOfOtherName(words, i) || (isTitleAfterVerb(words, i) && !w.possessive && !performerAfterVerb(doc, words, i))) continue;
        // "We're doing Oliver! this year", "auditions for Matilda the Musical": a show's title after what a cast does.
        if (showTitleAfterVerb(doc.text, words, i)) continue;
        // "Summer's finally here", "River's burst its banks": a word-name in its own sense, "'s" for "is"/"has".
        if ((kind === 'word' || isNameWord(w.norm)) && wordSenseContraction(words, i)) continue;
        // "Maciek and his wife", "my own kids Osa and Efe", "Lena, the lovely lady at the deli", "Ola's Kitchen".
        if (partnerAfter(words, i) || ownChildrenBefore(words, i) || adultAppositiveAfter(doc.text, words, i) || adultRoleAppositiveAfter(doc.text, words, i) || adultWorkAfter(words, i) || teachersClassAfter(words, i) || businessAfter(words, i) || grownUpNewsAfter(words, i) || listenedTo(words, i, i)) continue;
        if (nounUse(doc.text, words, i) || characterUse(words, i)) continue;
        // "Finished Wonder with my Year 5s. Julian's chapter ...": a part of a book or show names a character.
        if (workPartAfter(words, i) && !childRoleAfter(words, i)) continue;
        // "What a tournament. The Lionesses were immense: Leah, Millie ...": players watched as a fan, unless the post
        // ties the match to school ("our match against Bramley ... my class cheered").
        if (watchedSportNear(words, i) && !childRoleAfter(words, i) && !ageAfter(doc.text, words, i) && !schoolContextNear(doc, i, 30)) continue;
        // "Sleepover with the grandkids. Maisie is 7 and Ezra is 4": the writer's relatives named as a group first.
        // School talk counts only in the name's own sentence: a long post wanders from the family day back to work
        // ("... fell asleep in his party bag. Straight back to marking after").
        if (relativesGroupBefore(words, i) && !childRoleAfter(words, i) && !schoolCueInSentence(doc, words, i)) continue;
        // "Great night at the Christmas do. Farrah from Y4 did karaoke": a colleague at the staff's night out ("from Y4"
        // is the class she teaches), unless the post says something only a child has.
        if (staffSocialNear(words, i) && !ageAfter(doc.text, words, i) && !childEvidenceAfter(words, i)) continue;
        // "took my two to see Belle at the cinema": a film or a show.
        if (showSeen(words, i, i + 1)) continue;
        // "Ivy on the front of the school", "Wisteria over the door": a plant on a building, not a person.
        if (isPlantOrGem(w.norm) && !w.possessive && plantOnBuilding(words, i)) continue;
        // "holly and ivy": the second of two plants or gems is a plant too.
        if (isPlantOrGem(w.norm) && (words[i - 1]?.norm === 'and' || words[i - 1]?.norm === '&') && isPlantOrGem(words[i - 2]?.norm ?? '')) continue;
        const wordLike = isNameWord(w.norm) || kind === 'word';
        // "Our school value this month is Patience": a value named, not a person.
        if ((wordLike && (valueNamedBefore(words, i) || quantifiedWord(words, i))) || exclamationUse(doc.text, words, i)) continue;
        // An all-capitals name-word is emphasis, not a name: "the photocopier WILL jam".
        if (wordLike && w.upper && !w.possessive) continue;
        if (wordLike && w.sentenceStart && !w.possessive && !agentAtSentenceStart(words, i) && !childRoleAfter(words, i) && !pupilRoleAfter(words, i) && !nameConfirmedAfter(doc.text, words, i) && !awardBefore(doc.text, words, i)) continue;
        if (!w.cap && !nameSlotInLowerCase(words, i)) continue;
        // "in Dallas", "to Florence", "12 May", "since August": a place or a date.
        if (dateOrPlaceUse(words, i, wordLike) && !praiseBefore(words, i) && !ageAfter(doc.text, words, i)) continue;
        // "Bill Clinton", "Heather Mac Donald": a capitalised name right before makes this a surname.
        const prev = words[i - 1];
        if (prev && prev.cap && !prev.sentenceStart && !NEVER_NAMES.has(prev.norm) && !w.sentenceStart && !prev.prefix && !cueWords[i - 1] && doc.text.slice(prev.end, w.start).trim() === '' && !isSchoolNameTail(prev.norm)) continue;
        // "Onjali Q. Raúf's": a middle initial between two capitalised words makes this a surname.
        if (prev && prev.norm.length === 1 && prev.cap && prev.dot && words[i - 2]?.cap && !words[i - 2]!.sentenceStart && /^\.\s$/.test(doc.text.slice(prev.end, w.start))) continue;
        // In a post written all in lower case a name-word ("will", "cash", "may") is just a word, unless it
        // opens a sentence and does what only people do ("summer finally got her pen licence").
        if (wordLike && capsStyle.lower && !(w.sentenceStart && animateAfter(words, i)) && !childRoleAfter(words, i)) continue;
        // Long runs of capitalised words are titles and headings ("The Boy Who Grew Dragons").
        let runAhead = 0;
        while (runAhead < 4 && words[i + 1 + runAhead]?.cap && !words[i + 1 + runAhead]!.sentenceStart && !doc.text.slice(words[i + runAhead]!.end, words[i + 1 + runAhead]!.start).includes(',')) runAhead++;
        if (capRun + runAhead >= 4) continue;
        const len = wordLike ? 1 : surnameAfter(doc, words, i, cueWords) || 1;
        // "Kofi Mensah-Boateng, 10,": the second part of a double-barrelled surname belongs to the full name.
        const tail = len === 2 && !words[i + 1]!.possessive && words[i + 2]?.cap && doc.text.slice(words[i + 1]!.end, words[i + 2]!.start) === '-' ? 1 : 0;
        if (len === 2 && famousAt(words, i) > 0) {
          fullNamed.add(w.norm);
          continue;
        }
        // "Jordan Henderson's career": what only a grown-up has.
        if (adultPossessionAfter(words, i, len)) {
          i += len - 1;
          continue;
        }
        // "Lauren James is the best footballer in the world": a full name called a public figure.
        if (len === 2 && publicFigureAfter(words, i + 2)) {
          i += 1;
          continue;
        }
        // "Wilfrid Owen poems with Year 10", "Georges Seurat for our art topic", "Artemis Fowl is our class read":
        // a full name followed by the kind of work it is known for is an author, an artist or a character.
        if (len === 2 && !words[i + 1]!.possessive && workAfter(words, i + 2) && !childRoleAfter(words, i, 2) && !praiseBefore(words, i)) {
          i += 1;
          continue;
        }
        // ... and its second word alone when the first is no name a list holds ("Wilfrid Owen poems").
        if (len === 1 && !w.possessive && i > 0 && words[i - 1]!.cap && !isEnglishWord(words[i - 1]!.norm) && doc.text.slice(words[i - 1]!.end, w.start) === ' ' && workAfter(words, i + 1) && !childRoleAfter(words, i)) continue;
        // "Raye on repeat while marking", "Shakira came on the radio": a performer heard, not a pupil.
        if (heardOrWatched(words, i, len) && !childRoleAfter(words, i, len)) {
          i += len - 1;
          continue;
        }
        const radius = wordLike ? 10 : 40;
        if (authorAfterTitle(words, i) || authorsWork(words, i, len)) continue;
        const end = len === 1 ? listEnd(doc.text, words, i, capsStyle.lower) : i + len - 1;
        const praised = praiseBefore(words, i);
        // A list this name belongs to ("Jiya, Anvi and Myra ran the cake sale"): decided once for the whole list.
        const from = listStart(doc.text, words, i, capsStyle.lower);
        const to = from === i ? end : listEnd(doc.text, words, from, capsStyle.lower);
        let listed = false;
        if (to > from) {
          let known = lists.get(from);
          if (known === undefined) lists.set(from, (known = listOfPupils(doc, words, from, to, capsStyle.lower)));
          if (known === 'adults') continue;
          listed = known === 'pupils';
        }
        // "her son Libaan ... his spellings", "Mrs Shah's daughter Ashana ... times tables": a parent's child in school talk.
        // ... not a relative's children the writer counts ("My brother's over with his little ones, Zayn and Amira").
        const parentsChild = parentsChildBefore(words, i) && (schoolContextNear(doc, i, 30) || lessonCueNear(doc, i, 30)) && !ownChildrenCounted(doc, words, i);
        const direct =
          listed ||
          (rewardFor(words, i) && !isAdultOrFamily(words, i, len)) ||
          parentsChild ||
          rewardGiven(words, i) ||
          childRoleAfter(words, i, len) ||
          (end > i && childRoleAfter(words, end)) ||
          // "Precious is our new reading ambassador".
          pupilRoleAfter(words, i, len) ||
          ageAfter(doc.text, words, i, len + tail) ||
          classroomVisitAfter(words, i, len) ||
          // "Ammar asked me whether clouds are heavy": a child's question about the world.
          childsQuestionAfter(words, i + len - 1) ||
          // "Reading with Hartej after lunch", "Golden time winner this week: Testimony".
          oneToOneBefore(words, i) ||
          // "Had to sit with Tiegan at lunch because she'd fallen out with her best friend".
          satWithChildAtLunch(words, i) ||
          awardBefore(doc.text, words, i) ||
          // "Our eco monitors this half term are Austeja and Vasile": the complement of a pupil's role.
          roleLinkBefore(doc.text, words, from) ||
          childRoleBefore(words, i) ||
          nameConfirmedAfter(doc.text, words, i) ||
          (praised && childAchievementAfter(words, end));
        // "Emma and Tom ran the tombola at the summer fair, thanks to the PTA": the parents' association in the
        // sentence leaves a name with only school-event talk around it alone.
        if (!direct && !praised && parentGroupAround(doc, words, i, end)) continue;
        // Class life near a name that acts as a person: "Bilal was so chuffed with his certificate".
        // A name-word opening a sentence about a person ("Precious has been so helpful in the library") acts too.
        // A double-barrelled first name arrives as two words ("Kacey-Leigh's"): evidence after its second part counts.
        const joined = len === 1 && !!words[i + 1]?.cap && doc.text.slice(w.end, words[i + 1]!.start) === '-' && childEvidenceAfter(words, i, 2);
        const lessonActing = lessonCueNear(doc, i, 15, len + (joined ? 1 : 0)) && cueBeyondReturns(doc, words, i, len + (joined ? 1 : 0), 15, true) && (praised || actsAsPerson(words, i, end, wordLike) || childEvidenceAfter(words, i, len) || joined || perceivedDoing(words, i, end) || (wordLike && w.sentenceStart && agentAtSentenceStart(words, i)));
        const childish = direct || childEvidenceAfter(words, i, len) || (praised && !noCues) || lessonActing;
        if (!direct && !praised && onRoster(i)) continue;
        // A child in the writer's care named with no school word: "how far Kerem has come since September".
        // (Asked at most once, only for a name the school-word paths below would leave.)
        let cared: boolean | undefined;
        // A grown-up's name now rare among children (Sandra, Gareth, Nicola) is a pupil's only on direct evidence.
        if (!direct && isAdultName(w.norm)) continue;
        // "Half term at Center Parcs with my two. Kairo went down the rapids ...": the writer's own children.
        if (!direct && ownChildrenCounted(doc, words, i)) continue;
        // "Our two are finally both at school now. Ivy is in Year 2": the writer's own children counted just before,
        // a class of theirs named after; staff who speak of their own class ("my class") keep the name.
        if (direct && !listed && !praised && childRoleAfter(words, i, len) && ownChildrenCounted(doc, words, i) && !doc.memo('pupil:staff-voice', () => staffVoice(words))) continue;
        // "Took the stabilisers off the bike today and Edie was gone": a home milestone, no school talk in the sentence.
        if (!direct && !praised && homeChildhoodInSentence(words, i) && !schoolCueInSentence(doc, words, i)) continue;
        // "The tooth fairy nearly forgot last night. Sylvester's first wobbly one came out": a parent's routine near the name.
        if (!direct && !praised && homeRoutineNear(words, i) && !toldWriter(words, i) && !schoolTalkInSentenceBesidesRun(doc, words, i) && !schoolClockInSentence(doc, words, i)) continue;
        // "Ottilie went as the Gruffalo ... Proud of my efforts as a working mum": the writer's child, named near.
        if (!direct && !praised && workingParentNear(words, i)) continue;
        // "Finished the class novel today. Ahmet's story made them cry": a character of the book the class reads.
        if (!direct && !praised && storyCharacterNear(words, i)) continue;
        // "Zuzia lost her first tooth at the cinema on Saturday, so it has been a big weekend in our house": the writer's
        // own home around the name, no school talk near and nothing said of a pupil.
        if (!direct && !praised && familyHomeNear(words, i) && !schoolTalkNear(doc, words, i, 30, len) && !doc.memo('pupil:staff-voice', () => staffVoice(words))) continue;
        // "Kate and Jo ran the staffroom bake off": a staff-only place or event in the sentence, and nothing said of a
        // child, makes a colleague.
        if (!childish && staffOnlyNear(words, i, len)) continue;
        // "Thank you to our parent volunteers this term. Chanelle has done reading with Year 2": a grown-up at school.
        if (!childish && schoolGrownUpsNamed(doc.text, words, i)) continue;
        // "Thanks to Margaret on the tombola, Keith on the barbecue": helpers at a fete or a church do.
        // (Thanks count for nothing here: "Thanks to Margaret on the tombola" thanks a helper.)
        if (!direct && stallHelpersInSentence(words, i)) continue;
        // "Happy anniversary to my Idris ... Idris finally admitted we don't need four fans": the writer's partner.
        if (!direct && (partners.has(w.norm) || partnerByMy(words, i))) {
          partners.add(w.norm);
          continue;
        }
        // "Welcome to the world, little Ottilie", "Ottilie arrived at 3am, 7lb 2oz": a family's newborn.
        if (!direct && !praised && (newborns.has(w.norm) || newbornAround(doc.text, words, i))) {
          newborns.add(w.norm);
          continue;
        }
        // "the new series of Junior Bake Off. Little Leiah's volcano", "saw Taylor at Wembley": a show, no school talk.
        if (!direct && !praised && showWithoutSchoolTalk(doc, words, i) && !schoolClockInSentence(doc, words, i)) continue;
        // "Bukayo's run in the 80th minute had me off the sofa": a player's moment in a match watched as a fan.
        if (!direct && !praised && noSchoolTalkFrom(doc, words, i, matchMomentAfter(words, i))) continue;
        // "wears his new coat like it's Dior": a brand, not a person.
        if (!w.possessive && (words[i - 1]?.norm === 'its' || (words[i - 1]?.norm === 'it' && words[i - 1]!.possessive)) && words[i - 2]?.norm === 'like') continue;
        // "Priyanka came into class late again, the yoga teacher was not impressed": a grown-up's class.
        if (!direct && adultClassNear(doc, words, i, len)) continue;
        // ... and thanks for a staff event: "Thank you to Dominic and Oswald for organising the staff quiz" (not "Amara in 5B").
        if (praised && staffOnlyNear(words, i, len, true) && !childRoleAfter(words, i, len) && !ageAfter(doc.text, words, i, len)) continue;
        // A word no list holds needs the post to say it is a child: a class, an age, a parent, praise in school talk.
        if (kind === 'shape' && !childish && !(cared ??= careFor(doc, words, i, end, len, kind, praised, wordLike))) continue;
        // A name that is also a word and in no common list ("Journey", "Story") needs direct evidence.
        // ... or, at the start of a sentence, to act as a person in school talk: "Comfort was so brave in assembly".
        if (kind === 'word' && !direct && !(w.sentenceStart && agentAtSentenceStart(words, i) && (schoolContextNear(doc, i, 12) || lessonCueNear(doc, i, 15)))) continue;
        // A month-name ("May", "August") is a child only on direct evidence: "May in Year 2", "June's mum".
        if (isMonthName(w.norm) && !childish && len === 1) continue;
        const initial = len === 2 && words[i + 1]!.norm.length === 1;
        // "Leen S. finally cracked column addition": a first name and an initial, then what the child did.
        const initialThenVerb = initial && words[i + 1]!.dot && kind !== 'shape' && !!words[i + 2] && !words[i + 2]!.cap;
        if (noCues && !initial && !direct && !lessonActing && !(cared ??= careFor(doc, words, i, end, len, kind, praised, wordLike))) continue;
        // No school word, and the writer names a child of their own ("my very nervous son ... Teodor was grinning"):
        // lesson-like words ("a story") around a name acting are the family's day, not a class's.
        if (noCues && !initial && !direct && !praised && writersChildMentioned(doc, words) && !staffVoice(words)) continue;
        if (noCues && initial && !direct && !initialThenVerb && !weakCueNear(words, i)) continue;
        const nearCue = (schoolContextNear(doc, i, radius, len) && cueBeyondReturns(doc, words, i, len, radius, false)) || (initial && (weakCueNear(words, i) || initialThenVerb));
        if (!nearCue && !childish && !(cared ??= careFor(doc, words, i, end, len, kind, praised, wordLike))) continue;
        // A first name and a surname with only school talk around ("Sadiq Khan opened our new library", "my class are
        // obsessed with Sabrina Carpenter") is more often a public figure than a pupil: staff who name a pupil in
        // full say more about the child (a class, praise, what they did in class).
        // "Virgil van Dijk posters in my classroom": a full name with a particle, and nothing said of a child.
        if (len === 1 && !childish && particleSurnameAfter(doc.text, words, i)) continue;
        if (len === 2 && !initial && !childish) {
          // ... and its surname is not a first name on its own ("Grayson Perry's new exhibition").
          fullNamed.add(w.norm);
          i += 1;
          continue;
        }
        // "So proud of my little brother Seb ... Welcome to the madhouse, Seb": the post has said who this is.
        if (len === 1 && !direct && calledFamilyElsewhere(words, i, familyNames)) continue;
        if (len === 1 && !direct && !praised && (fullNamed.has(w.norm) || famousSurnameInPost(words, i))) continue;
        const last = words[i + len - 1 + tail]!;
        hits.push(
          len === 2
            ? { start: w.start, end: last.end, severity: 'high', reason: "This looks like a child's full name (or name and initial) in a post about school. Even with a first name, people who know the school can identify a pupil." }
            : cared && !nearCue
              ? { start: w.start, end: last.end, severity: 'low', reason: "This looks like a child's first name, written the way staff write about a child they teach (what the child did, how they have grown, the school day). Worth a look: people who know you may be able to identify the pupil." }
              : { start: w.start, end: last.end, reason: "This looks like a child's first name in a post about school. With the school context, people who know the school may be able to identify the pupil." },
        );
        i += len - 1 + tail;
      }
      return hits;
    };
  },
});
