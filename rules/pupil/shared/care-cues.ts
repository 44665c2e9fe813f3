import type { Doc } from '../../../lib/engine/rule.ts';
import type { Word } from '../../../lib/engine/context/index.ts';
import { parentVoice } from './person-cues.ts';

/**
 * A child in the writer's care, named with no school word (issue 11): staff write about the children they teach
 * as they would about anyone they are fond of, so "how far Kerem has come since September", "Yusra's face when the
 * caterpillars turned into butterflies this morning", "When Arlo finally counted to 20 on his own I nearly cried"
 * carry no "class" or "school". What they do carry is several kinds of evidence at once, each weak alone:
 *
 *  - the school's clock: today, this morning, this week, this term, since September, at break, welcome back;
 *  - how a grown-up talks about a small child: little, bless, poor, beaming, brave, proud, first time, on her own;
 *  - the writer's place in the room: Miss, Sir, everyone, the whole class or carpet, "told me", "with us";
 *  - what children learn and do: read, wrote, counted, spelt, painted, built, tied, a poem, a page, butterflies.
 *
 * Two different kinds in the name's sentence (or the two after it), the name acting as a person, and nothing in
 * the post that makes it someone else's child or a grown-up (my son, our daughter, the neighbours' little girl,
 * a partner, a friend, a pet, drinks, work, uni) read as a pupil. Each kind is a small word set asked once per
 * candidate name (a set look-up per word of its sentence), so a post without a candidate costs nothing.
 */

/** The school's calendar: this term, since September, at break, half term, this year, the first day. */
const TIME = 1;
/** Any day's clock: today, this morning, this week. A kind only beside a sign of the child or the room ("Tom tied the knot today" is not). */
const DAY = 512;
const CHILDLIKE = 2;
const ROOM = 4;
const DOING = 8;
/** "read", "wrote", "painted", "built": what children do in class, and grown-ups do too (not child-only). */
const ACT = 256;
/** "Little Saoirse", "Devraj's little face": a grown-up speaking of a small child. */
const LITTLE = 16;
/** "Bless Ola", "Poor Mila", "Welcome back Freddie": fondness for anyone, child or grown-up. */
const FOND = 32;
/** "the kindest twins I've ever taught": the writer teaches the name (two kinds at once). */
const TEACH = 64 | 128;
/** School talk elsewhere in the post (see inWritersCare's schoolDay). */
const SCHOOL_DAY = 1024;
const WRITER = new Set(['i', 'ive', 'im', 'we', 'weve']);
/** The kinds only a child gives: at least one of them is needed. */
const CHILD_ONLY = CHILDLIKE | DOING | LITTLE | TEACH;

/** Word -> kinds of evidence it gives. */
const CARE_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (kind: number, list: string) => {
    for (const w of list.split(' ')) m.set(w, (m.get(w) ?? 0) | kind);
  };
  add(DAY, 'today yesterday morning afternoon week weeks');
  add(TIME, 'term september october november january easter half lunch break playtime lunchtime hometime since autumn');
  add(CHILDLIKE, 'beaming tooth wobbly proud brave cheeky tiny chuffed own himself herself confidence armbands scared inseparable knock shy');
  add(ROOM, 'miss sir everyone everybody carpet register missed class');
  add(DOING, 'spelt spelled spelling sounded counted count tied handstand roll sentence sentences lego conker conkers butterflies caterpillars volcano worms letters hand tables numbers sums blocks armbands pencil crayons');
  add(ACT, 'read reads reading wrote writes writing painted painting drew drawing built swim swam story poem page book chapter question questions puzzle castle');
  return m;
})();

/** Rooms and groups after "whole" that are the writer's class: "the whole carpet", "the whole hall". */
const WHOLE_ROOMS = new Set(['class', 'carpet', 'table', 'hall', 'school', 'group', 'room', 'year', 'register', 'line']);
/** Ages of a child in words: "Seven years old." */
const CHILD_AGES = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);

/** The word before the name that says who the child is to the writer: "Little Saoirse", "Bless Ola", "Poor Mila", "Welcome back Freddie". */
const OPENERS: ReadonlyMap<string, number> = new Map([['little', LITTLE], ['bless', FOND], ['poor', FOND], ['back', FOND]]);

