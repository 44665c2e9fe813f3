/**
 * The writer at a named place right now, whatever they are doing there (issue 11, session places9). The seed policies
 * ask staff to be aware of location sharing; a walk, a run, a swim or a skate at a named place with a word of now is
 * as much a check-in as a coffee. Four frames, each anchored on a rare word or a short post:
 *
 * - NOW: a strong word of now in the sentence ("now", "right now", "rn", "currently", "at the moment", "as we speak")
 *   and a place after any preposition of position or movement ("round Fairburn Ings", "along Formby beach", "by
 *   Llandaff", "on Lake Windermere", "at Winter Wonderland in Hyde Park"), in a clause that the writer opens (not
 *   someone else, a name, the weather or traffic): "walking the dog round Fairburn Ings right now", "Out on the Taff
 *   Trail by Llandaff now", "Ice skating at Winter Wonderland in Hyde Park right now".
 * - JUST: "just" and a finished activity, then a place: "Just swam at Tooting Lido", "Just finished a swim at
 *   Hathersage Lido" (not a booking, a purchase or news: "Just booked Hollywood Bowl for March").
 * - CAPTION: in a short post, a sentence that opens with a few words of activity and places it twice, a venue and its
 *   town: "Soft play at Jungle Mania in Hull", "Bowling at Hollywood Bowl in Leeds" (not an event to come: "Kids'
 *   party at Jungle Jims in Doncaster next Saturday").
 *
 * - HERE: "I'm here till ..." with a place in the sentence: "Mum's on ward 12 at Wythenshawe, I'm here till visiting ends".
 *
 * The guards are presence.ts's: not the past, a wish, plan, habit or question, not someone else, not the place as the
 * subject of a statement ("Queues at Stansted right now are insane"). Places are presence.ts's placeAt: a
 * capitalised name that is no month, subject, school or first name, a town or destination in lower case, or a venue
 * and where it is.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Hit } from '../../../lib/engine/types.ts';
import { isKnownName } from '../../pupil/shared/first-names.ts';
import { tokenIndex } from '../../tone/shared/windows.ts';
import { PRESENCE_GUARDS, isDestination, placeAt, wordsOf, type Word } from './presence.ts';
import { isUkPlace } from './whereabouts.ts';
import { frameHits, sentences } from './sentences.ts';
import { wordGate } from './word-gate.ts';

const REASON_HERE = 'This is a check-in: it tells everyone where you are right now. Share where you were after you have left instead.';

const F_NOW = 1;
const F_JUST = 2;
const F_CAPTION = 4;
const F_HERE = 8;
const F_CLIMB = 16;
/** The writer here until something ends: "I'm here till visiting ends", "we're here until 8". */
const HERE_TILL = /\b(?:i['’]?m|we['’]?re|i\s+am|we\s+are)\s+(?:(?:stuck|still|sat|staying)\s+)?here\s+(?:till|until|til|for\s+(?:the\s+)?(?:night|day|afternoon|evening|morning|next|another|a\s+while|\d))\b/i;
/** Anchor words (the post's token index): a post with none of them, and longer than a caption, costs a few look-ups. */
const NOW_ANCHORS = ['now', 'rn', 'currently', 'atm', 'moment', 'speak'];
const ANCHOR_TEXT = /\b(?:now|rn|currently|atm|moment|speak|just|here|summited|climbed|scaled|bagged)\b/i;
const ANCHOR_WORDS = ['now', 'rn', 'currently', 'atm', 'moment', 'speak', 'just', 'here', 'summited', 'climbed', 'scaled', 'bagged'];
/** [A-Za-z0-9_], the \w of a regex without the u flag, by code unit. */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** May ANCHOR_TEXT match? False only when it cannot (shared/word-gate.ts). */
const MAY_HOLD_ANCHOR = wordGate(ANCHOR_WORDS, true);
/**
 * ANCHOR_TEXT.test(doc.text), mostly without scanning the post: a token of the shared index whose characters are one
 * of the anchor words in ASCII letters of any case, with no \w character either side, is a match; a post the word
 * gate rules out has none. Only otherwise (letters beyond ASCII, an underscore beside the word ...) does the regex decide.
 */
