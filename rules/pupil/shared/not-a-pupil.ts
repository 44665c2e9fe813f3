/**
 * Session pupil17: readings of a name-like word that make it no pupil at all, shared by child-name and roster-name.
 * Each looks at a few words around the name (or the name's own sentence), never over the whole post per word.
 */
import type { Word } from '../../../lib/engine/context/index.ts';

/** Verbs (and nouns with "for") that put on, sing or try out for a show: "we're doing Oliver! this year". */
const SHOW_VERBS = new Set(['doing', 'performing', 'perform', 'performed', 'staging', 'stage', 'singing', 'sing', 'sang', 'rehearsing', 'presenting']);
const SHOW_FOR = new Set(['auditions', 'audition', 'auditioning', 'rehearsals', 'rehearsal', 'tickets', 'ticket']);

/**
 * A show's title after what a cast does: "We're doing Oliver! this year", "performing Annie! in March", "auditions for
 * Matilda the Musical". The title carries its "!" (or "the Musical"); "performing Tia's solo" or "singing with Kai" do not.
 */
export function showTitleAfterVerb(text: string, words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (w.possessive) return false;
  const p = words[i - 1];
  if (!p || p.cap) return false;
  const afterVerb = SHOW_VERBS.has(p.norm) || (p.norm === 'for' && SHOW_FOR.has(words[i - 2]?.norm ?? ''));
  if (!afterVerb) return false;
  if (text[w.end] === '!') return true;
  return words[i + 1]?.norm === 'the' && words[i + 2]?.norm === 'musical';
}

/** What a season, a river or the weather is said to be or do after "'s" ("is"/"has"). */
const LITERAL_STATES = new Set(['here', 'over', 'arrived', 'coming', 'burst', 'bursting', 'flooded', 'flooding', 'rising', 'risen', 'frozen', 'ended', 'begun', 'upon', 'broken']);
const LITERAL_FILLERS = new Set(['finally', 'officially', 'well', 'really', 'nearly', 'almost', 'definitely', 'just', 'right', 'truly', 'properly', 'actually', 'already', 'def', 'deffo', 'now']);

/**
 * A word-name opening its sentence with "'s" for "is"/"has", then what only the word's own sense does: "Summer's finally
 * here", "River's burst its banks", "River's right up to the footpath". "River's painting" or "Summer's been brilliant"
 * stay a child's.
 */
export function wordSenseContraction(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (!w.sentenceStart || !w.possessive) return false;
  let k = i + 1;
  while (k < i + 4 && LITERAL_FILLERS.has(words[k]?.norm ?? '')) k++;
  const n = words[k];
  if (!n || n.cap || n.sentenceStart) return false;
  return LITERAL_STATES.has(n.norm) || (n.norm === 'up' && words[k + 1]?.norm === 'to');
}

/** A birth weight: "7lb 2oz", "8 lbs 1 oz", "6lb9oz". */
const BIRTH_WEIGHT = /\b\d{1,2}\s?(?:lb|lbs)\b|\b\d{1,2}\s?lb\s?\d{1,2}\s?oz\b|\b\d{1,2}lb\d{1,2}oz\b/i;
/** Sentences around a newborn's name: "welcome to the world", "arrived at 3am", "born on". */
const NEWBORN_WORDS = /\bwelcome to the world\b|\bnew(?:est)? arrival\b|\bjust been born\b|\bwas born\b|\bborn (?:on|at|yesterday|today|last)\b/i;

/** The start and end (text offsets) of the name's sentence and the next one. */
function sentencePair(text: string, words: readonly Word[], i: number): [number, number] {
  let a = i;
  while (a > 0 && !words[a]!.sentenceStart) a--;
  let b = i + 1;
  let starts = 0;
  for (; b < words.length; b++) if (words[b]!.sentenceStart && ++starts === 2) break;
  return [words[a]!.start, b < words.length ? words[b]!.start : text.length];
}

/**
 * A newborn announced: "Welcome to the world, little Ottilie", "Ottilie arrived on Tuesday at 11pm, 6lb 9oz". A birth
 * weight or a birth word in the name's sentence or the next one makes a family baby, not a pupil.
 */
export function newbornAround(text: string, words: readonly Word[], i: number): boolean {
  const [a, b] = sentencePair(text, words, i);
  const s = text.slice(a, b);
  return BIRTH_WEIGHT.test(s) || NEWBORN_WORDS.test(s);
}

/** What grown-ups run at a fete, a church coffee morning or a village do. */
const STALLS = new Set(['tombola', 'raffle', 'teas', 'tea', 'refreshments', 'bric', 'brica', 'bbq', 'barbecue', 'barbeque', 'bar', 'door', 'gate', 'plants', 'plant', 'cake', 'cakes', 'books', 'coconut', 'coffee', 'urn', 'stall', 'stalls', 'hook', 'burgers', 'pimms', 'grill', 'parking', 'car']);
const PARENTS = new Set(['mum', 'dad', 'mummy', 'daddy', 'mom', 'mam', 'nan', 'nana', 'grandma', 'grandad', 'granny', 'grandpa', 'gran', 'auntie', 'aunty', 'uncle']);
const ON_DUTY = new Set(['on', 'running', 'ran', 'run', 'runs', 'manning', 'manned', 'doing', 'did', 'serving', 'served', 'behind']);

/** "Margaret on the tombola", "Keith on the barbecue", "Bronwen and Eirlys ran the teas": someone on a stall's duty. */
function onStallAt(words: readonly Word[], k: number): boolean {
  const n = words[k + 1];
  if (!n || !ON_DUTY.has(n.norm) || n.cap) return false;
  let m = k + 2;
  if (words[m]?.norm === 'the') m++;
  return STALLS.has(words[m]?.norm ?? '');
}

/**
 * A helper named at a fete or a church do: "Thanks to Margaret on the tombola, Keith on the barbecue, Brenda and Rita
 * doing the teas", "Gwenda on the cake stall, Trevor on the raffle, and Dilys who sorted the bric-a-brac". A
 * capitalised name on a stall's duty in the name's sentence makes the sentence's names grown-up volunteers.
 */
export function stallHelpersInSentence(words: readonly Word[], i: number): boolean {
  // "Maisie's Mum ran the raffle": a pupil named through the parent on duty.
  if (words[i]!.possessive) return false;
  let a = i;
  while (a > 0 && !words[a]!.sentenceStart) a--;
  for (let k = a; k < words.length && k < i + 30; k++) {
    if (k > a && words[k]!.sentenceStart) break;
    if (words[k]!.cap && !PARENTS.has(words[k]!.norm) && onStallAt(words, k)) return true;
  }
  return false;
}

/** Words of a couple's life that make "my X" the writer's partner. */
const COUPLE_WORDS = new Set(['anniversary', 'married', 'marriage', 'wedding', 'husband', 'hubby', 'wife', 'wifey', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'valentine', 'valentines', 'engaged', 'honeymoon', 'vows']);

/**
 * "Happy anniversary to my Idris", "ten years married to my Caspian today": "my" right before the name and a couple's
 * word in its sentence make the writer's partner (a teacher's "my Jayden" has no anniversary).
 */
export function partnerByMy(words: readonly Word[], i: number): boolean {
  if (words[i - 1]?.norm !== 'my') return false;
  let a = i;
  while (a > 0 && !words[a]!.sentenceStart) a--;
  for (let k = a; k < words.length && k < i + 25; k++) {
    if (k > a && words[k]!.sentenceStart) break;
    if (COUPLE_WORDS.has(words[k]!.norm)) return true;
  }
  return false;
}