const CHILDS_GROWN_UPS = new Set(['mum', 'mummy', 'mam', 'dad', 'daddy', 'grandad', 'grandma', 'nan', 'nana', 'nanny', 'gran', 'granny', 'parents', 'carer', 'carers', 'stepdad', 'stepmum']);
const AGE_BEFORE = new Set(['at', 'is', 'aged', 'turned', 'turns', 'shes', 'hes', 'was']);
const POSSESSORS = new Set(['my', 'our', 'his', 'her', 'their', 'your', 'me']);

/** Family, friends and grown-ups' life: a post with any of these is about someone else's child or an adult. */
const RELATIONS = new Set(['son', 'sons', 'daughter', 'daughters', 'niece', 'nephew', 'nieces', 'nephews', 'grandson', 'granddaughter', 'grandchildren', 'grandkids', 'grandchild', 'grandsons', 'granddaughters', 'godkids', 'godchildren', 'stepkids', 'stepchildren', 'godson', 'goddaughter', 'godchild', 'stepson', 'stepdaughter', 'husband', 'wife', 'partner', 'hubby', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'brother', 'sister', 'cousin', 'friend', 'friends', 'mate', 'mates', 'neighbour', 'neighbours', 'neighbor', 'twins', 'toddler', 'baby', 'kids', 'children', 'boys', 'girls', 'boy', 'girl', 'eldest', 'youngest', 'grandchild', 'bestie', 'auntie', 'aunty', 'uncle', 'grandma', 'grandad', 'nan', 'nana', 'granny', 'mum', 'dad']);
const RELATION_FILLERS = new Set(['little', 'big', 'baby', 'eldest', 'youngest', 'middle', 'oldest', 'lovely', 'gorgeous', 'beautiful', 'two', 'three', 'own', 'best', 'old', 'new', 'darling', 'clever', 'amazing']);
/** Words that stop the walk back from a relation word: another owner, a link, a school group. */
const NOT_DESCRIBING = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'your', 'its', 'and', 'or', 'but', 'of', 'to', 'in', 'at', 'with', 'for', 'from', 'on', 'by', 'class', 'pupils', 'students', 'year', 'form', 'group', 'set', 'school', 'is', 'was', 'are', 'were', 'who', 'that']);
/** A lower-case word that may describe the relation after it ("very", "anxious"). */
function describing(w: Word): boolean {
  return !w.cap && !w.possessive && !w.prefix && !w.sentenceStart && !NOT_DESCRIBING.has(w.norm) && w.norm !== 'my' && w.norm !== 'our' && w.norm !== 'me';
}
/** Grown-ups' life, work, pets and their own family: drinks, a wedding, a new job, the vet, a walk, the office. */
const ADULT_LIFE = new Set(['pub', 'pint', 'wine', 'beer', 'ale', 'prosecco', 'gin', 'cocktails', 'coffee', 'brunch', 'drinks', 'wedding', 'married', 'engaged', 'engagement', 'proposed', 'anniversary', 'hen', 'stag', 'uni', 'university', 'graduation', 'graduated', 'promotion', 'interview', 'shift', 'shifts', 'office', 'marathon', 'gym', 'yoga', 'pilates', 'zumba', 'driving', 'drive', 'holiday', 'mortgage', 'vet', 'vets', 'walkies', 'dog', 'dogs', 'cat', 'puppy', 'kitten', 'pony', 'horse', 'spaniel', 'labrador', 'cockapoo', 'terrier', 'leaving', 'retirement', 'babysitting', 'babysit', 'godmother', 'godfather', 'mate', 'tax']);
/**
 * Does the post make its names someone else's child or a grown-up? "My son Kian's report", "the neighbours'
 * little girl Esme", "Olly's away for work, just me and the kids", "Coffee with Iqra", "Took Bonnie to the vet".
 * Computed once per post.
 */
function notInCare(doc: Doc, words: readonly Word[]): boolean {
  return doc.memo('pupil:not-in-care', () => parentVoice(words) || otherLifeIn(words, 0, words.length));
}

