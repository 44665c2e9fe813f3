/**
 * Live location said as a bare caption, with no verb (session personal13). The other readers want a verb ("I'm at",
 * "sat in", "heading to") or a venue word; these frames read the caption itself:
 *
 * - A SEAT, gate, row or start pen with a number, then where or when: "Gate A3, Luton, 6.10am", "Row C at the
 *   Crucible", "Seat 41, coach F on the 07:40 to Edinburgh", "Wave 2 at the Manchester 10k start".
 * - A NAMED PLACE and a time of day, nothing else: "Woolacombe this evening 🌅", "Mam Tor at sunrise", "Portmeirion
 *   this lunchtime". A place the lexicons know, or a name ending in a landscape word (Cove, Tor, Bay ...); another
 *   capitalised word only with a sign of the outdoors next to it (the sea, a walk, a sunset emoji).
 * - A DEPARTURE with its length: "Majorca on Sunday for eight nights", "Tenerife tomorrow for ten days".
 * - A FESTIVAL DAY: "Download day 2, tent has survived" (a day count after a name, with a tent, wellies or a
 *   stage near it).
 *
 * Left alone: the same in the past ("Gate 9 at Gatwick was chaos when we came back"), wishes and plans months off,
 * tips ("Row F at the Lyceum is a great view, book those", "Malham Cove at sunrise, get there early"), the telly, a
 * film or a book, a statement about the place ("Malham Cove at sunrise is a must"), and school gates and blocks.
 *
 * Every frame opens a clause (or follows "writing this from", "sat in" ...), so it is tried once per capitalised word
 * or keyword; each regex is bounded and linear, and the sentence is read only around a match.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Hit } from '../../../lib/engine/types.ts';
import { isKnownName } from '../../pupil/shared/first-names.ts';
import { isDestination } from './presence.ts';
import { isUkPlace } from './whereabouts.ts';

const REASON_HERE = 'This is a check-in: it tells everyone where you are right now. Share where you were after you have left instead.';
const REASON_EMPTY = 'This says when you will be away from home, so it also says when the house is empty. Post the photos after you are back.';

/** One to three capitalised words, each from a word boundary and at most 30 characters (linear on a run of capitals). */
const NAME = "\\b[A-Z][A-Za-z'’&-]{1,29}(?:\\s+[A-Z][A-Za-z'’&-]{1,29}){0,2}";
const DAY_ANY = '(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)';

/** Gate, seat, row, block, pen or wave with its number or letter: "Gate A3", "Seat 23C", "Row K", "Pen D". */
const SEAT = /\b(?:[Gg]ate|[Ss]eat|[Rr]ow|[Bb]lock|[Pp]en|[Ww]ave|[Cc]orral|[Cc]oach|[Cc]arriage|[Pp]latform|[Ss]tand|[Bb]ox)\s+(?:[A-Z]{0,2}\d{1,3}[A-Z]?|[A-Z])\b/g;
/** The writer before the seat, when it does not open the clause: "writing this from Row K", "sat in seat 14B". */
const SEAT_LEAD = /\b(?:writing\s+this|posting\s+this|sat|sitting|i['’]?m|we['’]?re|i\s+am|we\s+are)\s+(?:from|in|at|on)\s+$/i;
/** Where, after the seat: ", Luton", "at the Crucible", "in the Stretford End". */
const SEAT_WHERE = /^[^.!?\n,]{0,50}?(?:,\s*|\s(?:at|in)\s+(?:the\s+)?)([A-Z][A-Za-z'’&-]{1,29})/;
/** When, or a journey or event, after the seat: "6.10am", "on the 07:40", "start", "tonight". */
const SEAT_WHEN = /^[^.!?\n]{0,60}?(?:\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:am|pm)\b|\b(?:tonight|this\s+(?:morning|afternoon|evening)|right\s+now|now|start|boarding|flight|train)\b)/i;
/** A school's gate, block or platform: a duty, not a check-in. */
const SCHOOL_PLACE = /\b(?:school|pupils?|kids|children|parents|duty|pick[- ]?up|drop[- ]?off|year\s+\d{1,2}|class|lesson|timetable|assembly|classroom)\b/i;
/** Capitalised words after a seat or opening a caption that are not places. */
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Half|Summer|Spring|Autumn|Winter|I|We|My|Our|The|This|That|Last|Next|Year|Yr|Reception|Nursery|School|Work|Home|Bed|Church|Mum|Mam|Dad|Nan|Nana|Gran|Grandad|Grandma|Hubby|Ofsted|Inset|Assembly|Strictly|Gogglebox|Corrie|Emmerdale|Eastenders|Bake|Love|Match|Big|Mocks?|Sats|Gcse|Gcses|Maths|English|Science|Art|Music|Pe|Drama|Coffee|Lunch|Dinner|Tea|Breakfast|Brunch|Drinks|Today|Tonight|Morning|Afternoon|Evening|Sunset|Sunrise|Dawn|Happy|Good|Great|Lovely|Beautiful|Stunning|Gorgeous|Day|Weekend|Walk|Run|Swim)$/;

