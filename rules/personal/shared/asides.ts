/**
 * Where the writer is, or that their home stands empty, said in passing rather than as "I'm at X" (session
 * personal12). Frames the other readers leave alone:
 *
 * - A SCENE with the weather or a caption: "Sun's out at Tenby", "the sun has got his hat on at Bamburgh beach
 *   today", "Leeds General A&E waiting room at 2am" (a hospital named, then where in it, then the hour), "Top
 *   deck of the 36 into Peckham", "writing this from the hotel bar at the Malmaison".
 * - A STAY captioned with its end: "Center Parcs Longleat till Monday", "Tenerife till the 14th!".
 * - An EMPTY HOME said by who looks after it: "cat sitter popping in while we're in Crete", "post piling up on
 *   the mat while we're in Florida", "neighbours please keep an eye on ours, away till Sunday", "first time we've
 *   left the house for a fortnight", "back from Lanzarote on the 14th".
 * - A WEEKLY SCHEDULE that says where the writer or their child can be found: "Wednesdays 4-5 Iremide has street
 *   dance at the Y centre on Hyde Park Road", "Gymnastics at Ponteland leisure centre every Saturday 10am, Aubree
 *   loves it" (a day that recurs, a clock time, a named place or club venue, and the writer or a child in it).
 *
 * Left alone: the same in the past ("We went to Crete in May", "got back from Lanzarote on Sunday"), forecasts
 * ("sun's out in Leeds tomorrow"), recommendations, someone else's home ("my neighbours are away, I'm feeding
 * their cat"), the writer stuck at home ("haven't left the house for a week"), club notices with no one in them
 * ("Yoga every Tuesday 7pm at the village hall, all welcome").
 *
 * Cheap: every frame is one bounded regex over the post, and a sentence is read only around its match.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Hit } from '../../../lib/engine/types.ts';
import { isDestination } from './presence.ts';
import { isUkPlace } from './whereabouts.ts';

const REASON_HERE = 'This is a check-in: it tells everyone where you are right now. Share where you were after you have left instead.';
const REASON_EMPTY = 'This says when you will be away from home, so it also says when the house is empty. Post the photos after you are back.';
const REASON_ROUTINE = 'This says where you or your child can be found at a regular time. Anyone who sees it, including parents and pupils, can find you there.';

/**
 * A capitalised name of one to three words ("Tenby", "Bamburgh", "Centre Parcs Sherwood"). Each word starts at a word
 * boundary and is at most 30 characters, so a regex that opens with a name tries one start per word, not per
 * letter, and a 100,000-character run of capitals costs linear time, not quadratic.
 */
const NAME = "\\b[A-Z][A-Za-z'’&-]{1,29}(?:\\s+[A-Z][A-Za-z'’&-]{1,29}){0,2}";
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** The same days in either case of their first letter, for the case-sensitive regexes that hold NAME. */
const DAY_ANY = '(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)';
const ORD = '(?:\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}[/.]\\d{1,2})';

/** The past, a memory, or a plan months off, in the sentence. */
const PAST = /\b(?:was|were|went|been|had|did|used\s+to|last\s+(?:week|weekend|month|year|summer|time|night)|yesterday|ago|remember(?:ing)?|throwback|tbt|that\s+time|in\s+(?:19|20)\d\d)\b/i;
const LATER = /\b(?:next\s+(?:month|year|summer|spring|autumn|winter|term)|one\s+day|someday|some\s+day|hopefully|would|could|should|might|forecast|tomorrow|later\s+this\s+week)\b/i;

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b]!)) b++;
  return text.slice(a, b);
}

/** A clause opens here: the post's start or after punctuation, maybe with an emoji or quote between. */
function opensClause(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"“‘'(]/.test(text[i]!)) i--;
  return i < 0 || /[.!?,;:\n\u2013\u2014)]/.test(text[i]!) || /\p{Extended_Pictographic}/u.test(text[i]!);
}

