import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords, schoolContextNear, schoolCues, type Word } from '../../lib/engine/context/index.ts';
import { compileRoster, type RosterFormType } from '../../lib/engine/roster/index.ts';
import { isChildName, isCommonName, isEnglishWord, isKnownName, isNameWord, isWordName, nameShapeScore } from './shared/first-names.ts';
import { nicknameVariants } from '../../lib/engine/roster/index.ts';
import { hasLessonCue, lessonCueIn, lessonCueNear } from './shared/pupil-context.ts';
import { newbornAround, partnerByMy, showTitleAfterVerb, stallHelpersInSentence, wordSenseContraction } from './shared/not-a-pupil.ts';
import { PRODUCTS } from './shared/products.ts';
import { adultPossessionAfter, adultRoleAppositiveAfter, adultRoleAppositiveBefore, adultWorkAfter, teachersClassAfter, childsQuestionAfter, exclamationUse, isNegatedAux, quantifiedWord, valueList, valueNamedBefore } from './shared/person-slots.ts';
import { linkOrList, pupilRoleAfter, staffRoleAfter, staffRoleLinkBefore, repeatedWord, roleLinkBefore, adultAppositiveAfter, awardBefore, businessAfter, grownUpNewsAfter, listenedTo, oneToOneBefore, ownChildrenBefore, partnerAfter, perceivedDoing, showSeen } from './shared/clause-cues.ts';
import { listEnd, praiseBefore, listStart, epithetAfter, actsAsPerson, animateAfter, authorsWork, childRoleBefore, ageAfter, authorAfterTitle, weakCueNear, agentAtSentenceStart, characterUse, nameSlotInLowerCase, childEvidenceAfter, childRoleAfter, dateOrPlaceUse, famousAt, isAdultOrFamily, isMonthName, isTitleAfterVerb, isTitleBefore, nounUse, partOfOtherName, peerOfWriter, personVerbAfter, FAMOUS_FAMILIES, fromElsewhere, namesGivenToAnimals, ownChildrenCounted } from './shared/person-cues.ts';

const REASONS: Record<RosterFormType | 'first-rare' | 'first-alone' | 'last-alone', string> = {
  full: "This looks like the name of a pupil on your school's roster (full name).",
  'init-last': "This looks like a pupil on your school's roster (initial and surname), which is enough to identify them.",
  'first-init': "This looks like a pupil on your school's roster (first name and surname initial), which is enough to identify them.",
  joined: "This hashtag or handle looks like the name of a pupil on your school's roster.",
  last: "This is the surname of a pupil on your school's roster, with family words: people who know the school can tell who is meant.",
  'last-alone': "This is the surname of a pupil on your school's roster, with family words. The post does not seem to be about school, so it may be another family: worth a look.",
  first: "This is the first name of a pupil on your school's roster, in a post about school.",
  'first-rare': "This is the first name of a pupil on your school's roster. It is unusual enough to identify them even on its own.",
  'first-alone': "This is the first name of a pupil on your school's roster. The post does not seem to be about school, so it may be someone else: worth a look.",
};

/** How far (in words) school talk may be from a first name for the name to count as a pupil's. */
const CONTEXT_RADIUS = 40;
const NAME_WORD_RADIUS = 10;

/** Verbs right after a name that make it a person doing something: "Grace made", "Summer is so kind". */
const PERSON_VERBS = new Set(['found', 'asked', 'said', 'told', 'came', 'brought', 'made', 'wrote', 'won', 'drew', 'built', 'cried', 'laughed', 'ran', 'finished', 'got', 'gets', 'has', 'had', 'was', 'is', 'scored', 'read', 'sang', 'helped', 'loves', 'loved', 'finally', 'just']);
function agentAfter(words: readonly Word[], last: number): boolean {
  return PERSON_VERBS.has(words[last + 1]?.norm ?? '') || animateAfter(words, last);
}

const NAME_TALK = new Set(['name', 'names', 'word', 'words', 'season', 'horoscope', 'zodiac', 'means', 'meaning']);

/** "Jack is such a common name", "the name Jack", "Leo season": the name is talked about as a word. */
function nameTalk(words: readonly Word[], last: number): boolean {
  if (words[last - 1]?.norm === 'name' || words[last - 1]?.norm === 'named' || words[last - 1]?.norm === 'called') return true;
  for (let k = last + 1; k <= last + 6 && k < words.length; k++) if (NAME_TALK.has(words[k]!.norm)) return true;
  return false;
}

/** Grown-ups' life within a few words of a lone first name: the pub, wine, a wedding, the gym, uni. */
const ADULT_LIFE = new Set(['pub', 'pint', 'pints', 'wine', 'beer', 'beers', 'cocktails', 'cocktail', 'gin', 'prosecco', 'brandy', 'vodka', 'whisky', 'whiskey', 'rum', 'cider', 'tequila', 'champagne', 'lager', 'sambuca', 'wedding', 'bride', 'bridesmaid', 'bridesmaids', 'groom', 'mehndi', 'vows', 'engaged', 'anniversary', 'honeymoon', 'mortgage', 'uni', 'university', 'gym', 'marathon', 'hen', 'stag', 'date', 'job', 'accounts', 'company', 'firm', 'client', 'clients', 'colleague', 'colleagues', 'boss', 'husband', 'wife', 'boyfriend', 'girlfriend', 'partner', 'flatmate', 'housemate', 'mate', 'mates', 'friend', 'friends', 'bestie', 'neighbour', 'retirement', 'retiring', 'retired', 'driving', 'concert', 'gig', 'festival', 'coffee', 'drinks', 'brunch', 'pregnant', 'maternity',
  // The writer's wider family as a group ("Weekend with the nephews. Yubo is 6 ..."), and who minds the writer's own.
  'nephew', 'nephews', 'niece', 'nieces', 'cousins', 'godson', 'goddaughter', 'godchildren', 'grandkids', 'grandchildren', 'inlaws', 'babysitter']);