/** Whatever makes a caption someone else's, not now, or not real. */
const PAST = /\b(?:was|were|went|had|did|used\s+to|last\s+(?:week|weekend|month|year|summer|time|night|august|july|june)|yesterday|ago|remember(?:ing)?|throwback|tbt|that\s+time|came\s+back|in\s+(?:19|20)\d\d)\b/i;
const LATER = /\b(?:next\s+(?:month|year|summer|spring|autumn|winter|term|january|february|march|april|may|june|july|august|september|october|november|december)|one\s+day|someday|some\s+day|hopefully|would|could|should|might|wish|dream|dreaming|bucket\s+list)\b/i;
const MEDIA = /\b(?:telly|tv|iplayer|bbc|itv|channel\s+\d|netflix|film(?!\s+set)|movie|book|novel|episode|series|documentary|watching|watched|podcast|photo\s+of|painting|postcard|in\s+the\s+(?:film|book|show))\b/i;
const TIP = /\b(?:tip|tips|recommend\w*|worth\s+(?:a\s+(?:visit|trip|look|detour|stop)|the\s+(?:trip|drive|detour|visit)|every\s+(?:penny|step))|must|if\s+you|get\s+there|go\s+(?:early|at)|book\s+(?:those|early|ahead|them|it)|great\s+view|best\s+view)\b/i;
/** A statement about the place right after the caption: "Malham Cove at sunrise is a must". */
const STATEMENT_AFTER = /^\s*(?:is|was|are|were|looks|looked|will|would|has|had|['’]s)\b/i;

/** The last word of a name that says it is somewhere outdoors you can stand: "Malham Cove", "Mam Tor". */
const LANDSCAPE_END = /\b(?:Cove|Bay|Beach|Sands|Strand|Tor|Fell|Pike|Crag|Scar|Beacon|Head|Point|Hill|Hills|Moor|Common|Island|Isle|Harbour|Pier|Lake|Loch|Llyn|Water|Falls|Force|Gorge|Glen|Dale|Edge|Ridge|Cliffs?|Castle|Abbey|Priory|Gardens|Forest|Woods?|Reservoir|Estuary|Lido|Quay|Prom|Promenade|Summit)$/i;
/** A sign of the outdoors near a one-word caption: the sea, a walk, the weather, a sea or mountain emoji. */
const OUTDOORS = /\b(?:tide|sea|beach|sand|sands|waves?|surf|paddle|paddling|swim|dip|walk|walking|hike|dog|views?|summit|top|sunset|sunrise|sun|fog|mist|frost|snow|wind|windy|ice\s+cream|chips|castle|harbour|cliffs?)\b|[\u{1F305}\u{1F304}\u{1F30A}\u{26F0}\u{1F3D4}\u{1F3D6}\u{1F3DD}\u{1F41A}\u{1F334}\u{2600}\u{1F31E}\u{1F308}\u{1F415}\u{1F436}\u{1F3F0}]/iu;

/** Signs the writer is there as they post: the alarm they set, nobody else about, up here, freezing. */
const HERE_NOW = /\b(?:\d{1,2}\s*am|alarm|not\s+a\s+soul|nobody|no\s+one|up\s+here|here|now|freezing|frozen|legs|worth\s+the)\b/i;

/** A named place and a time of day: "Woolacombe this evening", "Mam Tor at sunrise". */
const PLACE_TIME = new RegExp(`(${NAME}(?:\\s+(?:beach|bay|sands|cove|pier|harbour|hill|woods|forest|lake|moor|common|prom|seafront|castle|summit|reservoir))?)\\s+(?:this\\s+(?:morning|afternoon|evening|lunchtime|lunch\\s+time)|at\\s+(?:sunrise|sunset|dawn|first\\s+light|golden\\s+hour|low\\s+tide|high\\s+tide|daybreak|dusk)|right\\s+now)\\b`, 'g');
/** A place, a day soon and a length: "Majorca on Sunday for eight nights", "Tenerife tomorrow for ten days". */
const GO_FOR = new RegExp(
  `(${NAME})\\s+(?:tomorrow|tmrw|(?:on\\s+|this\\s+|next\\s+)?${DAY_ANY}|on\\s+the\\s+\\d{1,2}(?:st|nd|rd|th))\\s+for\\s+(?:a\\s+(?:whole\\s+)?(?:week|fortnight|month)|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\\d{1,2})\\s+(?:nights|days|weeks))\\b`,
  'g',
);
/** Going, a day soon, and the return months off: "flying to Lagos on the 20th, back in January". */
const GO_BACK = new RegExp(
  `\\b(?:[Ff]lying|[Ff]ly|[Oo]ff|[Hh]eading|[Gg]oing|[Tt]ravelling|[Dd]riving)\\s+(?:out\\s+|off\\s+)?to\\s+(${NAME})\\s+(?:tomorrow|tmrw|(?:on\\s+|this\\s+|next\\s+)?${DAY_ANY}|on\\s+the\\s+\\d{1,2}(?:st|nd|rd|th))[,;]?\\s+(?:and\\s+|not\\s+)?back\\s+(?:in|on|for|till|until|after)\\s+(?:the\\s+\\d{1,2}(?:st|nd|rd|th)|${DAY_ANY}|[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember|[Cc]hristmas|[Ee]aster|[Nn]ew\\s+[Yy]ear)\\b`,
  'g',
);
/** A name and a day count: "Download day 2", "Glasto day three". */
const FEST_DAY = new RegExp(`(${NAME})(?:\\s+(?:festival|fest))?\\s+[Dd]ay\\s+(?:[1-9]|one|two|three|four|five)\\b`, 'g');
/** Near a day count, the signs of a festival field. */
const FESTIVAL = /\b(?:tent|tents|wellies|campsite|camping|glamping|stage|headliner|mud|muddy|festival|wristband|portaloos?|field|gazebo)\b/i;
const NOT_FESTIVAL = /^(?:Sports|Christmas|Boxing|Results|Inset|Training|Induction|Sats|Exam|Exams|Mock|Mocks|Strike|Snow|Sick|Trial|Test|Match|Race|Advent)$/;

/**
 * Session personal15: a festival camp named by the festival's day count or by the camp itself, with no place name: "day 2
 * at the festival", "Morning three at the festival", "we're camped in the blue field near the main stage", "we're pitched
 * just left of the yellow flags". The field is the whereabouts; left alone in a memory, a plan, a film or a tip.
 */
const FEST_AT = /\b(?:(?:[Dd]ay|[Mm]orning|[Nn]ight|[Ee]vening)\s+(?:[1-6]|one|two|three|four|five|six)|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth)\s+(?:day|morning|night|evening))\s+(?:at|of)\s+(?:the\s+)?(?:festival|fest)\b/g;
const CAMPED = /\b(?:[Ww]e['’]?re|I['’]?m|[Ww]e\s+are|I\s+am)\s+(?:(?:all|now|currently|still)\s+)?(?:camped|pitched)\s+(?:up\s+)?(?:(?:right|just)\s+)?(?:in|at|by|near|next\s+to|behind|beside|opposite|left\s+of|right\s+of)\s+(?:the\s+|a\s+)?[\w'’-]+(?:\s+[\w'’-]+)?/g;
/** A memory of a camp, said without a plain past verb ("did" may be about the storm, not the stay). */
const MEMORY = /\b(?:last\s+(?:year|summer|month|august|july|june)|ago|remember(?:ing)?|throwback|tbt|used\s+to|in\s+(?:19|20)\d\d|back\s+in)\b/i;

