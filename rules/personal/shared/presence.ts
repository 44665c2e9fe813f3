/**
 * The writer somewhere right now, or away from an empty home, in the wordings that whereabouts.ts and travel.ts do
 * not read (issue 11, session places7). One mechanism, several frames: a FRAME that makes the writer the one who is
 * there (diary style with no subject, "we", "our", a greeting, a count of days) + a PLACE (a capitalised name, a
 * destination or town written in lower case, a venue and where it is) + nothing that makes it the past, a wish or
 * plan, a question about the place, a sentence about the place itself, or someone else's whereabouts.
 *
 * - A greeting in any words, then "from" and a place: "Warmest wishes from a very soggy Keswick", "Season's
 *   greetings from snowy Innsbruck", "Best wishes from all of us in sunny Tenerife", "Postcard from Skye:".
 * - A count of days into a stay, and a place in the sentence: "Day four of our fortnight in Pembrokeshire", "day 2
 *   of the Yorkshire Dales trip", "Night two on the children's ward at Alder Hey", "Halfway through our fortnight
 *   in Florida".
 * - A diary-style clause that opens with what the writer is doing or how they are stuck, then a place: "Walking the
 *   prom at Llandudno", "Holed up in a Premier Inn off junction 15", "Snowed in at a lodge near Aviemore",
 *   "sunbathing in benidorm", "Stranded at Bristol airport".
 * - Where "we" are staying, said in the present: "Our hotel in Krakow has a view of the square", "This morning's
 *   view from our balcony in Paphos".
 * - "We're here" in a short post that names the place: "Snowdonia!!! We're finally here", "Half term in
 *   Lanzarote... and we're HERE!".
 * - A spot inside a place: "ward at Alder Hey", "6 hour layover in Dubai airport", "touchline at Sixways".
 * - A clause that opens "At the Royal Berkshire with ...", a check-in written "@", abroad now ("Working abroad this
 *   week"), a town for the day ("in bath for the weekend", "wells for the day"), a station or services that opens
 *   the post ("reading services, quick stop").
 * - Away till a time, in more words: "gone till new year", "Off to my sister's in Aberdeen for the whole of the
 *   Christmas hols", "back after new year".
 *
 * Places in lower case come from the towns of England and Wales (UK_PLACES), a hand-written list of travel
 * destinations (WORLD_PLACES, data/world-places/) and, in the strictest frames only, towns that are also everyday
 * words (UK_PLACE_WORDS: "bath", "reading").
 *
 * Linear and cheap: the post's sentences are shared (sentences.ts); each frame runs only in a sentence that holds
 * one of its anchor words (one walk over the tokens) or, for the diary frame, whose clause opens with an -ing
 * word; every regex is bounded.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Hit } from '../../../lib/engine/types.ts';
import { isKnownName } from '../../pupil/shared/first-names.ts';
import { UK_PLACES, UK_PLACE_WORDS, WORLD_PLACES } from '../../lexicons/uk-places.ts';
import { isUkPlace, KIN_HOME, ON_SCREEN, SCHOOL_TYPE } from './whereabouts.ts';
import { frameHits, sentences, type Sentence } from './sentences.ts';
import { tokenVocab, WordTable } from '../../tone/shared/vocab.ts';

const REASON_HERE = 'This is a check-in: it tells everyone where you are right now. Share where you were after you have left instead.';
const REASON_EMPTY = 'This says when you will be away from home, so it also says when the house is empty. Post the photos after you are back.';

let world: ReadonlySet<string> | undefined;
let pairs: ReadonlySet<string> | undefined;
/** First words of the two-word towns and destinations ("milton" of "milton keynes"). */
function pairStarts(): ReadonlySet<string> {
  return (pairs ??= new Set([...UK_PLACES.split('|'), ...WORLD_PLACES.split('|')].filter((p) => p.includes(' ')).map((p) => p.split(' ')[0]!)));
}
let anyPlace: ReadonlySet<string> | undefined;
/** Every town, town that is a word and destination, folded: one look-up per word of the post. */
function anyPlaceWords(): ReadonlySet<string> {
  return (anyPlace ??= new Set([...UK_PLACES.split('|'), ...UK_PLACE_WORDS.split('|'), ...WORLD_PLACES.split('|')]));
}
let townWords: ReadonlySet<string> | undefined;
/** A destination or British coast, island or park from the hand-written list ("crete", "costa del sol", "skye"). */
export function isDestination(name: string): boolean {
  world ??= new Set(WORLD_PLACES.split('|'));
  return world.has(name.toLowerCase());
}
function isTownWord(name: string): boolean {
  townWords ??= new Set(UK_PLACE_WORDS.split('|'));
  return townWords.has(name.toLowerCase());
}

// ---- Places --------------------------------------------------------------------------------------------------
/** Capitalised first words that are not places. */
const NOT_PLACE = new Set(
  ('i my our your his her their this that it a an the we you he she they year yr reception nursery class key ks school work home bed church ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'christmas xmas easter half term summer winter spring autumn advent maths english science history geography art music pe re mr mrs miss ms dr sir ' +
    'god jesus lord facebook twitter instagram tiktok youtube netflix zoom teams whatsapp google amazon love time me us all everyone everybody ' +
    'pta ofsted sats gcse gcses inset slt dfe nhs bbc itv tesco day night week weekend morning evening afternoon today tonight tomorrow ' +
    'mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends general total fact public private person order theory reality doctor').split(' '),
);
/** Words that may stand between a preposition and a place: "a very soggy", "sunny", "beautiful". */
const DESCRIBING = /^(?:a|an|the|very|really|so|rather|pretty|super|bit|of|slightly|sunny|rainy|beautiful|lovely|gorgeous|windy|windswept|snowy|wet|grey|gray|freezing|soggy|misty|foggy|drizzly|chilly|cold|hot|baking|boiling|scorching|sweltering|stunning|glorious|bright|breezy|blustery|wild|stormy|damp|dreich|frosty|icy|balmy|humid|magical|festive|sleepy|busy|little|old|historic|bustling|sun-?kissed|sun-?drenched|rain-?soaked|wintry|autumnal|crisp|golden)$/i;
/** Venues you can be found at when they are named or placed: "a lodge near Aviemore", "a Premier Inn off junction 15". */
const VENUE = /^(?:hotel|hostel|b&b|guesthouse|inn|lodge|cabin|chalet|cottage|villa|apartment|airbnb|caravan|campsite|tent|yurt|pod|pub|bar|café|cafe|restaurant|bistro|taverna|travelodge|premier|hospital|infirmary|clinic|airport|station|services|terminal|harbour|port|beach|pier|prom|promenade|seafront|market|spa|castle|park)$/i;
/** Chains that are somewhere to be found even without a place after them. */
const CHAIN_VENUE = /^(?:travelodge|premier|hilton|holiday|ibis|novotel|marriott|airport|services|terminal|infirmary|hospital)$/i;

