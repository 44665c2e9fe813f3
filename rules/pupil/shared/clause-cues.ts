import type { Word } from '../../../lib/engine/context/index.ts';

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
const BARE_VERBS = new Set(['get', 'take', 'play', 'sing', 'read', 'try', 'learn', 'score', 'win', 'finish', 'perform', 'grow', 'find', 'make', 'do', 'realise', 'realize', 'work', 'walk', 'run', 'write', 'explain', 'tackle', 'open', 'blossom', 'become', 'lead', 'help', 'teach', 'build', 'draw', 'master', 'crack', 'conquer', 'settle', 'shine', 'beat', 'swim', 'dance', 'jump', 'climb', 'stand', 'speak', 'present', 'answer', 'ask', 'hold', 'give', 'show', 'come', 'go', 'light', 'count', 'spell', 'solve', 'cross', 'kick', 'catch', 'throw', 'ride', 'recite', 'lose', 'face', 'manage', 'smile', 'laugh', 'cry', 'struggle', 'blend', 'say', 'tell', 'put', 'hit', 'pass', 'fly', 'gain', 'reach', 'step', 'sit', 'share']);

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

/** "Lena, the lovely lady at the Polish deli": an appositive that calls the name a grown-up. */
export function adultAppositiveAfter(text: string, words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  const nx = words[i + len];
  if (!nx || last.possessive || !/^\s*,\s*$/.test(text.slice(last.end, nx.start))) return false;
  for (let k = i + len; k < i + len + 4 && k < words.length; k++) {
    const w = words[k]!;
    if (ADULT_NOUNS.has(w.norm)) return !(w.norm === 'girls' || w.norm === 'lads') || words[k - 1]?.norm !== 'the';
    if (!ADULT_NOUN_FILLERS.has(w.norm)) return false;
  }
  return false;
}

/** Businesses named after a person: "Ola's Kitchen", "Yiannis's Café", "Mo's Barbers". */
const BUSINESSES = new Set(['kitchen', 'cafe', 'café', 'caff', 'bakery', 'deli', 'restaurant', 'bar', 'grill', 'diner', 'salon', 'barbers', 'barber', 'shop', 'store', 'place', 'bistro', 'pizzeria', 'pizza', 'takeaway', 'garage', 'pantry', 'emporium', 'brasserie', 'tavern', 'inn', 'pub', 'cantina', 'trattoria', 'taverna', 'kebabs', 'chippy', 'kitchens', 'coffee', 'tea', 'cakes', 'bakes', 'treats', 'nails', 'beauty', 'boutique', 'market', 'supermarket', 'hotel', 'bistro']);

/** The possessive name starts a business's name: "Ola's Kitchen on the high road does the best pierogi". */
export function businessAfter(words: readonly Word[], i: number, len = 1): boolean {
  const last = words[i + len - 1]!;
  const nx = words[i + len];
  return last.possessive && !!nx && nx.cap && !nx.sentenceStart && BUSINESSES.has(nx.norm);
}

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
export function grownUpNewsAfter(words: readonly Word[], i: number, len = 1): boolean {
  // "Mabel's mum is pregnant": news of someone else.
  if (words[i + len - 1]!.possessive) return false;
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
/** A staff-only place or event in the name's sentence: the name is a colleague's unless the post says it is a child's. */
export function staffOnlyNear(words: readonly Word[], i: number, len = 1): boolean {
  let a = i;
  while (a > 0 && a > i - 12 && !words[a]!.sentenceStart) a--;
  for (let k = a; k < i + len + 12 && k < words.length; k++) {
    if (k > i && words[k]!.sentenceStart) break;
    const n = words[k]!.norm;
    if (STAFF_ONLY.has(n) || (n === 'staff' && STAFF_THINGS.has(words[k + 1]?.norm ?? ''))) return true;
  }
  return false;
}