/**
 * Session personal15: a verbless caption sentence naming a spot at a place, with "Right now" or "At the moment" opening the
 * next sentence: "The café at Dobbies in Harrogate. At the moment I'm on my third scone", "The little cove below
 * Mousehole. Right now the boys are building a dam". Either sentence alone says little; together they are a check-in.
 * NOW_OPENS finds the second sentence; the caption is the text back to the previous stop (at most 80 characters),
 * matched whole by CAPTION_SPOT (a few words, a preposition, a capitalised place and its capitalised words).
 */
const NOW_OPENS = /[.!\n]\s*(?:[Rr]ight\s+now|[Aa]t\s+the\s+(?:moment|minute)|[Cc]urrently|[Aa]s\s+(?:we\s+speak|I\s+type))\b/g;
const CAPTION_SPOT = /^(?:(?:[Tt]he|[Aa]|[Aa]n|[Oo]ur|[Mm]y)\s+)?(?:[a-zé'’-]+\s+){0,3}?(?:at|in|on|by|near|below|above|outside|behind|of)\s+(?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|&|of|in|on|at|the)){0,5})$/;
/** Verbs and pronouns that make the first sentence a statement rather than a caption. */
const NOT_CAPTION = /\b(?:is|was|are|were|be|been|has|have|had|i|we|you|he|she|they|it|set|filmed|series|episode|book|film)\b/i;

/** Does a sentence end at `i`? A full stop between digits is a clock time ("3.15"), not an end. */
function stopAt(text: string, i: number): boolean {
  const c = text[i]!;
  if (c !== '.') return c === '!' || c === '?' || c === '\n';
  return !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
}

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 300 && !stopAt(text, a - 1)) a--;
  let b = end;
  while (b < text.length && b - end < 300 && !stopAt(text, b)) b++;
  return text.slice(a, b);
}