const CHILDS_FRIEND = new Set(['friend', 'friends', 'mate', 'mates']);
function adultLifeNear(words: readonly Word[], i: number, ownSentence = false): boolean {
  // In a long post (ownSentence) only the name's own sentence: "... our road looks like a festival site. Ellie and
  // Yubo made me a card" is another topic.
  let a = Math.max(0, i - 8);
  let b = Math.min(words.length, i + 9);
  if (ownSentence) {
    for (let k = i; k > a; k--) if (words[k]!.sentenceStart) { a = k; break; }
    for (let k = i + 1; k < b; k++) if (words[k]!.sentenceStart) { b = k; break; }
  }
  return adultLifeIn(words, i, a, b);
}

/** adultLifeNear over the name's whole sentence (at most 30 words each way), less what pupils do too (a concert, a festival). */
function adultLifeAround(words: readonly Word[], i: number): boolean {
  let a = i;
  while (a > 0 && a > i - 30 && !words[a]!.sentenceStart) a--;
  let b = i + 1;
  while (b < words.length && b < i + 30 && !words[b]!.sentenceStart) b++;
  return adultLifeIn(words, i, a, b, PUPILS_TOO);
}
/**
 * Grown-ups' life in the sentence before the name's, with no school or class talk in either: "Had coffee with an old
 * friend on Saturday. Priya has just moved back from Dubai": the name's sentence goes on with the grown-up's story.
 */
function adultLifeBefore(doc: Doc, words: readonly Word[], i: number, len: number): boolean {
  let a = i;
  while (a > 0 && a > i - 30 && !words[a]!.sentenceStart) a--;
  if (a === 0 || !words[a]!.sentenceStart) return false;
  let p = a - 1;
  while (p > 0 && p > a - 30 && !words[p]!.sentenceStart) p--;
  let b = i + len;
  while (b < words.length && b < i + len + 30 && !words[b]!.sentenceStart) b++;
  // (Not the writer's own work: "Thanks to everyone at work for covering me. Lois and Frankie made me a card".)
  if (!adultLifeIn(words, i, p, a, WORK_TOO, false)) return false;
  const { prefix } = schoolCues(doc);
  const n = prefix.length - 1;
  if (prefix[Math.min(b, n)]! - prefix[Math.min(p, n)]! - (prefix[Math.min(i + len, n)]! - prefix[Math.min(i, n)]!) > 0) return false;
  return !lessonCueIn(doc, p, b, i, len);
}

/** lessonCueNear within the name's own sentence (at most 30 words each way). */
function lessonCueInSentence(doc: Doc, words: readonly Word[], i: number, len: number): boolean {
  let a = i;
  while (a > 0 && a > i - 30 && !words[a]!.sentenceStart) a--;
  let b = i + len;
  while (b < words.length && b < i + len + 30 && !words[b]!.sentenceStart) b++;
  return lessonCueIn(doc, a, b, i, len);
}
/** PUPILS_TOO and the writer's own workplace, which for staff is the school. */
const WORK_TOO = new Set(['concert', 'festival', 'gig', 'marathon', 'date', 'job', 'colleague', 'colleagues', 'boss']);
const PUPILS_TOO = new Set(['concert', 'festival', 'gig', 'marathon', 'date', 'job']);

function adultLifeIn(words: readonly Word[], i: number, a: number, b: number, skip?: ReadonlySet<string>, ownWorkToo = true): boolean {
  for (let k = a; k < b; k++) {
    if (skip?.has(words[k]!.norm)) continue;
    if (k === i) continue;
    const n = words[k]!.norm;
    // "kind to a friend who was upset": a child's friend; "my friend", "friends from uni", "mates" are grown-ups' life.
    if (CHILDS_FRIEND.has(n) && ['a', 'his', 'her', 'their', 'new'].includes(words[k - 1]?.norm ?? '')) continue;
    if (ADULT_LIFE.has(n)) return true;
    // "Ruby and her gorgeous new baby" (a mother), "Aisha from my book club".
    if (n === 'baby' && k > i && ['her', 'his', 'their', 'new'].includes(words[k - 1]!.norm) && !['brother', 'sister', 'cousin'].includes(words[k + 1]?.norm ?? '')) return true;
    if (n === 'club' && words[k - 1]?.norm === 'book') return true;
    // "coffee with Ola after work", "drinks with Lena from work".
    if (ownWorkToo && n === 'work' && ['after', 'from', 'at', 'before'].includes(words[k - 1]?.norm ?? '')) return true;
    // "my cousin's 30th", "Dad's 60th": a grown-up's birthday; "my cousin", "our cousin" (not "her cousin").
    if (/^(?:1[89]|[2-9]\d)(?:st|nd|rd|th)$/.test(n)) return true;
    if (n === 'cousin' && (words[k - 1]?.norm === 'my' || words[k - 1]?.norm === 'our')) return true;
  }
  return false;
}