function hasAnchorText(doc: Doc): boolean {
  const { text, tokens } = doc;
  const index = tokenIndex(doc);
  for (const word of ANCHOR_WORDS) {
    const at = index.get(word);
    if (!at) continue;
    for (const t of at) {
      const { start, end } = tokens[t]!;
      if (end - start !== word.length || (start > 0 && isWordChar(text.charCodeAt(start - 1))) || (end < text.length && isWordChar(text.charCodeAt(end)))) continue;
      let same = true;
      for (let k = 0; k < word.length && same; k++) {
        const c = text.charCodeAt(start + k);
        // An ASCII letter, matching the word's (lower-case) letter in either case.
        same = ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && (c | 0x20) === word.charCodeAt(k);
      }
      if (same) return true;
    }
  }
  return MAY_HOLD_ANCHOR(doc) && ANCHOR_TEXT.test(text);
}
const STRONG_NOW = /\b(?:right\s+now|now|rn|currently|atm|at\s+the\s+moment|as\s+we\s+speak)\b/i;
/** Prepositions of position or movement before a place. */
const SPATIAL = new Set(['at', 'in', 'on', 'round', 'around', 'along', 'near', 'up', 'across', 'over', 'outside', 'inside', 'beside', 'through', 'off', 'past', 'down', 'alongside']);
/** After "on", only somewhere you stand: a lake, a trail, a hill ("on Lake Windermere", "on the Taff Trail"), not a topic ("essays on Macbeth"). */
const ON_GROUND = /\b(?:lake|trail|river|beach|pier|prom|promenade|hill|moor|moors|common|island|bay|canal|loch|coast|seafront|path|bridge|front|sands|fell|fells|mountain|green|heath|downs|way|tor|edge|ridge|head|point|water|broads|estuary)\b/i;
/**
 * Session places10: climbs, walks, rides and swims that take the place as their object, no preposition between: "Just
 * climbed Pen y Fan", "Cycling the Camel Trail right now", "Paddleboarding Ullswater rn", "just passed Wadebridge".
 * Only these verbs: "Just finished Wuthering Heights" and "Watching Bake Off now" take a book or a programme.
 */
const MOVE_PAST = new Set(['climbed', 'summited', 'scaled', 'conquered', 'bagged', 'hiked', 'walked', 'cycled', 'biked', 'ran', 'swam', 'paddled', 'kayaked', 'rowed', 'crossed', 'passed', 'reached', 'topped']);
const MOVE_ING = new Set(['climbing', 'summiting', 'scaling', 'hiking', 'walking', 'cycling', 'biking', 'running', 'swimming', 'paddling', 'paddleboarding', 'kayaking', 'canoeing', 'rowing', 'crossing', 'exploring', 'wandering', 'strolling', 'roaming', 'riding', 'touring', 'trekking', 'tackling', 'passing', 'leaving']);
/** Climbs: what follows with a capital is a hill or a mountain ("Just climbed Pen y Fan", "Summiting Helvellyn rn"). */
const CLIMB = new Set(['climbed', 'summited', 'scaled', 'conquered', 'bagged', 'topped', 'climbing', 'summiting', 'scaling', 'tackling']);
/**
 * After the other movement verbs, the object must read as somewhere: a town or destination, or a name with a word of the
 * landscape ("Cycling the Camel Trail", "Walking the Cleveland Way", "Paddleboarding Ullswater"), not "Exploring
 * Minecraft" or "Riding Shotgun".
 */
const LANDSCAPE = /\b(?:lake|trail|river|beach|pier|prom|promenade|hills?|moors?|common|island|bay|canal|loch|llyn|coast|seafront|path|bridge|sands|fells?|mountain|heath|downs|way|tor|edge|ridge|point|water|broads|estuary|pike|crag|scar|beacon|peaks?|fan|ben|pen|mount|glen|dale|gorge|falls|force|forest|woods?|park|reservoir|harbour|cliffs?|valley|pass|causeway|walk|circuit|loop)\b|(?:water|mere|dale|fell|tarn|ness)$/i;
function somewhere(name: string): boolean {
  const n = name.replace(/^the\s+/i, '');
  return isUkPlace(n) || isDestination(n) || LANDSCAPE.test(n);
}
/**
 * Parts of a place before "of": "the top of Snowdon", "the steps of the Royal Exchange"; session personal14, the
 * spots of a pub or hotel where the writer sits: "the beer garden of the Crown and Anchor", "the terrace of the Ship Inn".
 */