/** Is there a sign of someone else's child or a grown-up (my son, drinks, a partner, the vet) in words [a, b)? */
function otherLifeIn(words: readonly Word[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = words[k]!;
    if (w.prefix) continue;
    // ... but "our coffee morning", "the coffee afternoon": a school's event for families; and coffee drunk or spilt
    // ("spilt coffee down my top"), not met over ("Coffee with Jess", "grabbed a coffee", "for a coffee").
    // ... and an animal drawn or pictured ("a drawing of a cat"), not the writer's own pet.
    if ((ADULT_LIFE.has(w.norm) && !(w.norm === 'coffee' && !socialCoffee(words, k)) && !(PETS.has(w.norm) && words[k - 2]?.norm === 'of' && words[k - 1]?.norm === 'a')) || (w.norm === 'job' && words[k - 1]?.norm === 'new')) return true;
    if (!RELATIONS.has(w.norm)) continue;
    // "my son", "our little girl", "my friend's little boy", "the neighbours' little girl"; "my very anxious
    // daughter": any describing words between (not another owner, a link or a school group).
    let p = k - 1;
    while (p >= 0 && p > k - 4 && (RELATION_FILLERS.has(words[p]!.norm) || describing(words[p]!))) p--;
    const q = words[p];
    if (q && (q.norm === 'my' || q.norm === 'our' || q.norm === 'me' || (q.possessive && !q.cap))) return true;
    // "best friend ever", "her new job": a grown-up's friend or work (not "fell out with her best friend", a child's).
    if (words[k - 1]?.norm === 'best' && (w.norm === 'friend' || w.norm === 'mate' || w.norm === 'bestie') && !['her', 'his', 'their'].includes(words[k - 2]?.norm ?? '')) return true;
  }
  return false;
}

/** The pets of ADULT_LIFE. */
const PETS = new Set(['dog', 'dogs', 'cat', 'puppy', 'kitten', 'pony', 'horse', 'spaniel', 'labrador', 'cockapoo', 'terrier']);

/** Coffee as grown-ups meet over it: "Coffee with Jess", "a coffee", "grabbed a coffee", "coffee date" (not "our coffee morning", "spilt coffee"). */
function socialCoffee(words: readonly Word[], k: number): boolean {
  const nx = words[k + 1]?.norm;
  if (nx === 'morning' || nx === 'afternoon') return false;
  if (nx === 'with' || nx === 'date' || nx === 'and' || nx === 'catch' || words[k - 1]?.norm === 'a' || words[k - 1]?.norm === 'for' || words[k]!.sentenceStart) return true;
  return false;
}

/** Sentences in a post from which on the post is long enough to wander over several topics (a Facebook-style update). */
const LONG_POST_SENTENCES = 5;

/** Word index where each sentence of the post starts (sentence starts, in order). */
function sentenceStarts(doc: Doc, words: readonly Word[]): readonly number[] {
  return doc.memo('pupil:sentence-starts', () => {
    const out: number[] = [0];
    for (let k = 1; k < words.length; k++) if (words[k]!.sentenceStart) out.push(k);
    return out;
  });
}

/**
 * notInCare for the name at word i. A short post is about one thing, so a sign anywhere in it counts. A long
 * post wanders ("Dad's 70th at the golf club ... the class hamster escaped and it was Solomon who found him ...
 * the dog is judging me"), so there only the name's own stretch counts (the sentence before it to the two after,
 * as careSpan), together with any other sentence that names the same person as family or a grown-up ("My nephew
 * Caleb got his results ... Caleb read out ...").
 */
function notInCareNear(doc: Doc, words: readonly Word[], i: number): boolean {
  const starts = sentenceStarts(doc, words);
  if (starts.length < LONG_POST_SENTENCES) return notInCare(doc, words);
  if (doc.memo('pupil:parent-voice-any', () => parentVoice(words))) return true;
  let s = 0;
  while (s + 1 < starts.length && starts[s + 1]! <= i) s++;
  const a = starts[Math.max(0, s - 1)]!;
  const b = starts[s + 3] ?? words.length;
  if (otherLifeIn(words, a, b)) return true;
  // The same name elsewhere in the post, in a sentence with family or grown-ups' life.
  const norm = words[i]!.norm;
  for (let t = 0; t < starts.length; t++) {
    const from = starts[t]!;
    const to = starts[t + 1] ?? words.length;
    if (to > a && from < b) continue;
    let named = false;
    for (let k = from; k < to && !named; k++) named = words[k]!.norm === norm;
    if (named && otherLifeIn(words, from, to)) return true;
  }
  return false;
}