function placeName(name: string): boolean {
  const first = name.split(/\s+/)[0]!.replace(/['’]s$/, '');
  return isUkPlace(first) || isDestination(first) || isUkPlace(name) || isDestination(name) || /\b(?:Parcs|Butlins|Haven|Bay|Beach|Sands|Pier|Harbour|Park)\b/.test(name);
}

/** Capitalised words after a preposition that are times or people, not places. */
const NOT_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Half|Summer|Spring|Autumn|Winter|I|We|My|Our|The|This|Last|Next)\b/;

// ---- Scenes ------------------------------------------------------------------------------------------------------
/** "Sun's out at Tenby", "the sun has got his hat on at Bamburgh beach", "Sun is shining on Whitby pier". */
const SUN = new RegExp(`\\b[Ss]un(?:['’]s|\\s+is|\\s+has)\\s+(?:finally\\s+|properly\\s+)?(?:out|shining|blazing|beating\\s+down|got\\s+(?:his|its|her)\\s+hat\\s+on)\\s+(?:here\\s+)?(?:at|in|on|over)\\s+(?:the\\s+)?(${NAME})`, 'g');
/** "Glorious sunshine at Weymouth today": sunshine at a named place, with a word of now in the sentence. */
const SUNSHINE = new RegExp(`\\b[Ss]unshine\\s+(?:at|in|on|over)\\s+(?:the\\s+)?(${NAME})`, 'g');
/** The sun somewhere else: "The sun's out in Spain, I'm stuck in Leeds", "according to my sister, jealous". */
const SUN_ELSEWHERE = /\b(?:stuck|wish|jealous|envious|according\s+to|apparently|says|said|meanwhile|while\s+i['’]m|i['’]m\s+(?:in|at|stuck))\b/i;
const NOW_WORD = /\b(?:today|this\s+(?:morning|afternoon|evening)|right\s+now|now|currently)\b/i;
/** A hospital named, then a part of it, then the hour: "Leeds General A&E waiting room at 2am", "Royal Derby ICU, 3am". */
const HOSPITAL_SCENE = new RegExp(`(${NAME})\\s+(?:a&e|A&E|ICU|HDU|ward\\s+\\d{1,2}|maternity|children['’]s\\s+ward|resus|triage|minor\\s+injuries|fracture\\s+clinic)(?:\\s+(?:waiting\\s+room|corridor|car\\s+park|cubicle\\s+\\d{1,2}|relatives['’]?\\s+room))?(?:\\s+at\\s+\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)|,?\\s+(?:tonight|again|right\\s+now|now|currently|since\\s+\\d))`, 'g');
/** "Royal Victoria Infirmary, ward 18": a hospital's full name, then a ward, bay or bed by number. */
const HOSPITAL_WARD = new RegExp(`(${NAME}\\s+(?:Infirmary|Hospital|General))\\s*,?\\s+(?:[Ww]ard|[Bb]ay|[Bb]ed|[Cc]ubicle)\\s+\\d{1,3}[A-Za-z]?\\b`, 'g');
/** "Top deck of the 36 into Peckham". */
const DECK = new RegExp(`\\b(?:[Tt]op|[Bb]ottom|[Uu]pper|[Ll]ower)\\s+deck\\s+of\\s+the\\s+(?:number\\s+)?\\d{1,3}[A-Za-z]?\\s+(?:to|into|from|out\\s+of|through)\\s+(${NAME})`, 'g');
/** "Writing this from the hotel bar at the Malmaison", "posting this from Gate 14". */
const WRITING_FROM = /\b(?:writing|posting|typing|sending)\s+(?:this|these|you\s+this)\s+(?:post\s+|update\s+)?from\s+(?:the\s+|a\s+|my\s+|our\s+)?((?:(?!(?:at|in|on|because|and|with|for|to|so|but|while|as|after|before|cos|since)\b)[A-Za-z][A-Za-z'’&-]{0,29}\s*){1,5})/gi;
/** What the writer may be writing from that says nothing about where ("from home", "from my phone", "from bed"). */
const NOT_SOMEWHERE = /^(?:home|bed|my\s+phone|phone|the\s+sofa|sofa|the\s+heart|experience|memory|the\s+kitchen(?:\s+table)?|work|school|the\s+office|the\s+staffroom|the\s+classroom)\b/i;

/** "Center Parcs Longleat till Monday", "Tenerife till the 14th!": a stay captioned with its end. */
const TILL_CAPTION = new RegExp(`(${NAME})(?:,\\s*[A-Za-z]+\\s+\\d{1,4},)?\\s+(?:till|until|til)\\s+(?:${DAY_ANY}|the\\s+${ORD}|${ORD}|next\\s+${DAY_ANY}|${DAY_ANY}\\s+week)\\b`, 'g');

/**
 * "..., so he's had the op and we're now in week two on the orthopaedic ward at the Royal Preston": the writer now in a
 * hospital, lounge or hotel, in one clause of a long sentence whose other clauses tell what happened before. The other
 * readers check the whole sentence for the past; this one checks only the clause, so it needs more: "we're/I'm" with
 * "now", "still" or "currently", a venue word, and a capitalised name after it.
 */
const NOW_CLAUSE = new RegExp(`\\b(?:[Ww]e['’]re|I['’]m|[Ww]e\\s+are|I\\s+am)\\s+(?:(?:now|still|currently|finally)\\s+)+(?:[\\w'’-]{1,30}\\s+){0,7}?(?:ward|unit|a&e|A&E|clinic|ICU|hospital|waiting\\s+room|departures|lounge|terminal|gate\\s+\\d{1,3}|hotel|lodge)\\s+(?:at|in|of)\\s+(?:the\\s+)?(${NAME})`, 'g');
const CLAUSE_PAST = /\b(?:was|were|went|been|had|did|yesterday|ago|last\s+(?:week|night|year|time))\b/i;

// ---- Empty homes -------------------------------------------------------------------------------------------------
/** Being away from home in the writer's own words: "while we're in Crete", "whilst we're away", "while we're on holiday". */
const WHILE_AWAY = new RegExp(`\\b(?:while|whilst|when)\\s+(?:we['’]re|we\\s+are|i['’]m|i\\s+am|we['’]re\\s+all|we\\s+are\\s+all)\\s+(?:away|abroad|on\\s+holiday|on\\s+hols|off|(?:in|at|on)\\s+(?:the\\s+)?${NAME})`, 'g');
/** Someone looking after the home or what lives in it. */
const HOME_CARE = /\b(?:sitters?|house-?sit\w*|pet-?sit\w*|popping\s+in|pop\s+in|feed(?:ing|s)?|fed|water(?:ing|s)?\s+(?:the|my|our)|keep(?:ing)?\s+an\s+eye|post\s+(?:is\s+)?(?:piling|pile)|piling\s+up|bins?\s+out|kennels?|cattery|alarm|doorbell|timer|lights?\s+on)\b/i;
/** The writer's home cared for by someone else: "Nan's having the dog at hers while we're away". */
const LEFT_FOR = /\b(?:left|leaving|leave|locking\s+up\s+and\s+leaving|lock\s+up\s+and\s+leave)\s+(?:the|our|my)\s+(?:house|home|flat|place)\s+(?:empty\s+)?(?:for\s+(?:a|two|three|four|ten|\d{1,2})\s+(?:whole\s+|full\s+)?(?:fortnight|weeks?|days|nights|month))\b/gi;
/** "haven't left the house for a week": stuck at home, the opposite. */
const NOT_LEFT = /(?:\bnot|n['’]t|\bnever|\bbarely|\bhardly)\s+(?:\w+\s+)?$/i;
/** "neighbours please keep an eye on ours", "keep an eye on number 12 while we're away". */
const EYE_ON = /\bkeep(?:ing)?\s+an\s+eye\s+(?:on\s+(?:ours|our\s+(?:house|place|flat|home)|the\s+house|number\s+\d{1,4}|no\.?\s*\d{1,4})|out)\b/gi;
/** "see you in two weeks": an absence with its length, in a post about leaving the home or its pets. */
const SEE_YOU_IN = /\bsee\s+(?:you|ya|you\s+all|y['’]all)\s+(?:all\s+)?in\s+(?:a|one|two|three|ten|\d{1,2})\s+(?:weeks?|fortnight|days)\b/gi;
const AWAY_SIGN = /\b(?:away|abroad|holiday|hols|while\s+we['’]re|whilst\s+we['’]re|till|until|fortnight|flight|flying|ferry)\b/i;
/** "Back from Lanzarote on the 14th": a return from a named place on a date (not "got back from ... on Sunday"). */
const BACK_FROM = new RegExp(`\\b(?:[Bb]ack|[Hh]ome)\\s+from\\s+(${NAME})\\s+(?:on\\s+)?(?:the\\s+)?(?:${ORD}(?:\\s+of\\s+\\w+)?|${DAY_ANY}\\s+week)\\b`, 'g');
/** "Back from Tenerife on the 2nd and already planning the next one": the return told afterwards. */
const BACK_ALREADY = /^[^.!?\n]{0,40}?\b(?:already|since|ago|been|straight\s+(?:back|into))\b/i;
const CAME_BACK = /\b(?:got|came|come|arrived|was|were|been|just|finally|safely|only)\s+(?:\w+\s+)?$/i;

// ---- Weekly schedules ----------------------------------------------------------------------------------------------
/** A day that comes round: "every Saturday", "Tuesdays", "on Thursday evenings", a list's "Monday Nia has ...". */
const RECURS = new RegExp(`\\b(?:(?:is|are)\\s+(?:on\\s+)?${DAY}s?\\b|every\\s+${DAY}|${DAY}s\\b|${DAY}\\s+(?:mornings|afternoons|evenings|nights)|weds|thurs)`, 'i');
const LIST_DAY = new RegExp(`(?:^|[,.;:\\n]\\s*)${DAY}\\s+(?:[A-Z][a-z]+\\s+(?:has|does|is\\s+at|goes\\s+to)|(?:she|he|they|we|i)\\s+(?:has|have|does|do|['’]m|am|is|are))\\b`, 'i');
/** A clock time or a span of hours: "10am", "6.30", "5.15 to 6", "4-5". */
const CLOCK = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}[:.][0-5]\d\b|\b\d{1,2}\s*(?:-|–|to|till|until)\s*\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?\b/i;
/** Where the activity happens: a named place after at/in/on, or a club venue in lower case. */
const SCHEDULE_PLACE = new RegExp(`\\b(?:at|in|on|behind|by)\\s+(?:the\\s+)?(?:(?:${NAME})|(?:[a-z]+\\s+)?(?:leisure\\s+centre|sports\\s+centre|community\\s+centre|scout\\s+hut|church\\s+hall|village\\s+hall|playing\\s+fields|swimming\\s+baths|ice\\s+rink))\\b`, 'g');
/** Someone in the schedule: the writer, their child, a first name doing it. */
const SCHEDULE_WHO = /\b(?:i['’]m|i\s+am|i['’]ll|i\s+will|me|we['’]re|we\s+are|you['’]ll\s+find|my\s+(?:son|daughter|kids?|boys?|girls?|lad|eldest|youngest|little\s+one)|our\s+(?:son|daughter|kids?|boys?|girls?|eldest|youngest|little\s+one)|she|he|pick\s*-?\s*up|pickup|drop\s*-?\s*off|collect(?:ing)?|nanny['’]s|nan['’]s|nana['’]s|grandma['’]s|grandad['’]s|gran['’]s)\b/i;
const SCHEDULE_I = /\bI\b|\b(?:we|we['’]ve|we['’]ll|us|our\s+lot|for\s+the\s+(?:boys|girls|kids))\b/;
const SCHEDULE_NAME = /\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:has|does|loves|goes|attends|is\s+at)\b/;
/** A club's notice rather than someone's week: "all welcome", "new members", "£3 a session". */
/** A club the writer runs at work, or pupils' clubs: the school's timetable, not where a stranger finds the writer's family. */
const STAFF_CLUB = /\b(?:I|we|We)\s+(?:run|runs|take|teach|coach|lead|supervise)\b|\b(?:[Yy]ear|[Yy]r|Y)\s*\d{1,2}\b|\b(?:pupils|students|my\s+class|our\s+class)\b/;
/** "you'll find our lot at ...": the schedule is where to find them, whatever they do there. */
const FIND_US = /\byou['’]ll\s+(?:always\s+)?find\s+(?:me|us|our\s+lot|the\s+kids|him|her|them)\b/i;
const NOTICE = /\b(?:all\s+welcome|come\s+along|join\s+us|new\s+(?:voices|players|faces)|we['’]d\s+love|would\s+love|everyone\s+welcome|new\s+members|sign\s+up|book\s+(?:now|online|your)|£\d|per\s+session|a\s+session|free\s+(?:taster|trial)|open\s+to)\b/i;
/** Activities people go to each week: the anchor that keeps an opening-hours line or a meeting out. */
const ACTIVITY = /\b(?:swim\w*|squad|gymnastics|gym\s+club|dance|ballet|tap|street\s+dance|karate|judo|taekwondo|football|rugby|netball|cricket|hockey|tennis|training|practice|lesson|lessons|club|cubs|scouts|beavers|brownies|rainbows|guides|brigade|drama|choir|orchestra|band|riding|climbing|athletics|parkrun|session|tutor(?:ing)?|class(?:es)?)\b/i;

function overlaps(hits: readonly Hit[], start: number, end: number): boolean {
  return hits.some((h) => h.start < end && h.end > start);
}

/** The hits of this reader not already covered by `taken` (the location rule's other hits). */
export function asideHits(doc: Doc, taken: readonly Hit[] = []): Hit[] {
  const { text } = doc;
  const out: Hit[] = [];
  const add = (start: number, end: number, reason: string): void => {
    if (!overlaps(taken, start, end) && !overlaps(out, start, end)) out.push({ start, end, reason });
  };
  const lower = text.toLowerCase();

  if (lower.includes('sun')) {
    for (const m of text.matchAll(SUN)) {
      const s = sentenceAround(text, m.index, m.index + m[0].length);
      if (PAST.test(s) || LATER.test(s) || SUN_ELSEWHERE.test(s) || NOT_NAMES.test(m[1]!)) continue;
      add(m.index, m.index + m[0].length, REASON_HERE);
    }
  }
  if (lower.includes('sunshine')) {
    for (const m of text.matchAll(SUNSHINE)) {
      const s = sentenceAround(text, m.index, m.index + m[0].length);
      if (!NOW_WORD.test(s) || PAST.test(s) || LATER.test(s) || SUN_ELSEWHERE.test(s) || NOT_NAMES.test(m[1]!)) continue;
      add(m.index, m.index + m[0].length, REASON_HERE);
    }
  }
  for (const m of text.matchAll(HOSPITAL_WARD)) {
    const s = sentenceAround(text, m.index, m.index + m[0].length);
    if (PAST.test(s) || /\b(?:news|closed|closing|moved|visiting\s+hours\s+are)\b/i.test(s)) continue;
    add(m.index, m.index + m[0].length, REASON_HERE);
  }
  for (const m of text.matchAll(HOSPITAL_SCENE)) {
    if (!opensClause(text, m.index)) continue;
    const s = sentenceAround(text, m.index, m.index + m[0].length);
    if (PAST.test(s) || /\b(?:news|waiting\s+times|waits|queues)\b/i.test(s)) continue;
    add(m.index, m.index + m[0].length, REASON_HERE);
  }
  if (lower.includes('deck')) {
    for (const m of text.matchAll(DECK)) {
      const s = sentenceAround(text, m.index, m.index + m[0].length);
      if (PAST.test(s) || !opensClause(text, m.index)) continue;
      add(m.index, m.index + m[0].length, REASON_HERE);
    }
  }
  for (const m of text.matchAll(WRITING_FROM)) {
    const where = m[1]!;
    if (NOT_SOMEWHERE.test(where)) continue;
    // A capitalised name or a venue somewhere in what follows "from".
    if (!/\b[A-Z][a-z]/.test(where) && !/\b(?:hospital|ward|a&e|airport|gate|lounge|hotel|station|ferry|train|beach|pool|lodge|tent|campsite|caravan|villa)\b/i.test(where)) continue;
    add(m.index, m.index + m[0].trimEnd().length, REASON_HERE);
  }
  if (/\b(?:till|until|til)\b/i.test(text)) {
    for (const m of text.matchAll(TILL_CAPTION)) {
      if (!opensClause(text, m.index) || !placeName(m[1]!)) continue;
      const s = sentenceAround(text, m.index, m.index + m[0].length);
      if (PAST.test(s)) continue;
      add(m.index, m.index + m[0].length, REASON_EMPTY);
    }
  }
  for (const m of text.matchAll(NOW_CLAUSE)) {
    if (NOT_NAMES.test(m[1]!)) continue;
    // The clause from "we're"/"I'm" on to the next comma, semicolon or sentence stop ("... had the op and we're now ...":
    // what comes before the subject is another clause).
    let b = m.index + m[0].length;
    while (b < text.length && !/[.!?\n,;]/.test(text[b]!)) b++;
    if (CLAUSE_PAST.test(text.slice(m.index, b)) || /\b(?:he|she|they|dad|mum)\s+(?:is|are|['’]s)\b/i.test(text.slice(m.index, m.index + m[0].length))) continue;
    add(m.index, m.index + m[0].length, REASON_HERE);
  }
  // Empty homes.
  for (const m of text.matchAll(WHILE_AWAY)) {
    const s = sentenceAround(text, m.index, m.index + m[0].length);
    if (!HOME_CARE.test(s) || PAST.test(s)) continue;
    // "my neighbours are away so I'm feeding their cat": the home cared for is someone else's.
    if (/\b(?:their|his|her)\s+(?:cat|dog|house|place|fish|plants|chickens)\b/i.test(s)) continue;
    add(m.index, m.index + m[0].length, REASON_EMPTY);
  }
  for (const m of text.matchAll(LEFT_FOR)) {
    if (NOT_LEFT.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const s = sentenceAround(text, m.index, m.index + m[0].length);
    if (/\b(?:in\s+(?:19|20)\d\d|years?\s+ago|last\s+(?:year|summer))\b/i.test(s)) continue;
    add(m.index, m.index + m[0].length, REASON_EMPTY);
  }
  for (const m of text.matchAll(EYE_ON)) {
    const s = sentenceAround(text, m.index, m.index + m[0].length);
    const around = text.length <= 280 ? text : s;
    if (!AWAY_SIGN.test(around) || PAST.test(s)) continue;
    // "keep an eye out" needs the writer's own home in the sentence.
    if (/out$/i.test(m[0]) && !/\b(?:ours|our\s+(?:house|place|flat|home)|the\s+house)\b/i.test(s)) continue;
    add(m.index, m.index + m[0].length, REASON_EMPTY);
  }
  for (const m of text.matchAll(SEE_YOU_IN)) {
    if (!HOME_CARE.test(text.length <= 280 ? text : sentenceAround(text, m.index, m.index + m[0].length))) continue;
    add(m.index, m.index + m[0].length, REASON_EMPTY);
  }
  for (const m of text.matchAll(BACK_FROM)) {
    if (CAME_BACK.test(text.slice(Math.max(0, m.index - 25), m.index)) || BACK_ALREADY.test(text.slice(m.index + m[0].length))) continue;
    if (!placeName(m[1]!) && !/^[A-Z]/.test(m[1]!)) continue;
    add(m.index, m.index + m[0].length, REASON_EMPTY);
  }
  // Weekly schedules.
  if (CLOCK.test(text) && (ACTIVITY.test(text) || FIND_US.test(text))) {
    let from = 0;
    while (from < text.length) {
      let to = from;
      // A full stop between digits is a time ("6.30"), not the end of the sentence.
      while (to < text.length && !(/[.!?\n]/.test(text[to]!) && !(text[to] === '.' && /\d/.test(text[to - 1] ?? '') && /\d/.test(text[to + 1] ?? '')))) to++;
      // A list of days runs over commas and semicolons, so the sentence is the unit.
      const s = text.slice(from, to);
      if (s.length <= 400 && (RECURS.test(s) || LIST_DAY.test(s)) && CLOCK.test(s) && (ACTIVITY.test(s) || FIND_US.test(s)) && (SCHEDULE_WHO.test(s) || SCHEDULE_NAME.test(s) || SCHEDULE_I.test(s)) && !STAFF_CLUB.test(s) && !NOTICE.test(s)) {
        // The first place that is not a day, a year group or a grandparent's house ("on Mondays at 6pm at the community centre").
        for (const p of s.matchAll(SCHEDULE_PLACE)) {
          if (/^(?:at|in|on|behind|by)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|Year|Reception|Nanny['’]s|Nan['’]s|Grandad['’]s|Christmas|Easter)\b/.test(p[0])) continue;
          add(from + p.index, from + p.index + p[0].length, REASON_ROUTINE);
          break;
        }
      }
      from = to + 1;
    }
  }
  return out;
}