export interface Word {
  text: string;
  /** Only spaces between this word and the one before. */
  joined: boolean;
  lower: string;
  start: number;
  end: number;
}
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}&'’.-]*|@/gu;
export function wordsOf(s: string): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  let last = 0;
  for (let m = WORD_RE.exec(s); m; m = WORD_RE.exec(s)) {
    const text = m[0].replace(/[.’']+$/, (t) => (/^['’]$/.test(t) ? t : ''));
    out.push({ text, joined: /^\s*$/.test(s.slice(last, m.index)), lower: text.toLowerCase(), start: m.index, end: m.index + text.length });
    last = m.index + text.length;
  }
  return out;
}
const capital = (w: Word | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w.text);
// Welsh "y"/"yr" (the) inside a name: "Pen y Fan", "Betws y Coed", "Pen yr Ole Wen" (session places10).
const JOINERS = new Set(['upon', 'on', 'of', 'del', 'de', 'la', 'le', 'in', 'under', 'the', 'and', '&', 'y', 'yr']);

/** A capitalised name that could be a place (not a month, a subject, a school, an abbreviation or a first name). */
function capPlace(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0]!.toLowerCase().replace(/['’]s$/, '');
  if (!first || NOT_PLACE.has(first) || SCHOOL_TYPE.test(name)) return false;
  // Abbreviations ("KS2", "GDPR", "USER") are no place, except A&E and the gazetteer's ("USA").
  if (/^[A-Z&]{2,}$/.test(words[0]!) && name !== 'A&E' && !isDestination(name)) return false;
  // Postcodes and codes ("DE55", "B9") are the postcode rule's.
  if (/\d/.test(words[0]!)) return false;
  if (words.length === 1 && isKnownName(first) && !isUkPlace(first) && !isDestination(first)) return false;
  return true;
}
/** A place written in lower case: a town, a destination, or (in strict frames) a town that is also a word. */
function lowerPlace(name: string, strict: boolean): boolean {
  return isUkPlace(name) || isDestination(name) || (strict && isTownWord(name));
}

interface Place {
  /** Index of the word after the place. */
  next: number;
  end: number;
  venue: boolean;
}
/**
 * The place that starts at word `k` (after a preposition): describing words, then a capitalised name (up to four
 * words), a lower-case town or destination, or a venue with where it is ("a lodge near Aviemore").
 */
const KIN_WORD: ReadonlySet<string> = new Set(KIN_HOME);
export function placeAt(ws: readonly Word[], k: number, strict: boolean, depth = 0): Place | null {
  let j = k;
  let skipped = 0;
  while (j < ws.length && skipped < 4 && DESCRIBING.test(ws[j]!.text) && !capital(ws[j])) {
    j++;
    skipped++;
  }
  const w = ws[j];
  if (!w) return null;
  if (capital(w)) {
    // "at Grandma Jean's", "at Aunty Bisi's": a relative's home (whereabouts.ts's KIN_HOME).
    if (KIN_WORD.has(w.lower.replace(/['’]s?$/, ''))) return null;
    let e = j;
    while (e + 1 < ws.length && e - j < 3 && ws[e + 1]!.joined && ((capital(ws[e + 1]) && !NOT_PLACE.has(ws[e + 1]!.lower)) || (JOINERS.has(ws[e + 1]!.lower) && capital(ws[e + 2]) && ws[e + 2]!.joined && !NOT_PLACE.has(ws[e + 2]!.lower)))) e += JOINERS.has(ws[e + 1]!.lower) && !capital(ws[e + 1]) ? 2 : 1;
    const name = ws.slice(j, e + 1).map((x) => x.text).join(' ');
    const lastLower = ws[e]!.lower;
    // "at Trefnanney School": a school (the school rules' to report), not somewhere a stranger could find you.
    if (ws[e + 1] && SCHOOL_TYPE.test(ws[e + 1]!.text)) return null;
    // Session personal14: a name before "Day", "Night" or "Eve" is a date ("on Boxing Day", "Bonfire Night").
    if (ws[e + 1] && ws[e + 1]!.joined && /^(?:day|night|eve)$/.test(ws[e + 1]!.lower)) return null;
    // "a Premier Inn off junction 15", "The Old Bell": a capitalised venue.
    if (VENUE.test(lastLower) || CHAIN_VENUE.test(ws[j]!.lower)) return { next: e + 1, end: ws[e]!.end, venue: true };
    if (capPlace(name) || isDestination(name) || isUkPlace(name)) return { next: e + 1, end: ws[e]!.end, venue: false };
    return null;
  }
  // Lower case: two words first ("costa del sol" is three), then one.
  for (const n of [3, 2, 1]) {
    if (j + n > ws.length) continue;
    const name = ws.slice(j, j + n).map((x) => x.lower).join(' ');
    if (/^[a-z][a-z '’-]+$/.test(name) && lowerPlace(name, strict)) return { next: j + n, end: ws[j + n - 1]!.end, venue: false };
  }
  // A venue, and where it is: "a lodge near Aviemore", "a pub in Hawes", "the seafront at Brighton".
  if (depth === 0 && VENUE.test(w.lower)) {
    const prep = ws[j + 1];
    if (prep && /^(?:in|at|near|by|off|outside|on|overlooking)$/.test(prep.lower)) {
      const inner = placeAt(ws, j + 2, strict, 1);
      if (inner) return { next: inner.next, end: inner.end, venue: true };
      if (prep.lower === 'off' && /^(?:junction|j\d)/i.test(ws[j + 2]?.text ?? '')) return { next: j + 3, end: ws[j + 2]!.end, venue: true };
    }
    if (CHAIN_VENUE.test(w.lower)) return { next: j + 1, end: w.end, venue: true };
  }
  return null;
}

// ---- Guards ---------------------------------------------------------------------------------------------------
/** The past in the sentence. */
const PAST = /\b(?:was|were|went|had|did|spent|stayed|used\s+to|last\s+(?:week|weekend|month|year|summer|spring|autumn|winter|night|time|christmas|easter|term|\w+day)|yesterday|ago|remember(?:ing)?|that\s+time|throwback|tbt|in\s+(?:19|20)\d\d|loved|lived|worked|as\s+a\s+(?:kid|child)|back\s+in|the\s+one\s+from|(?:photos?|pics?|pictures?|albums?)\s+from\s+(?:our|my|the|that))\b/i;
/** A wish, plan, question or habit. */
const NOT_NOW = /\b(?:should|would|could|might|if|one\s+day|someday|some\s+day|sometime|fancy|anyone\s+(?:been|know|tried|recommend)|does\s+anyone|do\s+you\s+know|recommend|any\s+good|planning|thinking\s+(?:of|about)|next\s+(?:year|month|summer|spring|autumn|winter|\w+day|week|weekend)|(?:can['’]?t|cannot|can\s+not)\s+wait|counting\s+down|looking\s+forward|every\s+(?:\w+day|week|morning|evening|day|night|year|summer)|usually|always|often|ever|booked|booking|on\s+(?:our|my)\s+(?:list|wish\s*list|bucket\s+list)|(?:mon|tues|wednes|thurs|fri|satur|sun)days|\w+day\s+(?:mornings|afternoons|evenings|nights)|at\s+weekends|(?:in\s+a\s+row|running)\b)\b/i;
/** Someone else is the one there. */
const WITH_THEIRS = /^[^.!?\n,]{0,30}?\bwith\s+(?:his|her|their)\b/i;
const SOMEONE_ELSE = /\b(?:he|she|they|it|somebody|someone|everyone|everybody)(?:['’]s|['’]re|\s+is|\s+are|\s+has|\s+just|\s+have)\b|\b(?:mum|mam|mom|dad|nan|nana|gran|granny|grandad|grandma|grandpa|husband|hubby|wife|partner|son|daughter|kids|sister|brother|parents|in-laws|friends|neighbours|they)\s+(?:and\s+[a-z]+\s+)?(?:are|is|were|was|have|has)\b|\b(?:my|our|his|her|their)\s+(?:[a-z]+\s+)?(?:dad|mum|mam|mom|nan|nana|gran|granny|grandad|grandma|grandpa|husband|hubby|wife|partner|son|daughter|kids|sister|brother|parents|in-laws|friends?|mates?|neighbours?|colleagues?|boss|aunt|auntie|uncle|cousin|niece|nephew|bestie|other\s+half)(?:['’]s)?\s+(?:is|are|has|just|was|\w+ing|\w+ed)\b/i;
/** The place as the subject of a statement: "... at the Town Hall starts at 10", "... in Barcelona is on our list". */
const PLACE_SUBJECT = /^\s*(?:[A-Za-z’'&-]+\s+){0,2}?(?:is|are|was|were|has|have|does|do|closes|opens|starts|runs|costs|sells|serves|shut|closed|reopened)\b/i;

/** The guards above, for the other frame readers (scenes.ts): the past, a wish or plan, someone else, the place as subject. */
export const PRESENCE_GUARDS = {
  past: PAST,
  notNow: NOT_NOW,
  someoneElse: SOMEONE_ELSE,
  placeSubject: PLACE_SUBJECT,
  get notPresenceIng(): ReadonlySet<string> {
    return NOT_PRESENCE_ING;
  },
};

/** The clause (comma-bounded) of `s` that holds [a, b). */
function clauseOf(s: string, a: number, b: number): string {
  let i = a;
  while (i > 0 && !/[,;:()–—]/.test(s[i - 1]!)) i--;
  let j = b;
  while (j < s.length && !/[,;:()–—]/.test(s[j]!)) j++;
  return s.slice(i, j);
}

// ---- Frames ---------------------------------------------------------------------------------------------------
const GREET_WORDS = new Set(['best', 'greetings', 'wishes', 'love', 'hugs', 'hello', 'hi', 'hiya', 'hey', 'regards', 'cheers', 'waves', 'waving', 'postcard', 'kisses', 'howdy', 'hola', 'bonjour', 'ciao', 'vibes', 'salutations', 'season’s', "season's"]);
/** "all of us in", "the four of us at", "us all in": who is greeting, before where they are. */
const GREETERS = /^(?:(?:all|both|the\s+\w+)\s+of\s+us|us\s+all|the\s+(?:family|gang|crew|girls|boys|lads))\s+(?:in|on)\s+/i;

const ORDINAL = /\b(?:(?:day|night|morning|week)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|(?:first|second|third|fourth|fifth|sixth|seventh|last|final)\s+(?:full\s+)?(?:day|night|morning|evening)|halfway\s+through|(?:\w+\s+)?(?:days?|nights?|weeks?)\s+into)\b/i;
/** Words that open a count of days, and what must follow them (by kind). */
const ORDINAL_HEAD: ReadonlyMap<string, number> = new Map([
  ...['day', 'night', 'morning', 'week'].map((w) => [w, 0] as const),
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'last', 'final'].map((w) => [w, 1] as const),
  ['halfway', 2],
  ...['days', 'nights', 'weeks'].map((w) => [w, 3] as const),
]);
const ORDINAL_NEXT: readonly RegExp[] = [/^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)$/, /^(?:full|day|night|morning|evening)$/, /^through$/, /^into$/];

/** Verbs of the mind, the voice or the wallet: "Thinking of everyone in Leeds", "Raising money at ...". */
const NOT_PRESENCE_ING = new Set(['thinking', 'hoping', 'wishing', 'missing', 'remembering', 'dreaming', 'planning', 'praying', 'looking', 'sending', 'congratulating', 'supporting', 'raising', 'fundraising', 'recruiting', 'hiring', 'advertising', 'offering', 'selling', 'buying', 'booking', 'reading', 'writing', 'missing', 'loving', 'during', 'including', 'according', 'regarding', 'concerning', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'spring', 'king', 'thing', 'ring', 'sing', 'bring', 'wing', 'ceiling', 'building', 'meeting', 'wedding', 'pudding', 'darling', 'sibling', 'shilling', 'string', 'sterling', 'ding', 'bling', 'swing', 'sling', 'sting', 'viking', 'peking', 'beijing', 'dumpling', 'sapling', 'seedling', 'starling', 'duckling', 'lightning', 'worrying', 'wondering', 'asking', 'starting', 'joining', 'moving', 'applying', 'interviewing', 'teaching', 'tutoring', 'coaching', 'volunteering']);
/** Nouns that make an -ing word part of a name ("Sailing school", "Walking tour", "Driving lessons"): no activity now. */
const ING_COMPOUND = /^\s+(?:school|club|tour|tours|lesson|lessons|class|classes|holiday|holidays|trip|trips|course|group|team|boots|shoes|gear|kit|season|test|instructor|session|sessions|camp|pool|route|routes|app|permit|ban|fees?|costs?|charges?|spaces?|tickets?|its|their|his|her)\b/i;
/** States the writer is stuck in: "Holed up in", "Snowed in at", "Stranded at". */
const STATE = /^(?:(?:still|now|currently|just|finally|officially|properly)\s+)*(?:holed\s+up|snowed\s+in|tucked\s+(?:up|away)|curled\s+up|perched|lying|sprawled|flopped|cosied\s+up|cozied\s+up|parked\s+up|laid\s+up|stranded|marooned|stuck|trapped|camped(?:\s+out)?|ensconced|settled\s+in|installed|hunkered\s+down|hiding|sheltering|snuggled(?:\s+up)?|wrapped\s+up|bundled\s+up|nestled)\b/i;
/** Nouns of a part of a place that "of" may follow: "the streets of Seville", "the top of Snowdon". */
const LOCATIVE = new Set(['streets', 'centre', 'center', 'top', 'edge', 'outskirts', 'shores', 'banks', 'foot', 'summit', 'side', 'beaches', 'sights', 'markets', 'lanes', 'walls']);
const TODAY = /^[^,;:.!?]{0,30}\b(?:today|now|rn|this\s+(?:morning|afternoon|evening|weekend)|for\s+the\s+day|tonight)\b/i;
const MOVE_PREPS = new Set(['at', 'in', 'on', 'round', 'around', 'along', 'near', 'outside', 'by', 'through', 'off', 'across', 'up', 'down', 'over', 'into', '@']);
/** A finite verb with a subject other than the writer between the opening word and the place. */
const FINITE = /\b(?:is|are|was|were|starts|opens|closes|runs|costs|has|have|does|begins|takes|gets|makes)\b/i;

const STAY_NOUN = '(?:hotel(?:\\s+room)?|room|villa|apartment|flat|airbnb|cabin|lodge|chalet|tent|caravan|cottage|balcony|terrace|hostel|b&b|suite|pitch|yurt|pod|motorhome|campervan|glamping\\s+pod)';
const OUR_STAY = new RegExp(`\\b(?:our|my)\\s+(?:[\\w-]+\\s+)?${STAY_NOUN}\\s+(?:in|at|on|near|overlooking|outside|by)\\s+`, 'gi');
/** A stay still to come, or only seen in photos and reviews: "12 sleeps to go", "We'll see in April", "looks amazing in the photos". */
const STAY_AHEAD = /\bsleeps\s+(?:to\s+go|till|until)\b|\b(?:days|nights|weeks)\s+to\s+go\b|\bwe['’]ll\s+see\b|\blooks\s+(?:\w+\s+)?(?:amazing|lovely|great|gorgeous|stunning|beautiful|incredible|perfect|fab|unreal)\s+(?:in|on)\s+(?:the\s+)?(?:photos?|pictures?|pics?|website|reviews?|brochure)\b|\bsays\s+(?:our|my)\b/i;
const OWNED = /\b(?:sold|sale|selling|rent|renting|let|mortgage|bought|buy|buying|own|owned|inherit\w*|for\s+sale)\b/i;

const HERE_NOW = /\b(?:(?:we|i)(?:['’]re|['’]m|\s+are|\s+am)\s+(?:finally\s+|officially\s+|actually\s+|now\s+)?here\b|here\s+we\s+are\b|(?:we|i)['’]ve\s+(?:finally\s+)?arrived\b|(?:we|i)\s+(?:finally\s+)?made\s+it\b|^\s*made\s+it\b)/i;

const SPOT = /\b(?:ward|bay|unit|clinic|department|lounge|gate|platform|terminal|touchline|pitchside|seafront|prom|promenade|pier|queue|row|waiting\s+room|car\s+park|layover|stopover|delay|cubicle)\s+(?:at|in|of|on)\s+$/i;
const SPOT_WORDS: readonly string[] = ['ward', 'bay', 'unit', 'clinic', 'department', 'lounge', 'gate', 'platform', 'terminal', 'touchline', 'pitchside', 'seafront', 'prom', 'promenade', 'pier', 'queue', 'row', 'room', 'park', 'layover', 'stopover', 'delay', 'cubicle'];

const SPOT_WORD_SET: ReadonlySet<string> = new Set(SPOT_WORDS);
const ABROAD = /\b(?:i['’]?m|we['’]?re|i\s+am|we\s+are|working|spending\s+(?:[\w'’]+\s+){0,3}|currently|holidaying|travelling|traveling|still|now)\s*abroad\b/i;
const NOW_OR_SPAN = /\b(?:now|right\s+now|currently|this\s+(?:week|weekend|morning|afternoon|evening)|today|tonight|till|until|for\s+(?:the|a|two|three|\d{1,2})\b|at\s+the\s+moment)\b/i;

/** Nouns that open a holiday caption: "Pool day in ...", "Weekend in ...". */
const CAPTION_NOUNS: ReadonlySet<string> = new Set(['day', 'days', 'weekend', 'week', 'night', 'nights', 'holiday', 'hols', 'break', 'trip', 'getaway', 'staycation', 'pool', 'beach', 'christmas', 'birthday', 'anniversary', 'date', 'brunch', 'lunch', 'dinner', 'sunset', 'sunrise', 'cocktails', 'drinks', 'picnic', 'adventure', 'adventures']);
/** Words right after a town that can make it the writer's stay: "for the weekend", "till", "with the girls", "services". */
const TOWN_CUE: ReadonlySet<string> = new Set(['for', 'till', 'until', 'til', 'with', 'airport', 'station', 'services', 'terminal', 'port', 'harbour', 'pier', 'seafront', 'hospital', 'infirmary', 'day', 'weekend']);
const FOR_THE = /^\s*(?:for\s+the\s+(?:day|weekend|night|week|afternoon|morning|evening)|till|until|til|with\s+(?:the|my|our)\s+\w+)/i;

const HUB = /^(?:airport|station|services|terminal|port|harbour|pier|seafront|hospital|infirmary)$/i;
const HUB_NOW = /\b(?:now|stuck|stranded|quick\s+stop|pit\s+stop|waiting|queuing|queueing|to\s+go|layover|rn|boarding|cold|hungry|tired|sad|freezing|bored|starving|knackered|i|we|me|us|my|our)\b/i;

/** Away, said of the writer, and a stretch of time after it. */
const AWAY = /(?:^|[,;:.!?]\s*|\b(?:we['’]?re|i['’]?m|we\s+are|i\s+am|we['’]ll\s+be|i['’]ll\s+be|all\s+of\s+us\s+are|both\s+of\s+us\s+are|then\s+we['’]re|and\s+we['’]re|we)\s+)(gone|away|off|abroad|back)\b(?!\s+(?:work|sick|school|to\s+(?:work|school|bed|sleep|normal|reality)|from\s+(?:work|school)|home\s+from))/gi;
const AWAY_SPAN = /^(?:\s+(?:to|for|in|at|with)\s+[^,.;:!?\n]{0,50}?)?\s+(?:(?:till|until|til|untill)\s+(?:after\s+)?(?:the\s+)?(?:new\s+year|christmas|xmas|easter|half[\s-]term|holidays|hols|summer|next\s+\w+|\w+day|\d{1,2}(?:st|nd|rd|th)|end\s+of)|after\s+(?:the\s+)?(?:new\s+year|christmas|xmas|easter|half[\s-]term|holidays|hols|summer\s+holidays)|for\s+(?:the\s+)?(?:whole\s+(?:of\s+)?(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:hols|holidays|half\s+term|summer|week|weekend|fortnight|month)\b|for\s+(?:a|one|two|three|four|five|six|ten|a\s+few|\d{1,2})\s+(?:days|nights|weeks?|months?|fortnight))/i;

/** Frames, as bits of a sentence's mask. */
const F_GREET = 1;
const F_ORDINAL = 2;
const F_DIARY = 4;
const F_STAY = 8;
const F_HERE = 16;
const F_SPOT = 32;
const F_WITH = 64;
const F_CHECK = 128;
const F_ABROAD = 256;
const F_TOWN = 512;
const F_AWAY = 1024;
const F_OURMY = 2048;
const F_PLACE = 4096;
const F_SPAN = 8192;
/** The anchor words of each frame (folded tokens): a sentence with none of a frame's words skips the frame. */
const ANCHORS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (bit: number, words: readonly string[]) => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(F_GREET, [...GREET_WORDS, 'season']);
  add(F_DIARY, ['holed', 'snowed', 'tucked', 'curled', 'cosied', 'cozied', 'parked', 'laid', 'stranded', 'marooned', 'stuck', 'trapped', 'camped', 'ensconced', 'settled', 'installed', 'hunkered', 'hiding', 'sheltering', 'snuggled', 'wrapped', 'bundled', 'nestled', 'perched', 'lying', 'sprawled', 'flopped']);
  add(F_STAY, ['hotel', 'room', 'villa', 'apartment', 'flat', 'airbnb', 'cabin', 'lodge', 'chalet', 'tent', 'caravan', 'cottage', 'balcony', 'terrace', 'hostel', 'suite', 'pitch', 'yurt', 'pod', 'motorhome', 'campervan']);
  add(F_HERE, ['here', 'arrived', 'made']);
  add(F_SPOT, SPOT_WORDS);
  add(F_WITH, ['with']);
  add(F_CHECK, ['checked', 'checking']);
  add(F_ABROAD, ['abroad']);
  add(F_AWAY, ['gone', 'away', 'off', 'back', 'abroad']);
  add(F_OURMY, ['our', 'my']);
  add(F_SPAN, ['till', 'until', 'til', 'untill', 'after', 'whole', 'hols', 'holidays', 'summer', 'week', 'weekend', 'fortnight', 'month', 'days', 'nights', 'weeks', 'months']);
  return m;
})();

/**
 * Which frames each sentence may hold, from one walk over the post's tokens (a look-up or two per token);
 * null when no sentence holds any.
 */
/** Bits of WORD_INFO above the frame bits: an ORDINAL_HEAD kind (plus one), a town or destination, a first word of two. */
const ORD_SHIFT = 16;
const IS_PLACE = 1 << 20;
const IS_PAIR_START = 1 << 21;
let wordInfo: ReadonlyMap<string, number> | undefined;
/** ANCHORS, ORDINAL_HEAD, anyPlaceWords and pairStarts in one map, so most tokens cost one look-up. */
function wordInfoMap(): ReadonlyMap<string, number> {
  if (wordInfo) return wordInfo;
  const m = new Map<string, number>(ANCHORS);
  const add = (w: string, v: number) => m.set(w, (m.get(w) ?? 0) | v);
  for (const [w, kind] of ORDINAL_HEAD) add(w, (kind + 1) << ORD_SHIFT);
  for (const w of anyPlaceWords()) add(w, IS_PLACE);
  for (const w of pairStarts()) add(w, IS_PAIR_START);
  return (wordInfo = m);
}
/** wordInfoMap's facts of each word, kept by interned word number: an array read per token instead of a look-up in the large map. */
const WORD_INFO = new WordTable((w: string): number => wordInfoMap().get(w) ?? 0);

function frameMasks(doc: Doc, all: readonly Sentence[]): Uint16Array | null {
  const masks = new Uint16Array(all.length);
  const { tokens, text } = doc;
  const ids = tokenVocab(doc).ids;
  const info = WORD_INFO.of(doc);
  // A town or destination right before a stay word ("bath for the weekend", "reading services") or right after a
  // caption ("Pool day in lanzarote").
  const townCue = (t: number, n: number): boolean => {
    if (TOWN_CUE.has(tokens[t + n]?.norm ?? '')) return true;
    const prev = tokens[t - 1]?.norm;
    return t >= 2 && (prev === 'in' || prev === 'at') && CAPTION_NOUNS.has(tokens[t - 2]!.norm);
  };
  let any = false;
  // One walk over the tokens with a pointer into the sentences: a look-up or two per token.
  let k = 0;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    while (k < all.length && all[k]!.end <= tok.start) k++;
    if (k >= all.length) break;
    if (tok.start < all[k]!.start) continue;
    const word = tok.norm;
    const facts = info[ids[t]!]!;
    let bits = facts & 0xffff;
    // A count of days: "day 3", "night two", "first night", "halfway through", "three days into".
    const ord = ((facts >> ORD_SHIFT) & 7) - 1;
    if (ord >= 0) {
      const next = tokens[t + 1]?.norm ?? '';
      if (ORDINAL_NEXT[ord]!.test(next) || (next === 'into' && /^(?:days?|nights?|weeks?)$/.test(word))) bits |= F_ORDINAL;
    }
    // An -ing word that opens a clause: diary style ("Walking the prom at ...", "sunbathing in benidorm").
    const n = word.length;
    if (n > 5 && word.charCodeAt(n - 1) === 103 && word.charCodeAt(n - 2) === 110 && word.charCodeAt(n - 3) === 105 && tok.prefix === '') {
      let p = tok.start - 1;
      while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
      if (p < 0 || /[.,;:!?\n(–—]/.test(text[p]!) || (t > 0 && /^(?:still|now|currently|just|finally)$/.test(tokens[t - 1]!.norm))) bits |= F_DIARY;
    }
    if (facts & IS_PLACE) {
      if (townCue(t, 1)) bits |= F_TOWN;
    } else if (facts & IS_PAIR_START && t + 1 < tokens.length && isUkPlace(`${word} ${tokens[t + 1]!.norm}`) && townCue(t, 2)) bits |= F_TOWN;
    if (bits) {
      masks[k] = masks[k]! | bits;
      any = true;
    }
  }
  if (!any) return null;
  // Frames that need two kinds of word: an absence and a span, "our" and a stay noun, a check-in and an "@".
  const hasAt = text.includes('@');
  any = false;
  for (let i = 0; i < all.length; i++) {
    let m = masks[i]!;
    if (!(m & F_SPAN)) m &= ~F_AWAY;
    if (!(m & F_OURMY)) m &= ~F_STAY;
    if (!hasAt) m &= ~F_CHECK;
    masks[i] = m & ~(F_PLACE | F_SPAN | F_OURMY);
    if (masks[i]) any = true;
  }
  return any ? masks : null;
}

const GREET_FROM = /\b(?:best|greetings|wishes|love|hugs|hello|hi|hiya|hey|regards|cheers|waves|waving|postcard|kisses|howdy|hola|bonjour|ciao|vibes|salutations)\s+from\s/i;
const SPOT_ANY = new RegExp(`\\b(?:${SPOT_WORDS.join('|')})\\s+(?:at|in|of|on)\\s`, 'i');
const CHECK_AT = /\bcheck(?:ed|ing)\s+in\s*@/i;
/** The frames whose cheap test passes in `s`. */
function precheck(s: string, mask: number): number {
  let m = 0;
  if (mask & F_GREET && GREET_FROM.test(s)) m |= F_GREET;
  if (mask & F_ORDINAL && ORDINAL.test(s)) m |= F_ORDINAL;
  if (mask & F_DIARY) m |= F_DIARY;
  if (mask & F_STAY) {
    OUR_STAY.lastIndex = 0;
    if (OUR_STAY.test(s)) m |= F_STAY;
  }
  if (mask & F_HERE && HERE_NOW.test(s)) m |= F_HERE;
  if (mask & F_SPOT && SPOT_ANY.test(s)) m |= F_SPOT;
  if (mask & F_WITH && /^\s*(?:at|in)\s/i.test(s)) m |= F_WITH;
  if (mask & F_CHECK && CHECK_AT.test(s)) m |= F_CHECK;
  if (mask & F_ABROAD && ABROAD.test(s)) m |= F_ABROAD;
  if (mask & F_TOWN) m |= F_TOWN;
  if (mask & F_AWAY) {
    AWAY.lastIndex = 0;
    for (let a = AWAY.exec(s); a; a = AWAY.exec(s)) {
      if (AWAY_SPAN.test(s.slice(a.index + a[0].length))) {
        m |= F_AWAY;
        break;
      }
    }
  }
  return m;
}

function inSentence(s: string, post: string, isQuestion: boolean, frames: number): { start: number; end: number; reason: string } | null {
  const mask = precheck(s, frames);
  if (mask === 0 || PAST.test(s)) return null;
  const ws = wordsOf(s);
  if (ws.length === 0) return null;
  const wish = NOT_NOW.test(s);
  const here = (start: number, end: number) => ({ start, end, reason: REASON_HERE });
  // "camping up on Exmoor with her Brownies": someone else with their group, not the writer.
  const free = (k: number, end: number): boolean => !PLACE_SUBJECT.test(s.slice(end)) && !SOMEONE_ELSE.test(s.slice(Math.max(0, ws[k]!.start - 50), ws[k]!.start)) && !WITH_THEIRS.test(s.slice(end, end + 40));

  // Greeting: "<greeting> from <place>" in the first words of a clause.
  if (mask & F_GREET && !wish) {
    for (let k = 1; k < ws.length - 1; k++) {
      if (ws[k]!.lower !== 'from' || !GREET_WORDS.has(ws[k - 1]!.lower.replace(/’/g, "'")) && !GREET_WORDS.has(ws[k - 1]!.lower)) continue;
      const clauseStart = clauseOf(s, ws[k - 1]!.start, ws[k]!.end);
      // "best" greets only as "all the best from" or a clause's first word ("Best from Rome x"), not "the best from Leeds".
      if (ws[k - 1]!.lower === 'best' && !(ws[k - 2]?.lower === 'the' && ws[k - 3]?.lower === 'all') && clauseStart.trim().split(/\s+/)[0]?.toLowerCase() !== 'best') continue;
      if (clauseStart.split(/\s+/).filter(Boolean).indexOf(ws[k - 1]!.text) > 4) continue;
      let j = k + 1;
      const rest = s.slice(ws[j]!.start);
      const greeters = GREETERS.exec(rest);
      if (greeters) while (j < ws.length && ws[j]!.start < ws[k + 1]!.start + greeters[0].length) j++;
      const p = placeAt(ws, j, true);
      if (p && !PLACE_SUBJECT.test(s.slice(p.end))) return here(ws[k - 1]!.start, p.end);
    }
  }
  // A count of days into a stay, and a place in the sentence.
  if (mask & F_ORDINAL && !wish && ORDINAL.test(s)) {
    for (let k = 0; k < ws.length - 1; k++) {
      if (!/^(?:in|at|on|to|of)$/.test(ws[k]!.lower)) continue;
      // "day two of our Devon adventure": the trip is the writer's, named by its place.
      const p = placeAt(ws, ws[k]!.lower === 'of' && /^(?:our|my)$/.test(ws[k + 1]?.lower ?? '') ? k + 2 : k + 1, false);
      if (!p) continue;
      // "of" names a place only as a trip: "day 2 of the Yorkshire Dales trip".
      if (ws[k]!.lower === 'of' && !/^\s*(?:trip|holiday|hols|break|tour|getaway|adventure|residential|visit)\b/i.test(s.slice(p.end))) continue;
      if (free(k, p.end)) return here(ws[k]!.start, p.end);
    }
  }
  // Diary style: a clause that opens with an -ing word or a stuck state, then a place.
  if (mask & F_DIARY && !wish) {
    let clauseStart = 0;
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k]!;
      if (k > 0 && !/[,;:()–—!]/.test(s.slice(ws[k - 1]!.end, w.start))) continue;
      clauseStart = w.start;
      const lead = s.slice(clauseStart);
      const ing = /^(?:(?:still|now|currently|just|finally)\s+)?([a-z]+ing)\b/i.exec(lead);
      const state = STATE.exec(lead);
      const activity = ing && !NOT_PRESENCE_ING.has(ing[1]!.toLowerCase()) && ing[1]!.length > 5 && !/thing$/i.test(ing[1]!) && !/[#@]$/.test(s.slice(0, w.start)) && !ING_COMPOUND.test(lead.slice(ing[0].length));
      if (!activity && !state) continue;
      // The place within the next ten words of the clause.
      for (let q = k + 1; q < ws.length && q <= k + 10; q++) {
        if (/[,;:()–—!?]/.test(s.slice(ws[q - 1]!.end, ws[q]!.start))) break;
        if (!MOVE_PREPS.has(ws[q]!.lower) && !(ws[q]!.lower === 'of' && LOCATIVE.has(ws[q - 1]!.lower))) continue;
        const between = s.slice(w.start, ws[q]!.start);
        // "Stuck in traffic on Harehills Lane": passing through, not somewhere to be found.
        if (FINITE.test(between) || /\b(?:traffic|jam|tailback|roadworks)\b/i.test(between)) break;
        // A town that is also a word ("Exploring bath today") only with a sign of now after it.
        const p = placeAt(ws, q + 1, false) ?? (TODAY.test(s.slice(ws[q]!.end)) ? placeAt(ws, q + 1, true) : null);
        if (!p) continue;
        if (!free(k, p.end)) break;
        // "Watching the planes land at Heathrow on a webcam is weirdly relaxing": the activity is the subject.
        const rest = s.slice(p.end).split(/[,;:()–—!?]/)[0]!;
        if (/\b(?:is|was|are|were|sounds|beats|makes|never|always|must\s+be|would\s+be)\b/i.test(rest) && !/\b(?:i|we|i['’]m|we['’]re)\b/i.test(rest)) break;
        // "Catching up with a friend in Manchester this weekend": an arrangement to come.
        if (/\b(?:tomorrow|tmrw|this\s+weekend|later|on\s+\w+day)\b/i.test(clauseOf(s, w.start, p.end))) break;
        return here(w.start, p.end);
      }
    }
  }
  // Where we are staying, said in the present.
  if (mask & F_STAY && !wish && !OWNED.test(s) && !STAY_AHEAD.test(post)) {
    OUR_STAY.lastIndex = 0;
    for (let m = OUR_STAY.exec(s); m; m = OUR_STAY.exec(s)) {
      const k = ws.findIndex((x) => x.start >= m!.index + m![0].length);
      if (k < 0) break;
      const p = placeAt(ws, k, false);
      if (p) return here(m.index, p.end);
    }
  }
  // "We're here", in a short post that names the place.
  if (mask & F_HERE && post.length <= 280 && HERE_NOW.test(s) && !wish) {
    const pw = wordsOf(post);
    const offset = post.indexOf(s);
    for (let k = 0; k < pw.length; k++) {
      const w = pw[k]!;
      const prep = /^(?:in|at|to)$/.test(w.lower);
      if (!prep && !capital(w)) continue;
      const p = placeAt(pw, prep ? k + 1 : k, false);
      if (!p || p.venue) continue;
      // A bare capitalised word must be a known town or destination ("Snowdonia!!!", "Edinburgh,").
      const name = post.slice(pw[prep ? k + 1 : k]!.start, p.end);
      if (!prep && !isUkPlace(name) && !isDestination(name)) continue;
      if (PAST.test(post)) break;
      return offset >= 0 && w.start >= offset && p.end <= offset + s.length ? here(w.start - offset, p.end - offset) : here(HERE_NOW.exec(s)!.index, HERE_NOW.exec(s)!.index + HERE_NOW.exec(s)![0].length);
    }
  }
  // A spot inside a place: "ward at Alder Hey", "layover in Dubai airport", "touchline at Sixways".
  for (let k = 1; mask & F_SPOT && k < ws.length - 1; k++) {
    if (!/^(?:at|in|of|on)$/.test(ws[k]!.lower) || !SPOT_WORD_SET.has(ws[k - 1]!.lower) || !SPOT.test(s.slice(Math.max(0, ws[k]!.start - 30), ws[k]!.end + 1))) continue;
    const p = placeAt(ws, k + 1, false);
    if (!p || !capital(ws[k + 1]) && !p.venue && !isDestination(ws[k + 1]!.lower) && !isUkPlace(ws[k + 1]!.lower)) continue;
    if (wish && !/\b(?:layover|stopover|delay)\b/i.test(s)) continue;
    // "Front row at Strictly on the telly": the spot is on a screen.
    if (ON_SCREEN.test(s)) continue;
    if (free(k, p.end)) return here(ws[k - 1]!.start, p.end);
  }
  // "At the Royal Berkshire with ...": a clause that opens with the place, then who the writer is with.
  if (mask & F_WITH && !wish) {
    const open = /^\s*(?:[Aa]t|[Ii]n)\s+/.exec(s);
    if (open) {
      const p = placeAt(ws, 1, false);
      if (p && ws[p.next]?.lower === 'with' && capital(ws[p.next - 1])) return here(open[0].length - open[0].trimStart().length, p.end);
    }
  }
  // A check-in written with "@": "Checked in @ The Old Bell".
  if (mask & F_CHECK) {
    const m = /\b(?:checked|checking)\s+in\s*@\s*/i.exec(s);
    if (m) {
      const k = ws.findIndex((x) => x.start >= m.index + m[0].length);
      const p = k >= 0 ? placeAt(ws, k, false) : null;
      if (p) return here(m.index, p.end);
    }
  }
  // Abroad now: "Working abroad this week", "Spending our first Christmas abroad ... right now".
  if (mask & F_ABROAD && !wish) {
    const m = ABROAD.exec(s);
    if (m && NOW_OR_SPAN.test(s) && !SOMEONE_ELSE.test(s.slice(Math.max(0, m.index - 50), m.index))) return here(m.index, m.index + m[0].length);
  }
  // A town for the day or the weekend, opening the clause or after "in": "in bath for the weekend", "wells for the day".
  if (mask & F_TOWN && !wish) {
    for (let k = 0; k < ws.length; k++) {
      const opensClause = k === 0 || /[,;:()–—!]/.test(s.slice(ws[k - 1]!.end, ws[k]!.start));
      const afterIn = k > 0 && /^(?:in|at)$/.test(ws[k - 1]!.lower) && (k === 1 || /[,;:()–—!]/.test(s.slice(ws[k - 2]!.end, ws[k - 1]!.start)) || /^(?:i['’]?m|we['’]?re|still|currently|now)$/.test(ws[k - 2]!.lower));
      // A caption in lower case: "Pool day in lanzarote", "Weekend in york with the kids".
      const caption = k > 1 && k <= 4 && /^(?:in|at)$/.test(ws[k - 1]!.lower) && CAPTION_NOUNS.has(ws[k - 2]!.lower) && !/[,;:()–—!]/.test(s.slice(ws[0]!.start, ws[k - 1]!.start)) && /^[a-z]/.test(ws[k]!.text) && lowerPlace(ws[k]!.lower, false);
      if (caption && !PLACE_SUBJECT.test(s.slice(ws[k]!.end)) && !/^\s*(?:[a-z]+\s+){0,2}(?:looks|seems|sounds|would|will)\b/i.test(s.slice(ws[k]!.end)) && free(k, ws[k]!.end)) return here(ws[0]!.start, ws[k]!.end);
      if (!opensClause && !afterIn) continue;
      const lw = ws[k]!.lower;
      if (!lowerPlace(lw, true) && !pairStarts().has(lw)) continue;
      const p = placeAt(ws, k, true);
      if (!p || p.venue) continue;
      // A capitalised word that opens a sentence is no place by its capital: only a known town or destination counts.
      const name = s.slice(ws[k]!.start, p.end);
      if (!isUkPlace(name) && !isDestination(name) && !isTownWord(name)) continue;
      const cue = FOR_THE.exec(s.slice(p.end));
      // A town that is also a word ("Reading with my mum") needs a stay after it, not company.
      if (cue && !(isTownWord(name) && /^\s*with\b/i.test(cue[0])) && free(k, p.end)) return here(afterIn ? ws[k - 1]!.start : ws[k]!.start, p.end);
      // "reading services, quick stop", "Bristol airport, flight cancelled": a hub opening the post, and a sign of now.
      const hub = ws[p.next];
      if (opensClause && hub && HUB.test(hub.lower) && HUB_NOW.test(s.slice(hub.end)) && !PLACE_SUBJECT.test(s.slice(hub.end))) return here(ws[k]!.start, hub.end);
    }
  }
  // Away till a time: "gone till new year", "Off to my sister's in Aberdeen for the whole of the Christmas hols".
  if (mask & F_AWAY && !wish && !isQuestion) {
    AWAY.lastIndex = 0;
    for (let m = AWAY.exec(s); m; m = AWAY.exec(s)) {
      const at = m.index + m[0].length - m[1]!.length;
      const span = AWAY_SPAN.exec(s.slice(at + m[1]!.length));
      if (!span) continue;
      // "back" is a return only with a holiday after it ("back after new year"), not "back for the week".
      if (m[1]!.toLowerCase() === 'back' && !/\b(?:after|till|until)\b/i.test(span[0])) continue;
      if (SOMEONE_ELSE.test(s.slice(Math.max(0, at - 50), at)) || /\b(?:he|she|they|husband|wife|partner|hubby)\s+(?:is|are|['’]s|['’]re)?\s*$/i.test(s.slice(Math.max(0, at - 30), at))) continue;
      return { start: at, end: at + m[1]!.length + span[0].length, reason: REASON_EMPTY };
    }
  }
  return null;
}

/**
 * Hits for the personal/location rule from the frames above, in sentences where `taken` (the rule's other hits)
 * has none.
 */
export function presenceHits(doc: Doc, taken: readonly Hit[] = []): Hit[] {
  const all = sentences(doc);
  const masks = frameMasks(doc, all);
  return masks ? frameHits(doc, all, masks, taken, (s, post, mask, question) => inSentence(s, post, question, mask)) : [];
}
