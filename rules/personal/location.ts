import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import { schoolNameCore, schoolNameVariants } from '../../lib/engine/context/index.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { matchInWindows, triggerWindows, type Range } from '../tone/shared/windows.ts';
import { tokenVocab, WordTable } from '../tone/shared/vocab.ts';
import { before } from '../tone/shared/phrases.ts';
import { isUkPlace, KIN_HOME, ON_SCREEN, TOWN_AS_THING, whereaboutsHits } from './shared/whereabouts.ts';
import { travelHits } from './shared/travel.ts';
import { isDestination, presenceHits } from './shared/presence.ts';
import { sceneHits } from './shared/scenes.ts';
import { nowPlaceHits } from './shared/now-place.ts';
import { asideHits } from './shared/asides.ts';
import { captionHits } from './shared/captions.ts';
import { habitHits } from './shared/habits.ts';
import { isKnownName } from '../pupil/shared/first-names.ts';

const SUBJECT = "(?:i'?m|i’m|i am|we'?re|we’re|we are|are|(?:whole\\s+)?family(?:'s|’s|\\s+is|\\s+are)|currently|just arrived|i['’]ve arrived|we['’]ve arrived|just got to|checked in|checking in|sat|sitting|here)";
// "I'm at <Place>" / "we're at the beach": the word after "at/in" decides whether it is a place.
const AT = new RegExp(`\\b${SUBJECT}\\s(?:(?:at|in)\\s)(?:the\\s)?([A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF’'&-]{2,30})`, 'gi');
const PLACE_NOUNS = new Set(
  'a&e park beach pub gym airport station hospital cinema zoo pool seaside stadium theatre museum shops supermarket cafe café restaurant hotel campsite caravan leisure soft aquarium lido arena club bar airbnb festival concert match ground races centre retail outlet mall spa'.split(' '),
);
// Capitalised words that follow "I'm at/in" without being somewhere you can be found.
const NOT_PLACES = new Set(
  'year reception class key ks the a an my our your his her their this that it work home school bed church charge love trouble pain tears shock awe bits pieces peace denial agony limbo stitches heaven hell two twos control favour favor touch need despair'.split(' '),
);
const LIVE = /\b(?:live location|sharing my location|share my location|my location is|location sharing is on|find me at|come and find me|come find me|come say hi at|checked in at|checking in at)\b|📍/gi;
const HOME_ALONE = /\b(?:home alone|(?:house|home|flat|place)(?: is| will be|'s|’s| stays?| sits?| stands?| will stand| lies| will sit) (?:empty|unoccupied)(?!\s+(?:of|feeling|nest)\b)|nobody(?: will be|'s| is)? (?:home|in)(?: at (?:ours|mine|home|the house))? (?:all|this|until|till|for)|no one(?: will be|'s| is)? (?:home|in)(?: at (?:ours|mine|home|the house))? (?:all|this|until|till|for))\b/gi;
const AWAY = new RegExp(
  `\\b(?:we'?re|we’re|we are|i'?m|i’m|i am|we'?ll be|we’ll be|i'?ll be|i’ll be|we will be|i will be|family(?:'s| is)|off|jetting off|flying out|heading off|heading|headed|going)\\s(?:(?:off|out)\\s)?(?:away|abroad|on holiday|on (?:a|our) (?:cruise|city break|road trip|trip|break)|out of the country|to (?:spain|france|greece|portugal|italy|turkey|tenerife|majorca|mallorca|ibiza|florida|lanzarote|cyprus|crete|dubai|the canaries|cornwall|devon|wales|scotland|the lakes|center ?parcs|[A-Z][a-z]{2,20}))(?!\\s(?:with|game|match|kit|day|fixture|from\\s+(?:the|my|home|work|school|it|screens?|here)))[^.!?\\n]{0,30}?\\b(?:till|until|til|'til|for (?:a|the|two|three|2|3|ten|10|\\d{1,2}) (?:week|weeks|fortnight|days|nights|month|weekend)|for a fortnight|all week|all weekend|this week|next week|this weekend|next weekend|from (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|the \\d{1,2}(?:st|nd|rd|th))(?![^.!?\\n]{0,12}\\b(?:for|till|until|til)\\b)|tomorrow|tonight|over (?:half term|easter|christmas|summer))\\b`,
  'gi',
);


// ---- Where you are right now, said without "I'm at" -------------------------------------------------
// A word that could be the name of a place (checked in code: capitalised, or a venue noun).
const PLACE = "([A-Za-z\\u00C0-\\u024F0-9][A-Za-z\\u00C0-\\u024F0-9&’'.-]{0,29})";
// Doing something somewhere right now: "Sat in Nero", "Waiting at platform 4", "Enjoying a pint at the Red Lion",
// "Just landed in Malaga", "Checked into the Travelodge", "Boarding now at Manchester", "In the queue at Stansted".
const ACTS =
  'sat|sitting|stood|standing|waiting|queuing|queueing|queue|stuck|huddled|shivering|sheltering|perched|lounging|sunbathing|basking|overnight|camping|staying|chilling|relaxing|enjoying|spending|grabbing|shopping|browsing|lunch|dinner|brunch|breakfast|drinks|coffee|cuppa|pint|pints|arrived|landed|touchdown|touched\\s+down|pulled\\s+up|checked\\s+in|checking\\s+in|checked\\s+into|checking\\s+into|boarding|boarded|made\\s+it|currently|now|here|parked';
const ACT_AT = new RegExp(
  `\\b(?:${ACTS})\\b(?:\\s+(?:right\\s+now|now|currently|just|still|already|safely|finally|all\\s+day))?(?:\\s+(?!(?:at|in|on|outside|into|inside)\\b)[A-Za-z’'&-]+){0,3}?\\s+(?:at|in|on|outside|into|inside)\\s+(?:the\\s+)?${PLACE}`,
  'gi',
);
// "Checked into the Travelodge", "booked into the Premier Inn".
const CHECK_INTO = new RegExp(`\\b(?:checked|checking|booked|booking|pulled|pulling)\\s+(?:in\\s+)?into\\s+(?:the\\s+)?${PLACE}|\\bqueu(?:e|ing|eing)\\s+(?:up\\s+)?for\\s+(?:the\\s+)?${PLACE}`, 'gi');
// A longer gap before "at": "Sitting in the sun at Ladybower", "Enjoying a glass of wine at the Crown".
const ACT_FAR_AT = new RegExp(
  `\\b(?:${ACTS})\\b(?:\\s+(?!at\\b)[A-Za-z’'&-]+){1,6}?\\s+at\\s+(?:the\\s+)?${PLACE}`,
  'gi',
);
const ACT_WORDS = new Set(['booked', 'booking', 'pulling', 'sat', 'sitting', 'stood', 'standing', 'waiting', 'queuing', 'queueing', 'queue', 'stuck', 'huddled', 'shivering', 'sheltering', 'perched', 'lounging', 'sunbathing', 'basking', 'overnight', 'camping', 'staying', 'chilling', 'relaxing', 'enjoying', 'spending', 'grabbing', 'shopping', 'browsing', 'lunch', 'dinner', 'brunch', 'breakfast', 'drinks', 'coffee', 'cuppa', 'pint', 'pints', 'arrived', 'landed', 'touchdown', 'touched', 'pulled', 'checked', 'checking', 'boarding', 'boarded', 'made', 'currently', 'now', 'here', 'parked']);
// A clause that opens with where you are: "At Gatwick now", "In A&E with my dad", "At the Bull & Bush till last orders".
const OPEN_AT = new RegExp(`\\b(?:at|in|outside|inside)\\s+(?:the\\s+)?${PLACE}`, 'gi');
const OPEN_WORDS = new Set(['at', 'in', 'outside', 'inside']);
// On a train, ferry or flight: "On the 17:32 to Crewe", "we're on the 9:15 ferry to Dublin".
const TRANSPORT = new RegExp(
  `\\bon\\s+(?:the|a|an|my|our)\\s+(?:(\\d{1,2}[:.]\\d{2})\\s*(?:am|pm)?\\s+|(?:early|late|last|first|next|night|overnight|delayed|slow|fast|packed)\\s+)?(?:(train|ferry|flight|plane|bus|coach|tram|boat|sleeper|tube|overground|underground|metro|sleeper)\\s+)?(?:to|from|into|out\\s+of)\\s+${PLACE}`,
  'gi',
);
const TRANSPORT_WORDS = new Set(['on']);
// Stuck on a motorway: "Stuck on the M6 at junction 19".
const ROAD = /\b(?:stuck|sat|sitting|queuing|queueing|crawling|parked|broken\s+down|broke\s+down)\s+(?:in\s+(?:traffic|a\s+jam|a\s+queue)\s+)?on\s+the\s+(?:M|A)\d{1,4}\b/gi;
const GOT_WORDS = new Set(['got', 'made', 'arrived']);
const HERE_WORDS = new Set(['here']);
const EMPTY_WORDS = new Set(['empty']);
const ROAD_WORDS = new Set(['stuck', 'sat', 'sitting', 'queuing', 'queueing', 'crawling', 'parked', 'broken', 'broke']);
// Inviting people to where you are: "Anyone around Nottingham station? Got 40 minutes to kill".
const ANYONE_NEAR = new RegExp(`\\b(?:anyone|anybody|any\\s+friends?)\\s+(?:around|near|nearby|about|in|at)\\s+(?:the\\s+)?${PLACE}`, 'gi');
const ANYONE_WORDS = new Set(['anyone', 'anybody', 'any']);
const MEET_WORDS = /\b(?:fancy|fancies|meet|meeting\s+up|coffee|drink|drinks|pint|say\s+hi|say\s+hello|come|join|kill|free|now|today|tonight|pop\s+by)\b|\?/i;
// A routine that says where to find you: "every Tuesday at 6, I'm always there".
const ROUTINE = /\b(?:i['’]?m|i\s+am|you['’]ll\s+(?:always\s+)?find\s+me)\s+(?:always|usually|normally|there)\s+(?:there|at|in|on)\b/gi;
const ROUTINE_WORDS = new Set(["i'm", 'im', 'am', "you'll", 'youll']);

// ---- When the house is empty ------------------------------------------------------------------------
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thurs?|fri|sat|sun)';
const ORD = '(?:\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}[/.]\\d{1,2})';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WHEN = `(?:(?:the\\s+)?${ORD}(?:\\s+(?:of\\s+)?${MONTH})?|${DAY}\\s+week|${DAY}(?:\\s+(?:the\\s+)?${ORD})?|\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)`;
// "home on the 21st", "back on Sunday", "Back home on Saturday the 14th", "flying back on the 3rd".
// Holidays that name a day: "We get back from Lapland on Boxing Day", "home on New Year's Eve".
const NAMED_DAY = "(?:boxing\\s+day|christmas\\s+(?:eve|day)|new\\s+year['’]?s?\\s+(?:eve|day)|easter\\s+(?:sunday|monday)|bank\\s+holiday\\s+monday)";
// "home on the 21st", "back on Sunday", "Back home on Saturday the 14th", "flying back on the 3rd", "we get home from
// Tenerife on New Year's Eve" (a trip named between; not from work or school).
const RETURN = new RegExp(`\\b(?:back\\s+home|home|back|fly(?:ing)?\\s+(?:back|home)|return(?:ing)?(?:\\s+home)?|due\\s+back|home\\s+again|get(?:ting)?\\s+(?:back|home)|land(?:ing)?\\s+(?:back|home))\\s+(?:from\\s+(?!(?:work|school|uni|the\\s+office|my\\s+shift|shift)\\b)(?:the\\s+)?[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?\\s+)?(?:(?:on|from|by)\\s+)?(?:${WHEN}|${NAMED_DAY})(?:\\s+(?:night|morning|afternoon|evening|lunchtime))?\\b`, 'gi');
const RETURN_WORDS = new Set(['back', 'home', 'fly', 'flying', 'return', 'returning', 'due']);
// "Whole family away", "we're away all next week", "Away all next week with the in-laws".
const FAMILY_AWAY = /\b(?:whole\s+(?:family|street|house|household|lot\s+of\s+us)|the\s+family|family|all\s+of\s+us|the\s+lot\s+of\s+us|both\s+of\s+us|we|us)(?:\s+is|\s+are|['’]s|['’]re|\s+will\s+be|['’]ll\s+be|\s+both)?\s+(?:away|abroad|out\s+of\s+the\s+country)\b|\baway\s+(?:all|this|next|till|until|til|for|from|over)\s+(?:next\s+|this\s+|the\s+)?(?:week|weekend|fortnight|half\s+term|\w+day|tomorrow|tonight|\d)/gi;
// Staying with family till a date: "Currently at my mum's in Redcar till Sunday", "we're at the in-laws' all week".
const STAYING = /\b(?:i['’]?m|we['’]?re|i\s+am|we\s+are|currently|staying|stopping)\s+(?:at|with)\s+(?:my|our|the)\s+(?:mum|mam|mom|dad|parents|nan|nana|gran|granny|grandparents|sister|brother|in-laws|auntie|aunt|uncle|cousin|friend)(?:['’]s|['’])?(?:\s+(?:in|at|near)\s+[A-Z][A-Za-z-]+)?[^.!?\n]{0,20}?\b(?:till|until|til|all\s+week|all\s+weekend|this\s+week|for\s+(?:the|a|two|three|\d+)\s+(?:week|weeks|weekend|days|nights|fortnight))\b/gi;
const STAYING_WORDS = new Set(["i'm", 'im', "we're", 'am', 'are', 'currently', 'staying', 'stopping']);
const FAMILY_WORDS = new Set(['family', 'us', 'we', 'away', 'lot', 'both', 'all', 'whole']);
// On your own at home: "Hubby's working nights all week so it's just me and the dog".
const ALONE = /\b(?:(?:hubby|husband|wife|partner|other\s+half|boyfriend|girlfriend|flatmate|housemate)(?:['’]s|\s+is|\s+and\s+(?:the\s+)?(?:kids|children|boys|girls)\s+are)\s+(?:away|abroad|working\s+nights|on\s+nights|on\s+a\s+(?:stag|hen|work\s+trip|course)|at\s+(?:his|her)\s+mum['’]s)\b[^.!?\n]{0,40}?\b(?:all\s+week|this\s+week|all\s+weekend|this\s+weekend|tonight|till|until|for\s+(?:the|a|two|three|\d+)\b)|just\s+me\s+(?:and\s+the\s+(?:dog|cat|kids|baby|cats|dogs)\s+)?(?:rattling|home|in\s+the\s+house|on\s+my\s+own|tonight|all\s+week|this\s+week|all\s+weekend)|(?:spare\s+)?key['’]?s?\s+(?:is\s+)?under\s+the\s+(?:mat|doormat|pot|plant\s+pot|stone|flowerpot))\b/gi;
const ALONE_WORDS2 = new Set(['hubby', 'husband', 'wife', 'partner', 'other', 'boyfriend', 'girlfriend', 'flatmate', 'housemate', 'just', 'key', 'spare', "key's", 'keys']);

// Venues and kinds of place you can be found at, in lower case.
const VENUES = new Set(
  ('a&e airport terminal platform gate station services vet vets hospital maternity ward surgery dentist dentists clinic hotel travelodge airbnb pub bar cafe café costa nero starbucks greggs ' +
    'mcdonalds wetherspoons spoons restaurant cinema gym pool lido beach park zoo museum gallery theatre stadium arena festival concert gig campsite caravan mall supermarket ' +
    'tesco asda aldi lidl morrisons waitrose sainsbury ikea spa junction motorway ferry port carpark seaside races fair funfair market library chippy takeaway queue').split(' '),
);
// Capitalised words after at/in/on that are not somewhere you can be found.
const NOT_A_PLACE = new Set(
  ('year yr reception nursery class key ks ks1 ks2 ks3 ks4 school work home bed church charge love trouble pain tears shock awe bits pieces peace denial agony limbo stitches heaven hell ' +
    'staffroom classroom playground hall assembly office meeting meetings lesson lessons maths english science history geography art music pe re pshe french spanish german computing ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday christmas easter ' +
    'half term summer winter spring autumn i my our your his her their this that it a an the mr mrs miss ms dr room my own time total full part first last next one two three ' +
    'traffic rain sun snow sunshine fog front back middle future past general fact case order theory reality public private person advance bulk total town the ' +
    // Apps, sites and channels: "every theory on Reddit", "watching it on iPlayer" say nothing of where the writer is.
    'reddit netflix iplayer youtube twitter facebook instagram insta tiktok whatsapp snapchat spotify itvx iplayer disney prime amazon ebay vinted mumsnet google zoom facetime').split(' '),
);
// A meal at a relative's home, named by the family word ("lunch at Grandma Jean's"): whereabouts.ts's KIN_HOME.
const KIN_WORD: ReadonlySet<string> = new Set(KIN_HOME);
const MEAL = /^(?:lunch|dinner|brunch|breakfast|drinks|coffee|cuppa|pint|pints)\b/i;
// Something that ended: the post is about where you were, not where you are. Session personal15: not "an hour ago"
// or "20 minutes ago", an arrival so recent the writer is still there ("Pulled into Tebay an hour ago").
const PAST = /\b(?:was|were|went|been|had|used\s+to|last\s+(?:week|weekend|month|year|summer|night|time|christmas|easter|term|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|(?<!\b(?:an?|one|two|\d{1,2}|few|couple\s+of)\s+(?:minutes?|mins?|hours?|hrs?)\s)ago|back\s+from|earlier\s+this\s+(?:year|month|week)|remember(?:ing)?|that\s+time|throwback|tbt|flashback)\b/i;
// A clause that says "right now" or "till then".
const NOW = /\b(?:now|right\s+now|currently|till|until|til|today|tonight|this\s+(?:morning|afternoon|evening)|for\s+the\s+(?:day|night|week|weekend)|with\s+(?:my|the|our)\b|waiting|queue|here|for\s+(?:the|a|my|our)\s+(?:match|game|gig|concert|show|derby|wedding|party|conference|festival|race|final))\b/i;
// Words before an -ing verb that make it a noun ("too old for sitting on tiny chairs").
const GERUND_BEFORE = /\b(?:for|of|about|from|without|by|love|loves|hate|hates|like|likes|enjoy|enjoys|miss|remember|avoid|avoids|stop|mind|fancy|after|before|than|instead\s+of)\s+$/i;

/**
 * Matches of a global regex inside the windows; when `accept` rejects a match, the search goes on from the
 * next character rather than after the match ("sitting in the waiting room at the Royal": "waiting ... at
 * the Royal" is tried after "sitting in the waiting" is rejected).
 */
function acceptedMatches(text: string, re: RegExp, windows: readonly Range[], accept: (index: number, match: string, groups: (string | undefined)[]) => boolean): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (const w of windows) {
    const slice = text.slice(w.start, w.end);
    re.lastIndex = 0;
    for (;;) {
      const m = re.exec(slice);
      if (!m) break;
      const index = w.start + m.index;
      if (accept(index, m[0], m.slice(1))) {
        out.push({ index, text: m[0] });
        re.lastIndex = m.index + Math.max(m[0].length, 1);
      } else {
        // Skip to the next word start so a rejected match costs at most one retry per word.
        let next = m.index + 1;
        while (next < slice.length && /\w/.test(slice[next - 1]!) && /\w/.test(slice[next]!)) next++;
        re.lastIndex = next;
      }
    }
  }
  return out;
}

// Someone else's whereabouts: "my parents are in Spain", "they're at Alton Towers".
const OTHERS_BEFORE = /\b(?:they|he|she|(?:my|our|his|her|their)\s+(?:parents|mum|dad|mam|sister|brother|in-laws|grandparents|nan|nana|grandad|grandma|friends?|neighbours?|cousins?|aunt|auntie|uncle|colleagues?))\s+$/i;
/** "Mum and dad are", "Nan and grandad are", "My sister and her husband are": other people, and not "my partner and I are". */
const OTHER_PEOPLE = /\b(?:parents|mum|mam|mom|dad|sister|brother|in-laws|grandparents|nan|nana|nanna|gran|granny|grandad|grandma|grandpa|friends?|neighbours?|cousins?|aunt|auntie|aunty|uncle|colleagues?|niece|nephew|they)\b/i;
function othersAre(b: string): boolean {
  const clause = b.slice(Math.max(0, b.search(/[^.!?\n]*$/)));
  return OTHER_PEOPLE.test(clause) && !/\b(?:i|we|me|us)\b/i.test(clause);
}

// Someone else arriving or sitting somewhere ("The Princess Royal arrived at ...", "she's sitting in ..."), and the
// person spoken to ("hope you are at Wembley", "unless you are in Texas"): "you" is never the writer.
const THIRD_PERSON_BEFORE = /\b(?:he|she|they|you|u|ya|who|which|princess|prince|king|queen|royal|minister|president|mp|team|squad)(?:['’]s|['’]re|\s+is|\s+are|\s+has|\s+have|\s+had|\s+just)*\s+$/i;
// "My brother's just landed in Sydney", "my cousin just arrived at ...": a relative's whereabouts, not yours.
const RELATIVE_BEFORE = /\b(?:my|our|his|her|their)\s+(?:parents|mum|mam|mom|dad|sister|brother|in-laws|grandparents|nan|nana|gran|granny|grandad|grandma|grandpa|friends?|best\s+friend|neighbours?|cousins?|aunt|auntie|aunty|uncle|colleagues?|niece|nephew|son|daughter|husband|wife|partner)(?:['’]s|\s+is|\s+are|\s+has|\s+have|\s+had)?(?:\s+(?:just|finally|safely|now|already))?\s+$/i;
// A bare "back on Sunday" is a return home only in a post about being away.
const TRAVEL = /\b(?:heading|sitter|sitters|away|holiday|hols|flying|fly|flight|flights|abroad|trip|off\s+to|jetting|ferry|cruise|beach|in-laws|villa|camping|caravan|break|fortnight|tomorrow|sun|airport|landed|packing|packed)\b|\b(?:burgl\w*|rob\s+(?:us|me|the\s+(?:house|place))|break\s+in|broken\s+into|cattery|kennels|passports?|suitcases?|(?:the|our|my)\s+(?:house\s+)?alarm)\b/i;
/** A trip or a house looked after, for a bare "away next week" (session personal14): "holiday", "flight", "cattery", "sitter". */
export const TRIP_OR_MINDED = /\b(?:holiday|hols|flights?|flying|fly|abroad|airport|cattery|kennels|(?:house|cat|dog|pet)[\s-]?sitters?|sitter|burgl\w*|alarm|passports?|suitcases?|ferry|cruise|villa|caravan|camping|feeding\s+(?:the|our)|keep(?:ing)?\s+an\s+eye|post\s+piling|spare\s+key|water(?:ing)?\s+the\s+plants)\b/i;
// Travel said with an emoji: a plane, luggage, a beach, an island, a palm tree, a globe ("Back on the 3rd 🌴").
const TRAVEL_EMOJI = /[\u2708\u{1F6EB}\u{1F6EC}\u{1F9F3}\u{1F3D6}\u{1F3DD}\u{1F334}\u{1F30D}-\u{1F30F}]/u;

// . ! ? newline, by code unit.
const isSentenceStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;
function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !isSentenceStop(text.charCodeAt(s - 1)) && start - s < 200) s--;
  let e = end;
  while (e < text.length && !isSentenceStop(text.charCodeAt(e)) && e - end < 200) e++;
  return text.slice(s, e);
}

/** What clauseStart looks back over: space, emoji, variation selector, quotes and "(", per code unit. */
const CLAUSE_LEAD = /[\s\p{Extended_Pictographic}\uFE0F"“‘'(]/u;
// Per UTF-16 code unit: 0 = not asked yet, 1 = CLAUSE_LEAD holds it, 2 = not; filled as characters occur.
const CLAUSE_LEAD_TABLE = new Uint8Array(65536);
function clauseLead(c: number): boolean {
  let v = CLAUSE_LEAD_TABLE[c]!;
  if (v === 0) CLAUSE_LEAD_TABLE[c] = v = CLAUSE_LEAD.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Does a clause start right before `index` (start of text, punctuation or emoji before it)? */
function clauseStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && clauseLead(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  return /[.!?,;:\-–—)]/.test(text[i]!) || /[\uD800-\uDFFF]/.test(text[i]!);
}

/** Could `word` (the first word after at/in/on) be a place you are at right now? */
function isPlace(word: string, strictCapital: boolean): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '').replace(/[.'’-]+$/, '');
  if (!lower || NOT_A_PLACE.has(lower)) return false;
  if (VENUES.has(lower)) return true;
  if (/^(?:m|a)\d{1,4}$/.test(lower) || /^t\d$/.test(lower)) return true;
  if (/^\d/.test(lower)) return false;
  // Short all-capital words are mostly abbreviations and shouting ("in UR", "at KS2"), not places.
  if (word.length <= 3 && word === word.toUpperCase()) return false;
  const capitalised = word[0] !== word[0]!.toLowerCase();
  // A town written in lower case ("on the 17:32 to crewe", "just landed in cardiff").
  if (!capitalised && isUkPlace(lower)) return true;
  return strictCapital ? capitalised && word.slice(1) !== word.slice(1).toUpperCase() || (capitalised && word.length <= 4 && /&/.test(word)) || (capitalised && word === 'A&E') : capitalised;
}

const REASON_HERE = 'This is a check-in: it tells everyone where you are right now. Share where you were after you have left instead.';
const REASON_ROUTINE = 'This says where you can be found at a regular time. Anyone who sees it, including parents and pupils, can find you there.';
const REASON_EMPTY = 'This says when you will be away from home, so it also says when the house is empty. Post the photos after you are back.';
const REASON_ALONE = 'This says when you are alone or your home is empty, which is useful to the wrong people. Keep it for private messages.';

const LATER = /\bnext\s+(?:month|year|summer|spring|autumn|winter|term)\b|\bin\s+(?:the\s+summer|a\s+few\s+(?:weeks|months))\b/i;
const KNOWN_DESTINATIONS = /\bto\s+(?:spain|france|greece|portugal|italy|turkey|tenerife|majorca|mallorca|ibiza|florida|lanzarote|cyprus|crete|dubai|the\s+canaries|cornwall|devon|wales|scotland|the\s+lakes|center\s?parcs)\b/i;
// "Just got to the Lake District", "finally made it to Cornwall".
const GOT_TO = new RegExp(`\\b(?:just|finally|safely|we['’]ve|i['’]ve|we\\s+have|we|i)\\s+(?:got|made\\s+it|arrived)\\s+(?:to|at|in)\\s+(?:the\\s+)?${PLACE}`, 'gi');
// Named trains, ferries and coaches: "We're on the Eurostar to Paris".
const NAMED_TRANSPORT = new RegExp(`\\b(?:[Ww]e['’]?re|I['’]?m|[Ww]e\\s+are|I\\s+am|[Cc]urrently|[Nn]ow|[Ss]at|[Ss]itting)\\s+on\\s+the\\s+([A-Z][A-Za-z]+)\\s+(?:to|from)\\s+${PLACE}`, 'g');
// On the way somewhere: "on our way to Cornwall", "Heading to Heathrow", "Driving to Luton airport now", "then
// straight to Stansted". "Off to <Place>" only when it is today or tomorrow ("off to Spain next summer" is a plan).
const HEADING = new RegExp(`\\b(?:on\\s+(?:my|our|the)\\s+way|heading|headed|driving|travelling|traveling|en\\s+route|setting\\s+off|straight|off)\\s+(?:(?:down|up|back|over|out)\\s+)?(?:(?:the\\s+)?[MA]\\d{1,4}\\s+)?to\\s+(?:the\\s+)?${PLACE}`, 'gi');
const HEADING_WORDS = new Set(['way', 'heading', 'headed', 'driving', 'travelling', 'traveling', 'route', 'setting', 'straight', 'off']);
const SOON = /\b(?:now|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|weekend)|in\s+the\s+morning|first\s+thing|at\s+(?:dawn|\d)|then|later)\b/i;
const HERE_TILL = /\bhere\s+(?:till|until|til)\s+(?:\w+day|tomorrow|the\s+\d{1,2}(?:st|nd|rd|th)|next\s+week|the\s+weekend)\b/gi;
/** "Leaving the house empty for half term", "leave the flat empty over Christmas". */
const LEAVE_EMPTY = /\b(?:leaving|leave|left|lock(?:ing)?\s+up\s+and\s+leav(?:e|ing))\s+(?:the|our|my)\s+(?:house|home|flat|place|cottage)\s+empty\b/gi;
const EMPTY_HOUSE = /\bempty\s+(?:house|home|flat)\b/gi;

// Key words of each pattern, so the regexes run only near them.
const AT_WORDS = new Set(['family', "i'm", 'im', "we're", 'currently', 'arrived', 'checked', 'checking', 'sat', 'sitting', 'here', 'am', 'are']);
const LIVE_WORDS = new Set(['live', 'sharing', 'share', 'location', 'find', 'come', 'checked', 'checking']);
const ALONE_WORDS = new Set(['alone', 'empty', 'unoccupied', 'nobody', 'no']);
const AWAY_WORDS = new Set(['away', 'abroad', 'holiday', 'country', 'off', 'jetting', 'flying', 'heading', 'going']);

// ---- Second pass (issue 11): empty homes said any way, being at a named hospital or venue, travelling now ----
// A home the writer owns: "the house", "our flat", "the place", "ours". Someone else's ("the house next door",
// "my neighbour's house") is filtered by what comes before it and by the predicate having to follow at once.
const HOME_NP = "(?:(?:the|our|my)\\s+(?:house|home|flat|place|cottage|caravan|bungalow)|ours|mine)";
// What is said of it: empty however put ("all yours", "to itself", "deserted", "standing empty").
const HOME_EMPTY = new RegExp(
  `\\b${HOME_NP}(?:\\s+(?:is|will\\s+be|gets?|has|stays?|sits?|['’]ll\\s+be|is\\s+going\\s+to\\s+be)|['’]s)?(?:\\s+(?:standing|sitting|sat|left|lying|completely|totally|all|just))?\\s+(?:empty|deserted|unoccupied|vacant|all\\s+(?:yours|theirs|his|hers|the\\s+[a-z]+['’]s?|[A-Za-z]+['’]s)|(?:the\\s+place\\s+)?to\\s+(?:it|them|him|her)sel(?:f|ves))(?!\\s+(?:of|feeling|nest|looking)\\b)`,
  'gi',
);
const HOME_WORDS = new Set(['house', 'home', 'flat', 'place', 'cottage', 'caravan', 'bungalow', 'ours', 'mine']);
// Nobody there: "nobody at home from the 3rd", "no one in at ours all week", "no-one's home until the 28th".
const NOBODY = /\b(?:nobody|no\s+one|no-one|noone)(?:['’]s|\s+is|\s+will\s+be|['’]ll\s+be)?\s+(?:(?:at\s+)?home|in|back|at\s+(?:ours|mine|the\s+house|the\s+flat))(?!\s+(?:the|a|an|my|our|this|to)\b)/gi;
const NOBODY_WORDS = new Set(['nobody', 'no', 'no-one', 'noone']);
// Not back before a day: "won't be back home until next Sunday", "not back at ours till the 19th".
const NOT_BACK = /\b(?:won['’]?t|will\s+not|shan['’]?t|not|aren['’]?t|we['’]re\s+not|i['’]m\s+not)\s+(?:be\s+)?(?:back\s+)?(?:home|back)(?:\s+(?:at|to)\s+(?:ours|mine|home|the\s+house|the\s+flat))?\s+(?:till|until|til|before)\s+/gi;
const NOT_BACK_WORDS = new Set(["won't", 'wont', 'will', "shan't", 'not', "aren't"]);
// When the absence runs to: a day, a date or a span, not "till late" or "till 6".
const ABSENCE_END = new RegExp(`^(?:(?:next|this|the)\\s+)?(?:${DAY}|week|weekend|fortnight|month|tomorrow|half\\s+term|easter|christmas|new\\s+year|end\\s+of|after|mid|${ORD}|\\d{1,2}\\s+${MONTH}|${MONTH})\\b`, 'i');
// A span of absence anywhere in the sentence.
const ABSENCE_SPAN = new RegExp(`\\b(?:till|until|til|from\\s+(?:the\\s+)?(?:${DAY}|${ORD}|tomorrow|tonight|next|this)|all\\s+(?:week|weekend|month|summer)|(?:this|next)\\s+(?:week|weekend|fortnight)|for\\s+(?:a|the|two|three|ten|a\\s+few|\\d{1,2})\\s+(?:weeks?|days|nights|fortnight|month)|a\\s+fortnight|over\\s+(?:the\\s+)?(?:half\\s+term|easter|christmas|summer|holidays|weekend)|while\\s+we['’]re|while\\s+i['’]m|whilst|tomorrow|tonight|away|holiday|see\\s+you\\s+on|back\\s+on|back\\s+home)\\b`, 'i');
// Leaving for a stretch: "Leaving tonight for 10 days in Kefalonia", "off tomorrow for a week".
const LEAVING = /\b(?:leaving|leave|off|flying|fly|driving|heading|setting\s+off|jetting\s+off)\s+(?:out\s+)?(?:tonight|tomorrow|today|in\s+the\s+morning|first\s+thing|on\s+(?:\w+day|the\s+\d{1,2}(?:st|nd|rd|th)))\s+for\s+(?:a|two|three|ten|a\s+few|\d{1,2})\s+(?:days|nights|weeks?|fortnight)\b/gi;
const LEAVING_WORDS = new Set(['leaving', 'leave', 'off', 'flying', 'fly', 'driving', 'heading', 'setting', 'jetting']);
// Other people's homes and whereabouts: "my neighbour's house", "their place".
const OWNER_OTHER = /\b(?:neighbours?|neighbour['’]s|next\s+door|his|her|their|they|he|she|friend['’]s|sister['’]s|brother['’]s|mum['’]s|dad['’]s|parents['’]?)\s+(?:\w+\s+)?$/i;

// A place inside a place, where someone stands or sits: "front row", "the window of", "waiting room", "pitchside".
const POSITION = 'front|row|rows|corner|window|queue|pitchside|ringside|trackside|poolside|seat|seats|table|gate|platform|lounge|departures|arrivals|room|area|ward|bay|bed|cubicle|foyer|lobby|terrace|balcony|garden|car\\s+park|entrance|reception|triage|recovery';
const MED = "(?:a&e|hospital|ward|clinic|infirmary|triage|recovery|maternity|hospice|urgent\\s+care|walk-in|minor\\s+injuries|outpatients|radiology|x-ray|children['’]s\\s+ward|labour\\s+ward|resus|day\\s+surgery)";
// Words that make the opening a sentence about someone or something else, or about the past.
const FRAGMENT_STOP = /^(?:he|she|they|it|its|it['’]s|his|her|their|who|whoever|whatever|what|which|somebody|someone|anybody|anyone|everyone|nobody|was|were|been|went|had|did|remember|remembering|loved|love|loves|miss|missed|thinking|think|best|worst|my|mum|dad|mum['’]s|dad['’]s|brother|sister|grandad|nan|neighbours?|friends?|[a-z]+['’]s|is|are|if|when|once|one|there|this|that|these|those|tickets?|seats?|price|prices|news|times|reviews|documentary|film|photo|photos|pic|pics|post|book|booked|booking|going|planning|plan|fancy|would|could|should|might|will|can|anybody|spent|spend|stayed|saw|watched|read)$/i;
const POSITION_RE = new RegExp(`\\b(?:${POSITION})\\b`, 'i');
const MED_RE = new RegExp(`\\b${MED}(?![a-z])`, 'i');
// Travelling now: "Boarding now", "mid-flight to Alicante", "mid-air over France", "at the gate", "about to take off".
const AIRBORNE = /\b(?:boarding|boarded|mid-?flight|mid-?air|wheels\s+up|about\s+to\s+(?:board|take\s+off|fly)|taking\s+off|at\s+the\s+gate|in\s+departures|departure\s+lounge|through\s+security(?!\s+(?:checks?|clearance|vetting|questions?|training))|gate['’]?s?\s+(?:is\s+|has\s+)?(?:open|opened|been\s+called|called|closing))\b(?!\s+(?:pass|passes|card|cards|school|schools|house|kennels?|cattery|meals?|food|snacks?|entertainment|staff|crew)\b)/gi;
const AIRBORNE_WORDS = new Set(['boarding', 'boarded', 'mid-flight', 'midflight', 'mid-air', 'midair', 'mid', 'wheels', 'about', 'taking', 'gate', 'gates', "gate's", 'departures', 'departure', 'through']);
/** Session places10: a gate that opens is a flight's only in a post about flying ("Gate's open at Bristol airport"), not an allotment's. */
const FLYING = /\b(?:airport|flights?|fly|flying|plane|boarding|departures|terminal|T\d|holiday|hols|abroad)\b|✈/i;
// "Gatwick North terminal, 5am", "Heathrow T5": an airport terminal named at the start of a clause.
/**
 * Session places10: a journey captioned with its destination, opening a clause: "Train from Wakefield to Kings Cross, 2
 * hours of marking", "National Express to Plymouth", "Taxi to Gatwick, holiday starts now", "In the Uber to Heathrow T5",
 * "Getting the 11:30 flight to Faro", "Sat on the 9:40 Avanti to Euston". Not a price, a booking, a plan, a question or
 * the journey as a subject ("Train from Derby to London is £90", "Taxi to the airport booked for Friday").
 */
const OPERATORS = 'avanti|lner|gwr|transpennine|crosscountry|northern|southern|southeastern|thameslink|chiltern|scotrail|merseyrail|lumo|tfw|c2c|emr';
const JOURNEY = new RegExp(
  `\\b(?:(?:getting|catching|on|in|aboard)\\s+)?(?:(?:the|a|an|my|our)\\s+)?(?:(?:\\d{1,2}[:.]\\d{2}|\\d{1,2}(?:am|pm))\\s*(?:am|pm)?\\s+)?(?:(?:early|late|last|first|night|overnight|delayed|packed|slow)\\s+)?(?:(?:${OPERATORS})\\s+)?(?:train|ferry|flight|plane|bus|coach|tram|boat|sleeper|taxi|uber|cab|megabus|national\\s+express|eurostar|tube|${OPERATORS})\\s+(?:from\\s+(?:the\\s+)?[A-Za-z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?\\s+)?(?:to|into|out\\s+of)\\s+(?:the\\s+)?${PLACE}`,
  'gi',
);
const JOURNEY_WORDS = new Set(['train', 'ferry', 'flight', 'plane', 'bus', 'coach', 'tram', 'boat', 'sleeper', 'taxi', 'uber', 'cab', 'megabus', 'express', 'eurostar', 'tube', ...OPERATORS.split('|')]);
/** A journey's price, booking, question or plan in its sentence: not where the writer is. */
const JOURNEY_NOT_NOW = /[£$€?]|\b(?:prices?|fares?|cheap|expensive|booked|booking|tickets?|tomorrow|tmrw|next\s+\w+|tonight\s+at|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|later|anyone|recommend|should|would|could|every|usually|always|daily|commute|most\s+days)\b/i;
/** Session places10: part of the way up or round somewhere now: "Half way up Pen-y-ghent", "Halfway round the Kinder Scout loop". */
const HALFWAY = new RegExp(`\\b(?:half\\s*way|halfway|part\\s+way|midway)\\s+(?:up|down|round|around|along|across|over)\\s+(?:the\\s+)?${PLACE}`, 'gi');
/** Words that may follow the place: "Half way up Whernside now", "... Kinder Scout loop". Another lower-case noun makes the name an adjective ("the Ofsted framework"). */
const HALFWAY_NEXT = /^(?:\s*(?:[,.!?;:)\u2014\u2013-]|$)|\s+(?:now|rn|right|today|this|and|with|in|on|at|so|but|then|again|already|still|for|after|before|loop|path|trail|ridge|edge|way|route|summit|top|side|round|circuit|walk)\b|\s+\p{Lu})/u;
const HALFWAY_WORDS = new Set(['half', 'halfway', 'part', 'midway']);
const TERMINAL = /\b[A-Z][a-z]{2,20}(?:\s+(?:North|South|East|West|International|Airport))?\s+(?:T\d|[Tt]erminal(?:\s+\d)?|[Dd]epartures|[Aa]rrivals)\b/g;
const TERMINAL_WORDS = new Set(['t1', 't2', 't3', 't4', 't5', 'terminal', 'departures', 'arrivals']);
// A vehicle that has just left or reached a named place: "Ferry's just left Holyhead", "train just pulled into York".
const VEHICLE_MOVE = new RegExp(`\\b(?:ferry|train|plane|flight|boat|coach|bus|ship)(?:['’]s|\\s+has)?\\s+(?:just\\s+)?(?:left|pulled\\s+(?:out\\s+of|into)|departed|set\\s+sail\\s+from|docked\\s+(?:in|at)|arrived\\s+(?:in|at)|landed\\s+(?:in|at)|leaving)\\s+(?:the\\s+)?${PLACE}`, 'gi');
const VEHICLE_WORDS = new Set(['ferry', 'train', 'plane', 'flight', 'boat', 'coach', 'bus', 'ship']);
// A bus route or service number: "on the X43 to Manchester", "on the number 36 to Harrogate".
const ROUTE = new RegExp(`\\b[Oo]n\\s+the\\s+(?:number\\s+\\d{1,3}[A-Za-z]?|[A-Z]{1,2}\\d{1,3}[A-Z]?|\\d{1,3}[A-Z]?\\s+bus)\\s+(?:to|from|into|out\\s+of)\\s+${PLACE}`, 'g');
const ROUTE_WORDS = new Set(['on']);
// "We're on the Eurostar right now": a named service and "now".
const NAMED_NOW = /\b(?:we['’]?re|i['’]?m|we\s+are|i\s+am|currently|sat|sitting)\s+on\s+the\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?\s+(?:right\s+now|now|currently|as\s+we\s+speak)\b/g;
const NAMED_NOW_WORDS = new Set(["we're", 'were', "i'm", 'im', 'we', 'i', 'currently', 'sat', 'sitting']);
// The past said without a past verb: "remember being stuck at Gatwick", "that time we ...", "in 2019".
// A photo from before: "found the one from our honeymoon", "photos from our trip".
const REMEMBERED = /\b(?:remember(?:ing)?|reminisc\w*|that\s+time|throwback|tbt|flashback|in\s+(?:19|20)\d\d|back\s+in|the\s+one\s+from|(?:photos?|pics?|pictures?|albums?)\s+from\s+(?:our|my|the|that))\b/i;

// . ! ? , ; : newline en dash em dash ( ) -- by code unit, so no one-character string per character.
const isClauseBreak = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 44 || c === 59 || c === 58 || c === 10 || c === 0x2013 || c === 0x2014 || c === 40 || c === 41;
// . ! ? newline ;
const isSentenceBreak = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10 || c === 59;
/** Exactly the characters /\s/ matches, by code unit. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** [A-Za-z0-9_], the \w of a regex without the u flag. */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** The characters isClauseBreak holds, as a regex to scan for the next one. */
const CLAUSE_BREAK = /[.!?,;:\n\u2013\u2014()]/g;
/** "at", "in", "on" or "of" in any case of ASCII letters, then one /\s/ character. */
const PREP_PAIR = /(?:[Aa][Tt]|[Ii][Nn]|[Oo][NnFf])\s/g;

/**
 * Where clauses start: the text's start and after sentence or clause punctuation. Linear in the text.
 * A clause start counts only when /\b(?:at|in|on|of)\s/i matches in the 80 characters from it; the places
 * that pattern can match are found once for the whole text (with whether \b holds there in the whole text;
 * at the clause start itself it always holds, as the slice starts there), not by a regex run per clause.
 */
function clauseStarts(text: string): number[] {
  const preps: number[] = [];
  const bounded: boolean[] = [];
  // PREP_PAIR's matches cannot overlap (no pair's second letter starts a pair, and /\s/ starts none), so the
  // regex engine's scan finds every such place.
  // test() rather than exec(): no match array per pair; every match is three code units (two letters and one
  // /\s/ character), so it starts three before lastIndex.
  PREP_PAIR.lastIndex = 0;
  while (PREP_PAIR.test(text)) {
    const p = PREP_PAIR.lastIndex - 3;
    preps.push(p);
    bounded.push(p === 0 || !isWordChar(text.charCodeAt(p - 1)));
  }
  const out: number[] = [];
  let k = 0;
  let expect = true;
  for (let i = 0; i < text.length; i++) {
    if (!expect) {
      // Past a clause's first word, only the next clause break matters: found by the regex engine's scan
      // instead of a test per character (the loop's increment then steps over the break, as a test would).
      CLAUSE_BREAK.lastIndex = i;
      if (!CLAUSE_BREAK.test(text)) break;
      i = CLAUSE_BREAK.lastIndex - 1;
      expect = true;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isClauseBreak(c)) continue;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) {
      // Only a clause with "at", "in", "on" or "of" among its first words can open with a place.
      while (k < preps.length && preps[k]! < i) k++;
      for (let q = k; q < preps.length && preps[q]! + 2 < i + 80; q++) {
        if (preps[q] === i || bounded[q]) {
          out.push(i);
          break;
        }
      }
      expect = false;
    } else if ((c >= 48 && c <= 57) || c === 35 || c === 64) expect = false;
  }
  return out;
}

const FRAGMENT_PREP = new RegExp(`\\b(?:at|in|on|of)\\s+(?:the\\s+)?${PLACE}`, 'gi');
const PRESENCE = /\b(?:still|currently|now|sat|sitting|stood|standing|here|waiting|stuck|i['’]?m|we['’]?re|i\s+am|we\s+are|just\s+arrived)\b/i;
/**
 * A clause that opens with where you are, with at most six words of position before the place:
 * "In the front row at the O2 Academy Leeds right now", "Pitchside at Edgbaston with the girls",
 * "waiting room at the QE fracture clinic", "on the children's ward at Alder Hey".
 */
const FRAGMENT_HOSPITAL = /^(?:General|Royal|Infirmary|County|District|Memorial|Children['’]s)$/;
function fragmentAt(text: string, start: number): Range | null {
  let end = start;
  while (end < text.length && end - start < 120 && !isSentenceBreak(text.charCodeAt(end))) end++;
  const clause = text.slice(start, end);
  const clauseEnd = clause.indexOf(',');
  // Only a capitalised place can make a hit: a clause with none (most) is left before its words are read.
  let medical: boolean | undefined;
  let any = false;
  FRAGMENT_PREP.lastIndex = 0;
  for (let m = FRAGMENT_PREP.exec(clause); m !== null; m = FRAGMENT_PREP.exec(clause)) {
    if (clauseEnd !== -1 && m.index > clauseEnd) break;
    const place = m[1]!;
    if (place[0] === place[0]!.toLowerCase()) continue;
    if (isPlace(place, true) || FRAGMENT_HOSPITAL.test(place) || (/^[A-Z&]{2,4}$/.test(place) && (medical ??= MED_RE.test(clause)))) {
      any = true;
      break;
    }
  }
  if (!any) return null;
  // exec with lastIndex: the matches of clause.matchAll(FRAGMENT_PREP), without a copy of the regex per clause.
  FRAGMENT_PREP.lastIndex = 0;
  for (let m = FRAGMENT_PREP.exec(clause); m !== null; m = FRAGMENT_PREP.exec(clause)) {
    if (clauseEnd !== -1 && m.index > clauseEnd) break;
    const lead = clause.slice(0, m.index);
    const words = lead.split(/\s+/).filter(Boolean);
    if (words.length > 6) break;
    if (words.some((w) => FRAGMENT_STOP.test(w.replace(/[^A-Za-z’'&-]/g, '')))) return null;
    const place = m[1]!;
    const after = clause.slice(m.index + m[0].length);
    const medical = MED_RE.test(clause);
    const capital = place[0] !== place[0]!.toLowerCase();
    // "the QE fracture clinic": a short capital name is a place when a hospital word follows it.
    // "At the General", "on a ward at the Royal": a hospital's short name, capitalised after "the".
    const hospitalShort = /^(?:General|Royal|Infirmary|County|District|Memorial|Children['’]s)$/.test(place) && /\bthe\s+\S+$/i.test(m[0]);
    const ok = capital && (isPlace(place, true) || hospitalShort || (/^[A-Z&]{2,4}$/.test(place) && medical));
    if (!ok) continue;
    // "Sitting on the beach in Summer is all I can think about": the scene as a subject, not where you are.
    if (/^[^,;:]{0,30}?\b(?:is|was|sounds|would\s+be|beats|must\s+be)\b/i.test(after)) return null;
    const sentence = sentenceAround(text, start, start + m.index + m[0].length);
    if (PAST.test(sentence) || REMEMBERED.test(sentence) || LATER.test(sentence) || ON_SCREEN.test(sentence)) return null;
    // In traffic or a jam you are passing through, not somewhere to be found.
    if (/\b(?:traffic|jam|roadworks|tailback)\b/i.test(lead)) return null;
    // "the window of Costa", "the corner of Caffè Nero": "of" names a place only after a position.
    if (/^of\b/i.test(m[0]) && !POSITION_RE.test(lead)) continue;
    // A position in a place, or a hospital, says where you are; "I'm ..." or a bare "At X" needs "now", "till", "with my".
    if (!POSITION_RE.test(lead) && !medical && !((words.length === 0 || PRESENCE.test(lead)) && NOW.test(after))) continue;
    return { start: start, end: start + m.index + m[0].length };
  }
  return null;
}

export default defineRule({
  meta: {
    id: 'personal/location',
    category: 'personal',
    severity: 'medium',
    theme: 'location-sharing',
    description: 'Where you are right now ("at Gatwick now", "sat in Nero on the high street", "on the 17:32 to Crewe") and when your home is empty ("home on the 21st", "nobody home till Friday").',
  },
  create(config) {
    const ownSchool = ownSchoolPattern([config.schoolName, ...(config.schoolAliases ?? [])]);
    return (doc): Hit[] => {
      const hits = findLocations(doc).filter((h) => !planWithoutWhere(doc.text, h) && !townAsThing(doc.text, h.end) && !eventAfter(doc.text, h.end) && !notAPlaceGreeting(doc.text, h) && !bookedAhead(doc.text, h) && !venuePlan(doc.text, h) && !pastRoutine(doc.text, h) && !askedAbout(doc.text, h) && !SCHOOL_PLACE.test(doc.text.slice(h.start, h.end)) && !PLACE_NEWS_AFTER.test(doc.text.slice(h.end, h.end + 40)) && !COMMERCE.test(doc.text.slice(Math.max(0, h.start - 30), h.end + 30)) && !asideNotHere(doc.text, h));
      // Being at your own school is no check-in a stranger could use (the school rules report the name).
      // The place may be cut short of the school's name ("finished at Thomas" of "Thomas Wolsey Ormiston"): read on a little.
      return ownSchool ? hits.filter((h) => !ownSchool.test(doc.text.slice(h.start, h.end)) && !ownSchoolStartsAt(ownSchool, doc.text, h)) : hits;
    };
  },
});

/**
 * A hit whose place is a school ("Back at Kingsmead Juniors after half term", "In the car park at Hillside Primary"):
 * a school is where staff work, which the school rules report by its name; as with the configured school below, a
 * stranger learns nothing more from it as a check-in (issue 11, session places9).
 */
/**
 * A hit right before news about the place itself ("Fracture clinic at Pinderfields has moved to the new wing", "...
 * is closing in March"): the place is what the sentence is about, not where the writer is (session places9).
 */
const PLACE_NEWS_AFTER = /^\s*(?:has|have|had)\s+(?:moved|closed|shut|relocated|been\s+(?:closed|shut|moved))\b|^\s*(?:is|are)\s+(?:moving|closing|shutting|relocating|closed|shut)\b|^\s*(?:moves|closes|relocates)\b/i;
/** A thing on sale or showing at a place ("Now in stock at Waterstones", "Tickets now on sale at the Box Office", "Now showing at the Odeon"): an advert, not where anyone is. */
const COMMERCE = /\b(?:in\s+stock|on\s+sale|(?:now\s+)?available\s+(?:at|in|from)|now\s+showing|out\s+now|pre-?orders?|order\s+now|buy\s+now|stockists?)\b/i;
/**
 * Session personal12: hits that are not the writer somewhere now, whatever frame found them.
 * - A recommendation: "Best brunch in Leeds is at the Greedy Pig", "best coffee is at Laynes" (the place is the
 *   answer to "where is the best ...", not where the writer sits).
 * - A relative's home for a meal or a visit, with no town and no span of absence: "Brunch at Aunty Funke's", "Sunday
 *   lunch at Nana's". A stranger cannot find it and the writer's home is not said to be empty ("Staying at my mum's
 *   in Redcar till Sunday" keeps its span and is still found).
 * - The news: "the queues at A&E on the news tonight".
 * - A class going somewhere: "Year 4 are off to the Roman Museum tomorrow" (a school trip is the school's, not the
 *   writer's whereabouts; the school rules read it).
 */
const RECOMMENDED = /\b(?:best|favourite|favorite|fave|top|nicest|cheapest|tastiest|finest)\b[^.!?\n]{0,40}?\b(?:is|are)\s+(?:at|in|from)\s+(?:the\s+)?\S*$/i;
// The relatives of whereabouts.ts's KIN_HOME, and the family words a bare "gran's" or a Welsh home takes ("Gran" alone is
// left out there, so that Gran Canaria stays a place; here it must end the hit, "at Gran's").
const KIN_HOME_AT = new RegExp(`\\b(?:at|to)\\s+(?:${[...KIN_HOME, 'nanny', 'gran', 'nain', 'taid', 'mamgu', 'bampi'].join('|')})(?:['’]s)?$`, 'i');
const SPAN_AFTER = /^[^.!?\n]{0,60}?\b(?:till|until|til|all\s+week|all\s+weekend|for\s+(?:the|a|two|three|\d+)\s+(?:week|weeks|weekend|days|nights|fortnight))\b/i;
const ON_THE_NEWS = /\b(?:on|in)\s+the\s+(?:news|papers?)\b|\bheadlines?\b|\bcan['’]?t\s+believe\s+the\s+(?:queues?|waits?|waiting)\b/i;
// Session personal14: also "have/has gone" ("Year 4 have gone off to the Isle of Wight for three nights").
// Session personal14: "my daughter's class are at ..." (a possessive before "class").
const CLASS_BEFORE = /\b(?:(?:year|yr|y)\s*\d{1,2}s?|reception|class\s+\w+|pupils|students|(?:the|my|our|his|her|their|[a-z]+['’]s)\s+class(?:es)?)\s+(?:are|is|were|have|has|had)\s+(?:\w+\s+)?$/i;
/** The verb a hit may open with ("are in Snowdonia"), read with what comes before it. */
const HIT_VERB = /^(?:are|is|were|have|has|had)\s+(?:(?:gone|been|off|away|all)\s+)?/i;
/**
 * Session personal14: a place in a story, a book or on the telly: "a novel set on a farm in Northumberland", "filmed in
 * Whitby"; "Watching Rick Stein in Padstow tonight" (a person, or a word of television, after "watching").
 */
const SET_IN_BEFORE = /\b(?:set|filmed|takes\s+place|based)\s+(?:(?:in|on|at|around)\s+)?(?:[\w'’-]+\s+){0,4}$/i;
const WATCHING_BEFORE = /\b[Ww]atch(?:ing|ed)?\s+((?:[A-Z][\w'’-]+\s+){1,3})(?:[\w'’-]+\s+)?$/;
/** Session personal14: where the writer lives or grew up ("but now live in Sheffield", "grew up in Hull"): home, not a check-in. */
const LIVES_THERE = /\b(?:(?:i|we|now|but|and|still)\s+live|lives|living|grew\s+up|born\s+and\s+bred|originally)\s+(?:(?:in|on|at|near|round|around)\s+|from\s+)/i;
const ON_TELLY = /\b(?:telly|tv|episode|episodes|series|documentary|programme|iplayer|netflix|channel\s+\d|bbc|itv|repeats?|reruns?|box\s+set)\b/i;
/**
 * Session personal14: a plan with neither a place nor a word of the empty home, whatever frame found it: a bare "Away
 * next week" at the start of a clause, "Off to the in-laws' for the weekend" with no town after the relatives. Each
 * counts when the post speaks of a trip or of someone minding the house ("Away next week, the cats are in the cattery",
 * "... house sitter's in"), or, for the visit, when a town follows ("Off to the in-laws' in Aberdeen").
 */
const NEXT_WEEK = /^\s+(?:this|next)\s+(?:week|weekend|fortnight)\b/i;
const OFF_TO_KIN = new RegExp(`^off\\s+to\\s+(?:(?:the|my|our)\\s+)?(?:${[...KIN_HOME, 'nanny', 'gran', 'in-laws', 'inlaws', 'grandparents', 'parents', 'sister', 'brother'].join('|')})(?:['’]s|s['’]|['’])?(?:\\s+for\\s+(?:the|a)\\s+(?:weekend|week|day|night))?$`, 'i');
function planWithoutWhere(text: string, h: Hit): boolean {
  const hit = text.slice(h.start, h.end).trim();
  const away = (/^away$/i.test(hit) && NEXT_WEEK.test(text.slice(h.end, h.end + 20))) || /^away\s+(?:this|next)\s+(?:week|weekend|fortnight)$/i.test(hit);
  const visit = OFF_TO_KIN.test(hit) && !/^\s*(?:(?:up|down|over)\s+)?(?:in|near|at)\s+[A-Z]/.test(text.slice(h.end, h.end + 30));
  if (!(away || visit) || !clauseStart(text, h.start)) return false;
  const context = text.length < 600 ? text : sentenceAround(text, h.start, h.end);
  return !TRIP_OR_MINDED.test(context) && !TRAVEL_EMOJI.test(context);
}

function asideNotHere(text: string, h: Hit): boolean {
  const upTo = text.slice(Math.max(0, h.start - 60), h.end);
  if (RECOMMENDED.test(upTo)) return true;
  if (KIN_HOME_AT.test(text.slice(Math.max(0, h.end - 20), h.end)) && !SPAN_AFTER.test(text.slice(h.end, h.end + 80))) return true;
  let a = h.start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = h.end;
  while (b < text.length && !/[.!?\n]/.test(text[b]!)) b++;
  if (ON_THE_NEWS.test(text.slice(a, b))) return true;
  if (LIVES_THERE.test(text.slice(Math.max(a, h.start - 20), h.end))) return true;
  const lead = text.slice(Math.max(a, h.start - 40), h.start);
  if (SET_IN_BEFORE.test(lead) || SET_IN_BEFORE.test(lead + (/^(?:set|filmed|based)\s+(?:in|on|at)\s+/i.exec(text.slice(h.start, h.end))?.[0] ?? ''))) return true;
  const watching = WATCHING_BEFORE.exec(text.slice(Math.max(a, h.start - 50), h.start));
  if (watching && (isKnownName(watching[1]!.trim().split(/\s+/)[0]!.toLowerCase()) || ON_TELLY.test(text.slice(a, b)))) return true;
  return CLASS_BEFORE.test(text.slice(Math.max(0, h.start - 30), h.start) + (HIT_VERB.exec(text.slice(h.start, h.end))?.[0] ?? ''));
}
const SCHOOL_PLACE = /\b\p{Lu}[\p{L}'’-]+\s+(?:Primary|Juniors?|Infants?|Academy|School)\b/u;

/**
 * A hit whose "place" is the name of a meeting or a course ("Sitting in Maths CPD", "Sat in Safeguarding Training till
 * 4", "in Year 9 Parents Evening"): where the writer is is a room at work, not somewhere a stranger could find them.
 */
const EVENT_AFTER = /^\s+(?:[A-Z][\w'’&-]*\s+){0,2}(?:cpd|training|meeting|meetings|session|inset|webinar|course|lesson|assembly|briefing|interview|exams?|class|workshop|seminar|lecture|call|moderation|twilight|evening|review|panel|hearing|appraisal|observation)\b/i;
function eventAfter(text: string, end: number): boolean {
  return EVENT_AFTER.test(text.slice(end, end + 60));
}

/**
 * A greeting from a person or an organisation, not a place: "Hi from Sarah at Greenfield Dental", "Morning from
 * Manchester City Council", "Hello from Leeds Rhinos Foundation".
 */
const ORG_TAIL = /\b(?:council|councils|foundation|trust|team|club|society|police|service|services|group|ltd|limited|plc|dental|surgery|practice|pta|fc|association|charity|committee|church|office|department|dept|company|agency|partnership|network|federation|board|union|party)(?:['’]s)?$/i;
function notAPlaceGreeting(text: string, h: Hit): boolean {
  const m = /\bfrom\s+(?:the\s+)?([A-Za-z][\w’'&.-]*(?:\s+[A-Za-z][\w’'&.-]*){0,4})$/i.exec(text.slice(h.start, h.end));
  if (!m) return false;
  const name = m[1]!;
  if (ORG_TAIL.test(name) || ORG_TAIL.test(text.slice(h.end, h.end + 40).split(/[,.;:!?\n]/)[0]!.trim().split(/\s+/).slice(0, 3).join(' '))) return true;
  const first = name.split(/\s+/)[0]!.toLowerCase();
  return name.split(/\s+/).length === 1 && isKnownName(first) && !isUkPlace(first) && !isDestination(first);
}
/** A place asked about ("Dinner at the Ivy? Worth it?"): a question right after it, and nobody says they are there. */
function askedAbout(text: string, h: Hit): boolean {
  const after = /^[^.!?\n]{0,25}\?/.exec(text.slice(h.end, h.end + 30));
  if (!after) return false;
  return !/^(?:anyone|anybody|any\s|i['’]?m|we['’]?re|i\s+am|we\s+are|here|still)\b/i.test(text.slice(h.start, h.end)) && !/\b(?:now|tonight|today|here|rn)\b/i.test(text.slice(h.start, h.end + after[0].length));
}
/**
 * Session personal15: a meal, a drink or "we're at" a venue, then a later day or an invitation: "Drinks at the Fleece
 * after work on Friday, who's in?", "Brunch at Bettys on Sunday at 10", "we're at the Black Swan on Thursday at 7.30",
 * "Dinner at Hanley's tonight?". Only "at" a venue: "We're off to Lanzarote on Saturday for 2 weeks" is an empty home,
 * whatever the day. A plan or an invitation names where the writer will be, not where they are; "now",
 * "here" or "still" in the clause keeps it ("Pint at the Swan now, anyone?").
 */
const VENUE_LEAD = /^(?:lunch|dinner|tea|supper|brunch|breakfast|drinks|coffee|cuppa|pints?|cocktails|meal|food|quiz|curry|(?:i['’]?m|we['’]?re|i\s+am|we\s+are|i['’]ll\s+be|we['’]ll\s+be)\s+at)\b/i;
const LATER_DAY_AFTER = /^[^.!?\n]{0,40}?\b(?:(?:on|this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:at|from|night|evening|morning|lunch(?:time)?|afternoon)\b|tomorrow|tmrw)/i;
const INVITED_AFTER = /^[^.!\n]{0,40}\?/;
const HERE_NOW_WORD = /\b(?:now|rn|here|still|currently|atm|right\s+now)\b/i;
function venuePlan(text: string, h: Hit): boolean {
  const hit = text.slice(h.start, h.end);
  if (!VENUE_LEAD.test(hit)) return false;
  let e = h.end;
  while (e < text.length && e - h.end < 80 && !isSentenceStop(text.charCodeAt(e)) && text[e] !== ',') e++;
  // The question mark ends the clause too: take it with what is read after the hit.
  const after = text.slice(h.end, Math.min(text.length, e + 1));
  if (HERE_NOW_WORD.test(hit + after)) return false;
  return LATER_DAY_AFTER.test(after) || (/^(?:lunch|dinner|tea|supper|brunch|breakfast|drinks|coffee|cuppa|pints?|cocktails|meal|food|quiz|curry)\b/i.test(hit) && INVITED_AFTER.test(after));
}

/**
 * Session personal15: a story of a past stay told in a routine frame with irregular past verbs ("the owner gave us a
 * free ice cream every night", "we took the tram each night", "we got a table by the harbour each evening"): the regular
 * "parked", "arrived" can be now, these cannot, and "every night" makes the clause a memory of a routine.
 */
const PAST_IRREGULAR = /\b(?:took|ate|drank|gave|got|knew|swam|saw|met|brought|bought|wore|rode|drove|flew|caught|ran|sang|slept|woke|fed|found|told|taught|spent|stayed|walked|used\s+to|we['’]d|i['’]d)\b/i;
const ROUTINE_FRAME = /\b(?:every|each)\s+(?:night|evening|morning|day|afternoon|lunchtime|time|summer|year)\b|\bnightly\b/i;
function pastRoutine(text: string, h: Hit): boolean {
  const sentence = sentenceAround(text, h.start, h.end);
  if (!ROUTINE_FRAME.test(sentence) || !PAST_IRREGULAR.test(sentence)) return false;
  return !/\b(?:now|right\s+now|currently|rn|today|tonight|this\s+(?:morning|afternoon|evening|week))\b/i.test(sentence);
}

/** A table or room booked for a later day ("Lunch at Dishoom booked for Friday"): a plan, not where you are. */
function bookedAhead(text: string, h: Hit): boolean {
  let e = h.end;
  while (e < text.length && e - h.end < 80 && !isSentenceStop(text.charCodeAt(e))) e++;
  return /\b(?:booked|reserved)\s+(?:in\s+)?for\s+(?:next|this|the|tomorrow|tonight|\w+day|\d)/i.test(text.slice(h.start, e));
}

/** A hit that ends on a lower-case town followed by an activity ("at rugby training"): the sport, not the town. */
function townAsThing(text: string, end: number): boolean {
  const last = /([a-z][a-z'’-]+)$/.exec(text.slice(Math.max(0, end - 30), end))?.[1];
  return last !== undefined && isUkPlace(last) && TOWN_AS_THING.test(text.slice(end, end + 20));
}

/** Does the configured school's name start inside the hit's last words and run on after it? */
function ownSchoolStartsAt(own: RegExp, text: string, h: Hit): boolean {
  const from = Math.max(h.start, h.end - 30);
  const m = own.exec(text.slice(from, h.end + 40));
  return m !== null && from + m.index < h.end;
}

/** The configured school's name and aliases without their type words ("Hillcrest", "St Aidan's"), as one regex. */
function ownSchoolPattern(names: readonly (string | undefined)[]): RegExp | undefined {
  const alts = new Set<string>();
  for (const name of names) {
    if (typeof name !== 'string' || !name.trim()) continue;
    for (const variant of schoolNameVariants(name)) {
      const core = schoolNameCore(variant);
      if (core.join('').length >= 4) alts.add(core.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    }
  }
  return alts.size ? new RegExp(`\\b(?:${[...alts].join('|')})(?:['’]?s)?\\b`, 'i') : undefined;
}


// ---- Trigger windows, all at once ----------------------------------------------------------------------
/** Each trigger set this rule reads windows for (but LIVE_WORDS, which has a needle too) and its radius. */
const WINDOW_SPECS: readonly (readonly [ReadonlySet<string>, number])[] = [
  [AT_WORDS, 40], [ALONE_WORDS, 60], [AWAY_WORDS, 120], [ACT_WORDS, 80], [OPEN_WORDS, 60], [TRANSPORT_WORDS, 60], [GOT_WORDS, 60],
  [HEADING_WORDS, 60], [EMPTY_WORDS, 40], [HERE_WORDS, 40], [ROAD_WORDS, 60], [ANYONE_WORDS, 80], [ROUTINE_WORDS, 60], [RETURN_WORDS, 60],
  [FAMILY_WORDS, 60], [STAYING_WORDS, 60], [ALONE_WORDS2, 80], [HOME_WORDS, 80], [NOBODY_WORDS, 80], [NOT_BACK_WORDS, 60], [LEAVING_WORDS, 80],
  [AIRBORNE_WORDS, 60], [TERMINAL_WORDS, 60], [HALFWAY_WORDS, 60], [JOURNEY_WORDS, 80], [ROUTE_WORDS, 60], [VEHICLE_WORDS, 60], [NAMED_NOW_WORDS, 60],
];
/** Folded word -> the specs (by position in WINDOW_SPECS) whose trigger set holds it. */
const SPECS_BY_WORD = new Map<string, number[]>();
WINDOW_SPECS.forEach(([set], k) => {
  for (const w of set) {
    const list = SPECS_BY_WORD.get(w);
    if (list) list.push(k);
    else SPECS_BY_WORD.set(w, [k]);
  }
});
/** SPECS_BY_WORD by interned word number, so the token walk reads an array instead of hashing every token. */
const SPECS_OF_WORD = new WordTable((w: string): readonly number[] | undefined => SPECS_BY_WORD.get(w));
const SPEC_INDEX = new Map(WINDOW_SPECS.map(([set], k) => [set, k]));

/**
 * triggerWindows(doc, set, radius) for every spec above, from one walk over the post's tokens instead of a walk,
 * a gather and a sort per trigger set: the same merged ranges, widened to whitespace and merged again.
 */
function allWindows(doc: Doc): readonly (readonly Readonly<Range>[])[] {
  return doc.memo('location:windows', () => {
    const { text, tokens } = doc;
    const out: Range[][] = WINDOW_SPECS.map(() => []);
    const ids = tokenVocab(doc).ids;
    const specsOf = SPECS_OF_WORD.of(doc);
    for (let i = 0; i < tokens.length; i++) {
      const specs = specsOf[ids[i]!];
      if (specs === undefined) continue;
      const t = tokens[i]!;
      for (const k of specs) {
        const radius = WINDOW_SPECS[k]![1];
        const list = out[k]!;
        const last = list[list.length - 1];
        const s = Math.max(0, t.start - radius);
        const e = Math.min(text.length, t.end + radius);
        if (last && s <= last.end) last.end = Math.max(last.end, e);
        else list.push({ start: s, end: e });
      }
    }
    return out.map((ranges) => {
      if (ranges.length === 0) return ranges;
      for (const r of ranges) {
        while (r.start > 0 && !isSpace(text.charCodeAt(r.start - 1))) r.start--;
        while (r.end < text.length && !isSpace(text.charCodeAt(r.end))) r.end++;
      }
      const merged: Range[] = [];
      for (const r of ranges) {
        const prev = merged[merged.length - 1];
        if (prev && r.start <= prev.end) prev.end = Math.max(prev.end, r.end);
        else merged.push(r);
      }
      return merged;
    });
  });
}
/** The windows of one spec of WINDOW_SPECS (`radius` must be the spec's). */
function windowsOf(doc: Doc, triggers: ReadonlySet<string>, radius: number): readonly Readonly<Range>[] {
  const k = SPEC_INDEX.get(triggers);
  if (k === undefined || WINDOW_SPECS[k]![1] !== radius) throw new Error('location: windows asked for an unknown trigger set');
  return allWindows(doc)[k]!;
}

function findLocations(doc: Doc): Hit[] {
      const { text } = doc;
      const hits: Hit[] = [];
      for (const m of matchInWindows(text, AT, windowsOf(doc, AT_WORDS, 40))) {
        const word = m.groups[0]!;
        const lower = word.toLowerCase().replace(/['’]s$/, '');
        const capitalised = word[0] !== word[0]!.toLowerCase();
        if (NOT_PLACES.has(lower)) continue;
        if (!capitalised && !PLACE_NOUNS.has(lower)) continue;
        // "Remember sitting at Gatwick in 2019": a memory, not a check-in.
        if (REMEMBERED.test(sentenceAround(text, m.index, m.index + m.text.length))) continue;
        // "My daughter's just arrived in Bruges": someone else arriving or sitting there.
        if (!/^(?:i|we|family)/i.test(m.text) && (THIRD_PERSON_BEFORE.test(before(text, m.index, 30)) || RELATIVE_BEFORE.test(before(text, m.index, 40)))) continue;
        // "My parents are in Spain": someone else's whereabouts (your own children's still count).
        if (/^are\b/i.test(m.text) && (OTHERS_BEFORE.test(before(text, m.index, 30)) || othersAre(before(text, m.index, 50)))) continue;
        // "My sister's family are in Spain": someone else's family.
        if (/^(?:whole\s+)?family/i.test(m.text) && /['’]s\s+(?:whole\s+)?$/.test(before(text, m.index, 20))) continue;
        hits.push({ start: m.index, end: m.index + m.text.length, reason: 'This is a check-in: it tells everyone where you are right now. Share where you were after you have left instead.' });
      }
      for (const m of matchInWindows(text, LIVE, triggerWindows(doc, LIVE_WORDS, 40, ['📍']))) {
        hits.push({ start: m.index, end: m.index + m.text.length, reason: 'This shares your live location. Anyone who sees it, including parents and pupils, can find you.' });
      }
      for (const m of matchInWindows(text, HOME_ALONE, windowsOf(doc, ALONE_WORDS, 60))) {
        // "My neighbour's house is empty while they're in Florida": someone else's home.
        if (OWNER_OTHER.test(before(text, m.index, 30))) continue;
        // "Our old house stands empty now": a home the writer has left (session places10).
        if (/\b(?:old|former|previous)\s+$/i.test(before(text, m.index, 12))) continue;
        // "Home Alone is the best Christmas film".
        if (/^\s*(?:\d|is\s+(?:the|a|my|still)\s+(?:best|greatest|worst|favourite|fave|classic)|film|movie|on\s+(?:tv|telly|itv|bbc|netflix|tonight))/i.test(text.slice(m.index + m.text.length, m.index + m.text.length + 40))) continue;
        hits.push({ start: m.index, end: m.index + m.text.length, reason: 'This says when you are alone or your home is empty, which is useful to the wrong people. Keep it for private messages.' });
      }
      for (const m of matchInWindows(text, AWAY, windowsOf(doc, AWAY_WORDS, 120))) {
        // The regex is case-insensitive: a destination outside the list must be a capitalised name
        // ("going to Benidorm", not "going to snow next week").
        const dest = /\bto\s+(?:the\s+)?([A-Za-z]+)/i.exec(m.text);
        if (dest && !KNOWN_DESTINATIONS.test(dest[0]) && dest[1]![0] === dest[1]![0]!.toLowerCase()) continue;
        // A plan months ahead ("off to Woodbridge for a weekend next month") leaves no house empty yet.
        if (LATER.test(sentenceAround(text, m.index, m.index + m.text.length))) continue;
        hits.push({ start: m.index, end: m.index + m.text.length, reason: REASON_EMPTY });
      }
      const add = (start: number, end: number, reason: string) => hits.push({ start, end, reason });
      const present = (start: number, end: number): boolean => !PAST.test(sentenceAround(text, start, end));
      const actWindows = windowsOf(doc, ACT_WORDS, 80);
      const acceptAct = (index: number, match: string, groups: (string | undefined)[]): boolean => {
        const end = index + match.length;
        const place = groups.find((g) => g !== undefined);
        if (place === undefined || !isPlace(place, false) || !present(index, end)) return false;
        // "found the one from our honeymoon, sitting on the wall at Oia": a photo of then, not where you are.
        if (REMEMBERED.test(sentenceAround(text, index, end))) return false;
        // "camping up on Exmoor with her Brownies": the one with her group is someone else, not the writer.
        if (/^[^.!?\n,]{0,30}?\bwith\s+(?:his|her|their)\b/i.test(text.slice(end, end + 40))) return false;
        if (MEAL.test(match) && KIN_WORD.has(place.toLowerCase().replace(/['’]s?$/, ''))) return false;
        if (THIRD_PERSON_BEFORE.test(before(text, index, 30)) || RELATIVE_BEFORE.test(before(text, index, 40))) return false;
        // "Coffee with a friend at a café in Otley tomorrow": an arrangement to come, not where you are.
        if (/\b(?:tomorrow|tmrw|next\s+(?:week|weekend|month|year|\w+day))\b/i.test(sentenceAround(text, index, end))) return false;
        // "We should do lunch at Bill's sometime": a wish or plan, not where you are.
        if (/\b(?:should|could|would|might|must|shall|let['’]s|lets)\s+(?:[\w'’]+\s+){0,2}$/i.test(before(text, index, 40))) return false;
        // "Sitting on the beach in Summer is all I can think about": the activity as a subject, not where you are.
        if (/^\w+ing\b/i.test(match) && clauseStart(text, index) && /^[^,.;:!?\n]{0,40}?\b(?:is|was|sounds|would\s+be|beats|must\s+be)\b/i.test(text.slice(end, end + 60)) && !/^[^,.;:!?\n]{0,40}?\b(?:i|we|you)\b/i.test(text.slice(end, end + 60).split(/\b(?:is|was|sounds|would|beats|must)\b/i)[0]!)) return false;
        // "Our dinner ladies at Oakfield Primary", "the lunch staff at the hospital": a meal word naming people or things (session places10).
        if (/^(?:lunch|dinner|brunch|breakfast|drinks|coffee|cuppa|pint|pints)\s+(?:ladies|lady|staff|team|supervisors?|assistants?|monitors?|money|menu|club|duty|hall|rota|machine|van|prices?|bill)\b/i.test(match)) return false;
        // "The new coffee place on Market Street is overpriced": a meal or drink word describing a place.
        if (/^(?:lunch|dinner|brunch|breakfast|drinks|coffee|cuppa|pint|pints)\b/i.test(match) && (/\s(?:on|place|shop|house|bar|places|shops)\s/i.test(match) || /^\s*(?:[\w'’-]+\s+){0,2}(?:is|was|does|do|has|have|are|were)\b/i.test(text.slice(end, end + 30)))) return false;
        return !(/^\w+ing\b/i.test(match) && GERUND_BEFORE.test(before(text, index, 24)));
      };
      for (const re of [ACT_AT, CHECK_INTO, ACT_FAR_AT]) {
        for (const m of acceptedMatches(text, re, actWindows, acceptAct)) add(m.index, m.index + m.text.length, REASON_HERE);
      }
      for (const m of matchInWindows(text, OPEN_AT, windowsOf(doc, OPEN_WORDS, 60))) {
        const end = m.index + m.text.length;
        if (!clauseStart(text, m.index) || !isPlace(m.groups[0]!, false)) continue;
        const sentence = sentenceAround(text, m.index, end);
        if (PAST.test(sentence)) continue;
        // Session places10: a hotel chain's "Inn" ("at the Premier Inn off J12", "In the Holiday Inn Express") is a venue
        // like "the Travelodge"; "in the Premier League" is not.
        const inn = /^(?:premier|holiday)$/i.test(m.groups[0]!) ? /^\s+Inn\b(?!\s+(?:prices?|rates?|deals?|sale|website|app|chain)\b)/.exec(text.slice(end)) : null;
        if (!inn && !VENUES.has(m.groups[0]!.toLowerCase()) && !NOW.test(sentence.slice(sentence.indexOf(m.text) + m.text.length))) continue;
        add(m.index, inn ? end + inn[0].length : end, REASON_HERE);
      }
      for (const m of matchInWindows(text, TRANSPORT, windowsOf(doc, TRANSPORT_WORDS, 60))) {
        const end = m.index + m.text.length;
        if (m.groups[0] === undefined && m.groups[1] === undefined) continue;
        if (!isPlace(m.groups[2]!, false) || !present(m.index, end)) continue;
        const b = before(text, m.index, 30);
        if (!clauseStart(text, m.index) && !/\b(?:i['’]?m|we['’]?re|i\s+am|we\s+are|are|is|currently|now|sat|sitting|stuck|just\s+got|finally|still|me)\s+$/i.test(b)) continue;
        // "My husband's on the 7:02 to Leeds every day": someone else's journey, or a routine.
        if (THIRD_PERSON_BEFORE.test(b) || RELATIVE_BEFORE.test(before(text, m.index, 40)) || /\b(?:every\s+(?:day|morning|evening|night|week|\w+day)|usually|always|most\s+(?:days|mornings))\b/i.test(sentenceAround(text, m.index, end))) continue;
        add(m.index, end, REASON_HERE);
      }
      for (const m of acceptedMatches(text, GOT_TO, windowsOf(doc, GOT_WORDS, 60), (index, match, groups) => isPlace(groups[0]!, false) && present(index, index + match.length) && !REMEMBERED.test(sentenceAround(text, index, index + match.length)) && !THIRD_PERSON_BEFORE.test(before(text, index, 30)) && !RELATIVE_BEFORE.test(before(text, index, 40)) && !/\b(?:daughter|son|kids|husband|wife|partner|mum|dad|sister|brother)['’]s\s+$/i.test(before(text, index, 30)))) add(m.index, m.index + m.text.length, REASON_HERE);
      for (const m of acceptedMatches(text, NAMED_TRANSPORT, windowsOf(doc, TRANSPORT_WORDS, 60), (index, match, groups) => isPlace(groups[1]!, false) && present(index, index + match.length))) add(m.index, m.index + m.text.length, REASON_HERE);
      for (const m of acceptedMatches(text, HEADING, windowsOf(doc, HEADING_WORDS, 60), (index, match, groups) => {
        const place = groups[0]!;
        if (!isPlace(place, false) || !present(index, index + match.length)) return false;
        if (/^(?:work|school|bed|class|sleep|see|meet|get|do|be|have|the)$/i.test(place)) return false;
        if (THIRD_PERSON_BEFORE.test(before(text, index, 30)) || RELATIVE_BEFORE.test(before(text, index, 40))) return false;
        // "The chain snapped on the way to the gym": a story, unless it opens the clause or follows "I'm", "we're", "now".
        if (!clauseStart(text, index) && !/\b(?:i['’]?m|we['’]?re|i\s+am|we\s+are|are|currently|now|just|then|and|me|us|finally)\s+$/i.test(before(text, index, 30))) return false;
        const sentence = sentenceAround(text, index, index + match.length);
        if (/^(?:off|straight)\b/i.test(match) && !SOON.test(sentence)) return false;
        // A plan for a later date ("heading to Spain next month") is not where you are.
        return !LATER.test(sentence);
      })) add(m.index, m.index + m.text.length, REASON_HERE);
      for (const m of matchInWindows(text, LEAVE_EMPTY, windowsOf(doc, EMPTY_WORDS, 40))) {
        if (present(m.index, m.index + m.text.length)) add(m.index, m.index + m.text.length, REASON_EMPTY);
      }
      for (const m of matchInWindows(text, HERE_TILL, windowsOf(doc, HERE_WORDS, 40))) add(m.index, m.index + m.text.length, REASON_HERE);
      for (const m of matchInWindows(text, EMPTY_HOUSE, windowsOf(doc, EMPTY_WORDS, 40))) {
        if (present(m.index, m.index + m.text.length)) add(m.index, m.index + m.text.length, REASON_ALONE);
      }
      for (const m of matchInWindows(text, ROAD, windowsOf(doc, ROAD_WORDS, 60))) {
        const end = m.index + m.text.length;
        // "My husband's stuck on the M6": someone else on the road.
        if (THIRD_PERSON_BEFORE.test(before(text, m.index, 30)) || RELATIVE_BEFORE.test(before(text, m.index, 40))) continue;
        if (present(m.index, end)) add(m.index, end, REASON_HERE);
      }
      for (const m of matchInWindows(text, ANYONE_NEAR, windowsOf(doc, ANYONE_WORDS, 80))) {
        const end = m.index + m.text.length;
        if (!isPlace(m.groups[0]!, false) || !MEET_WORDS.test(text.slice(end, end + 60))) continue;
        add(m.index, end, REASON_HERE);
      }
      for (const m of matchInWindows(text, ROUTINE, windowsOf(doc, ROUTINE_WORDS, 60))) {
        const sentence = sentenceAround(text, m.index, m.index + m.text.length);
        const post = text.length < 400 ? text : sentence;
        if (/\bevery\s+(?:\w+day|morning|evening|night|week|lunchtime)s?\b|\b\w+days\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(post)) add(m.index, m.index + m.text.length, REASON_ROUTINE);
      }
      for (const m of matchInWindows(text, RETURN, windowsOf(doc, RETURN_WORDS, 60))) {
        const end = m.index + m.text.length;
        const b = before(text, m.index, 30);
        if (/\bback\s+(?:to\s+)?(?:school|work)\b/i.test(m.text)) continue;
        // Session personal14: "Back on Monday to Year 3 at ...", "back on the 4th to work": a return to work, not home.
        if (/^\s+(?:to|at)\s+(?:school|work|year\s+\d|yr\s*\d|reception|class|the\s+(?:classroom|office|grind|day\s+job)|my\s+(?:class|desk|classroom|job)|reality|normal)\b/i.test(text.slice(end, end + 30))) continue;
        if (!clauseStart(text, m.index) && !/\b(?:i['’]?m|we['’]?re|i\s+am|we\s+are|we['’]ll\s+be|i['’]ll\s+be|we\s+will\s+be|i\s+will\s+be|and|be|then|away|off|gone|holiday|we|i)\s+$/i.test(b)) continue;
        if (/\b(?:came|got|arrived|was|were|went)\s+$/i.test(b)) continue;
        if ((/^back\s+(?!home)/i.test(m.text) || /^get(?:ting)?\s+back\s+(?!from)/i.test(m.text)) && !TRAVEL.test(text.length < 600 ? text : sentenceAround(text, m.index, end)) && !TRAVEL_EMOJI.test(text.length < 600 ? text : sentenceAround(text, m.index, end))) continue;
        add(m.index, end, REASON_EMPTY);
      }
      for (const m of matchInWindows(text, FAMILY_AWAY, windowsOf(doc, FAMILY_WORDS, 60))) {
        const end = m.index + m.text.length;
        if (m.text.toLowerCase().startsWith('away') && !clauseStart(text, m.index)) continue;
        // Session personal14: a bare "Away next week" says a plan, not where or that the home stands empty, unless the
        // post speaks of a trip or of someone minding the house ("Away next week, the cats are in the cattery").
        if (/^away\s+(?:this|next)\s+(?:week|weekend|fortnight)\b/i.test(m.text) && !TRIP_OR_MINDED.test(text.length < 600 ? text : sentenceAround(text, m.index, end)) && !TRAVEL_EMOJI.test(text)) continue;
        if (!present(m.index, end)) continue;
        add(m.index, end, REASON_EMPTY);
      }
      for (const m of matchInWindows(text, STAYING, windowsOf(doc, STAYING_WORDS, 60))) {
        if (present(m.index, m.index + m.text.length)) add(m.index, m.index + m.text.length, REASON_EMPTY);
      }
      for (const m of matchInWindows(text, ALONE, windowsOf(doc, ALONE_WORDS2, 80))) {
        add(m.index, m.index + m.text.length, REASON_ALONE);
      }
      // ---- Second pass: empty homes, named hospitals and venues, travelling now ----
      const absentSentence = (start: number, end: number): boolean => {
        const sentence = sentenceAround(text, start, end);
        return ABSENCE_SPAN.test(text.length < 300 ? text : sentence) && !PAST.test(sentence) && !REMEMBERED.test(sentence);
      };
      for (const m of matchInWindows(text, HOME_EMPTY, windowsOf(doc, HOME_WORDS, 80))) {
        const end = m.index + m.text.length;
        if (OWNER_OTHER.test(before(text, m.index, 30)) || !absentSentence(m.index, end)) continue;
        add(m.index + (/^(?:the|our|my)\s+/i.exec(m.text)?.[0].length ?? 0), end, REASON_EMPTY);
      }
      for (const m of matchInWindows(text, NOBODY, windowsOf(doc, NOBODY_WORDS, 80))) {
        const end = m.index + m.text.length;
        if (!absentSentence(m.index, end)) continue;
        add(m.index, end, REASON_EMPTY);
      }
      for (const m of matchInWindows(text, NOT_BACK, windowsOf(doc, NOT_BACK_WORDS, 60))) {
        const end = m.index + m.text.length;
        if (!ABSENCE_END.test(text.slice(end, end + 30)) || THIRD_PERSON_BEFORE.test(before(text, m.index, 30)) || RELATIVE_BEFORE.test(before(text, m.index, 40))) continue;
        if (/\b(?:he|she|they|dad|mum|husband|wife|partner|hubby)\s+$/i.test(before(text, m.index, 20))) continue;
        add(m.index, end + (ABSENCE_END.exec(text.slice(end, end + 30))?.[0].length ?? 0), REASON_EMPTY);
      }
      for (const m of matchInWindows(text, LEAVING, windowsOf(doc, LEAVING_WORDS, 80))) {
        if (THIRD_PERSON_BEFORE.test(before(text, m.index, 30)) || RELATIVE_BEFORE.test(before(text, m.index, 40)) || !present(m.index, m.index + m.text.length)) continue;
        add(m.index, m.index + m.text.length, REASON_EMPTY);
      }
      for (const start of clauseStarts(text)) {
        const hit = fragmentAt(text, start);
        if (hit) add(hit.start, hit.end, REASON_HERE);
      }
      for (const m of matchInWindows(text, AIRBORNE, windowsOf(doc, AIRBORNE_WORDS, 60))) {
        const end = m.index + m.text.length;
        const sentence = sentenceAround(text, m.index, end);
        if (PAST.test(sentence) || REMEMBERED.test(sentence)) continue;
        if (THIRD_PERSON_BEFORE.test(before(text, m.index, 30)) || RELATIVE_BEFORE.test(before(text, m.index, 40))) continue;
        // "boarding" and "taking off" are travel only where the clause opens with them or follows "I'm"/"we're"/"now".
        if (!clauseStart(text, m.index) && !/\b(?:i['’]?m|we['’]?re|i\s+am|we\s+are|now|just|currently|finally|and|are|sat|sitting|waiting|still|got)\s+$/i.test(before(text, m.index, 20))) continue;
        if (/^gate/i.test(m.text) && !FLYING.test(text)) continue;
        add(m.index, end, REASON_HERE);
      }
      for (const m of matchInWindows(text, JOURNEY, windowsOf(doc, JOURNEY_WORDS, 80))) {
        const end = m.index + m.text.length;
        const sentence = sentenceAround(text, m.index, end);
        if (!isPlace(m.groups[0]!, false) || PAST.test(sentence) || REMEMBERED.test(sentence) || LATER.test(sentence) || JOURNEY_NOT_NOW.test(sentence)) continue;
        const b = before(text, m.index, 30);
        if (!clauseStart(text, m.index) && !/\b(?:sat|sitting|now|currently|i['’]?m|we['’]?re|finally|just|still|stuck)\s+$/i.test(b)) continue;
        if (THIRD_PERSON_BEFORE.test(b) || RELATIVE_BEFORE.test(before(text, m.index, 40))) continue;
        // "Train from Derby to London is £90": the journey as the subject of a statement.
        if (/^\s*(?:[A-Za-z’'&-]+\s+){0,2}?(?:is|are|was|were|has|have|costs?|takes?|runs?|leaves|departs|goes|arrives|gets\s+in)\b/i.test(text.slice(end, end + 40))) continue;
        add(m.index, end, REASON_HERE);
      }
      for (const m of matchInWindows(text, HALFWAY, windowsOf(doc, HALFWAY_WORDS, 60))) {
        const end = m.index + m.text.length;
        const sentence = sentenceAround(text, m.index, end);
        if (!clauseStart(text, m.index) || !isPlace(m.groups[0]!, false) || PAST.test(sentence) || REMEMBERED.test(sentence) || !HALFWAY_NEXT.test(text.slice(end, end + 20))) continue;
        add(m.index, end, REASON_HERE);
      }
      for (const m of matchInWindows(text, TERMINAL, windowsOf(doc, TERMINAL_WORDS, 60))) {
        const end = m.index + m.text.length;
        const sentence = sentenceAround(text, m.index, end);
        if (!clauseStart(text, m.index) && !/\b(?:at|in|now)\s+$/i.test(before(text, m.index, 10))) continue;
        if (PAST.test(sentence) || REMEMBERED.test(sentence) || LATER.test(sentence)) continue;
        add(m.index, end, REASON_HERE);
      }
      for (const re of [VEHICLE_MOVE, ROUTE]) {
        for (const m of acceptedMatches(text, re, windowsOf(doc, re === ROUTE ? ROUTE_WORDS : VEHICLE_WORDS, 60), (index, match, groups) => {
          const sentence = sentenceAround(text, index, index + match.length);
          return isPlace(groups[0]!, true) && !PAST.test(sentence) && !REMEMBERED.test(sentence) && !THIRD_PERSON_BEFORE.test(before(text, index, 30)) && !RELATIVE_BEFORE.test(before(text, index, 40));
        })) add(m.index, m.index + m.text.length, REASON_HERE);
      }
      for (const m of matchInWindows(text, NAMED_NOW, windowsOf(doc, NAMED_NOW_WORDS, 60))) {
        if (present(m.index, m.index + m.text.length)) add(m.index, m.index + m.text.length, REASON_HERE);
      }
      // Issue 11, general signals: a place with a sign of now, an absence with a span (shared/whereabouts.ts).
      hits.push(...whereaboutsHits(doc, hits));
      // Issue 11, session places6: greetings, arrivals, stays and vehicles in more words (shared/travel.ts).
      hits.push(...travelHits(doc, hits));
      // Issue 11, session places7: diary-style presence, greetings in any words, day counts, lower-case destinations (shared/presence.ts).
      hits.push(...presenceHits(doc, hits));
      // Issue 11, session places8: scenes, arrivals, places spoken to, "is where I'll be" (shared/scenes.ts).
      hits.push(...sceneHits(doc, hits));
      // Issue 11, session places9: a named place with a word of now, whatever the activity (shared/now-place.ts).
      hits.push(...nowPlaceHits(doc, hits));
      // Session personal12: scenes with the weather or the hour, stays captioned with their end, homes looked after
      // while the writer is away, weekly schedules with a place (shared/asides.ts).
      hits.push(...asideHits(doc, hits));
      // Session personal13: bare captions with a seat or gate, a named place and a time of day, a departure with its
      // length, a festival day count (shared/captions.ts).
      hits.push(...captionHits(doc, hits));
      // Session personal14: a numbered room, pitch or caravan at a named place, a weekly pattern with a place in the
      // writer's own words, the house to the writer while the rest are away (shared/habits.ts).
      hits.push(...habitHits(doc, hits));
      return hits;
}
