/**
 * Where the writer is right now, and when their home stands empty, judged sentence by sentence from general
 * signals rather than fixed phrases (issue 11: "at the General with dad", "Pret on Deansgate, window seat",
 * "crawling along the A14", "House empty all next week while we're at my sister's").
 *
 * Being somewhere now = a PLACE (a preposition before a capitalised name, a road number or a venue word; or a
 * clause that opens with a place name: "Leeds station, ...", "Travelodge by the airport tonight") + a sign of
 * NOW in the same sentence (now, tonight, here, "with my dad", waiting/sat/stuck/crawling, a scene detail such as
 * "window seat" or "platform 6") and nothing that makes it the past, a plan or wish, a question about the place,
 * a sentence about the place itself ("Nero on Bold Street has closed") or someone else's whereabouts.
 *
 * An empty home = an ABSENCE predicate said of the writer (away, the house empty, nobody home, "we're at my
 * sister's", not back) + a SPAN of time (till Friday, next week, from Monday to Thursday, over Easter, for ten
 * days) in the same sentence, or anywhere in a short post.
 *
 * Linear: one pass to find sentences, then a cheap token test gates a few bounded regexes per sentence.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Hit } from '../../../lib/engine/types.ts';
import { tokenIndex } from '../../tone/shared/windows.ts';
import { sentences } from './sentences.ts';
import { tokenVocab, WordTable } from '../../tone/shared/vocab.ts';
import { UK_PLACES } from '../../lexicons/uk-places.ts';

/** "at rugby training", "in wells cathedral choir": a word after a lower-case town makes it an activity or another thing. */
export const TOWN_AS_THING = /^\s+(?:training|practice|match|game|club|lesson|lessons|session|class|kit|team|pitch|night|league|fans?|shirt|boots|union|sevens)\b/i;
let ukPlaces: ReadonlySet<string> | undefined;
/** Is this (lower-case) word or pair of words a town of England or Wales that is not also an everyday word? */
export function isUkPlace(name: string): boolean {
  ukPlaces ??= new Set(UK_PLACES.split('|'));
  return ukPlaces.has(name.toLowerCase());
}

const REASON_HERE = 'This is a check-in: it tells everyone where you are right now. Share where you were after you have left instead.';
const REASON_EMPTY = 'This says when you will be away from home, so it also says when the house is empty. Post the photos after you are back.';

/**
 * Lower-case words that name somewhere you can be found without a capital: hospitals and their parts, transport
 * hubs, and chains people check in at. ("The pub", "the gym", "the vet" say too little to find anyone.)
 */
