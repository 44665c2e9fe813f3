/**
 * The writer somewhere right now, in frames the other readers (whereabouts.ts, travel.ts, presence.ts) leave
 * alone (issue 11, session places8). The same mechanism: something that makes the writer the one who is there
 * (a sign of now, diary style with no subject, "this", a caption) + a PLACE + nothing that makes it the past, a
 * plan or wish, a statement about the place, or someone else's whereabouts.
 *
 * - A SCENE: a venue placed by a preposition and a place, with a sign of now or in diary style: "Loving this quiet
 *   beach in Pembrokeshire", "Brunch at a cute little place in Hebden Bridge with the girls", "Grabbed the last
 *   table at the pub in Askrigg", "Two nights in a yurt near Hay-on-Wye", "writing reports from a sun lounger in
 *   Paphos, currently". The venue is a kind of place to sit, eat, stay or look at the sea (a common noun); the
 *   place after it is a capitalised name (a village no gazetteer holds is still a name) or a town in lower case.
 * - ARRIVING at a top or a town, diary style: "made it up Cat Bells", "we've made it to fort william", "Reached
 *   the summit of Helvellyn".
 * - A place SPOKEN TO: "Lanzarote you beauty", "Ibiza, you absolute dream", "Benidorm you've got me again" (a known
 *   destination, or a town with a sign of a stay in the post).
 * - WHERE I'LL BE, said of the place: "Ward 22 at Musgrove Park is where I'll be all weekend", "Cubicle 4 at
 *   Pinderfields is my home for the afternoon".
 *
 * Left alone: the same scenes in the past ("We stayed in a shepherd's hut near Ludlow two summers ago"), as plans
 * ("Our villa in Paphos looks amazing in the photos, 12 sleeps to go"), as recommendations ("the café on Castle
 * Street does the best brownies"), in photos ("this photo of the beach at Rhossili"), and other people's.
 *
 * Cheap: a post with none of the anchor words (venue nouns, "made", "reached", "you", "where", "home") costs one
 * look-up per distinct word; each frame reads only the sentences holding its anchors; every regex is bounded.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Hit } from '../../../lib/engine/types.ts';
import { tokenVocab, WordTable } from '../../tone/shared/vocab.ts';
import { frameHits, sentences, type Sentence } from './sentences.ts';
import { isDestination, placeAt, wordsOf, PRESENCE_GUARDS, type Word } from './presence.ts';
import { isUkPlace } from './whereabouts.ts';

const REASON_HERE = 'This is a check-in: it tells everyone where you are right now. Share where you were after you have left instead.';

/** Kinds of place to sit, eat, stay or look at the view, in lower case: the head of a scene. */
const SCENE_VENUES = new Set([
  'beach', 'cove', 'bay', 'harbour', 'harbor', 'pier', 'prom', 'promenade', 'seafront', 'quay', 'marina', 'lighthouse', 'cliff', 'cliffs', 'dunes', 'sands',
  'café', 'cafe', 'caff', 'coffee', 'bakery', 'bakers', 'bookshop', 'tearoom', 'tearooms', 'deli', 'pub', 'inn', 'bar', 'restaurant', 'bistro',
  'brasserie', 'taverna', 'trattoria', 'pizzeria', 'chippy', 'place', 'spot', 'table', 'terrace', 'balcony', 'garden', 'gardens',
  'hut', 'yurt', 'pod', 'tent', 'cabin', 'cottage', 'lodge', 'chalet', 'villa', 'apartment', 'airbnb', 'hotel', 'guesthouse', 'hostel',
  'campsite', 'caravan', 'glamping', 'lounger', 'sunbed', 'deckchair', 'bench', 'market', 'castle', 'lido', 'pool', 'spa', 'lake', 'loch', 'river',
  'riverside', 'waterfront', 'lakeside', 'shop', 'bookstore', 'gallery', 'museum', 'vineyard', 'brewery', 'farm', 'gîte', 'gite',
  'bothy', 'aquarium', 'zoo', 'arcade', 'suite', 'lounge', 'shelter', 'rooftop',
]);
/** Two-word venues whose second word is too common to anchor on alone ("tea room", "coffee shop"). */
const VENUE_PAIR = /^(?:tea|coffee|ice\s+cream|farm|gift|book|chip)\s+(?:room|rooms|shop|parlour|house)$/i;
/** Prepositions that place a venue. */
const PLACING = new Set(['in', 'near', 'outside', 'at', 'on', 'by', 'overlooking', 'above', 'off']);
/** Nouns that open a holiday caption with no verb: "Brunch at ...", "Two nights in ...", "Scones at ...". */
const CAPTION = /^(?:(?:\d{1,2}|one|two|three|four|five|six|seven|ten|a\s+few|few|a)\s+)?(?:nights?|days?|weeks?|weekend|mornings?|afternoons?|evenings?|brunch|lunch|dinner|breakfast|tea|afternoon\s+tea|cream\s+tea|drinks|cocktails|coffee|cuppa|pints?|scones|cake|chips|fish\s+and\s+chips|ice\s+creams?|picnic|sundowners|paddle|swim|dip|walk|stroll|sunset|sunrise|views?|date\s+night|girls['’]?\s+(?:trip|weekend)|staycation|getaway|escape)\b/i;
/** Prepositions of being somewhere. */
const AT_PLACE = new Set(['at', 'on', 'in', 'by', 'outside', 'inside', 'under', 'beside']);
/** Determiners that open a venue's noun phrase. */
const DETERMINER = /^(?:a|an|the|this|our|my|one|some)$/;
/** Words a venue's noun phrase never reaches back over. */
const STOP_BACK = new Set(['at', 'in', 'on', 'to', 'from', 'of', 'with', 'near', 'by', 'and', 'or', 'is', 'are', 'was', 'were', 'i', 'we', 'you', 'he', 'she', 'they', 'it']);
/** Words that open a clause as a subject, a determiner or a preposition: not a caption. */
const NOT_CAPTION_FIRST = /^(?:the|a|an|this|that|these|those|my|our|your|his|her|their|its|i|we|you|he|she|they|it|if|when|while|at|in|on|to|from|for|of|with|by|and|but|or|so|there|here|what|which|who|why|how|any|anyone|anybody|someone|everyone|nobody|no|not)$/;
/** Finite verbs and auxiliaries: a clause with one is a sentence, not a caption. */
const FINITE_VERB = /\b(?:is|are|was|were|be|been|being|has|have|had|does|do|did|will|would|could|should|can|may|might|must|shall|['’]s|['’]re|['’]ve|['’]ll|['’]d)\b/i;
/**
 * A verb of just having got something, with no subject: "Grabbed the last table", "Bagged a sunbed"; session personal14,
 * a camp set up: "Pitched the tent at a farm near Hay-on-Wye".
 */
const GOT = /^(?:grabbed|bagged|nabbed|snagged|found|got|scored|secured|pitched)\b/i;
/** A sign of now anywhere in the sentence. */
const NOW = /\b(?:now|rn|right\s+now|currently|today|tonight|this\s+(?:morning|afternoon|evening)|at\s+the\s+moment|atm|here|as\s+we\s+speak|day\s+(?:[1-9]|one|two|three|four|five|six|seven)|(?:i['’]?m|we['’]?re|i\s+am|we\s+are)\b)/i;
/**
 * Nouns that open a caption of the writer's day: "Spa day at ...", "Rainy afternoon at ...". A walk, run or swim
 * ("Lovely walk in the Peak District") is as often written up afterwards, so it is no head.
 */
const CAPTION_HEADS = new Set(['day', 'afternoon', 'morning', 'evening', 'night', 'lunch', 'brunch', 'breakfast', 'dinner', 'tea', 'picnic', 'drinks', 'coffee', 'cuppa', 'pint', 'pints', 'cocktails', 'date']);
/** A work event, not an outing: "Parents evening at ...", "Staff training day at ...". */
const WORK_EVENT = /\b(?:parents['’]?|staff|inset|governors?|open|sports|awards?|prize|leavers['’]?|training|cpd|briefing|meeting|moderation|twilight|presentation|interview|induction|conference)\b/i;
/** Prepositions after a caption's head. */
const CAPTION_PREPS = new Set(['at', 'in', 'on', 'near', 'by', 'along', 'round', 'around', 'through', 'outside', 'up']);
/** After the place: it is a plan, a photo, a review or a statement about it. */
const NOT_SCENE_AFTER = /^[^.!?\n]{0,40}?(?:\b(?:looks|looked|seems|sounds|is\s+(?:on|a|the|my|our)\s+(?:list|bucket)|sleeps\s+to\s+go|days\s+to\s+go|to\s+go!|booked|reviews?|per\s+(?:night|person)|deals?|offers?|discount|sale)\b|[£$€]\d)/i;
/** Before the venue: a picture or story of it, not being there. */
const DEPICTED = /\b(?:photo|photos|pic|pics|picture|pictures|painting|postcard|video|film|view|memories|memory|story|article)\s+of\s+(?:[\w'’-]+\s+){0,4}$/i;
/** Verbs of the mind before a scene: "Dreaming of a beach in Greece", "Missing that little café in Rome". */
const MIND = /\b(?:dreaming|dream|thinking|think|wishing|wish|missing|miss|remembering|hoping|planning|imagining|picturing|longing|craving|need|needs|want|wants|fancy|fancying)\b[^,;:.!?]*$/i;
/** A calendar year or a month ahead: "from 2019", "in August". */
const DATED = /\b(?:(?:19|20)\d\d|on\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|tomorrow|tmrw|later|soon|next|sleeps\s+to\s+go|days\s+to\s+go)\b/i;

/** "made it up", "made it to", "reached the summit of": arriving where the writer now is. */
const ARRIVE = /(?:^\s*|[,;:!(–—]\s*|\b(?:just|finally|we['’]ve|i['’]ve|we\s+have|i\s+have|we|i)\s+)(made\s+it\s+(?:up\s+to|up|to\s+the\s+top\s+of|to\s+the\s+summit\s+of|to|into)|reached\s+(?:the\s+(?:top|summit|peak)\s+of|the\s+top\s+of)?|summited|conquered)\s+/gi;
/** Not somewhere: "made it to Friday", "made it to the end of term". */
const NOT_ARRIVED = /^(?:the\s+)?(?:end|weekend|week|holidays?|hols|half|break|finals?|semi|next|top\s+(?:set|table)|bed|work|school|class|assembly|lunch|friday|monday|tuesday|wednesday|thursday|saturday|sunday)\b/i;

/** "Lanzarote you beauty", "Ibiza, you absolute dream", "Benidorm you've got me again". */
const SPOKEN_TO = /^\s*,?\s*you(?:['’](?:ve|re)|\s+(?:beauty|absolute|gorgeous|beautiful|stunner|stunning|are|have|never|always|really|truly|little|glorious|utter|total|dream|legend|delight|gem|treasure))\b/i;
/** Signs of a stay somewhere in the post, for a town spoken to (a destination needs none). */
const STAY_SIGN = /\b(?:holiday|hols|sunbed|sun\s+lounger|beach|pool|sea|sun|cocktails?|day\s+\d|day\s+(?:one|two|three|four|five)|here|today|tonight|now|weekend|break|trip)\b|[\u{1F334}\u{1F3D6}\u{1F3DD}\u{1F305}\u{1F304}\u{1F378}\u{1F379}\u{1F37A}\u{1F37B}\u{2600}\u{1F31E}\u{1F30A}\u{2708}]/iu;

/** "... is where I'll be", "... is my home for the afternoon". */
const WHERE_BE = /\bis\s+(?:where\s+(?:i|we)(?:(?:['’]ll|\s+will)\s+be|(?:['’]m|['’]re|\s+am|\s+are)\s+(?:now|right\s+now|currently|stuck|sat|sitting|staying|tonight|today|all|till|until))|(?:my|our)\s+(?:home|base|office|bed)\s+for\s+the\s+(?:day|night|afternoon|morning|evening|weekend|week|foreseeable))\b/i;
/** The subject of WHERE_BE names a place: a preposition and a capital, or a venue. */
const WHERE_SUBJECT = /\b(?:at|in|on)\s+(?:the\s+)?[A-Z][\w'’&-]+|\b(?:ward|bay|cubicle|room|hospital|infirmary|clinic|hotel|airport|terminal|station|services)\b/;

const YOU = /^you(?:['’](?:ve|re))?$/;
const F_SCENE = 1;
const F_ARRIVE = 2;
const F_SPOKEN = 4;
const F_WHERE = 8;
const F_CAPTION = 16;

/** Every anchor word, for one look-up per distinct word of the post. */
const ANCHORS: ReadonlySet<string> = new Set([...SCENE_VENUES, ...CAPTION_HEADS, 'made', 'reached', 'summited', 'conquered', 'you', "you've", "you're", 'where', 'home', 'base']);
const WHERE_NEXT = new Set(['i', 'we', "i'll", "we'll", "i'm", "we're"]);

/**
 * Which frames each sentence may hold, from one walk over the tokens (whether a word is an anchor is worked out once
 * per distinct word, by word number); null when none.
 */
const IS_ANCHOR = new WordTable((w: string): boolean => ANCHORS.has(w));
function frameMasks(doc: Doc, all: readonly Sentence[]): Uint16Array | null {
  const { tokens } = doc;
  let masks: Uint16Array | null = null;
  // Whether each word is an anchor is known by word number: the walk reads an array per token, no look-up.
  const ids = tokenVocab(doc).ids;
  const anchor = IS_ANCHOR.of(doc);
  for (let t = 0; t < tokens.length; t++) {
    if (!anchor[ids[t]!]) continue;
    const w = tokens[t]!.norm;
    const next = tokens[t + 1]?.norm ?? '';
    let bit = 0;
    // Each anchor with the word that must follow it, so common words ("place", "made", "where") rarely open a frame.
    if (CAPTION_HEADS.has(w) && CAPTION_PREPS.has(next)) bit = F_CAPTION;
    if (SCENE_VENUES.has(w)) bit |= PLACING.has(next) ? F_SCENE : 0;
    else if (w === 'made') bit = next === 'it' ? F_ARRIVE : 0;
    else if (w === 'reached' || w === 'summited' || w === 'conquered') bit = F_ARRIVE;
    else if (YOU.test(w)) bit = t > 0 && tokens[t - 1]!.capitalised && spokenPlace(tokens[t - 1]!.norm) ? F_SPOKEN : 0;
    else if (w === 'where') bit = WHERE_NEXT.has(next) ? F_WHERE : 0;
    else if (w === 'home' || w === 'base') bit = next === 'for' ? F_WHERE : 0;
    if (!bit) continue;
    const k = sentenceOf(all, tokens[t]!.start);
    if (k < 0) continue;
    masks ??= new Uint16Array(all.length);
    masks[k] = masks[k]! | bit;
  }
  return masks;
}

/** The index of the sentence holding offset `at`, or -1 (binary search: the sentences are in order). */
function sentenceOf(all: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = all.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = all[mid]!;
    if (at < x.start) hi = mid - 1;
    else if (at >= x.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A place that may be spoken to: a destination, or a town of England and Wales. */
function spokenPlace(norm: string): boolean {
  return isDestination(norm) || isUkPlace(norm);
}

/** Does the clause holding word k open in diary style: an activity, a caption, "this", a verb of getting? */
function diaryOpening(s: string, ws: readonly Word[], k: number): boolean {
  let c = k;
  while (c > 0 && !/[,;:()–—!.]/.test(s.slice(ws[c - 1]!.end, ws[c]!.start))) c--;
  const lead = s.slice(ws[c]!.start, ws[k]!.start);
  const first = ws[c]!.lower;
  if (/^(?:still|now|currently|just|finally)$/.test(first)) return true;
  if (first.length > 5 && first.endsWith('ing') && !PRESENCE_GUARDS.notPresenceIng.has(first)) return true;
  if (/^(?:loving|enjoying|soaking)$/.test(first)) return true;
  if (CAPTION.test(lead) || GOT.test(lead)) return true;
  // A clause that opens with where the writer is: "On a sunbed in Kos with a book", "In a cabin near Keswick".
  if (k === c + 1 && AT_PLACE.has(first) && DETERMINER.test(ws[k]!.lower)) return true;
  // A caption with no verb: "Pancakes at a dinky café in ...", "Cocktails on a rooftop in ..." (a venue with its
  // determiner after a preposition of place, so not "Flowers from a shop in Ripon" or "caravan in Skegness").
  const leadWords = lead.trim().split(/\s+/);
  return (
    k > c + 1 &&
    DETERMINER.test(ws[k]!.lower) &&
    AT_PLACE.has(ws[k - 1]!.lower) &&
    leadWords.length <= 5 &&
    !NOT_CAPTION_FIRST.test(first) &&
    !first.endsWith('ed') &&
    !FINITE_VERB.test(lead) &&
    !/\d/.test(lead)
  );
}

function inSentence(s: string, post: string, question: boolean, mask: number): { start: number; end: number; reason: string } | null {
  const g = PRESENCE_GUARDS;
  if (g.past.test(s) || g.notNow.test(s)) return null;
  const ws = wordsOf(s);
  if (ws.length === 0) return null;
  const someoneElse = (at: number): boolean => g.someoneElse.test(s.slice(Math.max(0, at - 50), at));

  if (mask & F_SCENE && !question && !DATED.test(s)) {
    for (let v = 0; v < ws.length - 1; v++) {
      const w = ws[v]!;
      const pair = v > 0 && VENUE_PAIR.test(`${ws[v - 1]!.lower} ${w.lower}`);
      if (!SCENE_VENUES.has(w.lower) && !pair) continue;
      // The venue is a common noun ("the Grand" is placeAt's), with a preposition and a place after it.
      if (/^\p{Lu}/u.test(w.text) && v > 0) continue;
      const prep = ws[v + 1]!;
      if (!PLACING.has(prep.lower) || !ws[v + 2]) continue;
      const strictNow = NOW.test(s);
      const p = placeAt(ws, v + 2, strictNow);
      if (!p) continue;
      const after = s.slice(p.end);
      if (g.placeSubject.test(after) || NOT_SCENE_AFTER.test(after)) continue;
      // Where the venue's noun phrase starts: "this quiet beach", "a cute little place", "the last table".
      let d = v;
      // Back to the venue's determiner over at most four describing words ("a cute little", "this sleepy", "the last").
      for (let b = v - 1; b >= 0 && v - b <= 5; b--) {
        if (/[,;:()–—!.]/.test(s.slice(ws[b]!.end, ws[b + 1]!.start)) || /^\p{Lu}/u.test(ws[b]!.text) && b < v - 1) break;
        if (DETERMINER.test(ws[b]!.lower)) {
          d = b;
          break;
        }
        if (STOP_BACK.has(ws[b]!.lower)) break;
      }
      if (DEPICTED.test(s.slice(0, ws[d]!.start)) || MIND.test(s.slice(0, ws[d]!.start)) || someoneElse(ws[d]!.start)) continue;
      const demonstrative = ws.slice(d, v).some((x) => x.lower === 'this');
      if (!demonstrative && !strictNow && !diaryOpening(s, ws, d)) continue;
      return { start: ws[d]!.start, end: p.end, reason: REASON_HERE };
    }
  }
  if (mask & F_ARRIVE) {
    ARRIVE.lastIndex = 0;
    for (let m = ARRIVE.exec(s); m; m = ARRIVE.exec(s)) {
      const from = m.index + m[0].length;
      if (NOT_ARRIVED.test(s.slice(from)) || someoneElse(m.index)) continue;
      const k = ws.findIndex((x) => x.start >= from);
      if (k < 0) continue;
      const p = placeAt(ws, k, NOW.test(s));
      if (!p || p.venue && !/\b(?:top|summit|peak)\b/i.test(m[0])) continue;
      if (g.placeSubject.test(s.slice(p.end))) continue;
      return { start: m.index + m[0].indexOf(m[1]!), end: p.end, reason: REASON_HERE };
    }
  }
  if (mask & F_SPOKEN) {
    for (let k = 0; k < ws.length - 1; k++) {
      const w = ws[k]!;
      if (!/^\p{Lu}/u.test(w.text) || !spokenPlace(w.lower)) continue;
      // The place opens its clause and is spoken to.
      if (k > 0 && !/[,;:()–—!.]|[\uD800-\uDFFF]/.test(s.slice(ws[k - 1]!.end, w.start))) continue;
      if (!SPOKEN_TO.test(s.slice(w.end))) continue;
      if (!isDestination(w.lower) && !STAY_SIGN.test(post)) continue;
      return { start: w.start, end: w.end, reason: REASON_HERE };
    }
  }
  // A caption that opens its clause with no verb: "Spa day at Rudding Park with my bestie", "Rainy afternoon at the
  // aquarium in Plymouth", "Morning run along the Tay in Perth".
  if (mask & F_CAPTION && !question && !DATED.test(s)) {
    for (let h = 0; h < ws.length - 2 && h < 4; h++) {
      if (!CAPTION_HEADS.has(ws[h]!.lower) || !CAPTION_PREPS.has(ws[h + 1]!.lower)) continue;
      const lead = s.slice(ws[0]!.start, ws[h]!.end);
      if (/[,;:()–—!]/.test(lead) || NOT_CAPTION_FIRST.test(ws[0]!.lower) || FINITE_VERB.test(lead) || (/ed$/.test(ws[0]!.lower) && h > 0) || WORK_EVENT.test(lead)) break;
      // The place within the clause: after the caption's preposition or a later one ("at the aquarium in Plymouth").
      for (let q = h + 1; q < ws.length - 1 && q <= h + 8; q++) {
        if (/[,;:()–—!]/.test(s.slice(ws[q - 1]!.end, ws[q]!.start))) break;
        if (!CAPTION_PREPS.has(ws[q]!.lower) && !PLACING.has(ws[q]!.lower)) continue;
        const p = placeAt(ws, q + 1, NOW.test(s));
        if (!p || !/^\p{Lu}/u.test(ws[q + 1]!.text) && !/^(?:the|a)$/i.test(ws[q + 1]!.text) && !isUkPlace(ws[q + 1]!.lower) && !isDestination(ws[q + 1]!.lower)) continue;
        const after = s.slice(p.end);
        if (g.placeSubject.test(after) || NOT_SCENE_AFTER.test(after) || FINITE_VERB.test(s.slice(ws[h]!.end, ws[q]!.start))) break;
        return { start: ws[0]!.start, end: p.end, reason: REASON_HERE };
      }
      break;
    }
  }
  if (mask & F_WHERE) {
    const m = WHERE_BE.exec(s);
    if (m && WHERE_SUBJECT.test(s.slice(0, m.index)) && !someoneElse(m.index)) {
      const lead = s.length - s.trimStart().length;
      return { start: lead, end: m.index + m[0].length, reason: REASON_HERE };
    }
  }
  return null;
}

/** Hits for the personal/location rule from the frames above, in sentences where `taken` has none. */
export function sceneHits(doc: Doc, taken: readonly Hit[] = []): Hit[] {
  const all = sentences(doc);
  const masks = frameMasks(doc, all);
  return masks ? frameHits(doc, all, masks, taken, (s, post, mask, question) => inSentence(s, post, question, mask)) : [];
}
