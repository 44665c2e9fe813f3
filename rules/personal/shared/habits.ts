/**
 * Where the writer can be found, said in the middle of a longer post (session personal14). Three frames the other
 * readers leave alone:
 *
 * - A NUMBERED SPOT at a named place: "room 508 at the Premier Inn Edinburgh Haymarket", "We're on pitch 27 at
 *   Troutbeck Head", "Caravan 42 at Haven Craig Tara is home for the week"; and a hotel room said by the writer in a
 *   post about a hotel ("We're in room 314, bring the prosecco up"). Not the past ("we stayed in room 12 at the Grand"),
 *   a booking or plan ("booked pitch 14 at Beadnell for August"), a question, or a school's room.
 * - A WEEKLY PATTERN with a place, in the writer's own words (not a wish: "If I won the lottery I'd be in Malaga every weekend"): "Every Saturday 9am I'm at Parkrun in Heaton Park", "I
 *   swim at Ponds Forge every Tuesday and Thursday", "Dog walks every morning 6am at Roundhay Park, if you see a mad
 *   springer it's mine". Not the past ("used to", "every Saturday we went"), someone else's ("my husband plays
 *   five-a-side every Thursday at Goals"), a notice with no one in it ("Yoga every Tuesday at the Village Hall, all
 *   welcome"), a question, or school ("netball club every Thursday in the Sports Hall, Year 5 and 6").
 * - The writer THERE NOW in the present progressive or snug somewhere ("I'm hiding in the toilets at the Trafford
 *   Centre", "we're snug in the Old Swan at Minster Lovell"), set up there ("We've pitched up at Gill Head farm"), or later the
 *   same day ("I'll be at the Trades Club from 8", "I'll be at the hospice on Barnsley Road all afternoon"); not a plan
 *   or another day ("I'll be at the Trades Club next Saturday").
 * - A BEDSIDE in a hospital the post names: "Ward 7 at Wansbeck General ... I'm sat by his bed now".
 * - The house to the writer while the rest are away, with a span: "we've got the house to ourselves till the 14th",
 *   "No kids in the house till Sunday evening". Not a wish or the past ("had the house to ourselves last weekend").
 *
 * Cheap: each frame is a bounded regex over the post (names are at most four words of at most 30 characters, each
 * starting at a word boundary), and only the sentence around a match is read again.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Hit } from '../../../lib/engine/types.ts';
import { isKnownName } from '../../pupil/shared/first-names.ts';
import { isUkPlace } from './whereabouts.ts';

const REASON_HERE = 'This is a check-in: it tells everyone where you are right now. Share where you were after you have left instead.';
const REASON_ROUTINE = 'This says where you can be found at a regular time. Anyone who sees it, including parents and pupils, can find you there.';
const REASON_EMPTY = 'This says when you will be away from home, so it also says when the house is empty. Post the photos after you are back.';

/** A capitalised name of one to four words, each at most 30 characters ("Heaton Park", "the Premier Inn Edinburgh Haymarket"). */
const NAME = "\\b[A-Z][A-Za-z'’&-]{1,29}(?:\\s+(?:and\\s+|&\\s+)?[A-Z][A-Za-z'’&-]{1,29}){0,3}";

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A sentence stop at i: . ! ? or a line break, but not a full stop between two digits ("7.30", "6.30am"). By code unit. */
function stopAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 46) return !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
  return c === 33 || c === 63 || c === 10;
}
/** The sentence around a match, at most 250 characters either side (a run with no stop costs a bounded read per match). */
function sentenceAround(text: string, start: number, end: number): { s: string; a: number } {
  let a = start;
  while (a > 0 && start - a < 250 && !stopAt(text, a - 1)) a--;
  let b = end;
  while (b < text.length && b - end < 250 && !stopAt(text, b)) b++;
  return { s: text.slice(a, b), a };
}
const isQuestion = (text: string, s: { s: string; a: number }): boolean => text[s.a + s.s.length] === '?';