/** A child's words after "her"/"his"/"their": "her daughter", "their youngest", "his little lad". */
const CHILD_OF = new Set(['son', 'sons', 'daughter', 'daughters', 'lad', 'boy', 'boys', 'girl', 'girls', 'youngest', 'eldest', 'oldest', 'middle', 'twins', 'kids', 'children', 'child', 'little', 'one', 'ones', 'triplets']);
/**
 * A child of the titled grown-up at [from, to) in the same sentence: "Mrs Nowicka ... helping her daughter settle",
 * "Mrs Okoro's youngest", "Mr and Mrs Mensah were thrilled with their lad's reading".
 */
function childOfTheirs(words: readonly Word[], from: number, to: number): boolean {
  const last = words[to - 1]!;
  if (last.possessive && CHILD_OF.has(words[to]?.norm ?? '')) return true;
  for (let k = to; k < to + 20 && k < words.length && !words[k]!.sentenceStart; k++) {
    const n = words[k]!.norm;
    if ((n === 'her' || n === 'his' || n === 'their') && (CHILD_OF.has(words[k + 1]?.norm ?? '') || (['little', 'new', 'youngest', 'eldest', 'oldest'].includes(words[k + 1]?.norm ?? '') && CHILD_OF.has(words[k + 2]?.norm ?? '')))) {
      // "her little one", not "her little shop": "little" needs a child word after it.
      if (words[k + 1]!.norm === 'little' && !CHILD_OF.has(words[k + 2]?.norm ?? '')) continue;
      return true;
    }
  }
  return false;
}

/** Where neighbours live: "from our road", "over the road", "across the street", "next door", "down our close". */
const STREETS = new Set(['road', 'street', 'close', 'avenue', 'lane', 'crescent', 'estate', 'drive', 'terrace', 'cul']);
function neighbourAfter(words: readonly Word[], to: number): boolean {
  let k = to;
  if (words[k]?.norm === 'from') k++;
  const a = words[k]?.norm ?? '';
  if (a === 'next' && words[k + 1]?.norm === 'door') return true;
  if (['over', 'across', 'down', 'up', 'opposite'].includes(a)) k++;
  else if (k === to) return false;
  return ['our', 'the', 'my'].includes(words[k]?.norm ?? '') && STREETS.has(words[k + 1]?.norm ?? '');
}

/**
 * Neighbours in the surname's own sentence: "Our neighbours the Boatengs have had a new baby", "The Novak family have
 * moved in next door". A family the writer lives near, whatever school talk comes after.
 */
function neighboursInSentence(words: readonly Word[], from: number, to: number): boolean {
  let a = from;
  while (a > 0 && a > from - 15 && !words[a]!.sentenceStart) a--;
  for (let k = a; k < to + 15 && k < words.length && (k < to || !words[k]!.sentenceStart); k++) {
    if (k >= from && k < to) continue;
    const n = words[k]!.norm;
    if (n === 'neighbour' || n === 'neighbours' || n === 'neighbor' || n === 'neighbors') return true;
    if (n === 'next' && words[k + 1]?.norm === 'door') return true;
  }
  return false;
}

/** Scottish islands that are also given names: one goes "on" (or "to") them. */
const ISLANDS = new Set(['skye', 'iona', 'arran', 'harris', 'jura', 'islay']);