const PART_OF = new Set(['length', 'top', 'end', 'edge', 'side', 'summit', 'foot', 'middle', 'bottom', 'steps', 'banks', 'shores', 'shore', 'streets', 'centre', 'heart', 'outskirts', 'back', 'front', 'tip', 'peak', 'terrace', 'garden', 'gardens', 'patio', 'balcony', 'deck', 'rooftop', 'lounge', 'grounds']);
/** Relatives and friends after "my"/"our" opening a clause: "My brother's at Heathrow now" is someone else's whereabouts. */
const OTHERS = /^(?:mum|mam|mom|dad|nan|nana|gran|granny|grandad|grandma|grandpa|husband|hubby|wife|partner|son|daughter|kids|boys|girls|sister|brother|parents|in-laws|friend|friends|mate|mates|neighbour|neighbours|colleague|colleagues|boss|aunt|auntie|uncle|cousin|niece|nephew|bestie|eldest|youngest|other|fella|missus|bf|gf)(?:['’]s)?$/;
/** Capitalised words after "on"/"in" that are media or languages, not places ("on Channel 4 now", "in Spanish now"). */
const NOT_PLACE_HERE = new Set(['channel', 'radio', 'tv', 'telly', 'spotify', 'iplayer', 'sky', 'disney', 'prime', 'stage', 'spanish', 'french', 'german', 'italian', 'welsh', 'polish', 'urdu', 'arabic', 'mandarin', 'twitch', 'snapchat', 'linkedin', 'threads', 'bluesky', 'x']);
/** Who opens a clause when it is not the writer: pronouns, possessives of others, questions and conditions. */
const OTHER_OPENER = new Set(['he', 'she', 'they', 'it', 'you', 'his', 'her', 'their', 'your', 'its', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'who', 'which', 'what', 'whoever', 'anyone', 'anybody', 'people', 'if', 'when', 'once', 'why', 'how']);
/** News about a place opening a clause ("Snow in Buxton now", "Queues at Stansted right now"), unless an activity follows ("Ice skating"). */
const NEWS_OPENER = new Set(['snow', 'rain', 'sleet', 'hail', 'fog', 'wind', 'winds', 'storm', 'flooding', 'floods', 'traffic', 'roadworks', 'queues', 'queue', 'prices', 'delays', 'chaos', 'police', 'sirens', 'fire', 'protest', 'protests', 'news', 'cases', 'weather', 'temperatures', 'sunset', 'sunrise']);
/** Verbs of "just" that are no activity at a place: a booking, a purchase, news. */
const NOT_ACTIVITY = new Set(['booked', 'ordered', 'bought', 'paid', 'signed', 'applied', 'heard', 'read', 'watched', 'listened', 'received', 'emailed', 'posted', 'learned', 'learnt', 'realised', 'realized', 'noticed', 'registered', 'donated', 'found', 'reserved', 'entered', 'subscribed', 'rang', 'phoned', 'called', 'texted', 'messaged', 'renewed', 'cancelled', 'canceled', 'sent', 'seen', 'saw', 'remembered', 'discovered', 'moved', 'started', 'joined']);
/** Past forms of activities that do not end in -ed. */
const IRREGULAR_PAST = new Set(['swam', 'ran', 'rode', 'did', 'had', 'got', 'ate', 'drank', 'climbed', 'made', 'went', 'took', 'sat', 'stood', 'caught', 'flew', 'drove', 'grabbed', 'came', 'won', 'lost', 'hit', 'left', 'skied', 'dived', 'dove', 'slid', 'fell']);
/** An event or plan to come, in the sentence: not where the writer is now. */
const AHEAD = /\b(?:tomorrow|tmrw|next\s+\w+|this\s+(?:weekend|coming)|on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thurs?|fri|sat|sun)\b|wish\s+me\s+luck|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:morning|afternoon|evening|night)|booked|tickets?|rsvps?|invites?|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;
const CLAUSE_BREAK = /[,;:()–—!]/;
// Session personal14: study at a university or college is where someone lives for now ("Our Sophie is at uni in Durham now").
const RESIDENCE = /\b(?:live|lives|living|lived|moved|moving|grew\s+up|born|based|work|works|working\s+(?:at|for)|at\s+(?:uni|university|college)|studying|in\s+(?:my|our|his|her|their|the)\s+\w+\s+(?:year|years|term|month|week)\b)/i;
/** Memories anywhere in the sentence: "yesterday", "last week", "ago", "throwback". */
const MEMORY = /\b(?:yesterday|ago|last\s+(?:week|weekend|month|year|summer|spring|autumn|winter|night|time|christmas|easter|term|\w+day)|remember(?:ing)?|that\s+time|throwback|tbt|flashback|used\s+to|back\s+in|in\s+(?:19|20)\d\d)\b/i;
/** Session places10: a caption's lead that advertises rather than says where the writer is ("Job at Asda Pudsey"). */
const ADVERT_LEAD = /^(?:jobs?|vacanc(?:y|ies)|sales?|offers?|deals?|discounts?|prices?|openings?|positions?|roles?|roadworks|closures?|events?|tickets?)$/;
/** A school in a venue's name: the school rules report it. */
const SCHOOL_WORD = /^(?:ysgol|school|primary|academy|juniors?|infants?|college|high|ygg)$/;
/** The comma-bounded clause of `s` around [a, b). */
function clauseAround(s: string, a: number, b: number): string {
  let i = a;
  while (i > 0 && !CLAUSE_BREAK.test(s[i - 1]!)) i--;
  let j = b;
  while (j < s.length && !CLAUSE_BREAK.test(s[j]!)) j++;
  return s.slice(i, j);
}
const { past: PAST, notNow: NOT_NOW, someoneElse: SOMEONE_ELSE, placeSubject: PLACE_SUBJECT } = PRESENCE_GUARDS;

/**
 * Does the clause after the one ending at `end` carry on with where the writer is, with a strong word of now: "Staff
 * trip at Flamingo Land, on the log flume right now", "..., queuing for the zipwire rn"? It must open with a preposition
 * of place or an -ing word: "..., legs are jelly now" has a subject of its own and is written up after.
 */
const MOVED_ON = /^(?:bed|bath|sofa|settee|couch|train|bus|coach|car|taxi|plane|tube|tram|way|motorway|pyjamas|pjs|jammies|garden|kitchen|house|flat|office|work)$/i;
const THERE_ING = new Set(['queuing', 'queueing', 'waiting', 'sitting', 'standing', 'eating', 'having', 'watching', 'feeding', 'riding', 'paddling', 'swimming', 'climbing', 'walking', 'exploring', 'browsing', 'enjoying', 'sipping', 'drinking', 'lounging', 'sunbathing', 'playing', 'dancing', 'cheering', 'camping', 'hiding', 'sheltering', 'wandering']);
function nowGoesOn(s: string, end: number): boolean {
  let a = end;
  while (a < s.length && !CLAUSE_BREAK.test(s[a]!)) a++;
  if (a >= s.length || s[a] === '!' ) return false;
  let b = a + 1;
  while (b < s.length && !CLAUSE_BREAK.test(s[b]!)) b++;
  const next = s.slice(a + 1, b);
  const m = /^\s*([a-z]+)(?:\s+(?:the|a|an|my|our)\b)?(?:\s+([a-z]+))?/i.exec(next);
  const first = m?.[1]?.toLowerCase();
  if (first === undefined) return false;
  // A position inside the place ("on the log flume"), not one the writer has moved to since ("in the bath now", "on the
  // train home now"); an activity of being there ("queuing for the penguins"), not a feeling ("buzzing now").
  const inside = SPATIAL.has(first) && !MOVED_ON.test(m?.[2] ?? '') && !/\bhome\b/i.test(next);
  if (!inside && !THERE_ING.has(first)) return false;
  return STRONG_NOW.test(next) && !MEMORY.test(next);
}

/** Index of the first word of the clause that holds word k. */
function clauseFirst(s: string, ws: readonly Word[], k: number): number {
  let i = k;
  while (i > 0 && !CLAUSE_BREAK.test(s.slice(ws[i - 1]!.end, ws[i]!.start))) i--;
  return i;
}

/** Is the clause opened by someone or something other than the writer? */
function otherOpener(ws: readonly Word[], first: number): boolean {
  const w = ws[first]!;
  if (OTHER_OPENER.has(w.lower) || PRESENCE_GUARDS.notPresenceIng.has(w.lower)) return true;
  // "My brother's at Heathrow", "our lovely neighbours are in Spain" (but "my husband and I are ..." is the writer).
  if (/^(?:my|our|his|her|their)$/.test(w.lower)) {
    const near = ws.slice(first + 1, first + 5);
    if (near.slice(0, 2).some((x) => OTHERS.test(x.lower))) return !near.some((x, i) => (x.lower === 'and' || x.lower === '&') && /^(?:i|me)$/.test(near[i + 1]?.lower ?? ''));
  }
  if (NEWS_OPENER.has(w.lower)) return !/ing$/.test(ws[first + 1]?.lower ?? '');
  if (!/^\p{Lu}/u.test(w.text)) return false;
  const name = w.lower.replace(/['’]s$/, '');
  if (!isKnownName(name) || isUkPlace(name)) return false;
  // "Ed Sheeran on stage at Wembley", "Tom's in Leeds", "Tom and Ava at ...": a person opens the clause; "Bowling at" does not.
  const next = ws[first + 1];
  return w.lower !== name || (next !== undefined && (/^\p{Lu}/u.test(next.text) || /^(?:is|and|&|was|has)$/.test(next.lower)));
}

/**
 * Session personal14: a clause the writer opens with themselves and a word of being there ("currently sat", "I'm
 * lying", "we're parked up") may reach twelve words for its place, as long posts do mid-paragraph: "currently sat with a
 * glass of rosé on the terrace of the Ship Inn at Porthleven", "I'm lying on the grass by the finish at Greenwich Park
 * right now". Not when what lies between is a book, a programme, a plan or a topic ("I'm currently reading a book about
 * the fishermen of Whitby"): those keep the six-word reach.
 */
const WRITER_OPEN = /^(?:i['’]?m|im|i|we['’]?re|we|currently|sat|sitting|lying|laying|stood|standing|perched|parked)$/;
const POSTURE = /^(?:sat|sitting|lying|laying|stood|standing|perched|parked|camped|tucked|curled|cosied|snuggled|huddled|holed|sprawled|slumped|wedged|squeezed)$/;
const TOPIC_BETWEEN = /^(?:about|reading|read|watching|watched|listening|streaming|planning|plan|looking|thinking|dreaming|talking|researching|googling|browsing|booking|booked|scrolling|searching|saving|wishing|hoping|trying|going|off|heading|meeting|seeing|visiting)$/;
function writerReach(ws: readonly Word[], first: number, k: number): boolean {
  // The writer opens the clause, or follows "right now", "so", "anyway" ("Right now I'm perched on a rock halfway up ...").
  let w = first;
  while (w < first + 2 && w < k && /^(?:right|now|so|anyway|and|just|well|ok|okay)$/.test(ws[w]!.lower)) w++;
  if (!WRITER_OPEN.test(ws[w]!.lower)) return false;
  // Then a posture or an activity of being there ("sat", "lying", "nursing a pint"), not a state or a queue on the
  // phone ("I'm now the proud owner of ...", "currently on hold to the council in Bradford").
  let v = w;
  if (!POSTURE.test(ws[v]!.lower)) {
    v++;
    while (v < k && /^(?:currently|now|still|just|literally|so|right|actually)$/.test(ws[v]!.lower)) v++;
    if (v >= k || !(POSTURE.test(ws[v]!.lower) || (/ing$/.test(ws[v]!.lower) && ws[v]!.lower.length > 4))) return false;
  }
  for (let i = w + 1; i < k; i++) if (TOPIC_BETWEEN.test(ws[i]!.lower) || PRESENCE_GUARDS.notPresenceIng.has(ws[i]!.lower)) return false;
  return true;
}

/** The first place after a preposition of position in words [from, to), with the preposition's index. */
function placeBetween(s: string, ws: readonly Word[], from: number, to: number, acrossClauses = false): { k: number; end: number } | null {
  for (let q = from; q < to && q < ws.length - 1; q++) {
    if (!acrossClauses && q > from && CLAUSE_BREAK.test(s.slice(ws[q - 1]!.end, ws[q]!.start))) return null;
    // "of" places only after a part of a place: "the length of Brighton pier", "the steps of the Royal Exchange".
    if (!SPATIAL.has(ws[q]!.lower) && !(ws[q]!.lower === 'of' && q > 0 && PART_OF.has(ws[q - 1]!.lower)) && !MOVE_PAST.has(ws[q]!.lower) && !MOVE_ING.has(ws[q]!.lower)) continue;
    const next = ws[q + 1]!.lower === 'the' ? ws[q + 2] : ws[q + 1];
    if (next && NOT_PLACE_HERE.has(next.lower)) continue;
    const p = placeAt(ws, q + 1, false);
    if (!p) continue;
    const mover = ws[q]!.lower;
    if ((MOVE_PAST.has(mover) || MOVE_ING.has(mover)) && !CLIMB.has(mover) && !somewhere(s.slice(ws[q + 1]!.start, p.end))) continue;
    if (ws[q]!.lower === 'on' && !p.venue && !ON_GROUND.test(s.slice(ws[q]!.end, p.end)) && !isUkPlace(s.slice(next?.start ?? p.end, p.end))) continue;
    return { k: q, end: p.end };
  }
  return null;
}

function inSentence(s: string, post: string, mask: number, question: boolean): Hit | null {
  if (question || MEMORY.test(s)) return null;
  // A wish, plan or habit anywhere in the sentence, except for HERE, which reads only up to its own words.
  if (NOT_NOW.test(s)) mask &= F_HERE;
  const ws = wordsOf(s);
  if (ws.length < 3) return null;
  // The past is read in the place's clause: "Just swam at Tooting Lido, water was 6 degrees" is now.
  const free = (k: number, end: number): boolean => !PLACE_SUBJECT.test(s.slice(end)) && !SOMEONE_ELSE.test(s.slice(Math.max(0, ws[k]!.start - 50), ws[k]!.start)) && !PAST.test(clauseAround(s, ws[k]!.start, end));
  // NOW: a place in a clause the writer opens, and a word of now in the sentence.
  if (mask & F_NOW && STRONG_NOW.test(s)) {
    for (let k = 0; k < ws.length - 1; k++) {
      // A movement verb takes its place as its object only where it opens the clause ("Cycling the Camel Trail right now").
      const move = MOVE_ING.has(ws[k]!.lower) || MOVE_PAST.has(ws[k]!.lower);
      if (!SPATIAL.has(ws[k]!.lower) && ws[k]!.lower !== 'of' && !move) continue;
      const first = clauseFirst(s, ws, k);
      if (move && !(first === k || (k === first + 1 && ws[first]!.lower === 'just'))) continue;
      if (k - first > (writerReach(ws, first, k) ? 12 : 6) || otherOpener(ws, first)) continue;
      const found = placeBetween(s, ws, k, k + 1);
      if (!found) continue;
      // A number or time opening the clause is a count, not an activity ("2 hours in A&E now" is a check-in, but
      // "6 degrees in Leeds now" is the weather): the place must follow words, not a measurement.
      if (/^\d/.test(ws[first]!.text) && /^(?:degrees|mm|cm|inches|mph|°c?)$/i.test(ws[first + 1]?.lower ?? '')) continue;
      // Where the writer lives or works is no check-in: "we live on Hollybush Lane in Whaplode now", "Now in my third
      // year at Hillside".
      if (RESIDENCE.test(clauseAround(s, ws[first]!.start, found.end))) continue;
      // The word of now in the place's own clause: "Lovely walk in the Peak District, legs are jelly now" is written up after.
      if (!free(k, found.end) || !(STRONG_NOW.test(clauseAround(s, ws[k]!.start, found.end)) || nowGoesOn(s, found.end))) continue;
      return { start: ws[first]!.start, end: found.end, reason: REASON_HERE };
    }
  }
  // JUST: "just" and a finished activity opening a clause, then a place.
  if (mask & F_JUST) {
    for (let k = 0; k < ws.length - 2; k++) {
      if (ws[k]!.lower !== 'just') continue;
      const first = clauseFirst(s, ws, k);
      // "Just ...", "I've just ...", "we just ...": the writer opens the clause.
      // The sentence opens with it ("Thao, my best friend, just got engaged in Hanoi" is someone else).
      if (!((first === k && k === 0) || (first === 0 && k === 1 && /^(?:i|we|i['’]ve|we['’]ve|ive|weve)$/.test(ws[0]!.lower)))) continue;
      const verb = ws[k + 1]!.lower;
      if (NOT_ACTIVITY.has(verb) || !(IRREGULAR_PAST.has(verb) || (/ed$/.test(verb) && verb.length > 4))) continue;
      // "Just climbed Pen y Fan": the place is the climb's object; otherwise after a preposition ("Just swam at Tooting Lido").
      let direct = MOVE_PAST.has(verb) ? placeAt(ws, k + 2, false) : null;
      if (direct && !CLIMB.has(verb) && !somewhere(s.slice(ws[k + 2]!.start, direct.end))) direct = null;
      const found = direct ? { k: k + 1, end: direct.end } : placeBetween(s, ws, k + 2, k + 8);
      if (!found || AHEAD.test(s) || !free(found.k, found.end)) continue;
      return { start: ws[first]!.start, end: found.end, reason: REASON_HERE };
    }
  }
  // Session places10: a climb opening the sentence, "just" left out, as a caption at the top: "Summited Tryfan with the
  // kids", "Climbed Pen y Fan before breakfast" (only climbs: "Reached Level 30" and "Walked Hadrian's Wall for charity"
  // are not where the writer is now; a date or "back in" is a memory, caught above).
  if (mask & F_CLIMB && /^(?:summited|climbed|scaled|bagged)$/.test(ws[0]!.lower) && !AHEAD.test(s)) {
    const direct = placeAt(ws, 1, false);
    // "Bagged Haystacks" (a hill), not "Bagged Taylor Swift tickets": after "bagged", a name that is somewhere or no person's.
    const ok = direct && (ws[0]!.lower !== 'bagged' || somewhere(s.slice(ws[1]!.start, direct.end)) || !isKnownName(ws[1]!.lower));
    if (ok && free(0, direct.end)) return { start: ws[0]!.start, end: direct.end, reason: REASON_HERE };
  }
  // CAPTION: a short post's sentence opens with a few words, then "at <venue> in <town>".
  if (mask & F_CAPTION && !AHEAD.test(s)) {
    const at = ws.findIndex((w, i) => i >= 1 && i <= 3 && w.lower === 'at');
    if (at > 0 && !CLAUSE_BREAK.test(s.slice(ws[0]!.start, ws[at]!.start)) && !otherOpener(ws, 0) && !/^(?:the|a|an|my|our|this|that|these|those|i|we|i['’]m|we['’]re|is|are|was|were)$/.test(ws[0]!.lower)) {
      const lead = ws.slice(0, at);
      // No verb in the lead: "Soft play", "Bowling", "Afternoon tea", not "Prices went up".
      if (lead.every((w) => !/(?:ed|es)$/.test(w.lower) || w.lower.length <= 4)) {
        const opener = ws[at + 1]!.lower === 'the' ? ws[at + 2] : ws[at + 1];
        // A venue's name need not read as a place on its own ("the Winter Gardens"): its capitals up to "in" will do.
        let capsEnd = opener ? ws.indexOf(opener) : -1;
        while (capsEnd >= 0 && capsEnd < ws.length && capsEnd - ws.indexOf(opener!) < 4 && /^\p{Lu}/u.test(ws[capsEnd]!.text)) capsEnd++;
        const venue = placeAt(ws, at + 1, false) ?? (capsEnd > 0 && opener && capsEnd > ws.indexOf(opener) ? { next: capsEnd, end: ws[capsEnd - 1]!.end, venue: true } : null);
        if (venue && opener && /^\p{Lu}/u.test(opener.text) && post.length <= 280) {
          // The town may be read into the venue's name ("Jungle Mania in Hull") or follow it ("... in Hull").
          const inside = /\sin\s+\p{Lu}/u.test(s.slice(opener.start, venue.end));
          let end = inside ? venue.end : -1;
          const inIdx = ws.findIndex((w) => w.start >= venue.end);
          if (!inside && inIdx > 0 && ws[inIdx]!.lower === 'in' && !CLAUSE_BREAK.test(s.slice(venue.end, ws[inIdx]!.start))) end = placeAt(ws, inIdx + 1, false)?.end ?? -1;
          // Session places10: the town as the last word of the venue's name, no "in" ("Soft play at Wacky Warehouse Doncaster").
          const oi = ws.indexOf(opener);
          // Not a job or a sale there ("Job at Asda Pudsey going"), nor a school ("First day at Ysgol Gymraeg Casnewydd").
          if (end < 0 && capsEnd - oi >= 2 && isUkPlace(ws[capsEnd - 1]!.lower) && !isUkPlace(opener.lower) && !lead.some((w) => ADVERT_LEAD.test(w.lower)) && !ws.slice(oi, capsEnd).some((w) => SCHOOL_WORD.test(w.lower))) end = ws[capsEnd - 1]!.end;
          if (end > 0 && free(at, end)) return { start: ws[0]!.start, end, reason: REASON_HERE };
        }
      }
    }
  }
  // HERE: "I'm here till visiting ends", with a place in the sentence ("Mum's on ward 12 at Wythenshawe, I'm here till 8").
  if (mask & F_HERE) {
    const m = HERE_TILL.exec(s);
    if (m) {
      const found = placeBetween(s, ws, 0, ws.length, true);
      if (found && !NOT_NOW.test(s.slice(0, m.index + m[0].length)) && !PAST.test(s.slice(m.index)) && !SOMEONE_ELSE.test(s.slice(Math.max(0, m.index - 20), m.index))) {
        const a = Math.min(ws[found.k]!.start, m.index);
        return { start: a, end: Math.max(found.end, m.index + m[0].length), reason: REASON_HERE };
      }
    }
  }
  return null;
}

/** Hits of the four frames, in sentences where `taken` (the rule's other hits) has none. */
export function nowPlaceHits(doc: Doc, taken: readonly Hit[] = []): Hit[] {
  const { text } = doc;
  // A long post with none of the anchor words is left at once (the shared token index mostly answers; see hasAnchorText).
  if (text.length > 280 && !hasAnchorText(doc)) return [];
  const all = sentences(doc);
  const index = tokenIndex(doc);
  const offset = (t: number): number => doc.tokens[t]!.start;
  const nowAt: number[] = [];
  for (const w of NOW_ANCHORS) for (const t of index.get(w) ?? []) nowAt.push(offset(t));
  const justAt = (index.get('just') ?? []).map(offset);
  const hereAt = (index.get('here') ?? []).map(offset);
  const climbAt = ['summited', 'climbed', 'scaled', 'bagged'].flatMap((w) => (index.get(w) ?? []).map(offset));
  const caption = text.length <= 280 && index.has('at');
  if (nowAt.length === 0 && justAt.length === 0 && hereAt.length === 0 && climbAt.length === 0 && !caption) return [];
  const masks = new Uint16Array(all.length);
  const mark = (offsets: readonly number[], bit: number): void => {
    for (const o of offsets) {
      const k = all.findIndex((x) => x.start <= o && o < x.end);
      if (k >= 0) masks[k] = masks[k]! | bit;
    }
  };
  mark(nowAt, F_NOW);
  mark(justAt, F_JUST);
  mark(hereAt, F_HERE);
  mark(climbAt, F_CLIMB);
  if (caption) for (let k = 0; k < all.length; k++) masks[k] = masks[k]! | F_CAPTION;
  return frameHits(doc, all, masks, taken, (s, post, mask, question) => inSentence(s, post, mask, question));
}
