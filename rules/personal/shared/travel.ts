/**
 * More ways of saying where the writer is right now, or that the home stands empty, than shared/whereabouts.ts
 * reads (issue 11, session places6): each is a FRAME that makes the writer the one who is there, plus a PLACE, with
 * the same guards (not the past, not a wish or plan, not someone else's whereabouts).
 *
 * - A greeting from a place, in any of the words people greet with ("hiya from", "hey from", "bore da from",
 *   "love from a soggy Whitby").
 * - A place in lower case or from abroad after a strong frame ("just landed in faro", "hey from zakynthos", "at
 *   bestival till sunday"): a lower-case word that is no ordinary English word (the SUBTLEX Bloom filter the name
 *   rules use) and no day, month or chat abbreviation reads as a proper name.
 * - Being somewhere till a day: "in Ibiza till the 14th", "at Glastonbury until Monday".
 * - A vehicle near a place: "on the train just outside Doncaster", "on a coach somewhere near Stoke".
 * - An activity, then a venue, then where it is: "Sipping a coffee at a little café in Ambleside", "In the queue at
 *   my dentist in Didsbury", "Eating chips on the wall at the harbour in Padstow".
 * - A stay under way: "Three days into our fortnight in Corfu", "First night of our week in the Peak District",
 *   "Loving Krakow so far, the old square is stunning".
 * - A chain or a road opening the post with where it is: "Costa at Tebay services", "M6 at Knutsford services".
 * - A spot inside a place, then the place: "In the day unit at Frimley Park".
 * - A caption that opens with an outing: "Beach day in Saundersfoot", "Day out at Alton Towers with the kids!",
 *   "Today's office: Pret on the Strand"; a stay somewhere for a stretch: "Spending the week at my mum's in Skegness".
 * - An arrival to come or a return on a day: "We land in Orlando at 3pm", "Back from holiday on Sunday".
 * - A trip about to start, with a span, in a short post: "Flight to Malaga tomorrow!!", "Bags packed, see you in a
 *   fortnight".
 * - Two people away: "Mum and I are both away till the 9th", "Me and the boys are away all weekend".
 * A question about the place ("Dinner at the Ivy?") is not a check-in.
 *
 * Linear: sentences are found in one pass; each frame's regexes run only in sentences that hold one of the frame's
 * words (from the shared token index), and each regex is bounded.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Hit } from '../../../lib/engine/types.ts';
import { isEnglishWord, isKnownName } from '../../pupil/shared/first-names.ts';
import { isUkPlace, KIN_HOME, SCHOOL_TYPE } from './whereabouts.ts';
import { frameHits, sentences, type Sentence } from './sentences.ts';
import { tokenVocab, WordTable } from '../../tone/shared/vocab.ts';

const REASON_HERE = 'This is a check-in: it tells everyone where you are right now. Share where you were after you have left instead.';
const REASON_EMPTY = 'This says when you will be away from home, so it also says when the house is empty. Post the photos after you are back.';

const DAY = '(?:mon|tues?|wednes|weds?|thurs?|fri|satur|sat|sun)(?:day)?';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** When a stay ends: a day, a date, "tomorrow", "next week", "the weekend". */
const UNTIL = `(?:till|until|til|untill|'?til)\\s+(?:(?:next|this|the)\\s+)?(?:${DAY}\\b|tomorrow|tmrw|weekend|week|\\d{1,2}(?:st|nd|rd|th)\\b|${MONTH}\\b|end\\s+of)`;
/** A span of absence, for two people away. */
const SPAN = new RegExp(`\\b(?:${UNTIL}|(?:all|this|next)\\s+(?:week|weekend|fortnight)|all\\s+(?:half\\s+term|summer|easter|christmas|the\\s+holidays)|for\\s+(?:a|the|two|three|ten|a\\s+few|\\d{1,2})\\s+(?:days|nights|weeks?|fortnight)|over\\s+(?:the\\s+)?(?:half\\s+term|easter|christmas|summer|weekend)|from\\s+(?:tomorrow|tonight|${DAY}\\b|the\\s+\\d))`, 'i');