const WRITERS_CHILD = new Set(['son', 'sons', 'daughter', 'daughters', 'twins', 'toddler', 'kids', 'children', 'boy', 'girl', 'boys', 'girls', 'eldest', 'youngest']);
/** The writer names a child of their own: "my son", "our little girl", "my very nervous daughter". */
export function writersChildMentioned(doc: Doc, words: readonly Word[]): boolean {
  return doc.memo('pupil:writers-child', () => {
    for (let k = 1; k < words.length; k++) {
      // "our new girl" is a new pupil, not the writer's daughter.
      if (!WRITERS_CHILD.has(words[k]!.norm) || words[k]!.prefix || words[k - 1]!.norm === 'new') continue;
      let p = k - 1;
      while (p >= 0 && p > k - 4 && (RELATION_FILLERS.has(words[p]!.norm) || describing(words[p]!))) p--;
      if (words[p]?.norm === 'my' || words[p]?.norm === 'our') return true;
    }
    return false;
  });
}

/** Does the post make its names someone else's child or a grown-up (my son, drinks, the pub, a partner)? */
export function grownUpsOrOwnFamily(doc: Doc, words: readonly Word[]): boolean {
  return notInCare(doc, words);
}

/** "I taught", "I've ever taught", "I have ever taught", "we teach": the writer is the subject of the verb at k. */
const AUX = new Set(['ever', 'have', 'had', 'also', 'once', 'now', 'am', 'still', 'currently', 'used', 'to']);
function writerBefore(words: readonly Word[], k: number): boolean {
  for (let p = k - 1; p >= 0 && p >= k - 4; p--) {
    if (WRITER.has(words[p]!.norm)) return true;
    if (!AUX.has(words[p]!.norm)) return false;
  }
  return false;
}

/** "counted to 20", "count all the way to 100": "to" and a number a few words after the verb at k. */
function countsToNumber(words: readonly Word[], k: number): boolean {
  for (let m = k + 1; m < k + 6 && m + 1 < words.length; m++) if (words[m]!.norm === 'to' && /^\d{1,3}$/.test(words[m + 1]!.norm)) return true;
  return false;
}

