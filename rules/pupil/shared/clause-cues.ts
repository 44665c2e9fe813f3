import type { Word } from '../../../lib/engine/context/index.ts';
import { isNameWord, nameListKind } from './first-names.ts';

/**
 * What the clause around a name says about who it is, beyond the word lists of person-cues.ts: a child a
 * member of staff works with one to one ("Reading with Nidhaan"), a person doing something after "watching"
 * ("Watching Humzah finally get his times tables"), a grown-up with a partner or children of their own
 * ("Maciek and his wife", "Yubo's husband"), a grown-up described after a comma ("Lena, the lovely lady at the
 * deli"), a business named after someone ("Ola's Kitchen"), an award announced after a colon or a hashtag
 * ("Golden time winner this week: Testimony", "#StarOfTheWeek goes to ...").
 */

/** Things staff do with one child, one to one: "Reading with Hartej", "phonics with Kumayl", "a booster session with Ife". */
const ONE_TO_ONE = new Set(['reading', 'phonics', 'spellings', 'handwriting', 'intervention', 'interventions', 'booster', 'tutoring', 'catchup', 'sounds', 'blending', 'guided']);
const SESSION = new Set(['session', 'sessions', 'time', 'group']);
const ADULT_READING = new Set(['wine', 'gin', 'prosecco', 'pub', 'husband', 'wife', 'partner', 'uni', 'colleagues', 'friends']);

/** "Reading with Hartej after lunch", "reading to Nidhaan", "my phonics session with Ayo": a child a member of staff works with. */
export function oneToOneBefore(words: readonly Word[], i: number): boolean {
  const link = words[i - 1]?.norm;
  if (link !== 'with' && link !== 'to') return false;
  let k = i - 2;
  if (SESSION.has(words[k]?.norm ?? '') && link === 'with') k--;
  const act = words[k];
  if (!act || !ONE_TO_ONE.has(act.norm) || act.cap && !act.sentenceStart) return false;
  // Grown-ups' reading: "Reading with Sarah at book club tonight, wine in hand".
  for (let m = i + 1; m < i + 9 && m < words.length; m++) if (ADULT_READING.has(words[m]!.norm) || (words[m]!.norm === 'club' && words[m - 1]?.norm === 'book')) return false;
  // "reading to" only as the activity itself ("Reading to Nidhaan", "listened to reading"), not "looking forward to".
  return link === 'with' || act.norm === 'reading';
}

/** Adverbs between a name and a bare verb: "watching Humzah finally get". */
const CLAUSE_ADVERBS = new Set(['finally', 'actually', 'really', 'slowly', 'just', 'confidently', 'proudly', 'quietly', 'carefully', 'independently', 'all', 'each']);
/** Bare verbs after "watching X" / "watched X" / "seeing X" that make X a person, not a title: "watched Bukayo take a penalty". */
const BARE_VERBS = new Set(['get', 'take', 'play', 'sing', 'read', 'try', 'learn', 'score', 'win', 'finish', 'perform', 'grow', 'find', 'make', 'do', 'realise', 'realize', 'work', 'walk', 'run', 'write', 'explain', 'tackle', 'open', 'blossom', 'become', 'lead', 'help', 'teach', 'build', 'draw', 'master', 'crack', 'conquer', 'settle', 'shine', 'beat', 'swim', 'dance', 'jump', 'climb', 'stand', 'speak', 'present', 'answer', 'ask', 'hold', 'give', 'show', 'come', 'go', 'light', 'count', 'spell', 'solve', 'cross', 'kick', 'catch', 'throw', 'ride', 'recite', 'lose', 'face', 'manage', 'smile', 'laugh', 'cry', 'struggle', 'blend', 'say', 'tell', 'put', 'hit', 'pass', 'fly', 'gain', 'reach', 'step', 'sit', 'share',
  // pupil11: a child coming to believe or understand: "Watching Suliman finally believe he's good at maths".
  'believe', 'understand', 'grasp', 'enjoy', 'love', 'start', 'begin', 'improve', 'remember', 'discover', 'click']);

/**
 * After "watching"/"watched"/"seeing", a name followed by a bare verb is a person doing something ("Watching
 * Humzah finally get the hang of it", "watched Bukayo take his first penalty"), not a film or a book
 * ("watching Frozen again", "watched Wicked with the kids").
 */
export function smallClauseAfter(words: readonly Word[], i: number, len = 1): boolean {
  let k = i + len;
  if (words[i + len - 1]!.possessive) return false;
  for (let guard = 0; guard < 2 && CLAUSE_ADVERBS.has(words[k]?.norm ?? ''); guard++) k++;
  const v = words[k];
  return !!v && !v.cap && !v.sentenceStart && BARE_VERBS.has(v.norm);
}