/** A clause opens here: the post's start or after punctuation, maybe with an emoji or quote between. */
function opensClause(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && index - i < 20 && /[\s"“‘'(\uFE0F]/.test(text[i]!)) i--;
  if (i < 0) return true;
  const c = text[i]!;
  return /[.!?,;:\n\u2013\u2014)\-]/.test(c) || /[\uD800-\uDFFF]/.test(c) || /\p{Extended_Pictographic}/u.test(c);
}

/** Before a caption that does not open the clause: "it's Robin Hood's Bay right now", "the summit of Cat Bells at first light". */
const CAPTION_LEAD = /(?:^|[.!?,;:\n\u2013\u2014]|\p{Extended_Pictographic}|\b(?:and|so|but|now))\s*(?:(?:so|and|but|now)\s+)?(?:it['’]s|it\s+is|(?:the\s+)?(?:summit|top|foot)\s+of(?:\s+the)?)\s+$/u;

function knownPlace(name: string): boolean {
  return isUkPlace(name) || isDestination(name) || name.split(/\s+/).some((w) => isUkPlace(w) || isDestination(w));
}

/** Is the capitalised name somewhere, and no one's first name or a word that is not a place? */
function placeLike(name: string): boolean {
  const words = name.split(/\s+/);
  // "Mam Tor", "Robin Hood's Bay": a landscape word at the end makes a place of a first word that is a person alone.
  if (words.length > 1 && LANDSCAPE_END.test(name)) return true;
  if (NOT_PLACE.test(words[0]!)) return false;
  if (knownPlace(name)) return true;
  return !(words.length === 1 && isKnownName(words[0]!));
}

function overlaps(hits: readonly Hit[], start: number, end: number): boolean {
  return hits.some((h) => h.start < end && start < h.end);
}

export function captionHits(doc: Doc, taken: readonly Hit[] = []): Hit[] {
  const { text } = doc;
  const out: Hit[] = [];
  const add = (start: number, end: number, reason: string): void => {
    if (!overlaps(taken, start, end) && !overlaps(out, start, end)) out.push({ start, end, reason });
  };
  const unreal = (s: string): boolean => PAST.test(s) || LATER.test(s) || MEDIA.test(s) || TIP.test(s);

  for (const m of text.matchAll(SEAT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!opensClause(text, start) && !SEAT_LEAD.test(text.slice(Math.max(0, start - 40), start))) continue;
    const after = text.slice(end, end + 80);
    const where = SEAT_WHERE.exec(after);
    const placed = where !== null && !NOT_PLACE.test(where[1]!) && !isKnownName(where[1]!);
    if (!placed && !SEAT_WHEN.test(after)) continue;
    const s = sentenceAround(text, start, end);
    if (unreal(s) || SCHOOL_PLACE.test(s)) continue;
    const stop = where && placed ? end + where.index + where[0].length : end;
    if (STATEMENT_AFTER.test(text.slice(stop, stop + 12))) continue;
    add(start, stop, REASON_HERE);
  }

  for (const m of text.matchAll(PLACE_TIME)) {
    const name = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    if ((!opensClause(text, start) && !CAPTION_LEAD.test(text.slice(Math.max(0, start - 30), start))) || !placeLike(name)) continue;
    if (STATEMENT_AFTER.test(text.slice(end, end + 12))) continue;
    const s = sentenceAround(text, start, end);
    if (unreal(s)) continue;
    // "Whitehaven harbour at sunset, just beautiful" may be a photo from any day: the light of day alone needs a sign
    // that the writer is there now (the outdoors, the hour they got up, nobody else about).
    const later = text.slice(end, end + 120);
    if (/\bat\s+\w/.test(m[0].slice(name.length)) && !OUTDOORS.test(later) && !HERE_NOW.test(later)) continue;
    // A one-word caption that no lexicon knows needs the outdoors beside it ("Woolacombe this evening 🌅 tide out").
    if (!knownPlace(name) && !LANDSCAPE_END.test(name) && !OUTDOORS.test(text.slice(end, end + 120))) continue;
    add(start, end, REASON_HERE);
  }

  for (const m of text.matchAll(GO_FOR)) {
    const name = m[1]!;
    // "Gran Canaria": a place known whole outranks a first word that alone is not a place.
    if (!opensClause(text, m.index) || !knownPlace(name) || (NOT_PLACE.test(name.split(/\s+/)[0]!) && !isUkPlace(name) && !isDestination(name))) continue;
    const s = sentenceAround(text, m.index, m.index + m[0].length);
    if (PAST.test(s) || LATER.test(s)) continue;
    add(m.index, m.index + m[0].length, REASON_EMPTY);
  }

  for (const m of text.matchAll(GO_BACK)) {
    const name = m[1]!;
    if (NOT_PLACE.test(name.split(/\s+/)[0]!) && !knownPlace(name)) continue;
    if (isKnownName(name) && !knownPlace(name)) continue;
    const s = sentenceAround(text, m.index, m.index + m[0].length);
    if (PAST.test(s) || LATER.test(s) || /\b(?:he|she|they|my\s+(?:mum|dad|son|daughter|sister|brother|parents|friend|husband|wife|partner))\b/i.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    add(m.index, m.index + m[0].length, REASON_EMPTY);
  }

  for (const m of text.matchAll(NOW_OPENS)) {
    const stop = m.index;
    let a = stop;
    while (a > 0 && stop - a < 80 && !/[.!?\n]/.test(text[a - 1]!)) a--;
    if (a > 0 && !/[.!?\n]/.test(text[a - 1]!)) continue;
    while (a < stop && /\s/.test(text[a]!)) a++;
    const caption = text.slice(a, stop);
    const spot = CAPTION_SPOT.exec(caption);
    if (!spot || NOT_CAPTION.test(caption) || !placeLike(spot[1]!.split(/\s+/)[0]!)) continue;
    const next = sentenceAround(text, stop + m[0].length, stop + m[0].length);
    if (MEMORY.test(caption) || LATER.test(next) || MEDIA.test(caption + ' ' + next) || SCHOOL_PLACE.test(caption)) continue;
    add(a, stop, REASON_HERE);
  }

  for (const re of [FEST_AT, CAMPED]) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (re === FEST_AT && !opensClause(text, start)) continue;
      const s = sentenceAround(text, start, end);
      if (MEMORY.test(s) || LATER.test(s) || MEDIA.test(s) || TIP.test(s) || STATEMENT_AFTER.test(text.slice(end, end + 12))) continue;
      // "we're camped" with "next week", "in August", "for Glasto": a plan, not where the tent is now.
      if (re === CAMPED && /\b(?:next|tomorrow|in\s+(?:june|july|august)|booked|going\s+to)\b/i.test(s)) continue;
      add(start, end, REASON_HERE);
    }
  }

  for (const m of text.matchAll(FEST_DAY)) {
    const name = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    if (!opensClause(text, start) || NOT_FESTIVAL.test(name.split(/\s+/).pop()!) || NOT_PLACE.test(name.split(/\s+/)[0]!)) continue;
    if (!FESTIVAL.test(text.slice(end, end + 120))) continue;
    const s = sentenceAround(text, start, end);
    if (PAST.test(s) || LATER.test(s) || MEDIA.test(s)) continue;
    add(start, end, REASON_HERE);
  }
  return out;
}