/** After "little": "such a little helper", "a little star", "little superstar". */
const LITTLE_PRAISE = new Set(['helper', 'helpers', 'star', 'superstar', 'stars', 'angel', 'trooper', 'legend', 'chatterbox', 'bookworm', 'scientist', 'mathematician', 'artist', 'reader', 'writer']);
/** What a child makes for the writer: "made me a card", "drew me a picture". */
const MAKES = new Set(['made', 'making', 'makes', 'drew', 'drawing', 'painted', 'painting', 'wrote', 'writing', 'brought', 'gave']);
const GIFTS = new Set(['card', 'picture', 'drawing', 'painting', 'bracelet', 'necklace', 'daisy', 'badge', 'letter', 'poem', 'flower', 'present', 'model']);
/** A child's progress, reading, behaviour: what staff talk over with a parent. */
const PROGRESS = new Set(['progress', 'reading', 'writing', 'behaviour', 'attendance', 'spellings', 'phonics', 'confidence', 'report']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
/** A title and a capitalised name in the few words before k, in its sentence: "to Mrs Adebayo about". */
function titleBefore(words: readonly Word[], k: number, reach = 3): boolean {
  for (let p = k - 1; p >= 1 && p >= k - reach; p--) {
    if (words[p]!.cap && TITLES.has(words[p - 1]!.norm)) return true;
    if (words[p]!.sentenceStart) return false;
  }
  return false;
}

/** Verbs of a child speaking or showing something to the writer, in the past: "told me", "showed me" (not "a little birdie tells me"). */
const TO_WRITER = new Set(['told', 'showed', 'asked', 'gave', 'brought', 'handed', 'informed', 'reminded', 'corrected']);
/** What a child reads or writes a whole of: "a whole page", "a whole sentence". */
// (Not "the whole book" or "the whole series": grown-ups read those too.)
const WHOLE_WORK = new Set(['page', 'pages', 'sentence', 'paragraph', 'sheet', 'worksheet']);
/** Verbs before a name for collecting a child: "came to collect Ilyas early". */
const COLLECT = new Set(['collect', 'collected', 'collecting', 'collects', 'pick', 'picked', 'picking', 'fetch', 'fetched']);
/** "early" within three words after the name: "collect Ilyas early", "picked Ava up early". */
function earlyAfter(words: readonly Word[], end: number): boolean {
  for (let m = end + 1; m < end + 4 && m < words.length; m++) {
    if (words[m]!.norm === 'early') return true;
    if (words[m]!.sentenceStart) return false;
  }
  return false;
}
/** After "read": "it out", "her poem out", "out loud", "aloud", "to the hall", "to the whole class", within four words. */
function readAloudAfter(words: readonly Word[], k: number): boolean {
  for (let m = k + 1; m < k + 5 && m < words.length; m++) {
    const w = words[m]!;
    if (w.sentenceStart) return false;
    if (w.norm === 'aloud' || (w.norm === 'out' && m > k + 1) || (w.norm === 'out' && words[m + 1]?.norm === 'loud')) return true;
    // "read her whole poem to the hall", "read to the whole class".
    if (w.norm === 'to' && (WHOLE_ROOMS.has(words[m + 1]?.norm ?? '') || ((words[m + 1]?.norm === 'the' || words[m + 1]?.norm === 'whole') && WHOLE_ROOMS.has(words[m + 2]?.norm ?? '')) || (words[m + 1]?.norm === 'the' && words[m + 2]?.norm === 'whole' && WHOLE_ROOMS.has(words[m + 3]?.norm ?? '')))) return true;
  }
  return false;
}

/** Giving a child first aid or comfort: "give Lochlan a plaster", "gave Eden a spare pair of trousers and a pep talk". */
const GIVE_VERBS = new Set(['give', 'gave', 'giving', 'given', 'hand', 'handed', 'lend', 'lent']);
/** What a grown-up gives a child who is hurt or has had an accident (not "a hug", which grown-ups give each other). */
const FIRST_AID = new Set(['plaster', 'plasters', 'ice', 'icepack', 'pep', 'spare', 'tissue', 'tissues', 'wipe', 'wipes']);
function careGivenTo(words: readonly Word[], i: number, end: number): boolean {
  if (!GIVE_VERBS.has(words[i - 1]?.norm ?? '')) return false;
  for (let k = end + 1; k < end + 5 && k < words.length; k++) {
    const w = words[k]!;
    if (w.sentenceStart) return false;
    // "a plaster", "an ice pack", "a pep talk", "a spare pair of trousers".
    if (FIRST_AID.has(w.norm) && (w.norm !== 'ice' || words[k + 1]?.norm === 'pack') && (w.norm !== 'pep' || words[k + 1]?.norm === 'talk')) return true;
  }
  return false;
}

/** "a little lad called Bodhi", "this tiny girl named Oona": small, a child's noun, then called/named, then the name. */
const LITTLE_WORDS = new Set(['little', 'tiny', 'wee']);
const CHILD_NOUNS = new Set(['lad', 'boy', 'girl', 'one', 'fella', 'chap', 'lass', 'dot']);
function littleOneCalled(words: readonly Word[], i: number): boolean {
  const called = words[i - 1]?.norm;
  if (called !== 'called' && called !== 'named') return false;
  return CHILD_NOUNS.has(words[i - 2]?.norm ?? '') && LITTLE_WORDS.has(words[i - 3]?.norm ?? '');
}

/** What a child makes in class: "wrote a story", "painted a sunflower", "built a castle", "made a volcano". */
const MAKE_VERBS = new Set(['wrote', 'painted', 'drew', 'built', 'made', 'designed', 'invented', 'created', 'sculpted', 'modelled']);
const CHILDS_WORKS = new Set(['story', 'poem', 'picture', 'painting', 'drawing', 'portrait', 'castle', 'rocket', 'robot', 'volcano', 'den', 'boat', 'dragon', 'monster', 'sunflower', 'rainbow', 'superhero', 'comic', 'collage', 'mask', 'puppet', 'crown', 'marble', 'spaceship', 'dinosaur', 'diorama']);
/** Right after the name (an adverb between at most): a making verb, then within four words a child's kind of work. */
function childsWorkAfter(words: readonly Word[], end: number): boolean {
  let k = end + 1;
  if (/ly$/.test(words[k]?.norm ?? '') || words[k]?.norm === 'has' || words[k]?.norm === 'had' || words[k]?.norm === 'just') k++;
  if (!MAKE_VERBS.has(words[k]?.norm ?? '')) return false;
  for (let m = k + 1; m < k + 6 && m < words.length; m++) {
    if (words[m]!.sentenceStart) return false;
    if (CHILDS_WORKS.has(words[m]!.norm) || (words[m]!.norm.endsWith('s') && CHILDS_WORKS.has(words[m]!.norm.slice(0, -1)))) return true;
  }
  return false;
}

/** Word range [a, b) of the name's sentence and the two after it (at most 40 words each way). */
function careSpan(words: readonly Word[], i: number, end: number): [number, number] {
  let a = i;
  while (a > 0 && a > i - 40 && !words[a]!.sentenceStart) a--;
  let b = end + 1;
  let starts = 0;
  while (b < words.length && b < end + 40) {
    if (words[b]!.sentenceStart && ++starts > 2) break;
    b++;
  }
  return [a, b];
}

/**
 * Is the name at words [i, end] a child in the writer's care by the evidence above? `acting`: the caller has
 * seen the name act as a person (a verb, a pronoun, praise). Asked only for a candidate the school-word paths left.
 */
export function inWritersCare(doc: Doc, words: readonly Word[], i: number, end: number, acting: boolean, unlisted = false, schoolDay = false): boolean {
  const prev = words[i - 1];
  // An opener starts the sentence ("Bless Ola"), or is "little" after no possessor ("and little Rayan", not "my little Esme").
  let kinds = prev && (prev.sentenceStart || prev.norm === 'back' || (prev.norm === 'little' && !POSSESSORS.has(words[i - 2]?.norm ?? ''))) ? (OPENERS.get(prev.norm) ?? 0) : 0;
  if (words[end]!.possessive && words[end + 1]?.norm === 'little') kinds |= LITTLE;
  // "Tiago's mum", "Leon's grandad": a child's grown-ups.
  if (words[end]!.possessive && CHILDS_GROWN_UPS.has(words[end + 1]?.norm ?? '')) kinds |= CHILDLIKE;
  // "had to give Lochlan a plaster and a pep talk", "gave Eden a spare pair of trousers": first aid and comfort
  // the writer gives a child (two kinds: a child's mishap, the grown-up in the room).
  if (careGivenTo(words, i, end)) kinds |= CHILDLIKE | ROOM;
  // "a little lad called Bodhi", "this tiny girl named Oona": a small child introduced by name.
  if (littleOneCalled(words, i)) kinds |= LITTLE;
  if (!acting && !kinds && !words[end]!.possessive) return false;
  if (notInCareNear(doc, words, i)) return false;
  const [a, b] = careSpan(words, i, end);
  for (let k = a; k < b; k++) {
    if (k >= i && k <= end) continue;
    const x = words[k]!;
    if (x.prefix || (x.cap && !x.sentenceStart && x.norm !== 'miss' && x.norm !== 'sir')) continue;
    // "counted down the minutes", "count on me": not counting to 20.
    // ... and "sounded" only as "sounded out" ("without sounding it out" too).
    // ... and "my hand" is held, not put up: "held my hand".
    const found = (x.norm === 'hand' && words[k - 1]?.norm === 'my') || ((x.norm === 'counted' || x.norm === 'count') && (words[k + 1]?.norm === 'down' || words[k + 1]?.norm === 'on')) || (x.norm === 'sounded' && words[k + 1]?.norm !== 'out') ? 0 : x.norm === 'sounding' && words[k + 2]?.norm === 'out' ? DOING : CARE_WORDS.get(x.norm);
    // "volcanoes", "questions": a plural of a word above.
    kinds |= found ?? (x.norm.length > 4 && x.norm.endsWith('s') ? (CARE_WORDS.get(x.norm.slice(0, -1)) ?? 0) : 0);
    // "the kindest twins I've ever taught", "I teach Year 4": the writer teaches the children named (counts twice).
    if ((x.norm === 'taught' || x.norm === 'teach' || x.norm === 'teaching') && writerBefore(words, k)) kinds |= TEACH;
    // "the first time", "her first ever", "his first tooth", "first word": a child's firsts (not "first aid", "first day at her new job").
    if (x.norm === 'first' && ['time', 'ever', 'tooth', 'word', 'words', 'steps', 'sentence'].includes(words[k + 1]?.norm ?? '')) kinds |= CHILDLIKE;
    // "First day back", "the first day of term": the school's clock.
    if (x.norm === 'first' && words[k + 1]?.norm === 'day') kinds |= TIME;
    // "the whole carpet", "the whole class"; "this year", "all year" (not "35-year-old").
    if (x.norm === 'whole' && WHOLE_ROOMS.has(words[k + 1]?.norm ?? '')) kinds |= ROOM;
    if (x.norm === 'year' && ['this', 'all', 'whole'].includes(words[k - 1]?.norm ?? '')) kinds |= TIME;
    // "his baby sister", "her little brother": a child with a small brother or sister.
    // ... "her new baby brother"; and "his turn", "her turn": a child taking turns.
    if (x.norm === 'his' || x.norm === 'her') {
      const at = words[k + 1]?.norm === 'new' ? k + 2 : k + 1;
      if ((words[at]?.norm === 'baby' || words[at]?.norm === 'little') && ['sister', 'brother'].includes(words[at + 1]?.norm ?? '')) kinds |= CHILDLIKE;
      if (words[k + 1]?.norm === 'turn') kinds |= ROOM;
    }
    // "learnt to write his whole name", "learning to tie her laces": a child learning (a grown-up's driving is ADULT_LIFE).
    // ... "learned how to do a forward roll".
    if ((x.norm === 'learnt' || x.norm === 'learned' || x.norm === 'learning') && (words[k + 1]?.norm === 'to' || (words[k + 1]?.norm === 'how' && words[k + 2]?.norm === 'to'))) kinds |= CHILDLIKE;
    // "how Natalia is settling in", "has been reading every night": a new child settling, a child's reading at home.
    if ((x.norm === 'settling' || x.norm === 'settled') && words[k + 1]?.norm === 'in' && k > end) kinds |= CHILDLIKE;
    if ((x.norm === 'reading' || x.norm === 'reads' || x.norm === 'read') && words[k + 1]?.norm === 'every' && words[k + 2]?.norm === 'night' && k > end) kinds |= CHILDLIKE;
    // "Mr Hussain stopped me at the gate to say Zayd ...", "a chat with Ms Kowalski about how Natalia ...": a
    // titled grown-up talking to the writer about the child (a parent at the classroom door).
    if (k === i - 1 && titleBefore(words, i, 10)) kinds |= ROOM;
    // "such a little helper", "a little superstar": how a grown-up praises a small child.
    if (x.norm === 'little' && LITTLE_PRAISE.has(words[k + 1]?.norm ?? '') && k > end) kinds |= CHILDLIKE;
    // "told me I was wrong", "showed me her wobbly tooth": the child talking to the writer, who is in the room.
    if (TO_WRITER.has(x.norm) && words[k + 1]?.norm === 'me' && k > end) kinds |= ROOM;
    // "read it out", "read her poem out loud", "read aloud": a child reading to the room.
    if (x.norm === 'read' && readAloudAfter(words, k)) kinds |= CHILDLIKE | ROOM;
    // "a whole page", "the whole book by herself": a child's reading or writing measured out.
    if (x.norm === 'whole' && WHOLE_WORK.has(words[k + 1]?.norm ?? '')) kinds |= CHILDLIKE;
    // "without stopping", "without any help": a child managing alone.
    if (x.norm === 'without' && (words[k + 1]?.norm === 'stopping' || words[k + 1]?.norm === 'help' || (words[k + 1]?.norm === 'any' && words[k + 2]?.norm === 'help'))) kinds |= CHILDLIKE;
    // "came to collect Ilyas early", "picked Ava up early": a child collected early from the writer's care.
    if (k === i - 1 && COLLECT.has(x.norm) && earlyAfter(words, end)) kinds |= CHILDLIKE | TIME;
    // "how far Kerem has come": a child's growth over the school year.
    if (x.norm === 'far' && words[k - 1]?.norm === 'how' && k === i - 1) kinds |= CHILDLIKE;
    // "read to the little ones": the younger children of the school.
    if (x.norm === 'little' && words[k + 1]?.norm === 'ones') kinds |= CHILDLIKE;
    // "making me a card", "drew me a picture", "painted his mum a rainbow": what a child makes for the grown-up who
    // teaches them, or for a parent.
    if (MAKES.has(x.norm) && k > end) {
      const forParent = (words[k + 1]?.norm === 'his' || words[k + 1]?.norm === 'her') && CHILDS_GROWN_UPS.has(words[k + 2]?.norm ?? '');
      const at = words[k + 1]?.norm === 'me' ? k + 2 : forParent ? k + 3 : -1;
      if (at > 0 && (words[at]?.norm === 'a' || words[at]?.norm === 'another') && (forParent || GIFTS.has(words[at + 1]?.norm ?? ''))) kinds |= CHILDLIKE;
    }
    // "held my hand on the walk back": a small child holding the writer's hand.
    if ((x.norm === 'held' || x.norm === 'holding' || x.norm === 'hold') && words[k + 1]?.norm === 'my' && words[k + 2]?.norm === 'hand' && k > end) kinds |= CHILDLIKE;
    // "go out at break", "went out to play": a child's playtime.
    if (x.norm === 'out' && k > end && ((words[k + 1]?.norm === 'at' && ['break', 'playtime', 'lunch', 'lunchtime'].includes(words[k + 2]?.norm ?? '')) || (words[k + 1]?.norm === 'to' && words[k + 2]?.norm === 'play'))) kinds |= CHILDLIKE;
    // "Chatted to Mrs Adebayo about Ifeoluwa's progress": a child's progress talked over with a titled grown-up.
    if (k === end + 1 && words[end]!.possessive && PROGRESS.has(x.norm) && words[i - 1]?.norm === 'about' && titleBefore(words, i - 1)) kinds |= TEACH;
    // "counted to 20", "counted all the way to 100": a young child's counting.
    if ((x.norm === 'counted' || x.norm === 'count') && countsToNumber(words, k)) kinds |= CHILDLIKE;
    // "at 35", "she is 34", "turned 40": a grown-up's age.
    if (AGE_BEFORE.has(x.norm) && /^(?:1[89]|[2-9]\d)$/.test(words[k + 1]?.norm ?? '')) return false;
    // "Seven years old.", "only 6 years old": a child's age (not "a 40 year old").
    if (CHILD_AGES.has(x.norm) && words[k + 1]?.norm === 'years' && words[k + 2]?.norm === 'old' && k > end) kinds |= CHILDLIKE;
    // "He is 6", "she's only 4": a child's age.
    if ((x.norm === 'is' || x.norm === 'was' || x.norm === 'hes' || x.norm === 'shes' || x.norm === 'only') && /^(?:[2-9]|1[0-5])$/.test(words[k + 1]?.norm ?? '')) kinds |= CHILDLIKE;
  }
  // In a post about the writer's school day, a child's piece of work made by the name ("Idris wrote a story about a
  // dragon", "Anouk painted a sunflower", "built a castle out of junk") is what a child in their class does; the
  // school day counts as a kind of its own.
  if (schoolDay && childsWorkAfter(words, end)) kinds |= CHILDLIKE | SCHOOL_DAY;
  if (!(kinds & CHILD_ONLY)) return false;
  // A day's clock counts beside a sign of the child or the room, not beside an activity alone.
  if (kinds & DAY && !(kinds & (CHILDLIKE | LITTLE | ROOM | TEACH | FOND))) kinds &= ~DAY;
  let n = 0;
  for (let bits = kinds; bits; bits &= bits - 1) n++;
  // A word no name list holds needs one kind more.
  return n >= (unlisted ? 3 : 2);
}

/** Words that start a kind of evidence above without being one alone: "whole page", "without stopping", "told me". */
const GATE_WORDS = new Set(['whole', 'without', 'first', 'learnt', 'learned', 'learning', 'collect', 'collected', 'picked', 'plaster', 'plasters', 'pep', 'spare', 'called', 'named']);

/** Does the post hold any word the evidence above could use? (The rule's cheap first gate.) */
export function hasCareWord(doc: Doc, words: readonly Word[]): boolean {
  return doc.memo('pupil:care-word', () => {
    // A child's firsts and achievements count too ("zaynab read a whole page without stopping"): two kinds are still needed.
    for (const w of words) if (!w.prefix && (OPENERS.has(w.norm) || ((CARE_WORDS.get(w.norm) ?? 0) & (TIME | DAY | ROOM | CHILDLIKE | DOING)) || GATE_WORDS.has(w.norm))) return true;
    return false;
  });
}