/** A child's grown-ups after a possessive name: "Faith's dad", "Mercy's mum and dad", "Hope's nan". */
const PARENTS_AFTER = new Set(['mum', 'mam', 'mom', 'mummy', 'mammy', 'dad', 'daddy', 'parents', 'parent', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandad', 'granddad', 'grandparents', 'carer', 'carers', 'stepdad', 'stepmum', 'auntie', 'aunty', 'family']);

/** Sentences from which on a post is long (a Facebook-style update that wanders over several topics). */
const LONG_POST_SENTENCES = 5;
function longPost(doc: Doc, words: readonly Word[]): boolean {
  return doc.memo('pupil:long-post', () => {
    let n = 1;
    for (let k = 1; k < words.length && n < LONG_POST_SENTENCES; k++) if (words[k]!.sentenceStart) n++;
    return n >= LONG_POST_SENTENCES;
  });
}

/** What performers do and where: "Belle and Sebastian at the Albert Hall last night, what a gig", "Laurel & Hardy films". */
// (Not concerts, songs or sketches: pupils perform those in pairs too, "Isabella and Mary-Jane did a duet at the concert".)
const PERFORMANCE = new Set(['gig', 'gigs', 'tour', 'album', 'albums', 'band', 'comedy', 'comedians', 'sitcom', 'films', 'movies', 'tickets', 'vinyl', 'setlist', 'encore', 'headlining', 'arena', 'reunion', 'boxset']);
/**
 * "Belle and Sebastian at the Albert Hall last night, what a gig", "Laurel & Hardy films on a Sunday": two names
 * paired as one act, with what performers do in the sentence. Words [from, to) are the first name of the pair.
 */
function pairedAct(doc: Doc, words: readonly Word[], from: number, to: number): boolean {
  let a = -1;
  // The name is the first of the pair ("Belle and Sebastian") or the second ("Laurel & Hardy").
  // "&" is no word: it is read from the text between the two names.
  const amp = (x: Word, y: Word | undefined): boolean => !!y && y.cap && doc.text.slice(x.end, y.start).trim() === '&';
  if ((words[to]?.norm === 'and' && words[to + 1]?.cap) || amp(words[to - 1]!, words[to])) a = from;
  else if ((from >= 2 && words[from - 1]!.norm === 'and' && words[from - 2]!.cap) || (from >= 1 && words[from - 1]!.cap && amp(words[from - 1]!, words[from]))) a = from - 1;
  if (a < 0 || schoolContextNear(doc, a, 10, 3) || lessonCueNear(doc, a, 10, 3)) return false;
  let s = a;
  while (s > 0 && !words[s]!.sentenceStart) s--;
  for (let k = s; k < words.length && (k === s || !words[k]!.sentenceStart); k++) if (PERFORMANCE.has(words[k]!.norm) && !words[k]!.cap) return true;
  return false;
}

/**
 * "Tiago's in Spain this week, so it's just me and the dog", "just me and the kids till Friday": the writer at
 * home with the rest of the household, so a name the post says nothing else about is the one who is away (a
 * partner, not a pupil). "It was just me and Ashvini on the walking bus" names the child after "and", not "the".
 */
function householdAlone(doc: Doc, words: readonly Word[]): boolean {
  return doc.memo('pupil:household-alone', () => {
    for (let k = 0; k + 3 < words.length; k++) {
      if (words[k]!.norm === 'just' && words[k + 1]!.norm === 'me' && (words[k + 2]!.norm === 'and' || words[k + 2]!.norm === 'n') && (words[k + 3]!.norm === 'the' || words[k + 3]!.norm === 'my')) return true;
    }
    return false;
  });
}

/**
 * "Bob Marley", "John Lennon": a rostered first name right after a capitalised first name (one space, no punctuation)
 * is that person's surname. (Titles and greetings are no first names: "Miss Marley", "Well done Marley".)
 */
function firstNameBefore(text: string, words: readonly Word[], at: number): boolean {
  const prev = words[at - 1];
  const w = words[at]!;
  if (!prev || !prev.cap || prev.upper || prev.prefix || prev.possessive || text.slice(prev.end, w.start) !== ' ') return false;
  // (A short form counts: "Bob", "Freddie".)
  return prev.norm.length >= 2 && (isKnownName(prev.norm) || nicknameVariants(prev.norm).length > 0) && !NOT_FIRST_BEFORE.has(prev.norm);
}
/**
 * A grown-up's age or a partner's evening after or before the name at [from, to): "Jack would have been 85 today",
 * "Ellis turns 40 on Friday", "Date night with Ellis". (A child's age, "Jack is 7 today", is no grown-up's.)
 */
const AGE_ENDS = new Set(['today', 'tomorrow', 'yesterday', 'on', 'this', 'next', 'last', 'years', 'yrs']);
const AGE_VERBS = new Set(['been', 'turns', 'turned', 'turning', 'is', 'was', 'be']);
function grownUpAgeOrDate(words: readonly Word[], from: number, to: number): boolean {
  if (words[from - 1]?.norm === 'with' && (words[from - 2]?.norm === 'date' || (words[from - 2]?.norm === 'night' && words[from - 3]?.norm === 'date'))) return true;
  for (let k = to; k < to + 5 && k < words.length && !words[k]!.sentenceStart; k++) {
    if (!AGE_VERBS.has(words[k]!.norm)) continue;
    const n = words[k + 1]?.norm ?? '';
    // ... a birthday, not a count: "would have been 85 today", not "is 20 points ahead" or "was 18 months old".
    const after = words[k + 2];
    return /^\d{2,3}$/.test(n) && +n >= 18 && +n <= 120 && (!after || after.sentenceStart || AGE_ENDS.has(after.norm));
  }
  return false;
}
const NOT_FIRST_BEFORE = new Set(['well', 'done', 'thank', 'thanks', 'congrats', 'miss', 'sir', 'mrs', 'mr', 'ms', 'dr', 'little', 'our', 'my', 'dear', 'love', 'happy', 'go', 'star', 'bravo', 'welcome', 'hi', 'hey', 'and', 'with', 'year', 'reception', 'class']);

/** Works that name their maker: "Priya Sharma's new novel". */
const WORKS = new Set(['novel', 'book', 'books', 'album', 'single', 'song', 'film', 'show', 'series', 'exhibition', 'podcast', 'memoir', 'play', 'poem', 'poetry', 'column', 'documentary', 'tour', 'concert', 'recipe', 'recipes']);

/** What is made about or by a public figure: "documentary", "interview", "song", "biopic". */
const MEDIA = new Set(['documentary', 'documentaries', 'doc', 'interview', 'interviews', 'film', 'films', 'movie', 'biopic', 'song', 'songs', 'album', 'podcast', 'autobiography', 'biography', 'memoir', 'series', 'concert', 'gig', 'tour', 'speech', 'highlights', 'quote', 'quotes', 'video', 'clip', 'talk', 'masterclass', 'press', 'fans', 'merch', 'poster', 'posters', 'shirt', 'jersey', 'trainers', 'boots']);
/** Words before "with"/"by" that name such a thing: "interview with", "a song by", "a chat with ... on the radio". */
const MEDIA_LINK = new Set(['with', 'by', 'featuring', 'ft', 'feat', 'starring']);
/** A media word right after the full name at [from, to), or "interview with" / "song by" right before it. */
function mediaAround(words: readonly Word[], from: number, to: number): boolean {
  const nx = words[to];
  if (nx && !nx.cap && MEDIA.has(nx.norm)) return true;
  const link = words[from - 1];
  return !!link && MEDIA_LINK.has(link.norm) && MEDIA.has(words[from - 2]?.norm ?? '');
}

/** A capitalised surname right after the name (same line, no punctuation): a different person. */
function otherSurnameAfter(text: string, words: readonly Word[], at: number): boolean {
  const nx = words[at];
  const prev = words[at - 1];
  if (!nx || !prev || prev.possessive || !nx.cap || nx.sentenceStart || nx.upper || nx.prefix || nx.norm.length < 2 || /\d/.test(nx.norm)) return false;
  if (!/^ $/.test(text.slice(prev.end, nx.start))) return false;
  return !NOT_SURNAME.has(nx.norm);
}
/** Capitalised words that may follow a first name without being a surname. */
const NOT_SURNAME = new Set(['and', 'in', 'from', 'at', 'year', 'reception', 'nursery', 'class', 'is', 'was', 'has', 'had', 'did', 'got', 'the', 'you', 'i', 'we', 'my', 'our', 'well', 'thank', 'thanks', 'so', 'but', 'mum', 'dad', 'miss', 'sir',
  // Sikh names carry Singh or Kaur between the given name and the family name: "Teghbir Singh Sandhu".
  'singh', 'kaur']);

const wordLikeName = (norm: string): boolean => isNameWord(norm);

/** A post written all in lower case: capitalisation is no evidence either way. */
function lowerCaseStyle(doc: Doc, words: readonly Word[]): boolean {
  // Acronyms ("PE") and a lone "I" say nothing about whether the writer capitalises names.
  return doc.memo('pupil:lower-case-style', () => words.length >= 3 && !words.some((w) => w.cap && !w.upper && w.norm !== 'i'));
}

/**
 * Names of the school's own pupils, matched against the keyed hashes in configuration (docs/roster-hashing.md).
 * Full names, "J. Smith", "Jack S." and #JackSmith always count; a first name alone counts when the post is
 * about school or the name is unusual.
 */
export default defineRule({
  meta: {
    id: 'pupil/roster-name',
    category: 'pupil',
    severity: 'high',
    // Matches the school's own roster: more specific than the generic child-name rule on the same span.
    precedence: 1,
    theme: 'pupil-identification',
    description: "Names of pupils on your school's list (the list is scrambled, so the names themselves are never stored).",
    replacement: 'a pupil',
  },
  create(config) {
    const hashes = config.rosterHashes ?? [];
    const secret = config.rosterSecret;
    if (hashes.length === 0 || !secret || (config.rosterScheme && config.rosterScheme !== 'hmac-sha256-16')) return () => [];
    const roster = compileRoster(hashes, secret);
    return (doc) => {
      // (Shared with child-name, which defers to this rule on rostered first names: one roster look-up per post.)
      const matches = doc.memo('roster:matches', () => roster.find(doc));
      if (matches.length === 0) return [];
      const words = docWords(doc);
      const hits: Hit[] = [];
      // Word indexes where a roster match starts: "Zion and Akiva", two pupils of the list named together, are people.
      const named = matches.filter((x) => words[x.from]!.cap && !words[x.from]!.upper);
      const pairedWithPupil = (from: number, to: number): boolean =>
        (['and', '&'].includes(words[to]?.norm ?? '') && named.some((x) => x.from === to + 1)) || (['and', '&'].includes(words[from - 1]?.norm ?? '') && named.some((x) => x.to === from - 1));
      // "The new puppy is called Zephyrine": names given to animals (and toys), here and later in the post.
      const animals = doc.memo('pupil:animal-names', () => namesGivenToAnimals(doc.text, words));
      // One judgement per name in a post: first names the post says are someone else (a grown-up, the writer's own
      // child), and each weak finding of a first name (no school talk near it), dropped at the end when the same name
      // is someone else elsewhere in the post: "Cerys and I met at uni ... Love you Cerys, here's to twenty more".
      const someoneElse = new Set<string>();
      // Names announced as a newborn earlier in the post: "Ottilie arrived at 11pm, 6lb 9oz ... Ottilie has mastered ...".
      const newborns = new Set<string>();
      // Names called the writer's partner earlier in the post: "Happy anniversary to my Jude ... Jude finally admitted".
      const partners = new Set<string>();
      const weak = new Map<Hit, string>();
      for (const m of matches) {
        const first = words[m.from]!;
        const last = words[m.to - 1]!;
        if (m.type !== 'first') {
          // "Reading Priya Sharma's new novel": a namesake author or artist, named by their work.
          // "Dr Loujain Haddad", "Professor Mykhailo Shevchenko": a grown-up who shares a pupil's name.
          if ((m.type === 'full' || m.type === 'first-init') && isTitleBefore(words, m.from)) continue;
          // "Kadiatou Diallo the athlete", "Maciek Kot and his wife": a grown-up namesake.
          if (m.type === 'full' && (epithetAfter(words, m.from, m.to - m.from) || partnerAfter(words, m.from, m.to - m.from))) continue;
          // A rostered surname with family words and no school talk: "the Mitchell brothers are back in EastEnders",
          // "the Haddad family next door", "Sandhu family wedding" are other families; otherwise worth a look.
          if (m.type === 'last') {
            const len = m.to - m.from;
            const schoolNear = schoolContextNear(doc, m.from, 25, len) || lessonCueNear(doc, m.from, 15, len);
            // "Mrs Novak" is as often a colleague, a neighbour or the woman at the shop: a parent of the pupil only with
            // their child in the sentence ("Mrs Nowicka ... her daughter", "Mrs Okoro's youngest"), or "Mr and Mrs
            // Novak" in a post about school (parents' evening).
            if (m.how === 'title' || m.how === 'couple') {
              if (!(childOfTheirs(words, m.from, m.to) || (m.how === 'couple' && schoolNear))) continue;
              if (adultRoleAppositiveAfter(doc.text, words, m.from, len) || staffRoleAfter(words, m.from, len) || epithetAfter(words, m.from, len)) continue;
            }
            if (neighbourAfter(words, m.to) || neighboursInSentence(words, m.from, m.to)) continue;
            if (!schoolNear) {
              const sur = m.how === 'title' || m.how === 'couple' ? words[m.to - 1]! : words[m.from]!.norm === 'the' ? words[m.from + 1]! : first;
              // "the Gallaghers": the famous family's name made plural.
              const famous = FAMOUS_FAMILIES.has(sur.norm) || (m.how === 'plural' && (FAMOUS_FAMILIES.has(sur.norm.slice(0, -1)) || FAMOUS_FAMILIES.has(sur.norm.slice(0, -2))));
              if (famous || adultLifeNear(words, m.from) || fromElsewhere(words, m.from, len) || (words[m.to]?.norm === 'next' && words[m.to + 1]?.norm === 'door')) continue;
              // "The Tierney household is officially in Christmas mode": a home, with no school talk near, is most often
              // the writer's own (or a friend's); a pupil's family is named for what they did for school.
              if (words[m.to - 1]!.norm === 'household' || words[m.to]?.norm === 'household') continue;
              hits.push({ start: first.start, end: last.end, reason: REASONS['last-alone'], severity: 'low' });
              continue;
            }
          }
          // "Jordan Henderson's career", "Lewis Hamilton's retirement": what only a grown-up has.
          if ((m.type === 'full' || m.type === 'first-init') && adultPossessionAfter(words, m.from, m.to - m.from)) continue;
          // "Lewis Hamilton won again": a rostered full name that is a famous person's, with nothing said of a child.
          if (m.type === 'full' && famousAt(words, m.from) >= 2 && !childRoleAfter(words, m.from, m.to - m.from) && !ageAfter(doc.text, words, m.from, m.to - m.from) && !childEvidenceAfter(words, m.from, m.to - m.from)) continue;
          // "Kobe Bryant documentary tonight", "Interview with Lewis Hamilton on the BBC", "a Bronwen Parry song": a
          // rostered full name that is a public figure's, named by what is made about or by them.
          if ((m.type === 'full' || m.type === 'first-init') && mediaAround(words, m.from, m.to) && !childRoleAfter(words, m.from, m.to - m.from) && !ageAfter(doc.text, words, m.from, m.to - m.from) && !childEvidenceAfter(words, m.from, m.to - m.from)) continue;
          if (m.type === 'full' && (isTitleAfterVerb(words, m.from) || (last.possessive && WORKS.has(words[m.to]?.norm ?? '')) || WORKS.has(words[m.to + 1]?.norm ?? '') && words[m.to]?.norm === 'new')) continue;
          hits.push({ start: first.start, end: last.end, reason: REASONS[m.type] });
          continue;
        }
        const len = m.to - m.from;
        const norm = len === 1 ? first.norm : words.slice(m.from, m.to).map((w) => w.norm).join(' ');
        // "Cerys Matthews on the radio": the first name with a surname that is not the pupil's is someone else.
        if (otherSurnameAfter(doc.text, words, m.to)) continue;
        if (len === 1 && firstNameBefore(doc.text, words, m.from)) continue;
        // "Got my new Faith trainers in the sale": a brand before what it makes.
        if (!last.possessive && PRODUCTS.has(words[m.to]?.norm ?? '') && !words[m.to]!.cap && doc.text.slice(last.end, words[m.to]!.start) === ' ') continue;
        if (len === 1 && animals.has(first.norm)) continue;
        // A rostered name typed in lower case in a post that capitalises ("proud of loujain today") counts where a
        // name stands, unless it is also a word ("grace under pressure").
        const looksLikeName = first.cap || first.prefix !== '' || lowerCaseStyle(doc, words) || (len === 1 && !isNameWord(first.norm) && !isWordName(first.norm) && !isEnglishWord(first.norm) && nameSlotInLowerCase(words, m.from)) ||
          // "so proud of glory today, she was so brave", "Great day. glory was so kind at lunch": a rostered word-name in
          // lower case, praised or opening a sentence, then called a person.
          (len === 1 && (praiseBefore(words, m.from) || first.sentenceStart) && (agentAtSentenceStart(words, m.from) ||
            // "shout out to wren, who was so nervous ...": "who" after the word makes it a person.
            (words[m.to]?.norm === 'who' && /^\s*,\s*$/.test(doc.text.slice(last.end, words[m.to]!.start)))));
        if (!looksLikeName) continue;
        const linked = linkOrList(doc.text, words, m.from);
        const roleFrom = linked === 0 ? -1 : linked === 1 ? m.from : listStart(doc.text, words, m.from, lowerCaseStyle(doc, words));
        if ((roleFrom > 0 && staffRoleLinkBefore(doc.text, words, roleFrom)) || staffRoleAfter(words, m.from, len)) {
          someoneElse.add(norm);
          continue;
        }
        if (isAdultOrFamily(words, m.from, len) || famousAt(words, m.from) > 0) {
          someoneElse.add(norm);
          continue;
        }
        if (partOfOtherName(words, m.from, len) || repeatedWord(doc.text, words, m.from)) continue;
        // "Dinner with Maciek and his wife", "my own kids Osa and Efe", "Lena, the lovely lady at the deli", "Ola's Kitchen".
        // "Femi and I survived parents evening", "Priya covered my lunch duty": the writer's peer.
        if (grownUpAgeOrDate(words, m.from, m.to) || partnerAfter(words, m.from, len) || ownChildrenBefore(words, m.from) || adultAppositiveAfter(doc.text, words, m.from, len) || adultRoleAppositiveAfter(doc.text, words, m.from, len) || adultRoleAppositiveBefore(doc.text, words, m.from) || adultWorkAfter(words, m.from, len) || teachersClassAfter(words, m.from, len) || businessAfter(words, m.from, len) || grownUpNewsAfter(words, m.from, len) || listenedTo(words, m.from, m.to - 1) || peerOfWriter(words, m.from, m.to - 1)) {
          someoneElse.add(norm);
          continue;
        }
        // ("Watching Harmony-Rose dance in the nativity": a rostered name seen doing something is no show's title.)
        if (isTitleAfterVerb(words, m.from) && !first.possessive && !perceivedDoing(words, m.from, m.to - 1)) continue;
        // "We're doing Oliver! this year", "auditions for Matilda the Musical": a show's title after what a cast does.
        if (len === 1 && showTitleAfterVerb(doc.text, words, m.from)) continue;
        if (nounUse(doc.text, words, m.from, len) || characterUse(words, m.from)) continue;
        // "took my two to see Belle at the cinema", "Belle and Sebastian at the Albert Hall, what a gig": a film, an act.
        if (showSeen(words, m.from, m.to) || pairedAct(doc, words, m.from, m.to)) continue;
        // "the Raleigh bike shop": after "the", a name run into a lower-case word is a brand or a thing.
        if (len === 1 && words[m.from - 1]?.norm === 'the' && !first.possessive && words[m.to] && !words[m.to]!.cap && doc.text.slice(last.end, words[m.to]!.start) === ' ' && !agentAfter(words, m.to - 1)) continue;
        // A name that is also a word ("Rose", "Treasure", "Storm") is a name at the start of a sentence only where
        // it acts as a person: "Treasure finally beat me at chess", not "Treasure hunt round the village".
        // "Harmony-Rose's poster": a double-barrelled first name is never a word, and its possessive is on its last part.
        const hyphen = len === 2 && doc.text.slice(first.end, last.start) === '-';
        const wordLike = !hyphen && (isNameWord(first.norm) || (len === 1 && (isWordName(first.norm) || (isEnglishWord(first.norm) && !isCommonName(first.norm)))));
        // "Serenity now! Parents evening survived": a catchphrase.
        if (len === 1 && exclamationUse(doc.text, words, m.from)) continue;
        // "Our school value this month is Patience", "Kindness, Justice and Courage are painted on the wall": values;
        // "We need some Hope in this staffroom": the word.
        if (wordLike && len === 1) {
          const lower = lowerCaseStyle(doc, words);
          const from = listStart(doc.text, words, m.from, lower);
          const to = listEnd(doc.text, words, m.from, lower);
          if (valueNamedBefore(words, m.from) || quantifiedWord(words, m.from) || (to > from && valueList(doc.text, words, from, to))) continue;
        }
        // "Summer's finally here", "River's burst its banks": a word-name in its own sense, "'s" for "is"/"has".
        if (wordLike && len === 1 && wordSenseContraction(words, m.from)) continue;
        // "Israel won the class quiz": a verb only a person does, with class life close by, makes a place-name a pupil.
        if (wordLike && first.sentenceStart && !first.possessive && !agentAtSentenceStart(words, m.from) && !childRoleAfter(words, m.from, len) && !pupilRoleAfter(words, m.from, len) && !pairedWithPupil(m.from, m.to) && !(len === 1 && personVerbAfter(words, m.from) && (lessonCueNear(doc, m.from, 10, len) || schoolContextNear(doc, m.from, 10, len)))) continue;
        // A lower-case rostered name needs a name's slot only where it could be a word ("will", "rose"): "mrs jama came
        // to collect abdirahman early" is the pupil.
        if (!first.cap && !first.prefix && (wordLike || isEnglishWord(first.norm)) && !nameSlotInLowerCase(words, m.from)) continue;
        // "a week in Florence", "back in May": a place or a date.
        // "a week on Skye", "the Isle of Arran": an island that is also a name.
        if (len === 1 && ISLANDS.has(first.norm) && !first.possessive && ['on', 'to', 'of', 'from', 'visiting', 'visit'].includes(words[m.from - 1]?.norm ?? '') && !praiseBefore(words, m.from)) continue;
        // ... but "an email from Faith's dad" is from a parent of hers.
        // ("shout out to wren, who ...": praise before a word-name after "to" is said to a person.)
        if (len === 1 && dateOrPlaceUse(words, m.from, wordLike) && !(first.possessive && PARENTS_AFTER.has(words[m.to]?.norm ?? '')) && !praiseBefore(words, m.from)) continue;
        if (authorAfterTitle(words, m.from) || authorsWork(words, m.from, len)) continue;
        const adultOwn = adultLifeAround(words, m.from) || adultLifeBefore(doc, words, m.from, len);
        const childish = childEvidenceAfter(words, m.from, len) || childRoleAfter(words, m.from, len) || pupilRoleAfter(words, m.from, len) || ageAfter(doc.text, words, m.from, len) || childRoleBefore(words, m.from) ||
          // "Reading with Amyas this morning", "Star of the week: Ola".
          oneToOneBefore(words, m.from) || awardBefore(doc.text, words, m.from) || childsQuestionAfter(words, m.to - 1) ||
          // "Our school councillors this year are Zion and Akiva": the complement of a pupil's role.
          (roleFrom > 0 && roleLinkBefore(doc.text, words, roleFrom)) ||
          // Class life near a rostered name that acts as a person: "Faith sang a solo at the carol concert". With grown-ups'
          // life in the name's own sentence only class life in that sentence counts: "Anuja brought the wine. Work in the
          // morning, PE first thing" turns to another topic.
          (hasLessonCue(doc) && (adultOwn ? lessonCueInSentence(doc, words, m.from, len) : lessonCueNear(doc, m.from, 15, len)) && (actsAsPerson(words, m.from, m.to - 1, wordLikeName(first.norm)) || perceivedDoing(words, m.from, m.to - 1)));
        if (isMonthName(first.norm) && !childish) continue;
        // "Ottilie arrived on Tuesday at 11pm, 6lb 9oz": a family's newborn; "Margaret on the tombola": a fete's helper.
        // (Thanks count for nothing here: "thanks to Annie on the tombola" thanks a helper.)
        if (!childish && stallHelpersInSentence(words, m.from)) continue;
        if (!childish && len === 1 && (partners.has(norm) || partnerByMy(words, m.from))) {
          partners.add(norm);
          continue;
        }
        if (!childish && !praiseBefore(words, m.from) && (newborns.has(norm) || newbornAround(doc.text, words, m.from))) {
          newborns.add(norm);
          continue;
        }
        // "Half term at Center Parcs with my two. Yubo went down the rapids ...": the writer's own children.
        // (Class life near does not outweigh it: "went down the rapids twelve times" reads like times tables.)
        if (!childRoleAfter(words, m.from, len) && !pupilRoleAfter(words, m.from, len) && ownChildrenCounted(doc, words, m.from)) {
          someoneElse.add(norm);
          continue;
        }
        // "Ellie looked stunning in red and gold and the mehndi night went on till 3am ... Back to my class tomorrow":
        // grown-ups' life in the name's sentence, with the school talk further off, makes a grown-up (a bride, a friend
        // at the pub).
        if (!childish && adultOwn && !schoolContextNear(doc, m.from, 8, len) && !lessonCueNear(doc, m.from, 8, len)) {
          someoneElse.add(norm);
          continue;
        }
        // A pupil on the roster near lesson words ("science fair project") is enough; a word-name needs a real cue.
        const inContext = childish || schoolContextNear(doc, m.from, wordLike ? NAME_WORD_RADIUS : CONTEXT_RADIUS, len) || (!wordLike && weakCueNear(words, m.from, 12, true));
        // Rare: given to fewer than ~30 babies in five recent years, not a short form, not a word; and written
        // as a name, so "Zephyrine" counts on its own and "Jax" or "Sandy" do not.
        // At the start of a sentence, a name run straight into a lower-case word is a compound ("Rose gold
        // balloons", "Tulip fields") unless that word is what a person does ("Rose said", "Tulip's").
        const nx = words[m.to];
        const compound = first.sentenceStart && !last.possessive && nx !== undefined && !nx.cap && doc.text.slice(last.end, nx.start) === ' ' && !['and', 'in', 'from', 'is', 'was', 'has', 'had', 'who', 'did', 'does'].includes(nx.norm) && !isNegatedAux(nx.norm) && !agentAfter(words, m.to - 1) &&
          // "Yousuf arrived in January": a past-tense verb (not "Rose gold", "Tulip fields").
          !/^[a-z]{4,}ed$/.test(nx.norm);
        const rare = len === 1 && !wordLike && norm.length >= 4 && !isChildName(norm) && !isCommonName(norm) && nicknameVariants(norm).length === 0 && !(compound && nameShapeScore(norm) < 0) &&
          // ... unless grown-ups' life is around it: "brunch with Yubo and the girls from uni".
          !(!inContext && adultLifeNear(words, m.from));
        if (inContext || rare) {
          const hit: Hit = { start: first.start, end: last.end, reason: inContext ? REASONS.first : REASONS['first-rare'], severity: inContext ? 'high' : 'medium' };
          hits.push(hit);
          if (!inContext) weak.set(hit, norm);
          continue;
        }
        // A rostered first name alone, with nothing to say it is someone else: worth a look. A name that is
        // also a word (Hope, Summer, Grace) counts alone only where it acts as a person ("Summer's painting").
        if (wordLike && !first.possessive && !agentAfter(words, m.from + len - 1) && !praiseBefore(words, m.from) && !pairedWithPupil(m.from, m.to)) continue;
        if (compound) continue;
        // "Jack is such a common name", "Tom and I won the pub quiz": the name as a word, or grown-ups' life.
        if (nameTalk(words, m.from + len - 1) || householdAlone(doc, words)) continue;
        if (adultLifeNear(words, m.from, longPost(doc, words))) {
          someoneElse.add(norm);
          continue;
        }
        const hit: Hit = { start: first.start, end: last.end, reason: REASONS['first-alone'], severity: 'low' };
        hits.push(hit);
        weak.set(hit, norm);
      }
      return someoneElse.size === 0 || weak.size === 0 ? hits : hits.filter((h) => !someoneElse.has(weak.get(h) ?? ''));
    };
  },
});