/** The past in the sentence. */
const PAST = /\b(?:was|were|went|had|did|spent|stayed|used\s+to|last\s+(?:week|weekend|month|year|summer|night|time|christmas|easter|term|\w+day)|yesterday|ago|remember(?:ing)?|that\s+time|throwback|tbt|in\s+(?:19|20)\d\d|loved|lived|worked|as\s+a\s+(?:kid|child))\b/i;
/** A wish, plan, question or habit rather than where the writer is. */
const NOT_NOW = /\b(?:should|would|could|might|if|one\s+day|someday|some\s+day|sometime|fancy|anyone\s+(?:been|know|tried|recommend)|does\s+anyone|do\s+you\s+know|recommend|any\s+good|planning|thinking\s+(?:of|about)|next\s+(?:year|month|summer|spring|autumn|winter|\w+day|week)|can['’]?t\s+wait|every\s+(?:\w+day|week|morning|evening|day|night)|usually|always|often|ever|booked|booking|book\s+(?:a|the)\s+(?:table|room))\b/i;
/** Someone else is the one there: "My brother just landed in ...", "They're in ...". */
const SOMEONE_ELSE = /\b(?:he|she|they|it)(?:['’]s|['’]re|\s+is|\s+are|\s+has|\s+just)\b|\b(?:my|our|his|her|their)\s+(?:[a-z]+\s+)?(?:dad|mum|mam|mom|nan|nana|gran|granny|grandad|grandma|grandpa|husband|hubby|wife|partner|son|daughter|kids|sister|brother|parents|in-laws|friends?|mates?|neighbours?|colleagues?|boss|aunt|auntie|uncle|cousin|niece|nephew|bestie|other\s+half)(?:['’]s)?\b/i;

/** Chat words and abbreviations that are no English word in the filter but no place either. */
const NOT_PROPER = new Set(
  ('haha hahaha hahah lmao lmfao omfg ffs hols inset yay yayy woohoo xoxo mwah soz obvs defo totes brb idk imo irl tmrw tmw smth ' +
    'aww awww nooo yess yesss ahh argh urgh meh hmm hmmm lols gonna wanna gotta dunno kinda sorta ' +
    DAY.replace(/[()?:]/g, '') + ' monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december').split(/[\s|]+/),
);
/** A lower-case word that reads as a proper name: a town of England or Wales, or no ordinary English word. */
function properWord(w: string): boolean {
  const lower = w.toLowerCase().replace(/['’]s$/, '');
  if (isUkPlace(lower)) return true;
  return lower.length >= 4 && /^[a-z]+$/.test(lower) && /[aeiouy]/.test(lower) && !NOT_PROPER.has(lower) && !isEnglishWord(lower);
}

/** Capitalised first words that are not places. */
const NOT_PLACE = new Set(
  ('i my our your his her their this that it a an the we you he she they year yr reception nursery class key ks school work home bed church ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'christmas xmas easter half term summer winter spring autumn maths english science mr mrs miss ms dr sir god jesus lord facebook twitter instagram ' +
    'tiktok youtube netflix zoom teams whatsapp google amazon love time me us all everyone everybody').split(' ').concat(KIN_HOME),
);
/** Number words that may open a place's name ("Three Cliffs Bay", "Seven Sisters") when more capitalised words follow. */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|hundred)$/;
/** A capitalised name (up to four words) that could be a place. */
function placeName(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0]!.toLowerCase().replace(/['’]s$/, '');
  if (!first || SCHOOL_TYPE.test(name)) return false;
  if (NOT_PLACE.has(first)) return false;
  if (NUMBER_WORD.test(first)) return words.length >= 2;
  return !(/^[A-Z]{1,3}$/.test(name));
}

const CAP = "[A-Z][A-Za-z’'&-]*";
const PLACE_CAP = `((?:${CAP})(?:\\s+(?:${CAP}|upon|on|of|in|under|by|the|le|la|de)){0,3})`;
const PLACE = `(${PLACE_CAP.slice(1, -1)}|[a-z][a-z’'-]{3,})`;
const ADJ = '(?:sunny|rainy|beautiful|lovely|gorgeous|windy|snowy|wet|grey|gray|freezing|soggy|misty|foggy|drizzly|chilly|cold|hot|baking|boiling|scorching|sweltering|stunning|glorious|bright|breezy|blustery|wild|stormy|chilly|damp|dreich|sun-?kissed|sun-?drenched|snowy|frosty|icy|balmy|steamy|humid)';
const DEGREE = '(?:very|really|so|extremely|rather|pretty|super|properly|bit\\s+of\\s+a|slightly)';

// "Hiya from a very grey Llandudno", "hey from zakynthos", "Bore da from Tenby", "Love from a soggy Whitby".
const GREETING = new RegExp(
  `(?:^|[,;:.!?]\\s*)((?:good\\s+)?(?:morning|evening|afternoon|hello|hi|hiya|hey|heya|howdy|greetings|waving|love|bore\\s+da|shwmae|s['’]mae|helo|noswaith\\s+dda|hola|bonjour|ciao|aloha|cheers)(?:\\s+(?:all|everyone|folks|friends|again|y['’]all))?[,!]?\\s+from\\s+)(?:(?:a|an|the)\\s+)?((?:${DEGREE}\\s+)?(?:${ADJ}\\s+)+)?(?:the\\s+)?${PLACE}`,
  'gid',
);
// "just landed in faro", "arrived in kefalonia", "Made it to magaluf": a lower-case name after getting there.
const ARRIVED = new RegExp(`\\b(?:landed|arrived|touched\\s+down|made\\s+it|got\\s+here|pulled\\s+into|rolled\\s+into)\\s+(?:safely\\s+|finally\\s+)?(?:in|at|to|into)\\s+(?:sunny\\s+)?(?:the\\s+)?([a-z][a-z’'-]{3,})\\b`, 'gi');
// "in ibiza till the 14th", "we're at bestival till sunday", "Here in Tenby until Monday".
const TILL = new RegExp(`(?:^|[,;:.!?]\\s*|\\b(?:i['’]?m|we['’]?re|i\\s+am|we\\s+are|here|still|currently|staying|stopping|camping)\\s+)(?:at|in|on)\\s+(?:the\\s+)?${PLACE}\\s+${UNTIL}`, 'gid');
// "on the train just outside Doncaster", "On a coach somewhere near Stoke", "on the minibus to the Lake District".
const VEHICLE_NEAR = new RegExp(
  `(?:^|[,;:.!?]\\s*|\\b(?:i['’]?m|we['’]?re|i\\s+am|we\\s+are|currently|now|still|sat|sitting|stuck|just|finally)\\s+)[Oo]n\\s+(?:a|the|my|our)\\s+(?:[\\w:.]+\\s+){0,2}?(?:train|coach|bus|minibus|ferry|flight|plane|boat|tram|sleeper|eurostar)\\s+(?:(?:somewhere|just|currently|now|still|finally|already)\\s+)*(?:near|past|outside|through|approaching|leaving|pulling\\s+into|into|around|by|to|towards|between)\\s+(?:the\\s+)?${PLACE}`,
  'gd',
);
/** Either case for the first letter of each word of an alternation ("sat|in the queue" -> "[Ss]at|[Ii]n the queue"). */
function firstLetterEitherCase(alt: string): string {
  return alt.replace(/(^|[|(:]|\\s\+)([a-z])/g, (_m, lead: string, c: string) => `${lead}[${c.toUpperCase()}${c}]`);
}
/** Doing something now, at the start of the sentence. */
const ACT_ING =
  '(?:sat|sitting|stood|standing|waiting|queuing|queueing|having|eating|sipping|drinking|enjoying|exploring|wandering|lounging|chilling|relaxing|sunbathing|paddling|reading|marking|watching|camping|staying|sheltering|freezing|shivering|huddled|perched|basking|melting|people[\\s-]watching|lunch|dinner|brunch|breakfast|drinks|coffee|cocktails|pints?|cuppa|ice\\s+cream|in\\s+the\\s+(?:[\\w-]+\\s+){0,2}(?:queue|room|row|unit|lounge|ward|bay|area|suite|department))';
const VENUE_NOUN =
  '(?:hotel|hostel|b&b|guest\\s*house|café|cafe|coffee\\s+shop|bar|pub|restaurant|bistro|taverna|campsite|cottage|villa|beach|apartment|airbnb|lodge|cabin|caravan|chalet|gp|doctors|doctor[\'’]s|surgery|dentist|dentists|vets?|hospital|clinic|centre|center|station|airport|harbour|harbor|wall|prom|promenade|pier|market|rooftop|terrace|spa|ward|practice|lake|castle|bay|square|balcony|ferry|train|flight|bus\\s+stop|bus\\s+station|bus|coach|gate|platform)';
// "Sipping a coffee at a lovely little café in Ambleside", "In the queue at my dentist in Didsbury".
const VENUE_IN = new RegExp(
  `^\\s*(?:(?:[Ss]till|[Nn]ow|[Jj]ust|[Cc]urrently|[Ff]inally)\\s+)*${firstLetterEitherCase(ACT_ING)}\\b[^.!?\\n]{0,60}?\\b(?:at|in|on|by|for|from)\\s+(?:a|an|the|my|our|this)\\s+(?:[\\w’'&.:-]+\\s+){0,3}?${VENUE_NOUN}\\s+(?:in|at|on|near|by|overlooking)\\s+(?:the\\s+)?${PLACE_CAP}`,
  'd',
);
// "In the day unit at Frimley Park", "on the children's ward at the Royal": a spot inside a place, then the place.
const SPOT_AT = new RegExp(`^\\s*(?:[Ii]n|[Oo]n)\\s+the\\s+(?:[\\w’'-]+\\s+){0,2}(?:unit|room|ward|bay|lounge|suite|department|queue|row|clinic)\\s+(?:at|in|of)\\s+(?:the\\s+)?${PLACE_CAP}`, 'd');
// "Three days into our fortnight in Corfu", "First night of our week in the Peak District".
const STAY = new RegExp(
  `\\b(?:(?:[\\w-]+\\s+)?(?:days?|nights?|weeks?)\\s+into|(?:first|second|third|last|final)\\s+(?:full\\s+)?(?:night|day|morning|evening)\\s+(?:of|on))\\s+(?:our|my|the)\\s+(?:[\\w’'-]+\\s+){0,2}?(?:week|fortnight|holiday|hols|trip|break|stay|weekend|getaway|staycation|honeymoon|tour|adventure)\\s+(?:in|at|on|to)\\s+(?:the\\s+)?${PLACE}`,
  'gid',
);
// "Loving Krakow so far, the old square is stunning": enjoying a place, with a sign of a visit in the post.
const LOVING = new RegExp(`^\\s*(?:(?:really|absolutely|just)\\s+)?(?:loving|enjoying|exploring)\\s+${PLACE}\\s+(?:so\\s+far|already|this\\s+(?:week|morning|afternoon|evening)|today|right\\s+now|at\\s+the\\s+moment)\\b`, 'id');
const VISIT_SCENE = /\b(?:old\s+town|square|harbour|beach|pool|hotel|villa|views?|sunset|degrees|cathedral|streets|mountains|sea|holiday|hols|trip|flight)\b/i;
// "Costa at Tebay services", "Nero at Birmingham New Street before my train", "Greggs at Leeds station,".
const CHAIN =
  "(?:costa|caff[eè]\\s+nero|nero|starbucks|greggs|pret|mcdonald['’]?s|maccies|wetherspoons|spoons|wagamama|nando['’]?s|burger\\s+king|kfc|subway|leon|itsu|whsmith|boots|upper\\s+crust|giraffe|frankie\\s+&\\s+benny['’]?s|harvester|toby\\s+carvery)";
const CHAIN_AT = new RegExp(
  `^\\s*(?:(?:[Cc]heeky|[Qq]uick|[Ee]mergency|[Pp]re-?flight|[Pp]ost-?run|[Mm]orning|[Ll]ate-?night)\\s+)?(?:${firstLetterEitherCase(CHAIN)}|[MA]\\d{1,4}(?:\\s+(?:north|south|east|west)bound)?)\\s+(?:at|in|on|near|by)\\s+(?:the\\s+)?((?:${CAP}\\s+){0,3}(?:${CAP}|services|station|airport|hospital|[Tt]erminal\\s+\\d|T\\d)(?:\\s+(?:services|station|airport|hospital))?)(?=\\s*(?:,|$|[-–—(]|\\s+(?:before|after|with|waiting|for\\s+(?:a|my|the|breakfast|lunch)|now|again|rn)\\b))`,
  '',
);
// "We land in Orlando at 3pm", "I arrive in Lisbon tonight": the writer's arrival to come, so already away.
const LAND = new RegExp(`\\b(?:[Ww]e|I)\\s+(?:land|arrive|touch\\s+down|dock)\\s+(?:in|at)\\s+(?:the\\s+)?${PLACE_CAP}`, 'd');
// "Back from holiday on Sunday": away until then.
const BACK_FROM = /\b(?<!(?:got|came|arrived|was|were|just|finally|we['’]re|i['’]m)\s)back\s+from\s+(?:(?:my|our|the)\s+)?(?:holiday|hols|trip|travels|honeymoon|cruise|break|jollies|adventures?)\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\d{1,2}(?:st|nd|rd|th)?|tomorrow|next\s+week)\b/i;
// "Mum and I are both away till the 9th", "Me and the boys are away all weekend".
const PAIR_GATE = /and\s|of\s+us/i;
const PAIR_AWAY = /\b(?:[a-z’'-]+\s+and\s+(?:i|me)|me\s+and\s+(?:the\s+|my\s+)?[a-z’'-]+|the\s+(?:two|three|four|five)\s+of\s+us|all\s+(?:three|four|five|six)\s+of\s+us)\s+(?:are|['’]re|will\s+be|['’]ll\s+be)\s+(?:both\s+|all\s+)?(?:away|abroad|out\s+of\s+the\s+country)\b/i;
// A caption that opens with an outing and where it is: "Beach day in Saundersfoot", "Day out at Alton Towers with the
// kids!", "Sunset at Durdle Door tonight", "Glamping in the Lakes this weekend", "Train to London now".
const OUTING =
  "(?:day(?:\\s+out|\\s+trip)?|beach\\s+day|sunset|sunrise|picnic|glamping|camping|lunch|dinner|brunch|breakfast|drinks|pints?|coffee|cocktails|ice\\s+creams?|chips|fish\\s+and\\s+chips|afternoon\\s+tea|cream\\s+tea|date\\s+night|staycation|getaway|mini\\s+break|city\\s+break|road\\s+trip|adventures?|views?|vibes|selfie|paddleboarding|surfing|skiing|sledging|train|flight|ferry|coach|sleeper|drive)";
const CAPTION = new RegExp(
  `^\\s*(?:(?:a|an|the|our|my|cheeky|lovely|perfect|gorgeous|quick|long|lazy|family|girls['’]?|boys['’]?|first|last|early|late|night|overnight|morning|evening|sunday|saturday|bank\\s+holiday)\\s+){0,2}${OUTING}\\s+(?:at|in|on|by|to|from)\\s+(?:the\\s+)?${PLACE_CAP}`,
  'id',
);
/** A sign the caption is about now, for an outing that is a journey ("Train to London now"). */
const CAPTION_NOW = /\b(?:now|rn|tonight|today|this\s+(?:morning|afternoon|evening|weekend)|with\s+(?:the|my|our)\b|back\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/** A day still to come: the caption is a plan or an announcement ("Wedding at St Mary's on Saturday"). */
const FUTURE = /\b(?:tomorrow|tmrw|(?:on|this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+\w+|on\s+the\s+\d|in\s+(?:a|two|three|\d+)\s+(?:days|weeks|months))\b/i;
// "Today's office: Pret on the Strand", "My view: Whitby harbour".
const TODAYS = new RegExp(`^\\s*(?:[Tt]oday['’]s|[Tt]his\\s+(?:morning|afternoon|evening)['’]s|[Mm]y|[Tt]he)\\s+(?:office|view|spot|desk|location|workspace|commute)\\s*(?:for\\s+(?:today|the\\s+day)\\s*)?[:\\-–—]\\s*(?:the\\s+)?(?:${firstLetterEitherCase(CHAIN)}\\b[^.!?\\n]{0,40}|${PLACE_CAP})`, 'd');
// "Spending the week at my mum's in Skegness", "Staying the weekend with my sister in Leeds".
const STAY_WITH = new RegExp(
  `\\b(?:spending|staying|stopping)\\s+(?:(?:the|a|this|next|all)\\s+)?(?:week|weekend|night|nights|fortnight|few\\s+days|half\\s+term|summer|holidays|easter|christmas)\\s+(?:at|with|in|on)\\s+(?:(?:my|our)\\s+(?:[a-z-]+\\s+)?(?:mum|mam|dad|parents|nan|nana|gran|granny|grandparents|sister|brother|in-laws|inlaws|auntie|aunt|uncle|cousin|friend|mate)(?:['’]s|s['’]|['’])?(?:\\s+(?:in|at|near)\\s+${PLACE_CAP})?|(?:the\\s+)?${PLACE_CAP})`,
  'id',
);

// A trip about to start, with a span: "Flight to Malaga tomorrow!!", "Bags packed, taxi at 4am, see you in a
// fortnight", "Two weeks of sun starting Saturday 🌞", "Kos here we come, see you all in two weeks".
const TRIP = /\b(?:flight|flights|flying|fly|(?:holiday|hols)(?!\s+(?:club|clubs|camp|camps|homework|activities|scheme|pay|entitlement|allowance|lets?|park|money|season|reading|fun|provision|hunger|food|workshops?))|bags?\s+(?:are\s+)?packed|suitcases?\s+(?:are\s+)?packed|taxi\s+(?:at|booked\s+for)\s+\d|airport|here\s+we\s+come|sun\s*loungers?|off\s+grid|cruise|passports?|jetting|getaway|two\s+weeks\s+of\s+sun|week\s+of\s+sun)\b|[\u2708\u{1F6EB}\u{1F9F3}\u{1F3DD}\u{1F3D6}\u{1F334}]/iu;
const SOON = new RegExp(`\\b(?:tomorrow|tmrw|tonight|starting\\s+(?:tomorrow|${DAY}\\b)|from\\s+(?:tomorrow|${DAY}\\b)|(?:see\\s+(?:you|ya)\\s+(?:all\\s+)?)?in\\s+(?:a|one|two|three|\\d{1,2})\\s+(?:weeks?|fortnight|days)|see\\s+(?:you|ya)\\s+(?:all\\s+)?(?:on|after)\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)\\b|see\\s+(?:you|ya)\\s+(?:all\\s+)?(?:in|after)\\s+(?:the\\s+)?(?:new\\s+year|january|february|march|april|may|june|july|august|september|october|november|december)\\b|${UNTIL}|for\\s+(?:a|one|two|three|ten|\\d{1,2})\\s+(?:weeks?|days|nights|fortnight)|a\\s+fortnight)`, 'i');
const TRIP_WISH = /\b(?:should|would|could|might|if|one\s+day|someday|anyone|recommend|next\s+(?:year|summer|month|spring|autumn|winter)|prices?|deals?|cheap|dreaming|wish)\b/i;
const TRIP_SOMEONE = /\b(?:he|she|they|his|her|their|safe\s+(?:travels|flight|journey|trip)|have\s+(?:a|an|the)\s+\w+\s+(?:time|trip|holiday)|enjoy)\b|\b[A-Z][a-z]+(?:['’]s|\s+is|\s+are)\s+(?:\w+\s+)?(?:flying|jetting|off|heading|going|away)\b|\bmy\s+(?:[a-z]+\s+)?(?:dad|mum|mam|nan|gran|grandad|grandma|husband|hubby|wife|partner|son|daughter|sister|brother|parents|in-laws|friends?|neighbours?|colleagues?|boss)\b/i;

/** The place as the subject of a statement: "Greggs at Leeds station does a decent roll". */
const PLACE_SUBJECT = /^\s*(?:[A-Za-z’'&-]+\s+){0,2}?(?:is|are|has|have|does|do|was|were|closes|opens|shut|closed|reopened|sells|serves|makes)\b/i;

/** Which frames a post can hold, from its tokens: each frame's regexes run only when one of its words is there. */
interface Frames {
  greeting: boolean;
  arrived: boolean;
  vehicle: boolean;
  venue: boolean;
  stay: boolean;
  loving: boolean;
  chain: boolean;
  till: boolean;
  pair: boolean;
  caption: boolean;
  land: boolean;
  trip: boolean;
}
const FRAME_WORDS: Readonly<Record<keyof Frames, readonly string[]>> = {
  greeting: ['from'],
  arrived: ['landed', 'arrived', 'touched', 'made', 'got', 'pulled', 'rolled'],
  vehicle: ['train', 'coach', 'bus', 'minibus', 'ferry', 'flight', 'plane', 'boat', 'tram', 'sleeper', 'eurostar'],
  venue: ['in', 'on', 'lunch', 'dinner', 'brunch', 'breakfast', 'drinks', 'coffee', 'cocktails', 'pint', 'pints', 'cuppa', 'ice', 'sat', 'sitting', 'stood', 'standing', 'waiting', 'queuing', 'queueing', 'having', 'eating', 'sipping', 'drinking', 'enjoying', 'exploring', 'wandering', 'lounging', 'chilling', 'relaxing', 'sunbathing', 'paddling', 'reading', 'marking', 'watching', 'camping', 'staying', 'sheltering', 'freezing', 'shivering', 'huddled', 'perched', 'basking', 'melting', 'people', 'queue', 'front'],
  stay: ['into', 'first', 'second', 'third', 'last', 'final'],
  loving: ['loving', 'enjoying', 'exploring'],
  chain: ['costa', 'caffe', 'caffè', 'nero', 'starbucks', 'greggs', 'pret', 'mcdonalds', "mcdonald's", 'maccies', 'wetherspoons', 'spoons', 'wagamama', 'nandos', "nando's", 'nando', 'mcdonald', 'burger', 'kfc', 'subway', 'leon', 'itsu', 'whsmith', 'boots', 'upper', 'giraffe', 'frankie', 'harvester', 'toby'],
  till: ['till', 'until', 'til', 'untill'],
  pair: ['away', 'abroad', 'country'],
  land: ['land', 'arrive', 'touch', 'dock', 'back'],
  trip: ['flight', 'flights', 'flying', 'fly', 'holiday', 'hols', 'packed', 'taxi', 'airport', 'come', 'lounger', 'loungers', 'grid', 'cruise', 'passport', 'passports', 'jetting', 'getaway', 'sun'],
  caption: ['day', 'sunset', 'sunrise', 'picnic', 'glamping', 'camping', 'lunch', 'dinner', 'brunch', 'breakfast', 'drinks', 'pint', 'pints', 'coffee', 'cocktails', 'ice', 'chips', 'tea', 'night', 'staycation', 'getaway', 'break', 'trip', 'adventure', 'adventures', 'view', 'views', 'vibes', 'selfie', 'paddleboarding', 'surfing', 'skiing', 'sledging', 'train', 'flight', 'ferry', 'coach', 'sleeper', 'drive', 'office', 'spot', 'desk', 'location', 'workspace', 'commute', 'spending', 'staying', 'stopping'],
};
const FRAME_KEYS = Object.keys(FRAME_WORDS) as (keyof Frames)[];

/** Folded word -> the frames (a bit each, in FRAME_KEYS order) whose words hold it. */
const FRAME_BITS = new Map<string, number>();
FRAME_KEYS.forEach((key, bit) => {
  for (const w of FRAME_WORDS[key]) FRAME_BITS.set(w, (FRAME_BITS.get(w) ?? 0) | (1 << bit));
});
const CHAIN_BIT = 1 << FRAME_KEYS.indexOf('chain');

/**
 * The frames each sentence can hold: a bit per frame, set from the frame words among the post's tokens, in one
 * walk over the tokens with a pointer into the sentences (both run in text order), so a sentence with none of
 * them costs nothing.
 */
/** The frame bits of a word alone, by interned word number: FRAME_BITS, and CHAIN_BIT for a road number. */
const WORD_BITS = new WordTable((norm: string): number => {
  let bits = FRAME_BITS.get(norm) ?? 0;
  // Road numbers open a clause like a chain does ("M6 at Knutsford services").
  if (norm.length <= 5 && (norm[0] === 'm' || norm[0] === 'a') && /^[ma]\d{1,4}$/.test(norm)) bits |= CHAIN_BIT;
  return bits;
});
function frameMasks(doc: Doc, all: readonly Sentence[]): Uint16Array | null {
  const { tokens } = doc;
  const masks = new Uint16Array(all.length);
  let any = false;
  let k = 0;
  const ids = tokenVocab(doc).ids;
  const wordBits = WORD_BITS.of(doc);
  for (let t = 0; t < tokens.length; t++) {
    let bits = wordBits[ids[t]!]!;
    if (bits === 0) continue;
    const token = tokens[t]!;
    const norm = token.norm;
    const offset = token.start;
    while (k < all.length && all[k]!.end <= offset) k++;
    if (k < all.length && all[k]!.start <= offset) {
      // "in" and "on" anchor the venue frame only where they can open its match (see leadTakesInOn).
      if (bits === VENUE_BIT && (norm === 'in' || norm === 'on') && (masks[k]! & VENUE_BIT) === 0 && !leadTakesInOn(tokens, t, all[k]!.start)) continue;
      if (bits & PLACED_BITS) bits = placedBits(tokens, t, all[k]!.start, bits, doc.text.length > 280 && all[k]!.end - all[k]!.start > 280);
      if (bits === 0) continue;
      masks[k] = masks[k]! | bits;
      any = true;
    }
  }
  return any ? masks : null;
}
const VENUE_BIT = 1 << FRAME_KEYS.indexOf('venue');
const bit = (key: keyof Frames): number => 1 << FRAME_KEYS.indexOf(key);
const CAPTION_BIT = bit('caption');
const LOVING_BIT = bit('loving');
const GREETING_BIT = bit('greeting');
const ARRIVED_BIT = bit('arrived');
const LAND_BIT = bit('land');
const STAY_BIT = bit('stay');
const TRIP_BIT = bit('trip');
/** Frames whose words count only in their place in the sentence or next to certain words (placedBits). */
const PLACED_BITS = CAPTION_BIT | LOVING_BIT | CHAIN_BIT | GREETING_BIT | ARRIVED_BIT | LAND_BIT | STAY_BIT | TRIP_BIT;
/** STAY_WITH, the caption frame's one regex not anchored at the sentence's start, opens with these. */
const CAPTION_ANYWHERE = new Set(['spending', 'staying', 'stopping']);
/** GREETING: a greeting, perhaps "all"/"everyone", then "from": the words one or two before "from". */
const GREETING_BEFORE_FROM = new Set(['morning', 'evening', 'afternoon', 'hello', 'hi', 'hiya', 'hey', 'heya', 'howdy', 'greetings', 'waving', 'love', 'da', 'dda', 'shwmae', "s'mae", 's’mae', 'helo', 'hola', 'bonjour', 'ciao', 'aloha', 'cheers']);
/** ARRIVED's verbs of two words: the word that must follow the first. */
const ARRIVED_NEXT: ReadonlyMap<string, string> = new Map([['touched', 'down'], ['made', 'it'], ['got', 'here'], ['pulled', 'into'], ['rolled', 'into']]);
const STAY_BEFORE_INTO = new Set(['day', 'days', 'night', 'nights', 'week', 'weeks']);
const STAY_AFTER_ORDINAL = new Set(['full', 'night', 'day', 'morning', 'evening']);
/**
 * The frame bits of token `t` kept where the frame's regexes can use the word: CAPTION and TODAYS are anchored at
 * the sentence's start (at most two describing words, of up to two words each, before an outing of up to three
 * words: its word is among the sentence's first seven), LOVING too (one adverb: the first two words), CHAIN_AT
 * (one describing word before a chain of up to two words: the first four); GREETING needs a greeting one or two
 * words before "from"; ARRIVED's "made"/"got"/... their second word ("made it"); BACK_FROM "back from"; STAY "days
 * into" or "first night"; TRIP only where what it reads (the post when that is 280 characters or fewer, else the
 * sentence) is 280 characters or fewer: `longRead` says it is not.
 */
function placedBits(tokens: readonly { start: number; norm: string }[], t: number, sentenceStart: number, bits: number, longRead: boolean): number {
  const norm = tokens[t]!.norm;
  if (bits & (CAPTION_BIT | LOVING_BIT | CHAIN_BIT)) {
    let pos = 0;
    while (pos < 7 && t - pos > 0 && tokens[t - pos - 1]!.start >= sentenceStart) pos++;
    if (pos > 6 && !CAPTION_ANYWHERE.has(norm)) bits &= ~CAPTION_BIT;
    if (pos > 1) bits &= ~LOVING_BIT;
    if (pos > 3) bits &= ~CHAIN_BIT;
  }
  const prev = tokens[t - 1]?.norm ?? '';
  const next = tokens[t + 1]?.norm ?? '';
  if (bits & GREETING_BIT && !GREETING_BEFORE_FROM.has(prev) && !GREETING_BEFORE_FROM.has(tokens[t - 2]?.norm ?? '')) bits &= ~GREETING_BIT;
  if (bits & ARRIVED_BIT) {
    const second = ARRIVED_NEXT.get(norm);
    if (second !== undefined && next !== second) bits &= ~ARRIVED_BIT;
  }
  if (bits & LAND_BIT && norm === 'back' && next !== 'from') bits &= ~LAND_BIT;
  if (bits & STAY_BIT && (norm === 'into' ? !STAY_BEFORE_INTO.has(prev) : !STAY_AFTER_ORDINAL.has(next))) bits &= ~STAY_BIT;
  if (bits & TRIP_BIT && longRead) bits &= ~TRIP_BIT;
  return bits;
}
const LEAD_ADVERBS = new Set(['still', 'now', 'just', 'currently', 'finally']);
/** The venue frame's own words, and "in"/"on" (which may open SPOT_AT or VENUE_IN's "in the ... queue"). */
const VENUE_LEADS = new Set([...FRAME_WORDS.venue, 'in', 'on']);
/**
 * Both venue regexes are anchored at the sentence's start: SPOT_AT opens with "in"/"on", and VENUE_IN with a few
 * adverbs and then an activity ("sat", "lunch", "people watching", "in the ... queue") ending at a word boundary. So
 * an "in"/"on" (token `t`) anchors the frame only where the leading letters of the sentence's first word after those
 * adverbs are "in", "on" or one of the frame's words: the whole word, or its head before a mark ("sat-nav").
 */
function leadTakesInOn(tokens: readonly { start: number; norm: string; raw: string }[], t: number, sentenceStart: number): boolean {
  let first = t;
  while (first > 0 && tokens[first - 1]!.start >= sentenceStart) first--;
  while (first < t && LEAD_ADVERBS.has(tokens[first]!.norm)) first++;
  const raw = tokens[first]!.raw;
  let i = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) i++;
    else break;
  }
  return VENUE_LEADS.has(i === raw.length ? tokens[first]!.norm : raw.slice(0, i).toLowerCase());
}
/** The frames of a mask, made once per mask value and then shared (inSentence only reads them). */
const FRAMES_BY_MASK = new Map<number, Readonly<Frames>>();
function framesIn(mask: number): Readonly<Frames> {
  let out = FRAMES_BY_MASK.get(mask);
  if (out === undefined) {
    const f = {} as Frames;
    FRAME_KEYS.forEach((key, bit) => {
      f[key] = (mask & (1 << bit)) !== 0;
    });
    FRAMES_BY_MASK.set(mask, (out = f));
  }
  return out;
}

/**
 * The place a match captured in group `g`, cut to its name: the regexes match case-insensitively, so after the
 * first word only capitalised words (and small words between them) belong to it ("Tenby harbour today" -> "Tenby").
 */
function capture(m: RegExpExecArray, g: number): { name: string; end: number } {
  const raw = m[g]!;
  const at = m.indices![g]![0];
  const words = raw.split(/(\s+)/);
  let kept = words[0]!;
  if (/^[A-Z]/.test(kept)) {
    for (let k = 1; k + 1 < words.length; k += 2) {
      const w = words[k + 1]!;
      if (!/^[A-Z]/.test(w)) {
        // A small word counts only between two capitalised words ("Stratford upon Avon", "Bay of Islands").
        if (/^(?:upon|on|of|in|under|by|the|le|la|de)$/.test(w) && /^[A-Z]/.test(words[k + 3] ?? '')) {
          kept += words[k]! + w;
          continue;
        }
        break;
      }
      kept += words[k]! + w;
    }
  }
  return { name: kept, end: at + kept.length };
}

/** Is `name` a place: a capitalised place name, or (when `lowerOk`) a lower-case proper word? */
function isPlace(name: string, lowerOk: boolean): boolean {
  if (/^[a-z]/.test(name)) return lowerOk ? properWord(name) : isUkPlace(name);
  return placeName(name);
}

/** /[,;:()–—]/ for one code unit, without a one-character string and a regex run per character. */
const isClauseMark = (c: number): boolean => c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014;
/** The text of the clause before `at`. */
function clauseBefore(s: string, at: number): string {
  let i = at;
  while (i > 0 && !isClauseMark(s.charCodeAt(i - 1))) i--;
  return s.slice(i, at);
}
/** Who may come before "landed in": nobody (the writer), "we", "I", "we've", "just", "finally". */
const ARRIVER = /^\s*(?:(?:just|finally|safely|now|we|i|we['’]ve|i['’]ve|we\s+have|i\s+have|have|yay|phew|and|so|woo+|wahoo|hooray)\s+)*$/i;

/** Does the text before `at` in its clause say someone else is there? */
function someoneElse(s: string, at: number): boolean {
  let i = at;
  while (i > 0 && !isClauseMark(s.charCodeAt(i - 1))) i--;
  return SOMEONE_ELSE.test(s.slice(Math.max(i, at - 50), at));
}

/** One sentence: the first frame that puts the writer somewhere, or away. */
function inSentence(s: string, post: string, f: Readonly<Frames>, question: boolean): { start: number; end: number; reason: string } | null {
  if (PAST.test(s)) return null;
  // A question ("Dinner at the Ivy? Worth it?") asks about a place rather than saying the writer is there.
  const plan = question || NOT_NOW.test(s);
  if (!plan) {
    if (f.greeting) GREETING.lastIndex = 0;
    for (let m = f.greeting ? GREETING.exec(s) : null; m; m = GREETING.exec(s)) {
      const greeting = m[1]!.trim().toLowerCase();
      const { name: place, end } = capture(m, 3);
      const described = m[2] !== undefined;
      // "Love from Kemi x", "Hello from Mrs Ade's class": a sign-off or a person, not a place, unless it is described.
      if (/^love\b/.test(greeting) && !described) continue;
      if (!isPlace(place, true)) {
        // "evening all from the bar of the Premier Inn in Telford": a place further on in the greeting's clause.
        const rest = s.slice(m.indices![1]![1]).split(/[,;:–—(]/)[0]!;
        const later = /\b(?:in|at|on|of|near)\s+(?:the\s+)?([A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})/.exec(rest);
        if (later && /^\s*the\s+[a-z]/.test(rest) && placeName(later[1]!) && !/^love\b/.test(greeting)) {
          return { start: m.indices![1]![0], end: m.indices![1]![1] + later.index + later[0].length, reason: REASON_HERE };
        }
        continue;
      }
      const first = place.split(/\s+/)[0]!.toLowerCase();
      if (!described && isKnownName(first) && !isUkPlace(first)) continue;
      return { start: m.indices![1]![0], end, reason: REASON_HERE };
    }
    if (f.arrived) ARRIVED.lastIndex = 0;
    for (let m = f.arrived ? ARRIVED.exec(s) : null; m; m = ARRIVED.exec(s)) {
      // Capitalised places after "arrived at" are the other readers' (with their own guards); here only lower case,
      // and only with the writer as the one arriving ("The Princess Royal arrived at ..." is not).
      if (!/^[a-z]/.test(m[1]!) || !properWord(m[1]!) || !ARRIVER.test(clauseBefore(s, m.index))) continue;
      return { start: m.index, end: m.index + m[0].length, reason: REASON_HERE };
    }
    if (f.vehicle) VEHICLE_NEAR.lastIndex = 0;
    for (let m = f.vehicle ? VEHICLE_NEAR.exec(s) : null; m; m = VEHICLE_NEAR.exec(s)) {
      const on = m.index + m[0].search(/[Oo]n\s/);
      const { name, end } = capture(m, 1);
      if (!isPlace(name, false) || someoneElse(s, on)) continue;
      return { start: on, end, reason: REASON_HERE };
    }
    const venue = f.venue ? VENUE_IN.exec(s) : null;
    // "Coffee with a friend at a café in Otley tomorrow": an arrangement to come (session places8).
    if (venue && !FUTURE.test(s)) {
      const { name, end } = capture(venue, 1);
      const lead = venue[0].length - venue[0].trimStart().length;
      if (isPlace(name, false)) return { start: venue.index + lead, end, reason: REASON_HERE };
    }
    const spot = f.venue ? SPOT_AT.exec(s) : null;
    if (spot) {
      const { name, end } = capture(spot, 1);
      const lead = spot[0].length - spot[0].trimStart().length;
      if (placeName(name)) return { start: spot.index + lead, end, reason: REASON_HERE };
    }
    if (f.stay) STAY.lastIndex = 0;
    for (let m = f.stay ? STAY.exec(s) : null; m; m = STAY.exec(s)) {
      const { name, end } = capture(m, 1);
      if (!isPlace(name, true) || someoneElse(s, m.index)) continue;
      return { start: m.index, end, reason: REASON_HERE };
    }
    const loving = f.loving ? LOVING.exec(s) : null;
    if (loving && /^[A-Z]/.test(loving[1]!) && VISIT_SCENE.test(post)) {
      const { name, end } = capture(loving, 1);
      const lead = loving[0].length - loving[0].trimStart().length;
      if (placeName(name)) return { start: loving.index + lead, end, reason: REASON_HERE };
    }
    const chain = f.chain ? CHAIN_AT.exec(s) : null;
    if (chain && !PLACE_SUBJECT.test(s.slice(chain.index + chain[0].length))) {
      const lead = chain[0].length - chain[0].trimStart().length;
      return { start: chain.index + lead, end: chain.index + chain[0].length, reason: REASON_HERE };
    }
  }
  if (f.caption && !plan) {
    const caption = CAPTION.exec(s);
    if (caption && !FUTURE.test(s)) {
      const { name, end } = capture(caption, 1);
      const journey = /^\s*(?:(?:[a-z'’]+\s+){0,2})?(?:train|flight|ferry|coach|sleeper|drive)\b/i.test(caption[0]);
      const lead = caption[0].length - caption[0].trimStart().length;
      // "Sunset at Durdle Door is stunning", "Coffee in Starbucks is overpriced": the outing as a subject, not a caption.
      const subject = PLACE_SUBJECT.test(s.slice(end)) || /^\s*(?:[A-Za-z’'&-]+\s+){0,2}?(?:would|will|should|must|can|could|sounds|looks|beats)\b/i.test(s.slice(end));
      if (/^[A-Z]/.test(name) && placeName(name) && !subject && (!journey || CAPTION_NOW.test(s))) return { start: caption.index + lead, end, reason: REASON_HERE };
    }
    const todays = TODAYS.exec(s);
    if (todays && (todays[1] === undefined || placeName(capture(todays, 1).name))) {
      const lead = todays[0].length - todays[0].trimStart().length;
      return { start: todays.index + lead, end: todays[1] === undefined ? todays.index + todays[0].length : capture(todays, 1).end, reason: REASON_HERE };
    }
    const stay = STAY_WITH.exec(s);
    if (stay && !someoneElse(s, stay.index)) return { start: stay.index, end: stay.index + stay[0].length, reason: REASON_EMPTY };
  }
  // A stay that runs till a day is a plan too ("we're in Ibiza till the 14th"): only a wish or question stops it.
  if (!/\b(?:should|would|could|might|if|one\s+day|someday|anyone|recommend)\b/i.test(s)) {
    if (f.till) TILL.lastIndex = 0;
    for (let m = f.till ? TILL.exec(s) : null; m; m = TILL.exec(s)) {
      if (!isPlace(capture(m, 1).name, true) || someoneElse(s, m.index)) continue;
      const at = m.index + m[0].search(/\b(?:at|in|on)\s/i);
      return { start: at, end: m.index + m[0].length, reason: REASON_HERE };
    }
    const land = f.land ? LAND.exec(s) : null;
    if (land && !someoneElse(s, land.index)) {
      const { name, end } = capture(land, 1);
      if (placeName(name)) return { start: land.index, end, reason: REASON_HERE };
    }
    const back = f.land ? BACK_FROM.exec(s) : null;
    if (back) return { start: back.index, end: back.index + back[0].length, reason: REASON_EMPTY };
    // A trip with a span, in a short post: the post is the whole announcement, so the span may be in another sentence.
    const trip = f.trip && post.length <= 280 ? TRIP.exec(s) : null;
    if (trip && SOON.test(post) && !TRIP_WISH.test(post) && !TRIP_SOMEONE.test(post) && !PAST.test(post)) {
      return { start: trip.index, end: trip.index + trip[0].length, reason: REASON_EMPTY };
    }
    // Every PAIR_AWAY match holds "and" and a space, or "of" and "us": without them it cannot match.
    const pair = f.pair && PAIR_GATE.test(s) ? PAIR_AWAY.exec(s) : null;
    if (pair && SPAN.test(s)) {
      return { start: pair.index, end: pair.index + pair[0].length, reason: REASON_EMPTY };
    }
  }
  return null;
}

/**
 * Hits for the personal/location rule from the frames above, in sentences where `taken` (the rule's other hits)
 * has none.
 */
export function travelHits(doc: Doc, taken: readonly Hit[] = []): Hit[] {
  const all = sentences(doc);
  const masks = frameMasks(doc, all);
  return masks ? frameHits(doc, all, masks, taken, (s, post, mask, question) => inSentence(s, post, framesIn(mask), question)) : [];
}