/** Partners and children of one's own after a name: "Maciek and his wife", "Yubo's husband", "Jay and her kids". */
const PARTNERS = new Set(['wife', 'husband', 'partner', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend', 'hubby', 'missus', 'wifey', 'kids', 'children', 'grandchildren', 'grandkids', 'son', 'daughter', 'sons', 'daughters', 'colleagues', 'team', 'staff', 'employees', 'students', 'pupils', 'class']);
const FAMILY_LINK = new Set(['his', 'her', 'their']);

/**
 * The name has a partner, grown children or a workforce of their own, so it is a grown-up: "Had dinner with Yubo
 * and his wife", "Lena and her husband", "Maciek's wife", "Osa and her kids", "Thao's students". Not "Emeka's mum"
 * (a pupil's parent) or "Ola and her little brother" (a sibling).
 */
export function partnerAfter(words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  let k = i + len;
  if (last.possessive) return PARTNERS.has(words[k]?.norm ?? '') && !['class', 'team'].includes(words[k]!.norm);
  // Over a list of names: "Yubo and Mei and their two boys"? only "Name and his/her/their X".
  if (words[k]?.norm === 'and' && words[k + 1]?.cap && !words[k + 1]!.sentenceStart) k += 2;
  if (words[k]?.norm !== 'and' && words[k]?.norm !== 'with' && words[k]?.norm !== '&') return false;
  if (!FAMILY_LINK.has(words[k + 1]?.norm ?? '')) return false;
  let m = k + 2;
  if (['new', 'lovely', 'two', 'three', 'grown', 'grownup', 'gorgeous'].includes(words[m]?.norm ?? '')) m++;
  const n = words[m]?.norm ?? '';
  return PARTNERS.has(n) && !['students', 'pupils', 'class', 'team'].includes(n);
}

/** "my own kids Osa and Efe", "our own two Rumi and Idris": the writer's own children, not pupils. */
export function ownChildrenBefore(words: readonly Word[], i: number): boolean {
  // Walk back over a list of names ("Osa and Efe").
  let k = i - 1;
  for (let guard = 0; guard < 6 && k > 0; guard++) {
    const w = words[k]!;
    if (w.norm === 'and' || (w.cap && !w.sentenceStart)) k--;
    else break;
  }
  const rel = words[k]?.norm ?? '';
  if (!['kids', 'children', 'boys', 'girls', 'two', 'three', 'lot', 'babies', 'monkeys'].includes(rel)) return false;
  let m = k - 1;
  if (['two', 'three', 'little', 'big'].includes(words[m]?.norm ?? '')) m--;
  return words[m]?.norm === 'own' && ['my', 'our'].includes(words[m - 1]?.norm ?? '');
}

/** Grown-ups named after a comma: "Lena, the lovely lady at the deli", "Jay, a guy from my old job". */
const ADULT_NOUNS = new Set(['lady', 'man', 'woman', 'guy', 'bloke', 'gent', 'gentleman', 'fella', 'owner', 'landlady', 'landlord', 'waiter', 'waitress', 'barista', 'driver', 'neighbour', 'neighbor', 'couple', 'ladies', 'men', 'women', 'guys', 'lads', 'girls']);
const ADULT_NOUN_FILLERS = new Set(['the', 'a', 'an', 'that', 'this', 'lovely', 'nice', 'kind', 'sweet', 'old', 'young', 'new', 'friendly', 'amazing', 'wonderful', 'best', 'little']);
/** The writer's own friends and peers after "my"/"our": "Ellie, my best mate from school", "Jo, our old pal". */
const WRITERS_PEERS = new Set(['mate', 'mates', 'friend', 'friends', 'bestie', 'bff', 'pal', 'pals', 'penpal', 'colleague', 'colleagues', 'flatmate', 'housemate', 'cousin', 'neighbour', 'neighbor',
  // ... and grown-up family: "Akiva, my father-in-law,", "Jo, my husband,".
  'husband', 'wife', 'partner', 'fiance', 'fiancee', 'father', 'mother', 'dad', 'mum', 'uncle', 'aunt', 'auntie', 'aunty', 'grandad', 'grandma', 'nan', 'granny', 'grandpa', 'stepdad', 'stepmum']);

/** "Lena, the lovely lady at the Polish deli": an appositive that calls the name a grown-up. */
export function adultAppositiveAfter(text: string, words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  const nx = words[i + len];
  if (!nx || last.possessive || !/^\s*,\s*$/.test(text.slice(last.end, nx.start))) return false;
  let mine = false;
  for (let k = i + len; k < i + len + 4 && k < words.length; k++) {
    const w = words[k]!;
    if (ADULT_NOUNS.has(w.norm)) return !(w.norm === 'girls' || w.norm === 'lads') || words[k - 1]?.norm !== 'the';
    if (mine && WRITERS_PEERS.has(w.norm) && !w.possessive) return true;
    if ((w.norm === 'my' || w.norm === 'our') && k === i + len) mine = true;
    else if (!ADULT_NOUN_FILLERS.has(w.norm)) return false;
  }
  return false;
}

/** Businesses named after a person: "Ola's Kitchen", "Yiannis's Café", "Mo's Barbers". */
const BUSINESSES = new Set(['kitchen', 'cafe', 'café', 'caff', 'bakery', 'deli', 'restaurant', 'bar', 'grill', 'diner', 'salon', 'barbers', 'barber', 'shop', 'store', 'place', 'bistro', 'pizzeria', 'pizza', 'takeaway', 'garage', 'pantry', 'emporium', 'brasserie', 'tavern', 'inn', 'pub', 'cantina', 'trattoria', 'taverna', 'kebabs', 'chippy', 'kitchens', 'coffee', 'tea', 'cakes', 'bakes', 'treats', 'nails', 'beauty', 'boutique', 'market', 'supermarket', 'hotel', 'bistro',
  // Session 17: what takeaways, studios and salons are called after: "Zion's Falafel", "Sunny's Nail Studio".
  'falafel', 'kebab', 'curry', 'curries', 'noodles', 'noodle', 'ramen', 'sushi', 'tacos', 'burgers', 'burger', 'wings', 'chicken', 'pies', 'fish', 'chips', 'dumplings', 'bbq', 'studio', 'studios', 'hair', 'hairdressing', 'lashes', 'spa', 'gym', 'garden', 'nursery', 'motors', 'autos', 'tyres', 'removals', 'cleaning', 'catering', 'travel', 'florist', 'florists', 'flowers', 'pharmacy', 'chemist', 'launderette', 'off', 'offie']);

/** The possessive name starts a business's name: "Ola's Kitchen on the high road does the best pierogi". */
export function businessAfter(words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  const nx = words[i + len];
  if (!last.possessive || !nx) return false;
  if (!nx.cap) return businessInLowerCase(words, i + len);
  if (nx.sentenceStart) return false;
  if (BUSINESSES.has(nx.norm)) return true;
  // "Jiho's Korean BBQ", "Sunny's Off Licence", "Priya's Nail Bar": a run of two or more capitalised words after the
  // possessive (no family word among them) is the name of a business, not a child's thing ("Amelia's Mum and Dad").
  let run = 0;
  for (let k = i + len; k < i + len + 4 && k < words.length; k++) {
    const w = words[k]!;
    if (!w.cap || w.sentenceStart || w.start - words[k - 1]!.end !== 1 || /\d/.test(w.norm)) break;
    if (BUSINESSES.has(w.norm)) return true;
    if (FAMILY_WORDS.has(w.norm)) return false;
    run++;
  }
  return run >= 2;
}
/**
 * Places only a grown-up runs, written in lower case after a possessive name: "Farhan's restaurant", "Abdi's
 * barbers on Mill Road", "Mustafa's new bakery", "Dev's curry house". Not the words children use for their own
 * play and things ("Maisie's shop in the role-play corner", "Leo's cakes", "Ava's kitchen"), which stay people's.
 */
const LOWER_BUSINESSES = new Set(['restaurant', 'restaurants', 'cafe', 'café', 'caff', 'bakery', 'deli', 'grill', 'diner', 'salon', 'barbers', 'barber', 'bistro', 'pizzeria', 'takeaway', 'garage', 'brasserie', 'tavern', 'taverna', 'trattoria', 'cantina', 'chippy', 'boutique', 'hotel', 'pharmacy', 'chemist', 'launderette', 'florist', 'florists', 'butchers', 'butcher', 'bakers', 'greengrocers', 'offie']);
/** "curry house", "coffee shop", "nail bar", "fish bar": a kind of food or trade and the place that sells it. */
const TRADE_PLACES: ReadonlyMap<string, readonly string[]> = new Map([
  ['curry', ['house']], ['coffee', ['shop', 'house', 'van']], ['nail', ['bar', 'salon', 'studio']], ['nails', ['bar', 'salon', 'studio']],
  ['fish', ['bar', 'shop']], ['kebab', ['shop', 'house']], ['corner', ['shop']], ['tattoo', ['studio', 'shop', 'parlour']], ['pizza', ['place', 'van']],
  ['wine', ['bar', 'shop']], ['hair', ['salon', 'studio']], ['farm', ['shop']], ['burger', ['van', 'place', 'joint']], ['food', ['truck', 'van']],
]);
/** Adjectives between the possessive and the place: "Mustafa's new bakery", "Zion's little cafe". */
const BUSINESS_FILLERS = new Set(['new', 'little', 'lovely', 'gorgeous', 'amazing', 'brilliant', 'fab', 'family', 'local', 'old', 'favourite', 'fave']);
function businessInLowerCase(words: readonly Word[], k: number): boolean {
  if (BUSINESS_FILLERS.has(words[k]?.norm ?? '')) k++;
  const w = words[k];
  if (!w || w.cap) return false;
  if (LOWER_BUSINESSES.has(w.norm)) return true;
  const places = TRADE_PLACES.get(w.norm);
  return !!places && places.includes(words[k + 1]?.norm ?? '');
}

const FAMILY_WORDS = new Set(['mum', 'mummy', 'mam', 'dad', 'daddy', 'nan', 'nana', 'nanny', 'gran', 'grandma', 'grandad', 'grandpa', 'auntie', 'aunty', 'uncle', 'sister', 'brother', 'family', 'parents']);

/** Awards before a colon or in a hashtag: "Golden time winner this week: Testimony", "#StarOfTheWeek goes to Ife". */
const AWARD_WORDS = new Set(['winner', 'winners', 'award', 'awards', 'star', 'stars', 'champion', 'champions', 'trophy', 'cup', 'certificate', 'certificates', 'merit', 'prize', 'reader', 'writer', 'mathematician', 'scientist', 'artist', 'pupil', 'learner']);
const AWARD_TAG = /^(?:star|award|winner|superstar|shoutout|welldone|proudof|headteachers?award|golden|kindness|reader|writer|pupil|learner|mathematician)/;

export function awardBefore(text: string, words: readonly Word[], i: number): boolean {
  const p = words[i - 1];
  if (!p) return false;
  // "#StarOfTheWeek goes to Ife", "#ReaderOfTheWeek: Ife"
  const colon = text.slice(p.end, words[i]!.start).includes(':');
  if (!colon && !(p.norm === 'to' && ['goes', 'went', 'go'].includes(words[i - 2]?.norm ?? ''))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const w = words[k]!;
    if (w.prefix === '#' && AWARD_TAG.test(w.norm)) return true;
    if (colon && AWARD_WORDS.has(w.norm) && !w.cap) return true;
    if (k < i - 1 && w.sentenceStart) break;
  }
  return false;
}

/**
 * A surname by its ending (toponymic English surnames, Slavic, Greek and Armenian endings): "the Whitfield
 * twins", "the Ashworth sisters", "the Kowalczyk brothers". Word lists hold some of these as words; their shape
 * says surname.
 */
const SURNAME_END = /(?:field|fields|ton|ham|ley|worth|wood|ford|shaw|hurst|croft|bury|borough|thorpe|stead|bridge|combe|dale|ington|wick|by|son|sen|ski|ska|wicz|czyk|czak|enko|ovic|evic|ovich|ova|eva|ian|yan|opoulos|akis|idis|oglu|nson)$/;
export function surnameShaped(norm: string): boolean {
  return norm.length >= 6 && SURNAME_END.test(norm);
}

/** A class code after a word: "Nowak in 10X", "Kowalski from 9B2", "Haddad (Y11)" — the word is a pupil's name, even a surname. */
const CLASS_CODE = /^(?:(?:[1-9]|1[0-3])[A-Z][A-Za-z]?\d?|Y(?:[1-9]|1[0-3])|Yr(?:[1-9]|1[0-3]))$/;
export function classCodeAfter(text: string, words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const n = words[i + 1];
  if (!n) return false;
  if ((n.norm === 'in' || n.norm === 'from') && !n.cap) {
    const c = words[i + 2];
    if (!c) return false;
    if (CLASS_CODE.test(c.text)) return true;
    return /^(?:year|yr)$/.test(c.norm) && /^(?:[1-9]|1[0-3])$/.test(words[i + 3]?.norm ?? '');
  }
  // "Haddad (Y11)"
  return /^\s\($/.test(text.slice(w.end, n.start)) && CLASS_CODE.test(n.text) && text[n.end] === ')';
}

/** Surname particles: "Virgil van Dijk", "Ana de Armas", "Rafael da Silva". */
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'le', 'la', 'du', 'dos', 'das', 'al', 'el', 'bin', 'ibn', 'ter', 'ten']);
/** A first name followed by a particle and a capitalised surname: a full name ("Virgil van Dijk posters"). */
export function particleSurnameAfter(text: string, words: readonly Word[], i: number): boolean {
  const p = words[i + 1];
  const s = words[i + 2];
  return !!p && !!s && !p.cap && PARTICLES.has(p.norm) && s.cap && !words[i]!.possessive && text.slice(words[i]!.end, p.start) === ' ' && text.slice(p.end, s.start) === ' ';
}

/** Verbs of seeing and hearing before a name: "Loved hearing Mateusz chatting in Polish", "watched Ife read". */
const PERCEIVE = new Set(['watching', 'watched', 'watch', 'hearing', 'heard', 'hear', 'seeing', 'saw', 'see', 'seen', 'listening', 'listened']);
/**
 * The name is seen or heard doing something: "Loved hearing Mateusz and Bartosz chatting in Polish to help the new
 * starter", "Watching Matus finally get his spellings right". A person does; a film or a song is watched or heard.
 */
export function perceivedDoing(words: readonly Word[], i: number, end: number): boolean {
  let p = i - 1;
  if (words[p]?.norm === 'to' && ['listening', 'listened'].includes(words[p - 1]?.norm ?? '')) p--;
  if (!PERCEIVE.has(words[p]?.norm ?? '')) return false;
  let k = end + 1;
  for (let guard = 0; guard < 2 && CLAUSE_ADVERBS.has(words[k]?.norm ?? ''); guard++) k++;
  const v = words[k];
  return !!v && !v.cap && !v.sentenceStart && (/^[a-z]{2,}ing$/.test(v.norm) && !['thing', 'king', 'morning', 'evening', 'spring', 'ceiling', 'wedding', 'pudding', 'building', 'something', 'nothing', 'anything', 'everything', 'sibling', 'darling', 'meeting', 'painting', 'clothing'].includes(v.norm) || BARE_VERBS.has(v.norm));
}

/** Grown-ups' news said of the name in its own sentence: "Saw Mabel at the gate, she's expecting twins!", "Ife got engaged". */
const GROWN_UP_NEWS = new Set(['pregnant', 'expecting', 'maternity', 'paternity', 'engaged', 'married', 'engagement', 'honeymoon', 'retiring', 'retirement', 'mortgage']);
/** A grown-up's own events after a possessive name: "Ife's wedding", "Dan's stag do", "Carol's retirement". */
const OWN_GROWN_UP_EVENTS = new Set(['wedding', 'hen', 'stag', 'retirement', 'engagement', 'honeymoon', 'maternity', 'paternity']);
export function grownUpNewsAfter(words: readonly Word[], i: number, len = 1): boolean {
  // "Mabel's mum is pregnant": news of someone else; but "Freya's leaving do", "Ife's hen do": the name's own.
  if (words[i + len - 1]!.possessive) {
    const n = words[i + len]?.norm ?? '';
    return OWN_GROWN_UP_EVENTS.has(n) || (n === 'leaving' && ['do', 'drinks', 'party', 'meal', 'night', 'card', 'present', 'collection'].includes(words[i + len + 1]?.norm ?? ''));
  }
  for (let k = i + len; k < i + len + 8 && k < words.length; k++) {
    const w = words[k]!;
    if (k > i + len && w.sentenceStart) break;
    if ((w.possessive && w.cap) || ['mum', 'dad', 'mummy', 'daddy', 'parents', 'sister', 'brother', 'teacher', 'aunt', 'auntie', 'uncle'].includes(w.norm)) return false;
    if (GROWN_UP_NEWS.has(w.norm)) return true;
  }
  return false;
}

/** "Listening to Kendrick while marking": a performer listened to (not "listening to Ife read"). */
export function listenedTo(words: readonly Word[], i: number, end: number): boolean {
  return words[i - 1]?.norm === 'to' && ['listening', 'listened', 'listen'].includes(words[i - 2]?.norm ?? '') && !perceivedDoing(words, i, end);
}

/** Staff-only places and events: "Kate and Jo ran the staffroom bake off", "Coffee with Tasha after the INSET day". */
const STAFF_ONLY = new Set(['staffroom', 'inset', 'cpd', 'twilight', 'briefing', 'npqh', 'npqsl', 'npqml', 'appraisal']);
const STAFF_THINGS = new Set(['room', 'meeting', 'meetings', 'party', 'do', 'night', 'quiz', 'bake', 'social', 'drinks', 'briefing', 'training', 'football', 'netball', 'team', 'choir', 'panto', 'wellbeing', 'room']);
/**
 * A staff-only place or event in the name's sentence: the name is a colleague's unless the post says it is a child's.
 * `eventsOnly`: only a staff event ("the staff quiz", "staff party"), not a place children also go ("the staffroom").
 */
export function staffOnlyNear(words: readonly Word[], i: number, len = 1, eventsOnly = false): boolean {
  let a = i;
  while (a > 0 && a > i - 12 && !words[a]!.sentenceStart) a--;
  for (let k = a; k < i + len + 12 && k < words.length; k++) {
    if (k > i && words[k]!.sentenceStart) break;
    const n = words[k]!.norm;
    if ((STAFF_ONLY.has(n) && !eventsOnly) || (n === 'staff' && STAFF_THINGS.has(words[k + 1]?.norm ?? '') && !(eventsOnly && words[k + 1]!.norm === 'room'))) return true;
  }
  return false;
}

/**
 * Roles children hold at school, which staff announce with the child's name as the complement: "Our eco monitors
 * this half term are Austeja and Vasile", "Head girl this year is Iremide", "Team captains: Ilinca and Ravi",
 * "Reading champion of the month goes to Swara", "Class monitor for the week = Lukasz".
 */
const PUPIL_ROLES = new Set(['monitor', 'monitors', 'captain', 'captains', 'ambassador', 'ambassadors', 'councillor', 'councillors', 'prefect', 'prefects', 'librarian', 'librarians', 'buddy', 'buddies', 'champion', 'champions', 'leader', 'leaders', 'helper', 'helpers', 'rep', 'reps', 'representative', 'representatives', 'mascot', 'narrator', 'narrators', 'winner', 'winners', 'writer', 'writers', 'reader', 'readers', 'speller', 'spellers', 'mathematician', 'mathematicians', 'scientist', 'scientists', 'artist', 'artists', 'learner', 'learners', 'pupil', 'pupils', 'student', 'students', 'girl', 'boy', 'girls', 'boys', 'star', 'stars', 'warrior', 'warriors', 'officer', 'officers', 'guardian', 'guardians', 'wardens', 'warden']);
/** Is this a role children hold at school ("monitors", "captains", "ambassadors")? */
export const isPupilRole = (norm: string): boolean => PUPIL_ROLES.has(norm);
/** Words before a role that make it a grown-up's: "phase leaders", "subject leaders", "first aid champions", "staff reps". */
const ADULT_ROLE_BEFORE = new Set(['phase', 'subject', 'senior', 'middle', 'team', 'year', 'department', 'faculty', 'curriculum', 'staff', 'union', 'trust', 'aid', 'health', 'wellbeing', 'safeguarding', 'governor', 'parent', 'parents', 'pta', 'ward', 'police', 'fire', 'community', 'church', 'scout', 'brownie', 'guide', 'cub', 'youth', 'stage', 'local', 'borough', 'county', 'town', 'city', 'district', 'brand', 'sales', 'area']);
/** Words before a role that make it a child's even where grown-ups hold the same title ("head girl", "house captain"). */
const CHILD_ROLE_BEFORE = new Set(['head', 'house', 'eco', 'class', 'school', 'sports', 'digital', 'reading', 'playground', 'play', 'lunchtime', 'anti', 'bullying', 'junior', 'young', 'pupil', 'student', 'star', 'form', 'team', 'science', 'maths', 'library', 'road', 'safety', 'travel', 'wellbeing', 'music', 'vice', 'deputy', 'kindness', 'friendship', 'behaviour', 'attendance', 'values']);
/** Words between the link and a pupil's role: "is our new reading ambassador", "was this week's class monitor". */
const ROLE_AFTER_FILLERS = new Set(['our', 'the', 'a', 'an', 'new', 'this', 'weeks', 'week', 'official', 'very', 'first', 'proud', 'brand']);
/** Index of the word after a link verb at k ("is", "was", "became", "has been"), or -1 when there is none. */
function afterLink(words: readonly Word[], k: number): number {
  const v = words[k]?.norm;
  if (v === 'has') return words[k + 1]?.norm === 'been' ? k + 2 : -1;
  return v === 'is' || v === 'was' || v === 'became' ? k + 1 : -1;
}

/**
 * "Precious is our new reading ambassador", "Kit was this week's class monitor", "Zofia is head girl": the name is
 * the subject and a pupil's role the complement (not "Sam is our phase leader" or "Jo is a staff rep").
 */
export function pupilRoleAfter(words: readonly Word[], i: number, len = 1): boolean {
  let k = afterLink(words, i + len);
  if (k < 0) return false;
  let before = '';
  for (let guard = 0; guard < 5 && k < words.length; guard++, k++) {
    const w = words[k]!;
    if (w.cap && !w.upper) return false;
    if (PUPIL_ROLES.has(w.norm)) {
      // "girl", "boy", "star", "pupil" alone say nothing of a role ("Sam is a star"): only after "head", "star"...
      if (['girl', 'boy', 'girls', 'boys', 'star', 'stars', 'pupil', 'pupils', 'student', 'students', 'writer', 'reader', 'artist', 'scientist', 'winner'].includes(w.norm) && !CHILD_ROLE_BEFORE.has(before)) return false;
      return !ADULT_ROLE_BEFORE.has(before) || CHILD_ROLE_BEFORE.has(before);
    }
    if (!ROLE_AFTER_FILLERS.has(w.norm) && !CHILD_ROLE_BEFORE.has(w.norm)) return false;
    before = w.norm;
  }
  return false;
}

/** "Tom is our new phase leader", "Bex is the new TA", "Jo was our SENCo": the name is a grown-up's, by the role after it. */
export function staffRoleAfter(words: readonly Word[], i: number, len = 1): boolean {
  let k = afterLink(words, i + len);
  if (k < 0) return false;
  let before = '';
  for (let guard = 0; guard < 5 && k < words.length; guard++, k++) {
    const w = words[k]!;
    // ... not "our deputy head girl", "the lead reader": a staff word before a pupil's role.
    // ... nor "the lead in our summer production": a part in a play.
    if (STAFF_ROLES.has(w.norm) && !PUPIL_ROLES.has(words[k + 1]?.norm ?? '') && !(w.norm === 'deputy' && words[k + 1]?.norm === 'head') && !(w.norm === 'lead' && ['in', 'role', 'part', 'character', 'singer', 'vocals'].includes(words[k + 1]?.norm ?? ''))) return true;
    if (PUPIL_ROLES.has(w.norm)) return ADULT_ROLE_BEFORE.has(before) && !CHILD_ROLE_BEFORE.has(before);
    if (!ROLE_AFTER_FILLERS.has(w.norm) && !ADULT_ROLE_BEFORE.has(w.norm)) return false;
    before = w.norm;
  }
  return false;
}

/** Grown-ups in the role phrase: "the winner of the staff bake off is", "our parent helpers are". */
const ADULT_PHRASE = new Set(['staff', 'staffroom', 'teacher', 'teachers', 'governor', 'governors', 'parent', 'parents', 'pta', 'ptfa', 'mums', 'dads', 'adults', 'colleague', 'colleagues', 'office', 'volunteer', 'volunteers']);
/** Words a role phrase may hold between the role and the link: "this half term", "for the week", "of the month". */
const ROLE_TIME = new Set(['this', 'for', 'the', 'of', 'week', 'weeks', 'term', 'half', 'year', 'month', 'day', 'spring', 'summer', 'autumn', 'new', 'our', 'two', 'three', 'four']);

/**
 * The name at i (or the list it opens) is the complement of a pupil's role: a role noun, then "is"/"are"/"was",
 * a colon, "=" or "goes to" right before the name. Grown-ups' roles ("phase leaders", "staff reps") do not count.
 */
export function roleLinkBefore(text: string, words: readonly Word[], i: number): boolean {
  return roleLink(text, words, i) === 1;
}

/** "Our new TA is Bex", "The safeguarding leads this year are Donna and Imran": the complement of a staff role. */
export function staffRoleLinkBefore(text: string, words: readonly Word[], i: number): boolean {
  return roleLink(text, words, i) === 2;
}

/** Roles only grown-ups hold in a school. */
const STAFF_ROLES = new Set(['ta', 'tas', 'teacher', 'teachers', 'head', 'heads', 'headteacher', 'deputy', 'senco', 'sencos', 'lead', 'leads', 'governor', 'governors', 'caretaker', 'secretary', 'bursar', 'manager', 'chair', 'trustee', 'trustees', 'nurse', 'hlta', 'lsa', 'lsas', 'dsl', 'ect', 'ects', 'nqt', 'trainee', 'trainees', 'mentor', 'mentors', 'cook', 'cooks', 'cleaner', 'cleaners', 'principal', 'ceo', 'coordinator', 'coordinators', 'administrator', 'receptionist', 'technician', 'technicians', 'counsellor', 'chaplain']);

/** 1: the name at i is the complement of a pupil's role; 2: of a staff role; 0: neither. */
/** Is there a colon, "=" or a spaced dash between words i-1 and i? (By code unit: asked for every name.) */
function labelGap(text: string, words: readonly Word[], i: number): boolean {
  const a = words[i - 1]!.end;
  const b = words[i]!.start;
  for (let c = a; c < b; c++) {
    const u = text.charCodeAt(c);
    if (u === 58 || u === 61) return true;
    if ((u === 45 || u === 0x2013) && c > a && c + 1 < b) return true;
  }
  return false;
}

const LINK_WORDS = new Set(['is', 'are', 'was', 'were', 'to']);
/**
 * Where a role phrase's link may stand before the name at i, or before the list it ends ("are Austeja and Vasile"):
 * i itself, or -1 when neither a link nor a list separator comes before it (most names), so callers look for the
 * list's start only when it can matter.
 */
export function linkOrList(text: string, words: readonly Word[], i: number): 0 | 1 | 2 {
  const p = words[i - 1];
  if (!p) return 0;
  if (LINK_WORDS.has(p.norm) || labelGap(text, words, i)) return 1;
  if (p.norm === 'and' || p.norm === '&') return 2;
  for (let c = p.end; c < words[i]!.start; c++) if (text.charCodeAt(c) === 44) return 2;
  return 0;
}

function roleLink(text: string, words: readonly Word[], i: number): 0 | 1 | 2 {
  const p = words[i - 1];
  if (!p || i < 2) return 0;
  let k: number;
  let copula = false;
  if (labelGap(text, words, i)) k = i - 1;
  else if (['is', 'are', 'was', 'were'].includes(p.norm) && words[i]!.start - p.end === 1) {
    k = i - 2;
    copula = true;
  } else if (p.norm === 'to' && ['goes', 'go', 'went'].includes(words[i - 2]?.norm ?? '')) k = i - 3;
  else return 0;
  // The head noun of the role phrase: the last word before the link that is no time word ("leads" in "the
  // safeguarding leads this year are"). A staff role there, after "is"/"are", makes the name a grown-up's.
  let head = k;
  while (head > k - 4 && head > 0 && ROLE_TIME.has(words[head]!.norm) && words[head]!.norm !== 'of') head--;
  if (copula && STAFF_ROLES.has(words[head]?.norm ?? '') && !CHILD_ROLE_BEFORE.has(words[head - 1]?.norm ?? '')) return 2;
  for (let m = k; m >= 0 && m >= k - 6; m--) {
    const w = words[m]!;
    if (ADULT_PHRASE.has(w.norm)) return 0;
    const before = words[m - 1]?.norm ?? '';
    if (PUPIL_ROLES.has(w.norm)) {
      if (ADULT_ROLE_BEFORE.has(before) && !(before === 'team' && /^captains?$/.test(w.norm))) return copula && m === head ? 2 : 0;
      // "girl", "boy", "star", "pupil", "student", "writer" name a child's role only with a word that makes it one
      // ("head girl", "star writer", "pupil of the week"); "the new girl is Ama" is no role.
      if (['girl', 'boy', 'girls', 'boys'].includes(w.norm)) return before === 'head' ? 1 : 0;
      if (AWARD_ROLES.has(w.norm)) return CHILD_ROLE_BEFORE.has(before) || (ROLE_TIME.has(words[m + 1]?.norm ?? '') && words[m + 1]?.norm !== 'the') ? 1 : 0;
      // Roles grown-ups hold too ("our new helpers", "the leaders", "our local councillors") are a child's with a
      // pupil's word or a year group before them ("playground leaders", "Year 6 captains", "KS2 reps"), or "of" a
      // school team or group after them ("Captain of the netball team").
      if (SHARED_ROLES.has(w.norm)) {
        if (CHILD_ROLE_BEFORE.has(before) || /^(?:y|yr|year|ks|p|s)?(?:[1-9]|1[0-3])[a-z]?s?$/.test(before)) return 1;
        if (words[m + 1]?.norm === 'of') for (let q = m + 2; q <= k; q++) if (['team', 'class', 'school', 'year', 'house', 'squad', 'choir', 'club'].includes(words[q]!.norm)) return 1;
        return 0;
      }
      return 1;
    }
    if (m < k && w.sentenceStart) return 0;
    if (!/^[a-z0-9']+$/.test(w.norm)) return 0;
  }
  return 0;
}
const SHARED_ROLES = new Set(['helper', 'helpers', 'leader', 'leaders', 'champion', 'champions', 'rep', 'reps', 'representative', 'representatives', 'officer', 'officers', 'guardian', 'guardians', 'warden', 'wardens', 'captain', 'captains', 'mascot', 'councillor', 'councillors', 'ambassador', 'ambassadors']);
const AWARD_ROLES = new Set(['star', 'stars', 'pupil', 'pupils', 'student', 'students', 'learner', 'learners', 'writer', 'writers', 'reader', 'readers', 'speller', 'spellers', 'mathematician', 'mathematicians', 'scientist', 'scientists', 'artist', 'artists', 'winner', 'winners']);

/**
 * "Lily-Rae's volcano", "Watching Marley-Rae perform", "Umm-e-Hani's model", "Noor-ul-Ain": capitalised name parts
 * joined by hyphens (with a short lower-case particle between, as in Arabic and Urdu names) are one first name, never
 * a word, though "Lily" alone may be a flower. The whole name is in the ONS lists, or its first part is and its last
 * part is a name too. Returns the index of the last part, or -1.
 */
export function hyphenatedName(text: string, words: readonly Word[], i: number): number {
  const w = words[i]!;
  // A hyphen right after the word first: most words have none.
  if (text.charCodeAt(w.end) !== 45 || !w.cap || w.upper || w.prefix || w.possessive || !/^[a-z]{2,}$/.test(w.norm)) return -1;
  let k = i;
  let joined = w.norm;
  while (k < i + 3) {
    const nx = words[k + 1];
    if (!nx || nx.prefix || nx.upper || text.charCodeAt(words[k]!.end) !== 45 || nx.start !== words[k]!.end + 1 || words[k]!.possessive) break;
    if (!/^[a-z]+$/.test(nx.norm) || (!nx.cap && nx.norm.length > 3)) break;
    k++;
    joined += `-${nx.norm}`;
  }
  const last = words[k]!;
  if (k === i || !last.cap || last.norm.length < 2) return -1;
  if (nameListKind(joined) !== 0) return k;
  return nameListKind(w.norm) !== 0 && (nameListKind(last.norm) !== 0 || isNameWord(last.norm)) ? k : -1;
}

/** "Tyger Tyger, burning bright", "Glory Glory Man United", "Ruby Ruby Ruby": a name said twice in a row is a line or a chant. */
export function repeatedWord(text: string, words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const nx = words[i + 1];
  const pv = words[i - 1];
  return (!!nx && nx.norm === w.norm && /^[\s,!]{1,3}$/.test(text.slice(w.end, nx.start))) || (!!pv && pv.norm === w.norm && /^[\s,!]{1,3}$/.test(text.slice(pv.end, w.start)));
}

/** What public figures are called: "Lauren James is the best footballer in the world", "Kwame Nkrumah, the first president". */
const PUBLIC_ROLES = new Set(['footballer', 'footballers', 'player', 'striker', 'goalkeeper', 'keeper', 'defender', 'midfielder', 'winger', 'captain', 'manager', 'athlete', 'olympian', 'sprinter', 'boxer', 'cricketer', 'gymnast', 'swimmer', 'cyclist', 'singer', 'rapper', 'popstar', 'musician', 'band', 'actor', 'actress', 'presenter', 'youtuber', 'influencer', 'author', 'novelist', 'poet', 'illustrator', 'president', 'minister', 'politician', 'mp', 'king', 'queen', 'leader', 'activist', 'campaigner', 'inventor', 'explorer', 'astronaut', 'scientist', 'engineer', 'painter', 'composer', 'chef', 'comedian', 'goat', 'legend', 'icon', 'hero', 'founder', 'pioneer']);
const PREDICATE_FILLERS = new Set(['the', 'a', 'an', 'best', 'greatest', 'first', 'only', 'most', 'famous', 'new', 'former', 'england', 'world', 'great', 'amazing', 'incredible', 'real', 'ultimate', 'true', 'black', 'female', 'british', 'womens', 'mens', 'top', 'brilliant', 'favourite', 'favorite', 'fave']);

/**
 * A full name called a public figure right after it: "Lauren James is the best footballer in the world", "Kwame Nkrumah,
 * the first president of Ghana", "Mary Earps - England goalkeeper". Pupils are not called footballers or presidents.
 */
export function publicFigureAfter(words: readonly Word[], k: number): boolean {
  let m = k;
  if (['is', 'was', 'being'].includes(words[m]?.norm ?? '')) m++;
  for (let guard = 0; guard < 4 && PREDICATE_FILLERS.has(words[m]?.norm ?? ''); guard++) m++;
  return m > k && PUBLIC_ROLES.has(words[m]?.norm ?? '');
}

/** Where films and shows are seen: "took my two to see Belle at the cinema". */
const SHOW_PLACES = new Set(['cinema', 'cinemas', 'pictures', 'flicks', 'theatre', 'theater', 'odeon', 'vue', 'cineworld', 'imax', 'panto', 'hippodrome', 'palladium']);
const SEE_VERBS = new Set(['see', 'seeing', 'saw', 'seen', 'watch', 'watched', 'watching']);
/** "to see Belle at the cinema": a film or a show, not a person (words [from, to) are the name). */
export function showSeen(words: readonly Word[], from: number, to: number): boolean {
  if (!SEE_VERBS.has(words[from - 1]?.norm ?? '') || words[to]?.norm !== 'at') return false;
  const at = words[to + 1]?.norm === 'the' ? to + 2 : to + 1;
  return SHOW_PLACES.has(words[at]?.norm ?? '');
}

/** The start of the sentence before the one holding word `i` (or of its own sentence when it is the first). */
function previousSentenceStart(words: readonly Word[], i: number, limit = 40, back = 1): number {
  let a = i;
  let starts = 0;
  while (a > 0 && a > i - limit) {
    if (words[a]!.sentenceStart && ++starts > back) break;
    a--;
  }
  return a;
}

/**
 * A grown-ups' night out for the staff, named in the name's sentence or the one before: "Great night at the
 * Christmas do. Farrah from Y4 did karaoke", "Leaving drinks for Sue". A class "Christmas party" is not one.
 */
const SOCIAL_BEFORE = new Set(['christmas', 'xmas', 'leaving', 'retirement', 'works', 'staff', 'festive', 'summer', 'office']);
const SOCIAL_EVENTS = new Set(['do', 'drinks', 'doo', 'bash', 'knees']);
const STAFF_EVENINGS = new Set(['night', 'party', 'social', 'drinks', 'quiz', 'meal', 'karaoke', 'bowling', 'outing']);
export function staffSocialNear(words: readonly Word[], i: number, len = 1): boolean {
  for (let k = previousSentenceStart(words, i); k < i + len + 12 && k < words.length; k++) {
    if (k > i && words[k]!.sentenceStart) break;
    if (k !== i && SOCIAL_EVENTS.has(words[k]!.norm) && SOCIAL_BEFORE.has(words[k - 1]?.norm ?? '')) return true;
    // "Staff night out", "staff social", "staff party": the staff's own evening, named in the sentence before.
    if (k !== i && words[k]!.norm === 'staff' && STAFF_EVENINGS.has(words[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * A match watched as a fan, in the name's sentence or the one before: "What a tournament. The Lionesses were
 * immense: Leah, Millie ...", "Cricket on the telly. Joe and Harry batted". Two sport or spectator words, or a
 * national side, make the names players; the caller keeps a school's own match ("my class cheered").
 */
const SPORT_WORDS = new Set(['rugby', 'football', 'netball', 'cricket', 'hockey', 'tennis', 'tournament', 'match', 'league', 'euros', 'olympics', 'paralympics', 'penalty', 'penalties', 'wicket', 'wickets', 'innings', 'semi', 'semis', 'quarter', 'final', 'kickoff', 'telly', 'tv', 'stadium', 'wembley', 'twickenham', 'lords', 'fans', 'watch', 'watched', 'watching', 'rewatched']);
const NATIONAL_SIDES = new Set(['lionesses', 'roses', 'lions', 'springboks', 'matildas', 'socceroos', 'wallabies']);
export function watchedSportNear(words: readonly Word[], i: number, len = 1): boolean {
  let seen = 0;
  for (let k = previousSentenceStart(words, i); k < i + len + 15 && k < words.length; k++) {
    if (k > i && words[k]!.sentenceStart) break;
    const n = words[k]!.norm;
    if (NATIONAL_SIDES.has(n) && words[k]!.cap) return true;
    if (SPORT_WORDS.has(n) && ++seen >= 2) return true;
  }
  return false;
}

/**
 * A part of a book, film or show after a possessive name: "Julian's chapter", "Riley's big scene", "Bruno's song in
 * the film" names a character. ("Zainab's story", "Ali's lines in the nativity" are a child's own work, so those
 * words are not here.)
 */
const WORK_PARTS = new Set(['chapter', 'chapters', 'scene', 'scenes', 'episode', 'episodes', 'storyline', 'backstory', 'subplot', 'arc', 'monologue', 'soliloquy']);
const CHILD_SHOWS = new Set(['nativity', 'play', 'production', 'assembly', 'panto', 'concert', 'show', 'performance', 'rehearsal', 'musical']);
export function workPartAfter(words: readonly Word[], i: number): boolean {
  if (!words[i]!.possessive) return false;
  let part = false;
  for (let k = i + 1; k < i + 12 && k < words.length; k++) {
    if (words[k]!.sentenceStart) break;
    if (k <= i + 3 && WORK_PARTS.has(words[k]!.norm)) part = true;
    // "Rafferty's big scene in the nativity": a child's part in a school show.
    if (CHILD_SHOWS.has(words[k]!.norm)) return false;
  }
  return part;
}

/**
 * The writer's own home around a name, in its sentence or the ones either side: "a big weekend in our house",
 * "Their dad is away all week", "Her brother Idris wants to go too" (a sibling named the way a parent does). The
 * caller asks this only with no school talk near and nothing said of a pupil.
 */
const HOME_PARENTS = new Set(['dad', 'mum', 'daddy', 'mummy', 'father', 'mother']);
const SIBLINGS = new Set(['brother', 'sister', 'brothers', 'sisters']);
export function familyHomeNear(words: readonly Word[], i: number): boolean {
  let ends = 0;
  for (let k = previousSentenceStart(words, i); k < words.length; k++) {
    if (k > i && words[k]!.sentenceStart && ++ends > 1) break;
    const n = words[k]!.norm;
    const prev = words[k - 1]?.norm;
    if (n === 'house' && prev === 'our') return true;
    if (HOME_PARENTS.has(n) && prev === 'their' && !words[k]!.possessive) return true;
    if (SIBLINGS.has(n) && (prev === 'her' || prev === 'his') && words[k + 1]?.cap && !words[k + 1]!.sentenceStart && k + 1 !== i) return true;
  }
  return false;
}

/**
 * Session pupil15: the writer as a working parent in the name's sentence or the two after ("Ottilie went as the
 * Gruffalo in a costume held together with tape. Her brother went as a footballer. Proud of my efforts as a working
 * mum"). Near the name only: staff
 * who are parents say it in long posts that also name the children they teach.
 */
const WORKING_PARENTS = new Set(['mum', 'mums', 'mam', 'mom', 'moms', 'mummy', 'mummies', 'dad', 'dads', 'parent', 'parents']);
export function workingParentNear(words: readonly Word[], i: number): boolean {
  let ends = 0;
  for (let k = previousSentenceStart(words, i, 40, 0); k < words.length; k++) {
    if (k > i && words[k]!.sentenceStart && ++ends > 2) break;
    if (words[k]!.norm === 'working' && WORKING_PARENTS.has(words[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * Session pupil15: a milestone or routine of home childhood in the name's sentence: "Took the stabilisers off the
 * bike today and Edie was gone", "Bathtime with Otis". Parents write these about their own children; the caller keeps
 * a name with direct evidence of a pupil or school talk in its sentence. What children tell staff about their home
 * (the tooth fairy, bedtime) and what early-years staff see (the potty) are left out.
 */
const HOME_CHILDHOOD = new Set(['stabilisers', 'stabilizers', 'bathtime', 'babysitter', 'babysitters', 'buggy', 'pushchair', 'pram', 'highchair', 'cot', 'weaning']);
export function homeChildhoodInSentence(words: readonly Word[], i: number): boolean {
  for (let k = previousSentenceStart(words, i, 40, 0); k < words.length; k++) {
    if (k > i && words[k]!.sentenceStart) break;
    const n = words[k]!.norm;
    if (HOME_CHILDHOOD.has(n)) return true;
  }
  return false;
}

/**
 * The writer's relatives named as a group just before the names: "Sleepover with the grandkids. Maisie is 7 and
 * Ezra is 4", "Boxing Day walk with my nephews, Tiernan and Kasra". The names are those relatives; the caller keeps
 * a name with school talk near.
 */
const RELATIVE_GROUPS = new Set(['nephews', 'nieces', 'grandkids', 'grandchildren', 'grandsons', 'granddaughters', 'godkids', 'godchildren', 'godsons', 'goddaughters', 'cousins', 'stepkids', 'stepchildren',
  // Session pupil15: one relative's day ("Nephew's birthday party ... Jude bounced for two hours").
  'nephew', 'niece', 'grandson', 'granddaughter', 'godson', 'goddaughter', 'stepson', 'stepdaughter']);
const GROUP_OWNERS = new Set(['the', 'my', 'our', 'with']);
/** A relative's own day: "Nephew's birthday party", "my niece's christening", "the grandkids' sleepover". */
const FAMILY_EVENTS = new Set(['birthday', 'bday', 'party', 'christening', 'baptism', 'naming', 'wedding', 'sleepover', 'visit', 'first', 'graduation']);
/**
 * ... also a relative's own event ("Nephew's birthday party", "my niece's christening"; not "my nephew's school") and
 * a group heading that opens the sentence ("Grandchildren day! Elsie and Ted came over").
 */
export function relativesGroupBefore(words: readonly Word[], i: number): boolean {
  // Two sentences back: a heading often runs on after a colon ("Nephew's party at the trampoline park: six-year-olds,
  // sugar and gravity. Jude bounced for two hours").
  for (let k = previousSentenceStart(words, i, 40, 2); k < i; k++) {
    const w = words[k]!;
    if (!RELATIVE_GROUPS.has(w.norm)) continue;
    // A singular relative names the group only through their own event ("my nephew's school" is no family day).
    const single = !w.norm.endsWith('s') && w.norm !== 'grandchildren' && w.norm !== 'godchildren' && w.norm !== 'stepchildren';
    const ownEvent = w.possessive && FAMILY_EVENTS.has(words[k + 1]?.norm ?? '') || (w.possessive && FAMILY_EVENTS.has(words[k + 2]?.norm ?? ''));
    if ((!single && (GROUP_OWNERS.has(words[k - 1]?.norm ?? '') || (w.sentenceStart && !w.possessive))) || ownEvent) return true;
  }
  return false;
}

/**
 * Session pupil16: a parent's routine with their own small child, in the name's sentence or the one before or after
 * ("Swimming lessons on a Saturday at 8am. But Ariya got her 10m badge", "The tooth fairy nearly forgot last night.
 * Sylvester's first wobbly one came out at tea", "Morning school run chaos: Tayt lost a shoe in the car", "Bedtime
 * tonight took an hour. Eirys wanted ..."). Parents write these of their own children; the caller keeps a name with
 * direct evidence of a pupil or school talk in its own sentence. A child's own bedtime ("her bedtime") is something
 * a child tells staff, and "bedtime stories" are read in class too, so those are left out.
 */
const HOME_ROUTINE_WORDS = new Set(['nappy', 'nappies', 'bedtime', 'bedtimes', 'potty']);
const HOME_ROUTINE_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tooth', new Set(['fairy'])],
  ['first', new Set(['tooth'])],
  ['swimming', new Set(['lessons', 'lesson'])],
  ['school', new Set(['run'])],
  ['soft', new Set(['play'])],
  ['viewing', new Set(['gallery'])],
]);
const OWNERS = new Set(['his', 'her', 'their']);
export function homeRoutineNear(words: readonly Word[], i: number): boolean {
  let ends = 0;
  for (let k = previousSentenceStart(words, i); k < words.length; k++) {
    if (k > i && words[k]!.sentenceStart && ++ends > 1) break;
    const n = words[k]!.norm;
    if (HOME_ROUTINE_WORDS.has(n)) {
      const prev = words[k - 1]?.norm ?? '';
      const next = words[k + 1]?.norm ?? '';
      if (OWNERS.has(prev) || next === 'story' || next === 'stories') continue;
      return true;
    }
    // ... "the first tooth is out!" is the household's milestone; "his first tooth" is what a child tells staff
    // ("Obinna came in beaming because he'd lost his first tooth on the bus").
    if (HOME_ROUTINE_PAIRS.get(n)?.has(words[k + 1]?.norm ?? '') && !(n === 'first' && OWNERS.has(words[k - 1]?.norm ?? ''))) return true;
  }
  return false;
}

/**
 * Session pupil16: grown-ups at school named just after the writer names their role: parent volunteers or helpers
 * thanked in the sentence before a sentence the name opens ("Thank you to our parent volunteers this term. Chanelle
 * has done reading with Year 2 every Thursday"), or a new or supply member of staff named after a dash, colon or
 * comma in the role's own sentence ("New office manager started this week — Denika, who fixed the printer",
 * "Supply teacher in today: Faustina had them silent"). The caller keeps a name with anything said of a child.
 */
const PARENT_WORDS = new Set(['parent', 'parents', 'mum', 'mums', 'dad', 'dads', 'grandparent', 'grandparents', 'community']);
const HELPER_WORDS = new Set(['volunteer', 'volunteers', 'helper', 'helpers']);
const NEW_STAFF_BEFORE = new Set(['new', 'our', 'supply', 'welcome', 'locum', 'cover', 'student']);
const NEW_STAFF_ROLES = new Set([...STAFF_ROLES, 'assistant', 'officer', 'supervisor', 'lollipop']);
export function schoolGrownUpsNamed(text: string, words: readonly Word[], i: number): boolean {
  const own = previousSentenceStart(words, i, 40, 0);
  const from = words[i]!.sentenceStart ? previousSentenceStart(words, i) : own;
  for (let k = from; k < i; k++) {
    const n = words[k]!.norm;
    // Parent helpers, thanked in the sentence before the one the name opens, or in the name's own sentence.
    if (HELPER_WORDS.has(n) && PARENT_WORDS.has(words[k - 1]?.norm ?? '')) return true;
    if (!NEW_STAFF_ROLES.has(n) || n === 'head' || n === 'lead' || n === 'leads' || PUPIL_ROLES.has(words[k + 1]?.norm ?? '')) continue;
    let owned = false;
    for (let m = k - 1; m >= k - 3 && m >= 0; m--) if (NEW_STAFF_BEFORE.has(words[m]!.norm)) owned = true;
    if (!owned) continue;
    // A new member of staff in the sentence the name opens ("Our new TA. Bex is ...") or right before a dash,
    // colon or comma and the name, within a few words ("New office manager started this week — Denika").
    if (k < own) {
      if (words[i]!.sentenceStart) return true;
      continue;
    }
    if (i - k <= 7 && /^\s*(?:[—–:,]|-\s)\s*$/.test(text.slice(words[i - 1]!.end, words[i]!.start))) return true;
  }
  return false;
}

/**
 * Session pupil16: a show on screen or on stage in the name's sentence or the one before: children on TV ("the
 * new series of Junior Bake Off. Little Leiah's chocolate volcano made the judges cry", "on CBeebies"), a singer
 * at a gig ("Finally saw Taylor at Wembley", "Olivia came on at half nine and did the whole album"). The caller
 * keeps a name with school talk in those sentences or anything direct said of a pupil.
 */
const SCREEN_STAGE = new Set(['cbeebies', 'cbbc', 'contestant', 'contestants', 'judges', 'showstopper', 'gig', 'gigs', 'tour', 'album', 'albums', 'setlist', 'encore', 'wembley', 'arena', 'o2', 'headliner', 'headlining']);
/** Words of any evening in front of the telly: only in the name's own sentence ("watched the last series of that
 * Danish thing. Also still buzzing from Friday: Tianna ..." names a child after the telly). */
const SCREEN_ONLY_NEAR = new Set(['telly', 'tv', 'netflix', 'iplayer', 'episode', 'episodes', 'series']);
/** Returns the first word of the sentences looked at (the caller asks them for school talk), or -1. */
export function screenOrStageNear(words: readonly Word[], i: number): number {
  const from = previousSentenceStart(words, i);
  const own = previousSentenceStart(words, i, 40, 0);
  for (let k = from; k < words.length; k++) {
    if (k > i && words[k]!.sentenceStart) break;
    const n = words[k]!.norm;
    if (k !== i && (SCREEN_STAGE.has(n) || (n === 'bake' && words[k + 1]?.norm === 'off') || (SCREEN_ONLY_NEAR.has(n) && k >= own))) return from;
  }
  return -1;
}

/**
 * Session pupil16: a player's moment in a match watched as a fan: a possessive name before a match action ("Bukayo's
 * run in the 80th minute", "Declan's header from the corner", "Kane's penalty miss"), with a fan's words in the
 * name's sentence or the one before or after (a minute of play, the sofa, the telly, the lads, VAR). The caller
 * keeps a name with school talk in its sentence or the one before (a school team's match) or anything direct said
 * of a pupil.
 */
const MATCH_ACTIONS = new Set(['header', 'headers', 'penalty', 'penalties', 'pen', 'volley', 'freekick', 'hattrick', 'brace', 'equaliser', 'winner', 'tackle', 'run', 'finish', 'celebration', 'assist', 'miss', 'worldie', 'screamer', 'save', 'saves', 'shot']);
const FAN_WORDS = new Set(['minute', 'sofa', 'telly', 'tv', 'pundit', 'pundits', 'var', 'fans', 'stadium', 'wembley', 'lads', 'league', 'euros', 'premiership', 'spurs', 'arsenal', 'united', 'city', 'villa', 'liverpool', 'chelsea', 'england', 'lionesses', 'ref', 'referee', 'offside']);
export function matchMomentAfter(words: readonly Word[], i: number): number {
  const w = words[i]!;
  if (!w.possessive) return -1;
  let action = false;
  for (let k = i + 1; k <= i + 3 && k < words.length && !words[k]!.sentenceStart; k++) {
    const n = words[k]!.norm;
    if (MATCH_ACTIONS.has(n) || (n === 'free' && words[k + 1]?.norm === 'kick') || (n === 'hat' && words[k + 1]?.norm === 'trick')) action = true;
  }
  if (!action) return -1;
  const from = previousSentenceStart(words, i);
  let ends = 0;
  for (let k = from; k < words.length; k++) {
    if (k > i && words[k]!.sentenceStart && ++ends > 1) break;
    const n = words[k]!.norm;
    if (k !== i && (FAN_WORDS.has(n) || /^\d+(?:st|nd|rd|th)$/.test(n) && words[k + 1]?.norm === 'minute')) return from;
  }
  return -1;
}

/**
 * A character of the book the class reads, named without the title: "Finished the class novel today. Ahmet's story
 * made them cry", "Read the last chapters aloud. When Bruno went through the fence ...". The name's sentence or the
 * one before speaks of a novel, its author or its chapters ("a chapter book" is a child's reading, not this), and the
 * name does not react as a reader does ("Mirela begged me to read on", "Kacper cried at the ending", "Ola wants to
 * write to the author"): what a character does is what happens in the story. The caller asks this only with nothing
 * direct said of a pupil.
 */
const SCREEN_TALK = new Set(['film', 'films', 'movie', 'movies', 'episode', 'episodes', 'cartoon', 'cartoons', 'spoiler', 'spoilers', 'plot', 'sequel', 'prequel', 'boxset']);
const TITLE_VERBS = new Set(['watch', 'watching', 'watched', 'rewatched', 'rewatching', 'reading', 'reread', 'rereading', 'finished', 'started', 'showed', 'showing', 'screened']);
/** Capitalised school events and groups, which are no titles: "Watching Sports Day", "Started Book Week", "Finished Year Six SATs". */
const EVENT_WORDS = new Set(['day', 'days', 'week', 'weeks', 'year', 'term', 'fair', 'fete', 'fayre', 'club', 'sats', 'gcse', 'gcses', 'mocks', 'assembly', 'school', 'class', 'reception', 'nursery', 'disco', 'trip', 'concert', 'festival', 'sports', 'camp', 'residential', 'gala', 'tournament', 'service', 'nativity', 'time']);
/** Two capitalised words that open no sentence, or a possessive and a capitalised word: "Toy Story", "Kensuke's Kingdom". */
function titleAt(words: readonly Word[], k: number): boolean {
  const a = words[k];
  const b = words[k + 1];
  return !!a && !!b && a.cap && b.cap && !a.sentenceStart && !b.sentenceStart && !a.upper && b.start - a.end <= 3 && !EVENT_WORDS.has(a.norm) && !EVENT_WORDS.has(b.norm);
}
const BOOK_TALK = new Set(['novel', 'novels', 'author', 'authors', 'chapter', 'chapters']);
const READER_DOES = new Set(['read', 'reads', 'reading', 'finished', 'wrote', 'write', 'writes', 'asked', 'asks', 'said', 'says', 'begged', 'cried', 'gasped', 'cheered', 'groaned', 'laughed', 'predicted', 'guessed', 'chose', 'picked', 'voted', 'wants', 'wanted', 'loved', 'loves', 'hated', 'thinks', 'thought', 'reckons', 'noticed', 'spotted', 'shouted', 'put', 'could', "couldn't", 'would', 'refused']);
const READERS_WORK = new Set(['prediction', 'predictions', 'question', 'questions', 'answer', 'answers', 'idea', 'ideas', 'theory', 'guess', 'review', 'letter', 'writing', 'work', 'reading', 'poem', 'drawing', 'picture', 'version', 'ending', 'own', 'face', 'reaction', 'favourite', 'book', 'hand', 'comment', 'comments']);
const READER_FILLERS = new Set(['has', 'had', 'finally', 'just', 'then', 'actually', 'even', 'literally', 'immediately', 'instantly', 'also']);
export function storyCharacterNear(words: readonly Word[], i: number): boolean {
  let talk = false;
  // Film talk counts in the name's own sentence only ("watched three episodes of a crime thing. Work was lovely though;
  // Thanisha and Conlan ran the class shop" moves on from the telly).
  const own = previousSentenceStart(words, i, 40, 0);
  for (let k = previousSentenceStart(words, i); k < words.length && !talk; k++) {
    if (k > i && words[k]!.sentenceStart) break;
    const n = words[k]!.norm;
    if (BOOK_TALK.has(n) && !(n === 'chapter' && (words[k + 1]?.norm === 'book' || words[k + 1]?.norm === 'books'))) talk = true;
    // Session pupil15: a film's talk ("what a film", "no spoilers"; not "film club") and a title after a watching or
    // reading verb ("Watching Toy Story with the kids", "reading Kensuke's Kingdom in class").
    // ... not "film club", nor a "film canister" (a science lesson's rocket or a holiday's keepsake).
    else if (SCREEN_TALK.has(n) && words[k + 1]?.norm !== 'club' && !words[k + 1]?.norm.startsWith('canister') && k >= own) talk = true;
    else if (k < i - 1 && TITLE_VERBS.has(n) && titleAt(words, k + 1)) talk = true;
  }
  // ... a title two sentences back still names the cast of the next lines ("Watching Harry Potter with the kids.
  // Hermione is the real hero. Ron is comic relief").
  for (let k = previousSentenceStart(words, i, 60, 2); k < i - 1 && !talk; k++) if (TITLE_VERBS.has(words[k]!.norm) && titleAt(words, k + 1)) talk = true;
  if (!talk) return false;
  // "Kacper's prediction", "Ola's letter to the author": a reader's own work beside the book is a pupil's.
  if (words[i]!.possessive) return !READERS_WORK.has(words[i + 1]?.norm ?? '');
  let k = i + 1;
  while (k < i + 3 && READER_FILLERS.has(words[k]?.norm ?? '')) k++;
  return !READER_DOES.has(words[k]?.norm ?? '');
}