const VENUE = [
  'a&e', 'hospital', 'infirmary', 'maternity', 'hospice', 'airport', 'terminal', 'departures', 'arrivals', 'airside', 'station', 'services',
  'travelodge', 'premier', 'hilton', 'costa', 'nero', 'starbucks', 'greggs', 'pret', 'wetherspoons', 'spoons', 'tesco', 'asda', 'aldi', 'lidl',
  'maccies', 'morrisons', 'waitrose', 'sainsburys', "sainsbury's", 'ikea', 'mcdonalds', "mcdonald's", 'nandos', "nando's", 'wagamama', 'zizzi', 'harvester', 'toby',
];
const VENUE_SET = new Set(VENUE);
/** Nouns that make a capitalised opening a place ("Birmingham New Street,", "Leeds station,", "Gate 12"). */
const PLACE_NOUNS = new Set([...VENUE, 'street', 'road', 'lane', 'avenue', 'square', 'centre', 'center', 'bridge', 'quay', 'platform', 'gate', 'ward', 'inn', 'hotel', 'arms', 'park', 'retail', 'seafront', 'pier', 'harbour', 'beach', 'lounge']);
const VENUE_ALT = VENUE.map((v) => v.replace(/[&']/g, (c) => (c === "'" ? "['’]" : c))).join('|');
const PLACE_NOUN_ALT = [...PLACE_NOUNS].filter((v) => !VENUE_SET.has(v)).join('|');

/**
 * A relative named by the family word ("lunch at Grandma Jean's", "brunch at Aunty Bisi's"): their home is a family
 * meal's place, not somewhere a stranger could find the writer (a stay there till a date is location.ts's STAYING).
 */
// Not 'Gran': Gran Canaria is a place.
export const KIN_HOME: readonly string[] = ['grandma', 'grandad', 'granny', 'grandpa', 'nan', 'nana', 'nanna', 'aunty', 'auntie', 'aunt', 'uncle', 'mum', 'mam', 'dad', 'cousin'];
/** Capitalised words after a preposition that are not somewhere you can be found. */
const NOT_PLACE = new Set(
  ('i my our your his her their this that it a an the we you he she they year yr reception nursery class key ks ks1 ks2 ks3 ks4 school work home bed church ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'mon tue tues wed thu thurs fri sat sun christmas xmas easter half term summer winter spring autumn advent lent ramadan eid diwali ' +
    'maths english science history geography art music pe re pshe french spanish german computing drama gcse gcses sats ofsted inset ' +
    'mr mrs miss ms dr sir god jesus lord facebook twitter instagram insta tiktok youtube netflix zoom teams whatsapp linkedin snapchat google amazon ' +
    'total fact general part public private order theory reality person advance bulk future past front back middle time first last next one two three ' +
    'love trouble pain tears shock awe peace denial agony limbo charge heaven hell room hall block unit week day').split(' ').concat(KIN_HOME),
);
/** School-type words: being at your own school is not a check-in a stranger could use. */
export const SCHOOL_TYPE = /\b(?:school|primary|academy|juniors?|infants?|college|high|grammar|nursery|ysgol)\b/i;

/** A sign the sentence is about now (tested on the sentence, and for short posts on the whole post). */
const KIN = "(?:littlest|little\\s+(?:man|lady|one)|toddler|twins|dad|mum|mam|mom|nan|nana|nanna|gran|granny|grandad|grandma|husband|hubby|wife|partner|son|daughter|kids|little\\s+one|youngest|eldest|middle\\s+one|girls|boys|lads|family|sister|brother|baby|bump|parents|in-laws|other\\s+half|best\\s+friend|bestie|mate|mates|friends|team|colleagues|dog)";
const NOW_CUE = new RegExp(
  `(?:\\b(?:morning|evening|hello|hi|greetings|waving)\\s+(?:all\\s+|everyone\\s+|folks\\s+)?from\\b|\\bbefore\\s+(?:our|my|the)\\s+(?:[\\w:]+\\s+){0,2}(?:flight|train|ferry|op|operation|scan|appointment))|\\b(?:now|rn|atm|currently|tonight|today|this\\s+(?:morning|afternoon|evening)|as\\s+we\\s+speak|here|for\\s+the\\s+(?:[A-Za-z-]+\\s+)?(?:night|day|weekend|afternoon|match|game|gig|concert|show|wedding|party|conference|festival|race|final|proms|panto|musical|play|meeting)|for\\s+(?:\\w+['’]s\\s+|my\\s+|a\\s+|an\\s+|his\\s+|her\\s+)?(?:appointment|check[\\s-]?up|scan|bloods|x-ray|op|operation|treatment|chemo)\\b|going\\s+nowhere|not\\s+moving|with\\s+(?:my|our|the|his|her)\\s+(?:[a-z]+\\s+)?${KIN}|with\\s+${KIN}|waiting|queu(?:e|ing|eing)|sat|sitting|standing|stood|stuck|crawling|going\\s+nowhere|not\\s+moving|grabbing|sipping|drinking|watching|spending|enjoying|finishing|leaving|marking|delayed|cancelled|boarding|window\\s+seat|laptop\\s+(?:out|open)|(?:platform|gate|ward|bay|room|seat|pitch)\\s+\\d{1,3}[a-z]?|number\\s+\\d{1,3}\\s+in\\s+the\\s+queue|made\\s+it|just\\s+(?:arrived|landed|got\\s+(?:here|in))|touched\\s+down|kept\\s+in|keeping\\s+(?:him|her|them|me|us)\\s+in|doing\\s+(?:more\\s+|some\\s+)?(?:scans|tests|bloods|x-rays)|(?:i['’]?m|we['’]?re)\\s+(?:(?:already|finally|still|just|now|safely|officially)\\s+)?(?:on|in|at)\\b)`,
  'i',
);
// The words before "from" and "to"/"into" that make them a place phrase, read by a lookbehind after the word itself
// ("from(?<=...from)" matches where "(?<=...)from" does): the engine then looks behind only where the word is, not
// at every word of the sentence.
const GREETING_LEAD = '\\b(?:[Mm]orning|[Ee]vening|[Hh]ello|[Hh]i|[Gg]reetings|[Ww]aving)(?:\\s+(?:all|everyone|folks|friends))?[,!]?\\s+';
const ARRIVING_LEAD = '\\b(?:[Mm]ade\\s+it|[Gg]ot|[Aa]rrived|[Aa]rriving|[Ll]anded|[Pp]ulled|[Rr]olled|[Dd]ash|[Dd]ashing|[Rr]ushing|[Rr]acing|[Ee]n\\s+route)\\s+';
/**
 * The place phrase: "at/in/outside/inside" and a capitalised name (up to four words) or a hospital, hub or chain,
 * after "the" or (session personal14) "a" ("we're staying at a Premier Inn near Carlisle tonight");
 * a road number with a named place after it ("on the A14 by Huntingdon", "along the M62 past Leeds": a bare
 * "stuck on the A34" says too little to find anyone).
 */
const PLACE_AFTER_PREP = new RegExp(
  `\\b(?:[Aa]t|[Ii]n|[Oo]utside|[Ii]nside|from(?<=${GREETING_LEAD}from)|(?:to(?<=${ARRIVING_LEAD}to)|into(?<=${ARRIVING_LEAD}into)))\\s+(?:(?:sunny|rainy|beautiful|lovely|gorgeous|windy|snowy|wet|grey|freezing)\\s+)?(?:[Tt]he\\s+|a\\s+)?(?:([A-Z][A-Za-z0-9’'&.-]*(?:\\s+(?:[A-Z][A-Za-z’'&-]*|and|&|on|of|upon)){0,3})|(?:[a-z]+\\s+)?(?:${VENUE_ALT})(?![a-z])|([a-z][a-z'’-]{3,}))` +
    `|\\b(?:[Oo]n|[Aa]long|[Uu]p|[Dd]own|[Oo]ff)\\s+the\\s+[MA]\\d{1,4}(?:\\s+(?:northbound|southbound|eastbound|westbound|[nsew]b))?\\s+(?:near|by|past|at|through|around|outside|towards|into|approaching)\\s+(?:the\\s+)?(?:junction\\s+\\d{1,2}|J\\d{1,2}|[A-Z][A-Za-z’'-]+)`,
  'g',
);
/** A clause that opens with a place: "Leeds station,", "Pret on Deansgate,", "Gate 12, Gatwick North,", "Travelodge by the airport tonight". */
const CAPW = "[A-Z][A-Za-z’'&-]*";
const OPENING = new RegExp(
  `^(?:(?:${CAPW}|\\d{1,3}[A-Za-z]?)\\s+){0,3}(?:${CAPW}\\s+\\d{1,3}[A-Za-z]?|${CAPW}|${VENUE_ALT}|${PLACE_NOUN_ALT})(?:\\s+(?:on|in|by|at|near|off)\\s+(?:the\\s+)?(?:${CAPW}(?:\\s+${CAPW}){0,2}|(?:[a-z]+\\s+)?(?:${VENUE_ALT}|${PLACE_NOUN_ALT})))?(?=\\s*(?:,|$|[-–—]|\\s(?:now|tonight|today|rn|for\\s+the\\s+night|till|until|this\\s+(?:morning|afternoon|evening))\\b))`,
);
/** What may come before the place in its clause when the writer is the one there. */
const LEAD_OK = new RegExp(
  [
    // Nothing, or only adverbs: "In the Alex", "Back up at the General", "still at the Royal".
    `^(?:(?:back|up|down|out|over|round|still|now|currently|just|finally|here|safely|again|right|all|so|and|then|anyway|only|also|officially)\\s+)*$`,
    // Getting there now: "made it to Cardiff Central", "Emergency dash to Southmead".
    `^(?:(?:just|finally|safely|emergency|mad|quick|now)\\s+)*(?:made\\s+it|got|arrived|arriving|landed|pulled|rolled|dash|dashing|rushing|racing|en\\s+route)\\s+$`,
    // A greeting from where you are: "Morning all from the Premier Inn in Swindon", "Greetings from sunny Skegness".
    `^(?:good\\s+)?(?:morning|evening|hello|hi|greetings|waving)(?:\\s+(?:all|everyone|folks|friends))?[,!]?\\s+$`,
    // A night's stay: "Night at the Holiday Inn Express near Heathrow", "overnight in the Travelodge".
    `^(?:a\\s+|one\\s+|the\\s+)?(?:night|overnight|tonight)\\s+$`,
    // The writer and a present "be": "I'm", "we're all", "me and the kids are".
    `\\b(?:i['’]?m|we['’]?re|i\\s+am|we\\s+are|we['’]ve\\s+arrived|i['’]ve\\s+arrived|me\\s+and\\s+(?:[a-z]+\\s+){0,2}are)\\b(?:\\s+[a-z’']+){0,3}\\s+$`,
    // A verb of being somewhere, and its object: "Sitting", "Leaving the Christmas do", "Enjoying a cheeky pint".
    `^(?:(?:still|now|currently|just|finally|back)\\s+)*(?:sat|sitting|stood|standing|waiting|queuing|queueing|stuck|crawling|parked|grabbing|sipping|drinking|eating|having|enjoying|spending|watching|leaving|finishing|marking|chilling|relaxing|camping|staying|stopping|visiting|lying|lounging|holed\\s+up|checked\\s+in|checking\\s+in|arrived|landed|boarding|freezing|shivering|sheltering|huddled|perched|basking|sunbathing|warming\\s+up)\\b(?:\\s+[A-Za-z’'-]+){0,4}\\s+$`,
    // "Here with my mum", "with the girls".
    `^(?:here\\s+)?with\\s+(?:my|our|the)\\s+(?:[a-z]+\\s+)?${KIN}\\s+$`,
    // A spot inside the place, or a meal there: "kids ward", "Waiting room", "front row", "Lunch", "cheeky pint".
    `^(?:[A-Za-z’'-]+\\s+){0,3}(?:ward|bay|room|seat|seats|platform|gate|queue|row|table|window|corner|lounge|departures|arrivals|cubicle|lunch|brunch|dinner|breakfast|drinks|coffee|pint|cuppa)\\s+$`,
  ].join('|'),
  'i',
);
/** A check-in line: "Checked in: Radisson Blu, Manchester Airport", "Location - the Kings Arms". */
const CHECK_IN_LINE = /^\s*(?:[Cc]hecked\s+in|[Cc]heck-in|[Cc]hecking\s+in|[Ll]ocation|[Cc]urrent\s+location|[Cc]urrently)\s*[:\-–]\s*(?:at\s+)?(?:[Tt]he\s+)?[A-Z][A-Za-z0-9’'&-]*(?:\s+[A-Z][A-Za-z0-9’'&-]*){0,3}/;
/** "I'm here", "been here since 9": the writer is at the place the sentence names. */
const HERE = /\b(?:(?:i['’]?m|we['’]?re|i\s+am|we\s+are|been)\s+(?:still\s+)?here|still\s+here)\b/i;

/** The past, in the clause of the place. ("Been here since 9" is the present.) */
const PAST = /\b(?:was|were|went|had|did|got|spent|stayed|used\s+to|last\s+(?:week|weekend|month|year|summer|night|time|christmas|easter|term|\w+day)|yesterday|ago|remember(?:ing)?|that\s+time|throwback|tbt|in\s+(?:19|20)\d\d|back\s+in\s+(?:the\s+day|my\s+day|(?:19|20)\d\d|the\s+\d0s)|loved|lived|worked)\b/i;
/** A wish, plan, advice or question about the place, anywhere in the sentence. */
const NOT_NOW = /\b(?:should|would|could|might|if|when\s+i\s+get|one\s+day|someday|some\s+day|sometime|some\s+time|fancy|anyone\s+(?:been|know|tried|recommend)|does\s+anyone|do\s+you\s+know|recommend|any\s+good|planning|thinking\s+(?:of|about)|next\s+(?:year|month|summer|spring|autumn|winter)|can['’]?t\s+wait|every\s+(?:\w+day|week|morning|evening)|most\s+(?:\w+days|weekends|weeks|mornings|evenings|nights)|usually|always|often|ever|book(?:ed|ing)?\s+(?:a|the)\s+(?:table|room))\b/i;
/** Someone else is the one there: "My husband's stuck on the M6", "She's in the General". */
const SOMEONE_ELSE = new RegExp(
  `(?:\\b(?:he|she|they|it)(?:['’]s|['’]re|\\s+is|\\s+are|\\s+was)|\\b(?:my|our|his|her|their)\\s+(?:[a-z]+\\s+)?(?:${KIN}|aunt|auntie|aunty|uncle|cousin|niece|nephew|friend|neighbours?|colleague|boss)(?:['’]s|['’]re|\\s+is|\\s+are|\\s+was|\\s+has))\\s`,
  'i',
);
const FIRST_PERSON = /\b(?:i|i['’]m|im|we|we['’]re|me|us|our|my)\b/i;
/** The place as the subject of a statement: "Nero on Bold Street has closed", "The Swan does a great roast". */
const PLACE_SUBJECT = /^\s*(?:[A-Za-z’'&-]+\s+){0,2}?(?:is|are|has|have|does|do|was|were|closes|opens|shut|closed|reopened|sells|serves|makes)\b/i;

// ---- Absence -----------------------------------------------------------------------------------------
const DAY = '(?:mon|tues?|wednes|weds?|thurs?|fri|satur|sat|sun)(?:day)?';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SPAN = new RegExp(
  `\\b(?:till|until|til|untill|from\\s+(?:the\\s+\\d|${DAY}\\b|tomorrow|tonight|next|this|today)|(?:this|next|all)\\s+(?:week|weekend|fortnight|month)|all\\s+(?:next|this)\\s+week|over\\s+(?:the\\s+)?(?:half\\s+term|easter|christmas|xmas|summer|new\\s+year|holidays|weekend)|for\\s+(?:a|one|two|three|four|five|ten|a\\s+few|\\d{1,2})\\s+(?:days|nights|weeks?|fortnight|months?)|a\\s+fortnight|back\\s+(?:home\\s+)?on|the\\s+\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}(?:st|nd|rd|th)\\s+(?:of\\s+)?${MONTH}|${DAY}\\s+to\\s+${DAY}|(?:the\\s+)?following\\s+(?:${DAY}|week|weekend)|back\\s+in\\s+(?:a|one|two|three|four|\\d{1,2})\\s+(?:days|weeks?|fortnight)|for\\s+the\\s+(?:whole\\s+of\\s+)?(?:week|weekend|month|${MONTH})|the\\s+whole\\s+of\\s+${MONTH}|all\\s+(?:half\\s+term|summer|easter|christmas)|starting\\s+(?:tomorrow|${DAY})|(?:leave|leaving|fly|flying)\\s+(?:out\\s+)?(?:on\\s+)?${DAY}|tomorrow|tonight)\\b`,
  'i',
);
/** Said of the writer: away, home empty, nobody in, at a relative's, not back. */
const ABSENT = new RegExp(
  [
    // "we're away", "I'll be away", "Away in Tenerife till ...", "Away from home from Monday".
    `(?:\\b(?:we['’]?re|we\\s+are|i['’]?m|i\\s+am|we['’]ll\\s+be|i['’]ll\\s+be|we\\s+will\\s+be|i\\s+will\\s+be|whole\\s+\\w+|all\\s+of\\s+us|family|both\\s+of\\s+us)\\s+(?:all\\s+|both\\s+|off\\s+)?|^\\s*)away\\b(?!\\s+(?:days?|game|games|match|kit|fans|end|win|wins|leg|goal|trip\\s+to\\s+see|with\\s+the\\s+fairies|from\\s+(?:my|the|it|screens?|work|desk|social)))`,
    // "House empty", "the flat will be empty", "ours is all locked up", "the house is all yours".
    `\\b(?:(?:the|our|my)\\s+)?(?:house|home|flat|place|cottage|bungalow|ours|mine)(?:\\s+(?:is|will\\s+be|['’]ll\\s+be|stays?|sits?|gets?)|['’]s)?(?:\\s+(?:all|completely|totally|standing|sitting|sat|left|lying))?\\s+(?:empty|unoccupied|locked\\s+up|yours)\\b(?!\\s+(?:of|feeling|nest|looking)\\b)`,
    // "Out of the country for a fortnight", "holiday mode on till the 5th", "house sitter's in charge".
    `(?:\\b(?:we['’]?re|we\\s+are|i['’]?m|i\\s+am|we['’]ll\\s+be|i['’]ll\\s+be)\\s+|^\\s*)out\\s+of\\s+the\\s+country\\b|\\bholiday\\s+mode\\b|\\b(?:house|cat|dog|pet)[\\s-]?sitter\\b`,
    // "nobody home till", "no one else will be at ours".
    `\\b(?:nobody|no\\s+one|no-one|noone)(?:\\s+else)?(?:['’]s|\\s+is|\\s+will\\s+be|['’]ll\\s+be)?\\s+(?:(?:at\\s+)?home|in|at\\s+(?:ours|mine|the\\s+house|the\\s+flat))\\b(?!\\s+(?:the|a|an|my|our|this|to)\\b)`,
    // "we're at my sister's", "staying with mum in Devon", "while we're at his parents'".
    `(?:\\b(?:we['’]?re|we\\s+are|i['’]?m|i\\s+am|we['’]ll\\s+be|i['’]ll\\s+be|staying|stopping|off)\\s+|^\\s*)(?:at|with|to)\\s+(?:(?:my|our|his|her|the)\\s+)?(?:${KIN}|aunt|auntie|aunty|uncle|cousin|in-laws|inlaws|grandparents|friend)(?:['’]s|s['’]|['’]|s)?(?![a-z])`,
    // A stay somewhere: "Two weeks in Greece starting tomorrow", "our week in Cornwall starting Saturday".
    `\\b(?:(?:a|one|two|three|four|five|six|ten|\\d{1,2}|a\\s+few)\\s+(?:days|nights|weeks?)|a\\s+fortnight|(?:our|my|the)\\s+(?:week|fortnight|holiday|trip|break)|(?:our|my)\\s+(?:two|three|\\d)\\s+weeks)\\s+(?:in|on|at)\\s+(?:the\\s+)?[A-Z][A-Za-z'-]+(?=[^.!?\\n]{0,30}\\b(?:starting|starts|from|tomorrow|tonight|tmrw|${DAY}|before|this|next|soon)\\b)`,
    // Away to come: "We'll be in Scotland for the whole of August", "going to be away from home all half term", "Flying out Friday".
    `\\b(?:we['’]ll\\s+be|i['’]ll\\s+be|we\\s+will\\s+be|i\\s+will\\s+be|(?:(?:we['’]re|i['’]m)\\s+|^\\s*)going\\s+to\\s+be)\\s+(?:away|abroad|in\\s+[A-Z][A-Za-z'-]+)|\\b(?:flying|fly|jetting|heading|driving|sailing)\\s+(?:out|off|away)\\b(?!\\s+(?:of|the)\\b)|\\bwe\\s+(?:go|leave|fly|head\\s+off|set\\s+off)\\s+(?:on\\s+)?${DAY}\\b`,
    // "We fly to Orlando on Saturday", "I'm flying out to Dubai tomorrow", "we leave for Crete on the 3rd".
    `\\b(?:we|i)(?:['’]re|['’]m|\\s+are|\\s+am)?\\s+(?:fly|flying|leave|leaving|drive|driving|head|heading|jet|jetting|sail|sailing|set\\s+off|setting\\s+off)\\s+(?:off\\s+|out\\s+)?(?:to|for)\\s+(?:the\\s+)?[A-Z][A-Za-z'-]+`,
    // "not back till the 2nd", "won't be home until Sunday".
    `\\b(?:not|won['’]?t\\s+be|will\\s+not\\s+be|aren['’]?t)\\s+(?:back|home)(?:\\s+home)?\\s+(?:till|until|til|before)\\s+(?=(?:next\\s+|this\\s+|the\\s+)?(?:${DAY}\\b|week|weekend|fortnight|tomorrow|half\\s+term|easter|christmas|\\d{1,2}(?:st|nd|rd|th)|${MONTH}))`,
  ].join('|'),
  'gi',
);
/** A wish or question rather than a plan with dates ("can't wait" and "planning" still announce a date). */
const ABSENCE_NOT = /\b(?:should|would|could|might|if|one\s+day|someday|some\s+day|sometime|some\s+time|anyone\s+(?:been|know|tried|recommend)|does\s+anyone|recommend|any\s+good|thinking\s+(?:of|about)|next\s+(?:year|month|summer|spring|autumn|winter)|every\s+(?:\w+day|week|year|summer))\b/i;
const ABSENCE_PAST = /\b(?:was|were|went|had\s+been|felt|last\s+(?:week|weekend|month|year|summer|time|christmas|easter)|ago|yesterday|remember)\b/i;
const ABSENCE_SOMEONE_ELSE = new RegExp(
  `(?:\\b(?:he|she|they)(?:['’]s|['’]re|['’]ll|\\s+is|\\s+are|\\s+will)|\\b(?:my|our|his|her|their)\\s+(?:[a-z]+\\s+)?(?:${KIN}|aunt|auntie|aunty|uncle|cousin|niece|nephew|friends?|neighbours?|colleagues?|boss)(?:['’]s|['’]re|['’]ll|\\s+is|\\s+are|\\s+will))\\s+(?:[a-z]+\\s+){0,2}$`,
  'i',
);

/** Cheap gate: tokens that can start or anchor either kind of finding. */
const GATE = new Set([
  'at', 'in', 'on', 'along', 'up', 'down', 'by', 'near', 'outside', 'inside', 'past', 'away', 'empty', 'unoccupied', 'locked', 'nobody', 'no', 'no-one',
  'noone', 'not', "won't", 'wont', 'aren\'t', 'staying', 'stopping',
  // Signs of now, for places that open a clause without a preposition ("Leeds station, train delayed").
  'now', 'rn', 'tonight', 'today', 'here', 'waiting', 'sat', 'sitting', 'stuck', 'delayed', 'cancelled', 'boarding', 'grabbing', 'queuing', 'queueing',
  // Homes and absences said without a preposition ("the house is all yours", "holiday mode", "house sitter").
  'house', 'home', 'flat', 'place', 'cottage', 'bungalow', 'ours', 'mine', 'holiday', 'sitter', 'country', 'from', 'to', 'into', 'checked', 'location',
  'flying', 'fly', 'jetting', 'heading', 'driving', 'sailing', 'go', 'leave', 'weeks', 'week', 'fortnight', 'days', 'nights',
]);

/** /[,;:()–—]/ for one code unit, without a one-character string and a regex run per character. */
const isClauseMark = (c: number): boolean => c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014;
/** The comma-bounded clause of `s` around [a, b) (offsets into s). */
function clauseOf(s: string, a: number, b: number): { start: number; text: string } {
  let i = a;
  while (i > 0 && !isClauseMark(s.charCodeAt(i - 1))) i--;
  let j = b;
  while (j < s.length && !isClauseMark(s.charCodeAt(j))) j++;
  return { start: i, text: s.slice(i, j) };
}

function isPlaceName(name: string): boolean {
  const first = name.split(/\s+/)[0]!.toLowerCase().replace(/['’]s$/, '').replace(/[.'’-]+$/, '');
  if (!first || NOT_PLACE.has(first)) return false;
  // Short all-capital words are abbreviations ("in KS2", "at GCSE"), except A&E and hospital initials ("the QE").
  if (/^[A-Z]{1,3}\d?$/.test(name) && !/^(?:QE|QEH|RVI|LGI|UCH|JR|BRI|A&E|O2)$/.test(name)) return false;
  return !SCHOOL_TYPE.test(name);
}

/**
 * Where the writer is right now, and when their home is empty: hits for the personal/location rule, in
 * sentences where `taken` (the rule's other hits) has none, so each sentence keeps the finding it had.
 */
export function whereaboutsHits(doc: Doc, taken: readonly Hit[] = []): Hit[] {
  const { text } = doc;
  const hits: Hit[] = [];
  // Gate on the post's shared token index, so a post with none of the anchor words costs a few lookups.
  const index = tokenIndex(doc);
  let gated = false;
  for (const g of GATE) {
    if (index.has(g)) {
      gated = true;
      break;
    }
  }
  if (!gated) return hits;
  const all = sentences(doc);
  const short = text.length <= 280;
  const postNow = short && NOW_CUE.test(text);
  const postSpan = short && SPAN.test(text);
  const spans = postSpan ? null : spanSentences(doc, all);
  for (let k = 0; k < all.length; k++) {
    const { start, end } = all[k]!;
    if (end - start > 400 || taken.some((h) => h.start < end && h.end > start)) continue;
    const s = text.slice(start, end);
    // placeIn and NOT_NOW are pure functions of the sentence: the wish-or-plan test is asked only of a sentence with a place,
    // and the sign of now (NOW_CUE, the costliest test here) only of one with a place phrase.
    const found = placeIn(s, postNow);
    if (found && !NOT_NOW.test(s)) hits.push({ start: start + found.start, end: start + found.end, reason: REASON_HERE });
    // A sentence with none of SPAN_WORDS cannot match SPAN (spanSentences): the regex is run only where one is.
    if (postSpan || (spans![k] === 1 && SPAN.test(s))) {
      // Whether the sentence is a wish or question is the same for every absence in it: asked once, when needed.
      let wish: boolean | undefined;
      ABSENT.lastIndex = 0;
      for (let m = ABSENT.exec(s); m; m = ABSENT.exec(s)) {
        const clause = clauseOf(s, m.index, m.index + m[0].length);
        if (ABSENCE_PAST.test(clause.text) || (wish ??= ABSENCE_NOT.test(s))) continue;
        // "Three days in Year 6 cover": the capitalised word must be a place.
        const lastWord = /\b(?:in|on|at|to|for)\s+(?:the\s+)?([A-Z][A-Za-z'-]+)$/.exec(m[0])?.[1];
        if (lastWord !== undefined && !isPlaceName(lastWord)) continue;
        if (ABSENCE_SOMEONE_ELSE.test(s.slice(Math.max(clause.start, m.index - 40), m.index))) continue;
        const lead = m[0].length - m[0].trimStart().length;
        hits.push({ start: start + m.index + lead, end: start + m.index + m[0].length, reason: REASON_EMPTY });
        break;
      }
    }
  }
  return hits;
}

/**
 * Words one of which every match of SPAN holds as a whole word: its openers (till, from, over, back, following,
 * starting ...), the nouns its counted and named spans end in (week, fortnight, days ...), the days and months, the
 * holidays after "all" and "over" ("half", "summer", "easter", "christmas"), and "whole".
 */
const SPAN_WORDS: ReadonlySet<string> = new Set(
  ('till until til untill from over back following whole half summer easter christmas xmas starting leave leaving fly flying tomorrow tonight ' +
    'week weekend fortnight month months days nights weeks ' +
    'mon monday tue tues tueday tuesday wednes wednesday wed weds wedday wedsday thur thurs thurday thursday fri friday satur saturday sat satday sun sunday ' +
    'jan january feb february march april may june july aug august sep sept sepember september oct october nov november dec december').split(' '),
);
/** A token's folded form holds a SPAN_WORDS word or an ordinal ("21st") among its parts split at ' and -. */
const HOLDS_SPAN_WORD = new WordTable((norm: string): boolean => norm.split(/['-]/).some((p) => SPAN_WORDS.has(p) || /^\d{1,2}(?:st|nd|rd|th)$/.test(p)));
/** A letter, digit or mark beyond ASCII, or an invisible character: tokens and regex word boundaries may then differ. */
const NON_ASCII_WORD_CHAR = /(?![\x00-\x7f])[\p{L}\p{N}\p{M}]|[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const NON_ASCII = /[^\x00-\x7f]/;
/**
 * 1 for each sentence that may match SPAN: one that holds a token with a SPAN_WORDS word (every match of SPAN does,
 * bounded by \b, and in text with no word character beyond ASCII a \b-bounded ASCII word is a token or a part of
 * one between ' and -). With such characters in the post every sentence is 1.
 */
function spanSentences(doc: Doc, all: readonly { start: number; end: number }[]): Uint8Array {
  const out = new Uint8Array(all.length);
  // Both of NON_ASCII_WORD_CHAR's alternatives need a character beyond ASCII: an all-ASCII post (a plain class scan)
  // skips its Unicode-property scan.
  if (NON_ASCII.test(doc.text) && NON_ASCII_WORD_CHAR.test(doc.text)) return out.fill(1);
  const { tokens } = doc;
  const ids = tokenVocab(doc).ids;
  const holds = HOLDS_SPAN_WORD.of(doc);
  let k = 0;
  for (let t = 0; t < tokens.length; t++) {
    if (!holds[ids[t]!]) continue;
    const at = tokens[t]!.start;
    while (k < all.length && all[k]!.end <= at) k++;
    if (k >= all.length) break;
    if (at >= all[k]!.start) out[k] = 1;
  }
  return out;
}

let townStarts: ReadonlySet<string> | undefined;
/** Is this lower-case word the first word of a town of two words or more ("milton" of "milton keynes")? */
function isTownStart(word: string): boolean {
  ukPlaces ??= new Set(UK_PLACES.split('|'));
  townStarts ??= new Set([...ukPlaces].filter((p) => p.includes(' ')).map((p) => p.split(' ')[0]!));
  return townStarts.has(word);
}

/** A photo from before: "found the one from our honeymoon", "photos from our trip" (not where the writer is now). */
export const PHOTO_OF_THEN = /\b(?:the\s+one\s+from|(?:photos?|pics?|pictures?|albums?)\s+from\s+(?:our|my|the|that))\b/i;
/** Watched on a screen: "Front row at Strictly on the telly" is the audience on TV, not where the writer is. */
export const ON_SCREEN = /\b(?:on\s+(?:the\s+)?(?:telly|tv|box|iplayer|bbc|itv|netflix|channel\s+\d)|from\s+(?:the|my)\s+(?:sofa|settee|couch))\b/i;

/**
 * The first place in a sentence that the writer is at: a clause-opening place, or a preposition and a place. The
 * sentence is about now when `postNow` (a short post with a sign of now) or NOW_CUE holds in it; that is asked only
 * where it decides the answer (a clause-opening place, or a place phrase), and at most once.
 */
function placeIn(s: string, postNow: boolean): { start: number; end: number } | null {
  let nowKnown: boolean | undefined;
  const now = (): boolean => (nowKnown ??= postNow || NOW_CUE.test(s));
  const line = CHECK_IN_LINE.exec(s);
  if (line) return { start: line.index + (line[0].length - line[0].trimStart().length), end: line.index + line[0].length };
  // A clause that opens with a place name or venue.
  const lead = s.length - s.trimStart().length;
  const open = OPENING.exec(s.slice(lead));
  if (open && open[0].length >= 4) {
    const words = open[0].split(/\s+/);
    const named = words.some((w) => PLACE_NOUNS.has(w.toLowerCase().replace(/['’]s$/, '')));
    const after = s.slice(lead + open[0].length);
    // "Nero on Bold Street, flat white": a venue and where it is, as a check-in line, needs no other sign of now.
    const checkIn = /\s(?:on|in|by|at|near|off)\s/.test(open[0]) && VENUE_SET.has(words[0]!.toLowerCase());
    if (named && (checkIn || now()) && isPlaceName(words[0]!) && !PAST.test(clauseOf(s, lead, lead + open[0].length).text) && !PLACE_SUBJECT.test(after.replace(/^\s*(?:now|still)\s+/i, ' '))) {
      return { start: lead, end: lead + open[0].length };
    }
  }
  // No place phrase, no place: the sign of now is asked only when there is one (the loop below needs now).
  PLACE_AFTER_PREP.lastIndex = 0;
  let m = PLACE_AFTER_PREP.exec(s);
  if (m === null || !now()) return null;
  // "Front row at Strictly on the telly": a place seen on a screen is not where the writer is.
  if (ON_SCREEN.test(s) || PHOTO_OF_THEN.test(s)) return null;
  // Both are pure functions of the sentence, asked only when a place phrase gets as far as needing them.
  let firstPersonKnown: boolean | undefined;
  let hereKnown: boolean | undefined;
  const here = (): boolean => (hereKnown ??= HERE.test(s));
  for (; m; m = PLACE_AFTER_PREP.exec(s)) {
    const name = m[1];
    // "the General" is a hospital's short name; "in general" is not a place.
    if (name !== undefined && !isPlaceName(name) && !/\b[Tt]he\s+General$/.test(m[0])) continue;
    const a = m.index;
    let b = m.index + m[0].length;
    // A town in lower case ("at gatwick now", "in milton keynes till sunday"), one word or two.
    const town = m[2];
    if (town !== undefined) {
      // The group is lower case already; a second word is looked for only after the first word of a longer town.
      const two = isTownStart(town) ? /^\s+([a-z][a-z'’-]+)/.exec(s.slice(b)) : null;
      if (two && isUkPlace(`${town} ${two[1]}`)) b += two[0].length;
      else if (!ukPlaces!.has(town)) continue;
      if (TOWN_AS_THING.test(s.slice(b))) continue;
    }
    const clause = clauseOf(s, a, b);
    // "Spent the morning in A&E with my youngest, still here": "still here" brings the place into the present.
    if (PAST.test(clause.text) && !here()) continue;
    const before = s.slice(clause.start, a);
    if (SOMEONE_ELSE.test(before)) continue;
    // A road with a named place after it is where the writer is; other places need a lead that puts them there.
    const road = name === undefined && /\s(?:the\s+)?[MA]\d/.test(m[0]);
    if (!here() && !road && !LEAD_OK.test(before.trimStart())) continue;
    // The place or the activity is what the clause is about: "Nero on Bold Street has closed down", "Queuing at
    // Stansted is my least favourite thing", unless the writer says they are there.
    const gerund = /^\s*\w+ing\b/i.test(before) && !/\b(?:room|row|queue|lounge|area)\s*$/i.test(before);
    if (!here() && (!(firstPersonKnown ??= FIRST_PERSON.test(s)) || gerund) && PLACE_SUBJECT.test(s.slice(b, b + 40))) continue;
    return { start: a, end: b };
  }
  return null;
}