/** The past, a memory or a plan in the sentence. */
const PAST = /\b(?:was|were|went|been|had|did|stayed|spent|used\s+to|would\s+(?:go|be|swim|run|walk)|last\s+(?:week|weekend|month|year|summer|time|night|\w+day|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*)|yesterday|ago|remember(?:ing)?|throwback|tbt|that\s+time|back\s+then|growing\s+up|as\s+(?:kids|a\s+kid|children|a\s+child)|when\s+(?:i|we)\s+(?:was|were)|in\s+(?:19|20)\d\d)\b/i;
// Session personal15: "fancy" is a plan only when the writer fancies ("we'd fancy a week in Spain"); "if any of you fancy a
// swim" is an invitation to where the writer is.
const PLAN = /\b(?:booked|booking|book|next\s+(?:year|month|summer|week|weekend)|one\s+day|someday|hopefully|would\s+love|\b(?:i|we|i['’]d|we['’]d)\s+(?:really\s+|quite\s+)?fancy|thinking\s+of|planning|can['’]t\s+wait|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|for\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;
/** A spot for sale or to let: an advert, not where anyone is. */
const ADVERT = /\b(?:for\s+sale|to\s+(?:let|rent|hire)|available|per\s+night|enquiries|dm\s+me|message\s+me\s+if)\b|[£$€]\s?\d/i;
/** Words of a school, in the place's name or the sentence: a classroom or a club the writer runs is work, not a haunt. */
const SCHOOL_NAME = /\b(?:School|Academy|Primary|College|Infants?|Juniors?|High|Nursery|University|Hall|Field|Playground|Classroom|Staffroom|Library|Canteen|Gates?|Block|Department|Dept|Room)\b/;
const SCHOOL_TALK = /\b(?:year\s+\d{1,2}|yr\s*\d{1,2}|reception|pupils|students|my\s+class|assembly|on\s+duty|duty|lessons?|ks[1-4]|sixth\s+form|form\s+group|after\s+school|staff)\b/i;
/** Months, days and times after at/in: not a place. */
const NOT_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Summer|Winter|Spring|Autumn|Half|Term|I|We|My|Our|The|This|That|Last|Next|Year|Reception)\b/;
const KIN = /^(?:Nan|Nana|Nanna|Gran|Granny|Grandma|Grandad|Grandpa|Mum|Mam|Dad|Aunty|Auntie|Aunt|Uncle|Cousin)\b/;

/** Could `name` be a place rather than a person, a time or a school? */
function placeLike(name: string): boolean {
  if (NOT_NAME.test(name) || KIN.test(name) || SCHOOL_NAME.test(name)) return false;
  const words = name.split(/\s+/);
  // A first name alone, or a possessive ("at Sarah's"), is someone's home or someone, not a place anyone can look up.
  if (words.length === 1 && (/['’]s$/.test(name) || (isKnownName(name.toLowerCase()) && !isUkPlace(name.toLowerCase())))) return false;
  return true;
}

// ---- Numbered spots ----------------------------------------------------------------------------------------------
const SPOT = new RegExp(
  `\\b(?:[Rr]oom|[Pp]itch|[Cc]aravan|[Ll]odge|[Cc]halet|[Cc]abin|[Pp]lot|[Pp]od|[Tt]ent|[Bb]erth|[Aa]partment|[Vv]illa|[Hh]ut|[Ss]uite)\\s+(?:[Nn]o\\.?\\s*|[Nn]umber\\s+)?\\d{1,4}[A-Za-z]?\\s+(?:at|in|on)\\s+(?:the\\s+)?(${NAME})`,
  'g',
);
/** "We're in room 314", "our room is 214": a hotel room by its number, in a post that names a hotel. */
const ROOM = /\b(?:we['’]?re|i['’]?m|we\s+are|i\s+am|staying|we['’]ve\s+got|i['’]ve\s+got)\s+(?:in\s+|on\s+)?(?:room|suite)\s+(?:no\.?\s*|number\s+)?\d{1,4}[a-z]?\b|\b(?:our|my)\s+room\s+(?:is|number\s+is)\s+(?:no\.?\s*)?\d{1,4}[a-z]?\b/gi;
/** A holiday site's numbered spot, said by the writer: "We're in lodge 12", "Tent's up on pitch 9", "We've got pitches 8 and 9" (session personal15: two spots, and "got" a pitch with no "on") (no place needed: the post names the site or the spot is enough to walk to). */
const SITE_SPOT = /\b(?:we['’]?re|i['’]?m|we\s+are|i\s+am|we['’]ve\s+got|i['’]ve\s+got|(?:tent|van|caravan|camper)(?:['’]s|\s+is)\s+(?:up|set\s+up|pitched|parked)|staying)\s+(?:(?:in|on)\s+(?:lodges?|pitch(?:es)?|caravans?|chalets?|cabins?|plots?|pods?|berths?|huts?|yurts?)|(?:lodges|pitch(?:es)?|chalets?|caravans|cabins|yurts))\s+(?:no\.?\s*|numbers?\s+)?\d{1,4}[a-z]?(?:\s*(?:and|&|\+)\s*\d{1,4}[a-z]?)?\b/gi;
const HOTEL = /\b(?:hotel|inn|travelodge|hilton|marriott|radisson|novotel|ibis|jurys|malmaison|b&b|guest\s*house|resort|hostel|premier)\b/i;

// ---- Weekly patterns ---------------------------------------------------------------------------------------------
/** "every Saturday", "every morning"; the days in the plural ("Saturday mornings are ...", "on Tuesdays"). */
const EVERY = /\bevery\s+(?:single\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|evening|night|weekend|weekday|lunchtime)s?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:s|\s+(?:mornings|nights|evenings|afternoons|lunchtimes))\b/gi;
/** "at/in" a name, or "on" a street ("the allotment on Carr Lane"). */
const AT_NAME = new RegExp(`\\b(?:at|in)\\s+(?:the\\s+)?(${NAME})|\\bon\\s+(${NAME}\\s+(?:Lane|Road|Street|Avenue|Way|Drive|Close|Terrace|Crescent|Rd|St))\\b`, 'g');
/** The writer in the sentence: "I'm", "I swim", "we're", "you'll find me", "it's mine". */
const WRITER = /\b(?:i['’]?m|i\s+am|i|we['’]?re|we\s+are|we|me|mine|you['’]ll\s+(?:always\s+)?find\s+(?:me|us)|always\s+there|say\s+hi|say\s+hello|come\s+and\s+(?:join|say)|pop\s+by)\b/i;
/** Someone else's routine, or an invitation to a notice: "my husband plays", "he's at", "all welcome". */
const SOMEONE_ELSE = /\b(?:he|she|they|he['’]s|she['’]s|they['’]re|(?:my|our|his|her)\s+(?:mum|mam|dad|husband|hubby|wife|partner|son|daughter|kids|boys|girls|eldest|youngest|brother|sister|nan|grandad|friend|mate|neighbour)(?:['’]s)?)\s+(?:is|are|has|have|goes|go|plays|play|does|do|swims|runs|walks|trains|works|at|in)\b/i;
/** A wish or a condition: "If I won the lottery I'd be in a villa in Malaga every weekend". */
const WISH = /\b(?:if\s+(?:i|we|only)|i['’]d|we['’]d|i\s+would|we\s+would|wish|dream\s+of|imagine|one\s+day)\b/i;
const NOTICE = /\b(?:all\s+welcome|everyone\s+welcome|open\s+to\s+all|£\d|free\s+entry|sign\s+up|book\s+now|tickets)\b/i;

// ---- The house to the writer -------------------------------------------------------------------------------------
const TO_OURSELVES = /\b(?:got|have|having|get|getting)\s+the\s+(?:house|place|flat|home)\s+(?:all\s+)?to\s+(?:ourselves|myself|ourself)\b|\b(?:house|place|flat|home)\s+(?:is|['’]s|will\s+be)\s+all\s+(?:ours|mine)\b|\bno\s+(?:kids|children)\s+(?:in\s+the\s+house|at\s+home|home)\b/gi;
/** The span right after, read into the hit ("... till Sunday evening"), so that what follows the hit is not read as an event. */
const SPAN_AFTER = /^\s+(?:till|until|til)\s+(?:the\s+)?[\w'’]{1,20}(?:\s+(?:night|morning|evening|afternoon|lunchtime))?/i;
const SPAN = /\b(?:till|until|til|all\s+week|all\s+weekend|this\s+week|this\s+weekend|for\s+(?:the|a|two|three|\d{1,2})\s+(?:week|weeks|weekend|days|nights|fortnight)|while\s+(?:they|the\s+kids))\b/i;

// ---- Away for a stretch, or leaving on a day with the house looked after ------------------------------------------
/**
 * Getting away to somewhere for a stretch: "We've escaped to Northumberland for the weekend", "snuck away to a little
 * cottage in Staithes for the week" (a capitalised place, or a venue and its place).
 */
const ESCAPE = new RegExp(
  `\\b(?:[Ee]scaped|[Ss]nuck|[Ss]neaked|[Ss]lipped|[Ww]hisked|[Rr]un|[Dd]isappeared|[Rr]etreated|[Dd]ecamped|[Bb]olted)\\s+(?:(?:off|away|us|me)\\s+){0,2}to\\s+(?:(?:the|a|an|our|my)\\s+(?:[a-z]+\\s+){0,3}?(?:cottage|cabin|lodge|caravan|villa|hotel|spa|b&b|yurt|chalet|glamping\\s+pod|pod|treehouse|apartment|flat|barn|hut|tent|van)\\s+(?:in|near|on|at)\\s+(?:the\\s+)?)?(${NAME})`,
  'g',
);
/** Gone till a day or for a stretch: "we'll be gone till the following Saturday", "I'm gone for a fortnight". */
const GONE = /\b(?:we['’]ll|i['’]ll|we\s+will|i\s+will|we['’]re|i['’]m|we\s+are|i\s+am)\s+(?:be\s+)?gone\s+(?:till|until|til|for\s+(?:a|the|two|three|ten|\d{1,2})\s+(?:week|weeks|fortnight|days|nights|month))\b/gi;
const STRETCH = /\b(?:for\s+(?:the|a|two|three|four|five|ten|a\s+few|\d{1,2})\s+(?:weeks?|weekend|days|nights|fortnight|month)|for\s+a\s+fortnight|till|until|til|all\s+week|all\s+weekend|this\s+week|this\s+weekend|tonight|right\s+now|now)\b/i;
/** Leaving for a named place on a day: "Off to Lanzarote on Saturday", "Flying to Crete on Friday morning". */
const DEPART = new RegExp(
  `\\b(?:[Oo]ff|[Ff]lying|[Ff]ly|[Ll]eaving|[Ll]eave|[Hh]eading|[Jj]etting\\s+off|[Dd]riving|[Ss]ailing)\\s+(?:out\\s+)?(?:to|for)\\s+(?:the\\s+)?(${NAME})\\s+(?:on\\s+(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|the\\s+\\d{1,2}(?:st|nd|rd|th))|tomorrow|tonight|first\\s+thing|this\\s+(?:weekend|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day))`,
  'g',
);
/** Someone minding the empty house, or the worry of a break-in: the departure leaves the home empty. */
const MINDING = /\b(?:(?:house|cat|dog|pet)[\s-]?sitters?|sitter['’]s|feeding\s+(?:the|our)\s+(?:cats?|fish|dogs?|rabbits?|hamster|chickens)|keep(?:ing)?\s+an\s+eye\s+on\s+(?:the\s+)?(?:house|place|ours)|burgl\w*|alarm|post\s+piling|spare\s+key|(?:has|have|got)\s+(?:the|our)\s+keys?|cattery|kennels|water(?:ing)?\s+the\s+plants)\b/i;
/** Someone else leaving: "My sister flies to Crete on Friday". */
const OTHER_SUBJECT = /\b(?:he|she|they|my\s+\w+|his|her|their)(?:['’]s|\s+is|\s+are)?\s+$/i;

// ---- A bedside in a named hospital -------------------------------------------------------------------------------
/** The writer by someone's bed now: "I'm sat by his bed now", "I'm by her bedside till visiting ends". */
const BEDSIDE = /\b(?:i['’]?m|we['’]?re|i\s+am|we\s+are)\s+(?:(?:still|just|now)\s+)?(?:(?:sat|sitting|stood|standing|here|camped|perched)\s+)?(?:by|beside|next\s+to|at)\s+(?:his|her|their|mum['’]s|dad['’]s|nan['’]s|grandad['’]s)\s+(?:bed|bedside|hospital\s+bed)\b/gi;
/** A hospital named in the post: "Ward 7 at Wansbeck General", "the Royal Berkshire", "Leeds Infirmary". */
const HOSPITAL_NAMED = /\b(?:[Ww]ard\s+\d{1,2}|[A-Z][a-z]+\s+(?:General|Infirmary|Royal|Hospital|District|Memorial)|[Rr]oyal\s+[A-Z][a-z]+|[A-Z][a-z]+\s+(?:A&E|ICU|HDU))\b/;
const NOW_HERE = /\b(?:now|right\s+now|tonight|today|this\s+(?:morning|afternoon|evening)|till|until|while)\b/i;

// ---- The writer there now, or later today ------------------------------------------------------------------------
/** A named place, or a venue word and its named place: "the Trafford Centre", "the hospice on Barnsley Road". */
const PLACE_NP = `(?:(?:the|a)\\s+)?(?:[a-z]{3,15}\\s+(?:on|in|at|near)\\s+(?:the\\s+)?)?${NAME}`;
/**
 * The writer in the present progressive with a verb of being somewhere, then a named place within eight words: "I'm
 * hiding in the toilets at the Trafford Centre", "we're queuing outside the Tower of London".
 */
const BEING_ING = 'snug|cosy|cozy|settled|comfy|ensconced|installed|tucked\\s+up|holed\\s+up|curled\\s+up|camped|hiding|sitting|standing|queuing|queueing|waiting|lying|lounging|sunbathing|paddling|sheltering|camping|staying|stopping|wandering|strolling|browsing|shopping|chilling|relaxing|drinking|sipping|eating|freezing|melting|shivering|huddling|people-watching|soaking|hanging\\s+out|propping\\s+up';
const PROGRESSIVE = new RegExp(
  `\\b(?:[Ii]['’]?m|[Ww]e['’]?re|I\\s+am|[Ww]e\\s+are)\\s+(?:(?:currently|just|still|now|literally|actually)\\s+)?(?:${BEING_ING})\\b(?:\\s+[\\w'’-]+){0,6}?\\s+(?:at|in|outside|inside)\\s+(?:the\\s+)?(${NAME})`,
  'g',
);
/** Arrived and set up somewhere: "We've pitched up at Gill Head farm", "I've parked up at Tebay", "we've rocked up at ...". */
const SET_UP = new RegExp(`\\b(?:[Ww]e['’]ve|I['’]ve|[Ww]e\\s+have|I\\s+have)\\s+(?:(?:just|finally|now)\\s+)?(?:pitched\\s+up|parked\\s+up|set\\s+up\\s+camp|rocked\\s+up|pulled\\s+up|settled\\s+in|holed\\s+up|checked\\s+in|checked\\s+into)\\s+(?:at|in|into|on)\\s+(?:the\\s+|a\\s+)?(${NAME})`, 'g');
/** Where the writer will be later the same day: "I'll be at the Trades Club from 8", "... all afternoon". */
const WILL_BE = new RegExp(`\\b(?:[Ii]['’]ll|[Ww]e['’]ll|I\\s+will|[Ww]e\\s+will)\\s+be\\s+(?:at|in)\\s+(${PLACE_NP})`, 'g');
const TODAY_LATER = /\b(?:tonight|later|today|this\s+(?:morning|afternoon|evening)|all\s+(?:day|afternoon|morning|evening)|from\s+\d|till\s+\d|until\s+\d|in\s+(?:an|half\s+an|\d)\s+hours?)\b/i;
/** A plan, a habit or another day in the sentence. */
const NOT_TODAY = /\b(?:tomorrow|next\s+\w+|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)days|this\s+(?:weekend|coming)|usually|always|often|normally|every|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;

/** Hits of the frames, outside what `taken` (the rule's other hits) covers. */
export function habitHits(doc: Doc, taken: readonly Hit[] = []): Hit[] {
  const { text } = doc;
  const hits: Hit[] = [];
  // Nothing in a sentence the rule's other hits already mark: one finding per sentence is enough.
  const free = (a: number, b: number): boolean => !taken.some((h) => h.start < b && h.end > a) && !hits.some((h) => h.start < b && h.end > a);
  const push = (sen: { s: string; a: number }, start: number, end: number, reason: string): void => {
    if (free(sen.a, sen.a + sen.s.length)) hits.push({ start, end, reason });
  };

  if (/\d/.test(text)) {
    SPOT.lastIndex = 0;
    for (let m = SPOT.exec(text); m; m = SPOT.exec(text)) {
      const end = m.index + m[0].length;
      const sen = sentenceAround(text, m.index, end);
      if (!placeLike(m[1]!) || PAST.test(sen.s) || PLAN.test(sen.s) || ADVERT.test(sen.s) || isQuestion(text, sen) || SCHOOL_TALK.test(sen.s)) continue;
      push(sen, m.index, end, REASON_HERE);
    }
    SITE_SPOT.lastIndex = 0;
    for (let m = SITE_SPOT.exec(text); m; m = SITE_SPOT.exec(text)) {
      const end = m.index + m[0].length;
      const sen = sentenceAround(text, m.index, end);
      if (PAST.test(sen.s) || PLAN.test(sen.s) || ADVERT.test(sen.s) || isQuestion(text, sen) || SCHOOL_TALK.test(sen.s)) continue;
      push(sen, m.index, end, REASON_HERE);
    }
    ROOM.lastIndex = 0;
    for (let m = ROOM.exec(text); m; m = ROOM.exec(text)) {
      const end = m.index + m[0].length;
      const sen = sentenceAround(text, m.index, end);
      if (!HOTEL.test(text) || PAST.test(sen.s) || PLAN.test(sen.s) || isQuestion(text, sen) || SCHOOL_TALK.test(sen.s)) continue;
      push(sen, m.index, end, REASON_HERE);
    }
  }

  EVERY.lastIndex = 0;
  for (let m = EVERY.exec(text); m; m = EVERY.exec(text)) {
    const sen = sentenceAround(text, m.index, m.index + m[0].length);
    if (PAST.test(sen.s) || isQuestion(text, sen) || SCHOOL_TALK.test(sen.s) || WISH.test(sen.s) || NOTICE.test(sen.s) || SOMEONE_ELSE.test(sen.s) || !WRITER.test(sen.s)) continue;
    AT_NAME.lastIndex = 0;
    for (let p = AT_NAME.exec(sen.s); p; p = AT_NAME.exec(sen.s)) {
      if (!placeLike(p[1] ?? p[2]!)) continue;
      const a = sen.a + p.index;
      const b = a + p[0].length;
      const every = m.index;
      push(sen, Math.min(a, every), Math.max(b, every + m[0].length), REASON_ROUTINE);
      break;
    }
  }

  ESCAPE.lastIndex = 0;
  for (let m = ESCAPE.exec(text); m; m = ESCAPE.exec(text)) {
    const end = m.index + m[0].length;
    const sen = sentenceAround(text, m.index, end);
    if (!placeLike(m[1]!) || !STRETCH.test(sen.s) || PAST.test(sen.s) || PLAN.test(sen.s) || WISH.test(sen.s) || /\b(?:love|like|want|wants|need|needs)\s+to\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "We've escaped to ..." is where the writer is now; a bare "We escaped to ..." is a story, unless now is said.
    const lead = text.slice(Math.max(0, m.index - 30), m.index);
    if (!/(?:\b(?:have|has)|['’]ve)\s+(?:(?:just|finally|quietly)\s+)?$/i.test(lead) && !/\b(?:now|right\s+now|tonight|this\s+(?:week|weekend))\b/i.test(sen.s)) continue;
    if (OTHER_SUBJECT.test(lead.replace(/\s+(?:have|has|had|just)\s+$/i, ' '))) continue;
    push(sen, m.index, end, REASON_HERE);
  }

  DEPART.lastIndex = 0;
  for (let m = DEPART.exec(text); m; m = DEPART.exec(text)) {
    const end = m.index + m[0].length;
    const sen = sentenceAround(text, m.index, end);
    // The minding may be said anywhere in a short post, or in the departure's own sentence or the next.
    const after = text.slice(sen.a, Math.min(text.length, sen.a + sen.s.length + 200));
    if (!placeLike(m[1]!) || !MINDING.test(text.length <= 400 ? text : after) || PAST.test(sen.s) || isQuestion(text, sen)) continue;
    if (OTHER_SUBJECT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    push(sen, m.index, end - (/\s+(?:morning|afternoon|evening|night)$/.exec(m[0])?.[0].length ?? 0), REASON_EMPTY);
  }

  BEDSIDE.lastIndex = 0;
  for (let m = BEDSIDE.exec(text); m; m = BEDSIDE.exec(text)) {
    const end = m.index + m[0].length;
    const sen = sentenceAround(text, m.index, end);
    // The hospital named in this sentence or the two before it.
    const around = text.slice(Math.max(0, sen.a - 300), sen.a + sen.s.length);
    if (!NOW_HERE.test(sen.s) || PAST.test(sen.s) || !HOSPITAL_NAMED.test(around) || /\b(?:home|discharged)\b/i.test(sen.s)) continue;
    push(sen, m.index, end, REASON_HERE);
  }

  GONE.lastIndex = 0;
  for (let m = GONE.exec(text); m; m = GONE.exec(text)) {
    const end = m.index + m[0].length;
    const sen = sentenceAround(text, m.index, end);
    if (PAST.test(sen.s) || WISH.test(sen.s) || isQuestion(text, sen)) continue;
    push(sen, m.index, end, REASON_EMPTY);
  }

  PROGRESSIVE.lastIndex = 0;
  for (let m = PROGRESSIVE.exec(text); m; m = PROGRESSIVE.exec(text)) {
    const end = m.index + m[0].length;
    const sen = sentenceAround(text, m.index, end);
    if (!placeLike(m[1]!) || PAST.test(sen.s) || PLAN.test(sen.s) || NOT_TODAY.test(sen.s) || WISH.test(sen.s) || isQuestion(text, sen) || SCHOOL_TALK.test(sen.s)) continue;
    push(sen, m.index, end, REASON_HERE);
  }

  SET_UP.lastIndex = 0;
  for (let m = SET_UP.exec(text); m; m = SET_UP.exec(text)) {
    const end = m.index + m[0].length;
    const sen = sentenceAround(text, m.index, end);
    if (!placeLike(m[1]!) || PAST.test(sen.s) || WISH.test(sen.s) || isQuestion(text, sen)) continue;
    push(sen, m.index, end, REASON_HERE);
  }

  WILL_BE.lastIndex = 0;
  for (let m = WILL_BE.exec(text); m; m = WILL_BE.exec(text)) {
    const end = m.index + m[0].length;
    const sen = sentenceAround(text, m.index, end);
    const name = /[A-Z][\s\S]*$/.exec(m[1]!)?.[0] ?? m[1]!;
    if (!placeLike(name) || !TODAY_LATER.test(sen.s) || PAST.test(sen.s) || NOT_TODAY.test(sen.s) || isQuestion(text, sen) || SCHOOL_TALK.test(sen.s)) continue;
    push(sen, m.index, end, REASON_HERE);
  }

  TO_OURSELVES.lastIndex = 0;
  for (let m = TO_OURSELVES.exec(text); m; m = TO_OURSELVES.exec(text)) {
    const end = m.index + m[0].length;
    const sen = sentenceAround(text, m.index, end);
    if (PAST.test(sen.s) || !SPAN.test(sen.s) || /\b(?:wish|would|could|if\s+only|imagine|dream)\b/i.test(sen.s)) continue;
    push(sen, m.index, end + (SPAN_AFTER.exec(text.slice(end, end + 40))?.[0].length ?? 0), REASON_EMPTY);
  }
  return hits;
}
