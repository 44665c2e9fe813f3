/**
 * A school event the writer runs, said as their own work (issue 11, session school12): "running the school disco",
 * "I'm in charge of sports day", "Directing the Year 5 play", "Nativity rehearsals all afternoon", "Sports day planning
 * meeting ran over", "Parents evening tonight, 24 appointments back to back", "Moderation day tomorrow for our Year 2
 * writing". The settled convention counts the writer's school role as school identification, and staff name it this
 * way as often as with "my class".
 *
 * Left alone: a parent's event ("my son's parents evening", "Our little one's nativity", "Nativity rehearsal tonight for
 * my daughter", "3 appointments, one for each of mine"), the parents' race, a production with nothing of the writer's
 * work on it ("Year 6 production tomorrow and I have bought tickets"), a church's fair, forum moderation.
 *
 * Read by school/staff-group. Constant work per word: a set look-up on the event's first word, then a few words either
 * side and one sentence of text.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import { schoolContextNear, type Word } from '../../../lib/engine/context/index.ts';
import { sentenceAround } from './sentence-around.ts';

/** First words of a school event; the rest is checked in eventEnd. */
export const EVENT_FIRST = new Set(['christmas', 'moderating', 'nativity', 'sports', 'parents', 'parent', 'school', 'moderation', 'harvest', 'leavers', 'year', 'yr', 'ks1', 'ks2', 'ks3', 'ks4', 'key', 'mocks', 'sats', ...Array.from({ length: 13 }, (_, n) => `y${n + 1}`), ...Array.from({ length: 13 }, (_, n) => `year${n + 1}`)]);
/** What a year group or key stage puts on: "the Year 5 play", "our KS2 production". */
const SHOWS = /^(?:production|play|assembly|concert|performance|show|nativity|panto|musical)$/;
/** School events after "school": "school disco", "school council", "school production". */
const SCHOOL_EVENTS = /^(?:disco|council|production|play|concert|show|musical|panto)$/;
/** Verbs of running an event, before it: "running the school disco", "Directing the Year 5 play". */
const RUN_VERBS = new Set(['writing', 'wrote', 'casting', 'choreographing', 'running', 'organising', 'organizing', 'organised', 'organized', 'directing', 'directed', 'hosting', 'staging', 'planning', 'rehearsing', 'coordinating', 'co-ordinating', 'producing', 'leading']);
/** Verbs of the writer's part in an event, before what they do there: "running the sack race at sports day". */
const PART_VERBS = new Set(['running', 'organising', 'organizing', 'manning', 'judging', 'refereeing', 'umpiring', 'starting', 'leading', 'coordinating', 'co-ordinating', 'commentating', 'marshalling', 'supervising', 'scoring', 'announcing']);
/** Words between the verb and the event: "running the school disco", "directing this year's nativity". */
const EVENT_DETS = new Set(['the', 'our', 'this', 'year', 'next', 'whole']);
/** Staff work on an event, after it: "Nativity rehearsals", "Sports day planning meeting", "dress rehearsal". */
const EVENT_WORK = /^(?:rehearsals?|dress|planning|prep|scripts?|run|meeting|meetings|risk|seating|timetable|casting|auditions?)$/;
/** Words that make "Moderation day" staff work: a day, a meeting or training of it. */
const MODERATION_NEXT = /^(?:day|meeting|meetings|training|session|week|deadline|visit|today|tomorrow)$/;
/** A parent in the sentence: the event is their child's. */
const PARENT_SENTENCE = /\b(?:my|our)\s+(?:(?:little|eldest|youngest|middle|oldest|two|three|baby)\s+)?(?:son|daughter|sons|daughters|child|children|kids?|boy|girl|twins|stepson|stepdaughter|little\s+ones?|eldest|youngest|grandson|granddaughter|grandchild|grandkids?|niece|nephew)\b|\b(?:my|our)\s+(?:two|three|four|five)\b(?!\s+(?:years?|yrs?|classes|groups|sets|forms|y\d))|\bone\s+for\s+each\s+of\s+(?:mine|ours|them)\b|\bfor\s+(?:my|our)\s+(?:son|daughter|kids?|child)\b/i;
/** Events a parents' association, a church, a drama group, a company or a club runs. */
const NOT_STAFF_EVENT = /\b(?:pta|ptfa|pfa|friends\s+of|church|chapel|parish|sunday\s+school|am-?dram|amateur|drama\s+group|theatre\s+group|panto\s+society|company|corporate|(?:rugby|football|cricket|golf|tennis|running|sports|social|youth)\s+club)\b/i;
/** Someone else before the verb of running an event: "who's running", "she's in charge of", "my mum is running". */
const OTHER_RUNNER = /\b(?:who|who['’]?s|whos|someone|somebody|anyone|anybody|they|they['’]re|theyre|he|he['’]s|hes|she|she['’]s|shes|mum|dad|wife|husband|partner|friend|sister|brother|nan|grandad|neighbour)\s+(?:is\s+|was\s+|are\s+|were\s+|will\s+be\s+|has\s+been\s+|had\s+been\s+)?(?:\w+\s+)?$/i;
/** "Guess who's running the nativity again 🙋": the writer asks the reader to guess them (session tonefp5). */
const GUESS_WRITER = /\bguess\s+who(?:['’]?s|\s+is)?\s+(?:\w+\s+)?$/i;
function otherRunner(before: string): boolean {
  return OTHER_RUNNER.test(before) && !GUESS_WRITER.test(before);
}
/** Words after an event that close it: "Parents' evening done", "... over", "... survived". */
const DONE_AFTER = /^(?:done|over|survived|finished|complete|completed)$/;
/** Someone else's event: "her nativity", "his sports day", "their parents evening". */
const OWNER_BEFORE = /^(?:her|his|their|your)$/;
/** The writer in a sentence. */
const FIRST_PERSON = /\b(?:i|me|my|i['’]m|i['’]ve|i['’]ll|im|ive)\b/i;
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred']);
const FIFTEEN_UP = new Set(['fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', ...TENS]);

/** The end of a school event starting at word k, or -1. */
function eventEnd(words: readonly Word[], k: number): number {
  const w = words[k]!;
  const n1 = words[k + 1]?.norm ?? '';
  switch (w.norm) {
    case 'nativity':
    case 'moderation':
    case 'mocks':
      return k + 1;
    case 'sats':
      return w.upper ? k + 1 : -1;
    case 'sports':
      return n1 === 'day' || n1 === 'days' ? k + 2 : -1;
    case 'parents':
    case 'parent':
      return /^(?:evening|evenings|eve|consultations?)$/.test(n1) ? k + 2 : -1;
    case 'school':
      return SCHOOL_EVENTS.test(n1) ? k + 2 : -1;
    case 'christmas':
      // "the Christmas play": a school's, a church's or a drama group's, so only with a verb of running it (below).
      return /^(?:play|production|performance|concert|show)$/.test(n1) ? k + 2 : -1;
    case 'moderating': {
      // "Moderating Year 6 writing", "moderating the Year 2 books": a year group's work, as staff moderate it.
      const y = words[k + 1]?.norm === 'the' ? k + 2 : k + 1;
      const yw = words[y]?.norm ?? '';
      if ((yw === 'year' || yw === 'yr') && /^(?:[1-9]|1[0-3])$/.test(words[y + 1]?.norm ?? '')) return y + 2;
      return /^(?:y|year)(?:[1-9]|1[0-3])$|^ks[1-4]$|^eyfs$/.test(yw) ? y + 1 : -1;
    }
    case 'harvest':
      return n1 === 'festival' ? k + 2 : -1;
    case 'leavers':
      return /^(?:assembly|service|production|show|disco|play)$/.test(n1) ? k + 2 : -1;
    default: {
      // "Year 5 play", "Y6 production", "KS2 production", "Key Stage 2 nativity".
      let g = -1;
      if ((w.norm === 'year' || w.norm === 'yr') && /^(?:[1-9]|1[0-3])$/.test(n1)) g = k + 2;
      else if (/^(?:y|year)(?:[1-9]|1[0-3])$|^ks[1-4]$/.test(w.norm)) g = k + 1;
      else if (w.norm === 'key' && n1 === 'stage' && /^[1-4]$/.test(words[k + 2]?.norm ?? '')) g = k + 3;
      return g > 0 && SHOWS.test(words[g]?.norm ?? '') ? g + 1 : -1;
    }
  }
}

/**
 * Is word k a count of fifteen or more ("24", "thirty-one", "thirty")? A secondary parent books eight or ten
 * appointments with their child's subject teachers; a teacher sees twenty or thirty families.
 */
function bigCount(words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (!w) return false;
  if (/^\d{1,3}$/.test(w.norm)) return Number(w.norm) >= 15;
  return FIFTEEN_UP.has(w.norm) || (/^(?:one|two|three|four|five|six|seven|eight|nine)$/.test(w.norm) && TENS.has(words[k - 1]?.norm ?? ''));
}

/**
 * The writer's own school event at word i, as [first word, end word) or null. Call only where EVENT_FIRST holds the
 * word (or it opens "in charge of" / a verb of running one): see writerEventAt's callers.
 */
export function writerEventAt(doc: Doc, words: readonly Word[], i: number): readonly [number, number] | null {
  if (!EVENT_FIRST.has(words[i]!.norm) || words[i]!.prefix) return null;
  const e = eventEnd(words, i);
  if (e < 0) return null;
  if (OWNER_BEFORE.test(words[i - 1]?.norm ?? '')) return null;
  const ev = words[i]!.norm;
  // "the Year 2 nativity": the year group's event is read from its first word, not again from "nativity".
  if (ev === 'nativity' && /^(?:[1-9]|1[0-3])$|^(?:y|year)(?:[1-9]|1[0-3])$|^ks[1-4]$/.test(words[i - 1]?.norm ?? '')) return null;
  // The verb before: "running the school disco", "Directing the Year 5 play", "in charge of sports day".
  let v = i - 1;
  while (v >= 0 && v > i - 4 && EVENT_DETS.has(words[v]!.norm)) v--;
  let start = -1;
  // "Anyone know who's running the school disco?", "my mum is running the nativity": someone else runs it.
  if (v >= 0 && (RUN_VERBS.has(words[v]!.norm) || words[v]!.norm === 'of' || words[v]!.norm === 'on') && otherRunner(doc.text.slice(Math.max(0, words[v]!.start - 30), words[v]!.start))) return null;
  if (v >= 0 && RUN_VERBS.has(words[v]!.norm)) start = v;
  else if (v >= 2 && words[v]!.norm === 'of' && words[v - 1]!.norm === 'charge' && words[v - 2]!.norm === 'in') start = v - 2;
  // "I've taken on the school council", "taking on the Year 6 production".
  else if (v >= 1 && words[v]!.norm === 'on' && /^(?:taken|taking|took|take)$/.test(words[v - 1]!.norm)) start = v - 1;
  // "our Key Stage 2 production", "our KS2 nativity": a key stage's show, as its staff say "ours" ("our Year 6
  // production" is staff-identity's).
  else if (words[i - 1]?.norm === 'our' && /^(?:ks[1-4]|key)$/.test(ev)) start = i - 1;
  // Session school13: the writer's part in the event, said before it: "in charge of the timing at sports day", "running
  // the egg and spoon at sports day", "in charge of costumes for the Key Stage 1 nativity", "in charge of the exam halls
  // for the mocks". Up to five words of the part between, in one clause; someone else running it is checked below.
  else if (v >= 1 && /^(?:at|for)$/.test(words[v]!.norm) && !words[v]!.sentenceStart) {
    for (let k = v - 1; k >= 0 && k >= v - 6; k--) {
      const x = words[k]!;
      if (/[,;:.!?]/.test(doc.text.slice(x.end, words[k + 1]!.start))) break;
      if (PART_VERBS.has(x.norm) || (x.norm === 'of' && words[k - 1]?.norm === 'charge' && words[k - 2]?.norm === 'in')) {
        const s0 = x.norm === 'of' ? k - 2 : k;
        if (otherRunner(doc.text.slice(Math.max(0, words[s0]!.start - 30), words[s0]!.start))) return null;
        start = s0;
        break;
      }
      if (x.sentenceStart) break;
    }
  }
  let end = e;
  if (ev === 'moderating') start = i;
  // "the Christmas play" needs its runner before it and school talk near: churches and drama groups put one on too
  // ("I'm in charge of the Christmas play again" alone is anyone's).
  if (ev === 'christmas' && (start < 0 || !schoolContextNear(doc, i, 40, e - i))) return null;
  if (start < 0) {
    const n = words[e];
    if (ev === 'moderation') {
      // "Moderation day tomorrow for our Year 2 writing": staff work, with school talk near (not forum moderation).
      if (!n || !MODERATION_NEXT.test(n.norm) || !schoolContextNear(doc, i, 40, e + 1 - i)) return null;
      start = i;
      end = /^(?:today|tomorrow)$/.test(n.norm) ? e : e + 1;
    } else if (n && !n.sentenceStart && EVENT_WORK.test(n.norm)) {
      // "Nativity rehearsals", "Sports day planning meeting", "dress rehearsal", "run-through", "risk assessments".
      let k = e;
      if (n.norm === 'dress' && !/^rehearsals?$/.test(words[e + 1]?.norm ?? '')) return null;
      if (n.norm === 'run' && words[e + 1]?.norm !== 'through') return null;
      if (n.norm === 'risk' && !/^assessments?$/.test(words[e + 1]?.norm ?? '')) return null;
      if (n.norm === 'seating' && !/^plans?$/.test(words[e + 1]?.norm ?? '')) return null;
      k = n.norm === 'dress' || n.norm === 'run' || n.norm === 'risk' || n.norm === 'seating' || (n.norm === 'planning' && /^meetings?$/.test(words[e + 1]?.norm ?? '')) ? e + 2 : e + 1;
      // "the Year 2 nativity rehearsal was lively" could be a parent's hearsay: after "the", only with the writer in the
      // sentence ("the nativity rehearsal and I've lost my voice").
      if (/^(?:the|a)$/.test(words[i - 1]?.norm ?? '') && !FIRST_PERSON.test(sentenceAround(doc, words[i]!))) return null;
      start = i;
      end = k;
    } else if ((ev === 'parents' || ev === 'parent') && /appointments/i.test(doc.text.slice(words[i]!.start, words[i]!.end + 120))) {
      // "Parents evening tonight, 24 appointments back to back": only a teacher has that many. Session tonefp5: after
      // "done" the count may open the next sentence ("Parents' evening done (and dusted). 26 appointments back to
      // back"), as long as that sentence is not a parent's ("... 3 appointments, one for each of mine").
      const done = DONE_AFTER.test(words[e]?.norm ?? '');
      let found = false;
      for (let k = e, crossed = 0; k < e + 12 && k < words.length; k++) {
        if (k > e && words[k]!.sentenceStart && (!done || ++crossed > 1)) break;
        if (words[k]!.norm === 'appointments' && bigCount(words, k - 1)) {
          found = !PARENT_SENTENCE.test(sentenceAround(doc, words[k]!));
          break;
        }
      }
      if (!found) return null;
      start = i;
    } else return null;
  }
  // A parent's, a PTA's or a church's event: "for my daughter", "for the PTA", "at church".
  const sentence = sentenceAround(doc, words[i]!);
  if (PARENT_SENTENCE.test(sentence) || NOT_STAFF_EVENT.test(sentence)) return null;
  return [start, end];
}
