/**
 * Irony with no rated word: complaints made by stating a fact or a time, and thanks that are not thanks.
 *
 * - Thanks or joy for an imposition: a gratitude or delight word, then something done TO the writer ("being
 *   asked to", "to be told", "to find out", "whoever decided", "the email at 7pm"), and in the same sentence a
 *   sign the thing is extra work or late notice (extra, cover, duty, PPA, the night before, a clock time,
 *   nobody told us). Sincere thanks has no such shape ("grateful to be given the chance to lead the trip").
 * - Late or short notice from someone else: a message verb (email, sent, landed, published, found out...) at a
 *   clock time that is late at night or early morning, at a weekend, or just before the thing it announces
 *   ("at 4pm for 9am tomorrow"). The writer's own late email ("I sent the newsletter at 9pm") is left alone.
 * - Weariness at being told: "grown weary of being told...", "fed up of being expected to...", "tired of
 *   the endless box ticking" (weather and home moans are left alone).
 * - "Someone's idea of X is ...": said of a leader, the trust or the school (not "my idea of a perfect Saturday").
 * - They got / we got: leaders or the trust get something, staff get something else in the next sentence.
 * - Mocking a class's basic skills: "half my Year 10s can't spell 'because'", unless the post says they are
 *   learning ("yet", "so proud", "now they all can").
 */
import { gainThenLack, sideBySide } from './shared/tally.ts';
import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import { inParts } from './shared/parts.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { matchInWindows, triggerWindows } from './shared/windows.ts';

const A = "['’]";
const S = '(?:[^.!?\\n]|(?<=\\d)\\.(?=\\d))'; // a character inside the same sentence (a dot between digits is a time)

// Thanks or delight, then something done to the writer.
const THANKS = `(?:grateful|thankful|thank\\s+(?:you|u)(?:\\s+so\\s+much)?|thanks(?:\\s+so\\s+much)?|cheers|appreciate|blessed|thrilled|delighted|overjoyed|chuffed|honoured|love|loving|lovely|so\\s+glad|so\\s+happy)`;
const DONE_TO = `(?:(?:being|to\\s+be|to\\s+get|getting|been)\\s+(?:told|asked|handed|given|put|landed|lumbered|dumped|informed|emailed|sent|made|expected|covering|the\\s+last\\s+to\\s+know|volunteered|allocated|timetabled)|to\\s+(?:find|finding)\\s+out|(?:to|for)\\s+(?:learn|learning|hear|hearing)|finding\\s+out|for\\s+(?:letting|telling|informing)\\s+(?:us|me)|for\\s+(?:the|that|your|this)\\s+(?:\\w+\\s+)?(?:email|e-mail|message|text|whatsapp|heads[- ]up|notice|memo|update|reminder)|(?:to\\s+get|getting|to\\s+receive|receiving)\\s+(?:the|a|an|our|my)\\s+(?:new|revised|updated|latest|final|extra)\\s+\\w+|(?:to|for)\\s+whoever\\s+(?:decided|thought|put|planned|scheduled|timetabled|booked|came\\s+up\\s+with|signed\\s+off|agreed)|(?:[\\w'’-]+\\s+){1,3}(?:changing|moving|cancelling|canceling|sending|booking|putting|scheduling|emailing|announcing|telling|asking|dropping|springing|adding|scrapping|cutting|rearranging|swapping|bringing|launching))`;
const THANKS_FOR_IMPOSITION = new RegExp(`\\b${THANKS}\\b${S}{0,40}?\\b${DONE_TO}\\b${S}{0,120}`, 'gi');
// What makes the thing thanked for an imposition: more work, late or short notice, being left out.
const IMPOSITION = new RegExp(
  `\\b(?:extra|additional|cover|covering|duty|duties|ppa|free\\s+period|lunch\\s*break|night\\s+before|day\\s+before|week\\s+before|days\\s+before|morning\\s+of|last\\s+day|last\\s+minute|last-minute|short\\s+notice|no\\s+notice|tomorrow|tonight|weekend|holidays?|half[- ]term|saturday|sunday|nobody|no\\s+one|last\\s+to\\s+know|from\\s+a\\s+parent|on\\s+(?:twitter|facebook|x|instagram|the\\s+news)|newsletter|clash|clashes|in\\s+the\\s+rain|deadline|moved\\s+forward|brought\\s+forward|zero|mocks|whoever|morning\\s+of|(?:minutes|mins|hours?|days?|seconds)\\s+before|(?:minutes|hours|days)['’]?\\s+notice|without\\s+(?:being\\s+)?(?:asked|consulted|told|warning|notice|any\\s+notice))\\b|\\b\\d{1,2}[.:]\\d{2}\\b|\\b\\d{1,2}\\s?(?:am|pm)\\b`,
  'i',
);
// "grateful to be given the chance", "thanks for the lovely message": kindness and opportunity.
const SINCERE = /\b(?:chance|opportunity|privilege|honour|honor|award|lovely|kind|kindest|sweet|sweetest|beautiful|congratulations|well\s+done|passed|the\s+job|promotion|support(?:ing)?|help(?:ing|ed)?|flowers|cake|cakes|biscuits?|card|cards|gift|present|made\s+my\s+(?:day|week|year|morning|night|evening)|made\s+me\s+(?:smile|cry|laugh)|saved\s+(?:me|us|my|our)|lifesaver|life\s+saver|breakfast|bacon|pizzas?|treats?|drinks|coffees?|doughnuts?|donuts?|chocolates?|wine|prosecco|fizz|sweets|ice\s+creams?|lunch\s+for|put(?:ting)?\s+up\s+with\s+(?:me|us)|touched|(?:so|really|very|deeply)\s+moved|moved\s+(?:me|us)|heart\w*)\b/i;

// A message or news arriving at a clock time.
const TIME = `(?:\\d{1,2}[.:]\\d{2}\\s?(?:am|pm)?|\\d{1,2}\\s?(?:am|pm))`;
const ARRIVED = new RegExp(
  `\\b(?:emails?|e-mails?|emailed|message|messages|whatsapp|text|texts|sent|landed|arrived|came\\s+(?:in|through|out)|pinged|published|released|announced|dropped|told|found\\s+out|informed|notified|popped\\s+up|went\\s+out|received|got)\\b${S}{0,40}?\\b(?:at\\s+)?(${TIME})(?!\\d|[.:]\\d)${S}{0,80}`,
  'gi',
);
// "Sunday 9pm: email about Monday's learning walk", "at 11pm, a message from the deputy".
const TIME_THEN_MESSAGE = new RegExp(`(?:\\b(?:saturday|sunday|friday)\\s+)?\\b(?:at\\s+)?(${TIME})(?!\\d|[.:]\\d)\\s*[:,–—-]?\\s*(?:an?\\s+|the\\s+|another\\s+)?(?:email|e-mail|message|whatsapp|text|teams\\s+message)\\b${S}{0,80}`, 'gi');
const TIME_PARTS = /(\d{1,2})(?:[.:](\d{2}))?\s?(am|pm)?/i;
// The writer is the sender: "I sent", "Sent my", "we emailed".
const OWN_SEND = /(?:^|[.!?\n]\s*)(?:(?:i|we)\s+(?:\w+\s+)?)?(?:sent|emailed|published|released|announced|dropped|texted|messaged)\s+(?:my|our|the|off|out|it|a|an)\b|\b(?:i|we)\s+(?:just\s+)?(?:sent|emailed|published|released|announced|dropped|texted|messaged|told)\b/i;
const MESSAGE = /\b(?:emails?|e-mails?|messages?|whatsapps?|texts?|letters?|memos?|updates?|notices?|newsletters?|bulletins?|timetables?|rotas?|seating\s+plans?|plans?|policy|policies|templates?|forms?|lists?|data|targets?|deadlines?|feedback|results|calendar|schedule|slots|cover|requests?|questions?|surveys?|tasks?|agenda|minutes|invites?|invitations?)\b/i;
const WEEKEND = /\b(?:on\s+(?:a\s+)?(?:saturday|sunday)|(?:saturday|sunday)\s+(?:night|evening|morning|at|\d)|over\s+the\s+weekend|at\s+the\s+weekend|on\s+(?:a\s+)?friday\s+(?:night|evening)|bank\s+holiday|christmas\s+day|boxing\s+day|in\s+the\s+holidays)\b/i;
const SHORT_NOTICE = new RegExp(`\\b(?:for\\s+(?:a\\s+)?${TIME}|by\\s+${TIME}|tomorrow|the\\s+next\\s+(?:day|morning|afternoon)|from\\s+monday|for\\s+monday|first\\s+thing|same\\s+day|that\\s+(?:i['’]m|we['’]re|i\\s+am|we\\s+are)\\s+(?:teaching|covering|on|in))\\b`, 'i');
const KINDLY = /\b(?:thank|thanks|thanking|lovely|kind|sweet|proud|congratulat\w*|well\s+done|passed|the\s+job|good\s+news|baby|born|engaged|yay|woo+|hooray|excited|results?\s+(?:are|were)\s+(?:in|out)|safe|arrived\s+safely|landed\s+safely)\b/i;

// Weariness at being told or at endless process.
const WEARY = new RegExp(
  `\\b(?:weary|tired|sick|fed\\s+up)\\s+(?:to\\s+death\\s+)?of\\s+(?:being\\s+(?:told|asked|expected|made|treated|blamed|lectured|sent|given|micromanaged|judged)|hearing|the\\s+(?:constant|endless|never-ending|neverending|same|relentless|latest)\\b|all\\s+the\\s+(?:initiatives|box)|box[- ]ticking|(?:the|these|all\\s+the)\\s+['‘"“])${S}{0,100}`,
  'gi',
);
const EVERYDAY = /\b(?:rain|raining|weather|grey|dark|cold|snow|wind|heat|traffic|trains?|bus|buses|commute|roadworks|cooking|my\s+own|hay\s*fever|cold|cough|kids\s+at\s+home|toddler|my\s+(?:husband|wife|partner|son|daughter|kids|children)|the\s+news|politics|football|the\s+match)\b/i;

// "The trust's idea of wellbeing is ...": a leader or the school's notion, shown up by what follows.
const IDEA_OF = new RegExp(
  `\\b(?:the\\s+|our\\s+|their\\s+)?(?:slt|leadership|management|head|heads|headteacher|head\\s+teacher|deputy|trust|academy|school|la|council|dfe|government|ofsted|governors|ceo|exec|execs|hr|line\\s+manager|bosses|boss|department|senior\\s+leaders?|powers\\s+that\\s+be|admin|office)${A}s?\\s+idea\\s+of\\s+(?:a\\s+|an\\s+)?['‘"“]?[\\w -]{2,40}?['’"”]?\\s+(?:is|was|seems\\s+to\\s+be)\\b${S}{0,80}|\\btheir\\s+idea\\s+of\\s+(?:a\\s+|an\\s+)?['‘"“]?[\\w -]{2,40}?['’"”]?\\s+(?:is|was)\\b${S}{0,80}`,
  'gi',
);

// Leaders get something; staff get something else.
const LEADERS = '(?:leadership|slt|senior\\s+leaders?|the\\s+head|our\\s+head|heads|execs?|exec\\s+team|the\\s+ceo|ceo|trust\\s+ceo|the\\s+trust|governors|management|directors|bosses|central\\s+team)';
const THEY_GOT_WE_GOT = new RegExp(
  `\\b${LEADERS}${S}{0,30}?\\b(?:got|get|gets|getting|are\\s+getting|have\\s+got|receive|received|receives)\\b${S}{2,80}[.!?;,\\n]+\\s*(?:and\\s+|while\\s+|meanwhile\\s+|but\\s+)?(?:we|us|staff|support\\s+staff|teachers|tas|the\\s+rest\\s+of\\s+us|everyone\\s+else|the\\s+staff|teaching\\s+staff)\\s+(?:got|get|gets|are\\s+getting|have\\s+got|were\\s+given|are\\s+given|got\\s+told|get\\s+told)\\b${S}{0,60}`,
  'gi',
);

// A class or share of one that cannot do something basic.
const GROUP = `(?:my|our|the|this|that)?\\s*(?:class|group|form|set\\s+\\d|year\\s+\\d{1,2}s?|yr\\s?\\d{1,2}s?|y\\d{1,2}s?|\\d{1,2}[a-z]{1,2}\\d?|kids|students|pupils|children|lot)`;
const CANT_BASICS = new RegExp(
  `\\b(?:half|most|some|none|all|loads|a\\s+third|two\\s+thirds|three\\s+quarters|a\\s+lot|the\\s+majority|most)\\s+(?:of\\s+)?${GROUP}\\s+(?:still\\s+)?(?:can${A}?t|cannot|couldn${A}?t|could\\s+not|don${A}?t\\s+know\\s+how\\s+to|didn${A}?t\\s+know\\s+how\\s+to)\\s+(?:even\\s+)?(?:read|write|spell|count|find|tell|add|use|hold|tie|name|work\\s+out|do|sit|say|point)\\b${S}{0,60}`,
  'gi',
);
const NONE_CAN = new RegExp(
  `\\bnone\\s+of\\s+${GROUP}\\s+(?:can|could|know\\s+how\\s+to|knew\\s+how\\s+to)\\s+(?:even\\s+)?(?:read|write|spell|count|find|tell|add|use|hold|tie|name|work\\s+out|do|sit|say|point)\\b${S}{0,60}`,
  'gi',
);
const LEARNING = /\b(?:yet|now\s+(?:they|he|she|we)|so\s+proud|proud|building|working\s+on|practis\w+|practic\w+|support|help|helping|progress|learning|we['’]re\s+doing|lots\s+of|getting\s+there|bless|sen|send|eal|new\s+to\s+english|dyslexi\w*|but)\b/i;

// Neglect of duty stated as fact about a school person: "took two weeks to reply", "haven't set foot in a classroom".
const PERSON = '(?:head|headteacher|head\\s+teacher|deputy(?:\\s+head)?|slt|leadership|senior\\s+leaders?|business\\s+manager|line\\s+manager|data\\s+manager|office\\s+manager|head\\s+of\\s+\\w+|hod|senco|sendco|dsl|governors|trust|caretaker|site\\s+manager|bursar|hr|office|(?:\\w+\\s+)?teacher\\s+next\\s+door|ceo|exec\\s+head)';
const NEGLECT = new RegExp(
  `\\b(?:the|our|my|their)\\s+(?:new\\s+)?${PERSON}\\s+(?:(?:took|takes|has\\s+taken)\\s+(?:\\w+\\s+){1,2}(?:weeks|days|months|terms)\\s+to\\s+(?:reply|respond|answer|get\\s+back|sort|fix|return|read)|(?:still\\s+)?(?:hasn${A}?t|haven${A}?t|has\\s+not|have\\s+not|has\\s+never|have\\s+never|never)\\s+(?:once\\s+|even\\s+|yet\\s+)?(?:set\\s+foot\\s+in|replied|responded|answered|returned|been\\s+seen|shown\\s+(?:up|their\\s+face)|stood\\s+on|done\\s+a|covered\\s+a|taught\\s+a)|(?:leaves|goes\\s+home|disappears|vanishes|clocks\\s+off)\\s+(?:at\\s+${TIME}|before\\s+\\w+)${S}{0,20}\\bevery\\s+(?:single\\s+)?(?:day|night|afternoon|week))${S}{0,60}`,
  'gi',
);

// Incredulous echo: a count about a school person or group, then the count again as a sentence of its own
// ("Our head has been in three times this term. Three.", "Not one parent replied. Not one.").
const ECHO = /\b(once|twice|three|four|five|six|seven|eight|nine|ten|none|zero|\d{1,2}|not\s+one|not\s+once|every\s+(?:single\s+)?(?:day|time|week|lesson|year))\b[^.!?\n]{0,80}[.!?]+\s*(?:(?:yes|literally|that['’]s|just)\s+)?(\w+(?:\s+\w+){0,2})[.!?]+(?:\s|$)/gi;
const ECHO_TARGET = /\b(?:head|headteacher|deputy|slt|leadership|trust|governors|parents?|families|mums|dads|colleagues?|staff|department|hod|senco|office|management|ofsted|la|council|meetings?|emails?|twilights?|inset|learning\s+walks?|observations?|data\s+drops?)\b/i;
const PROUD = /\b(?:raised|won|proud|amazing|brilliant|well\s+done|congrat\w*|incredible|record|love|loved|smashed|best|yay|hooray)\b/i;

const TRIGGERS = new Set(
  ("grateful thankful thank thanks cheers appreciate blessed thrilled delighted overjoyed chuffed honoured love loving lovely glad happy " +
    'email emails e-mail e-mails emailed message messages whatsapp text texts sent landed arrived came pinged published released announced dropped told found informed notified popped went ' +
    "weary tired sick fed idea took takes taken hasn't haven't hasnt havent never leaves disappears vanishes clocks none got once twice three four five six seven eight nine ten zero not every get gets getting receive received receives can't cant cannot couldn't couldnt don't didn't").split(' '),
);

// Literal parts every match of a pattern above contains: a post without one skips that pattern's scan (same findings).
const HAS_TIME = /\d\s?(?:am|pm)|\d[.:]\d\d/i;
const HAS_WEARY = /weary|tired|sick|fed\s+up/i;
const HAS_IDEA = /idea\s+of/i;
const HAS_CANT = /can['’]?t|cannot|couldn['’]?t|could\s+not|don['’]?t\s+know|didn['’]?t\s+know/i;
const HAS_NONE_OF = /none\s+of/i;

const REASON_THANKS = 'Sarcasm: thanks or delight for extra work or late notice reads as a public complaint about the school or its leaders. Raise it through the proper channels instead.';
const REASON_TIME = 'Complaint by timestamp: pointing out when a message arrived (late at night, at a weekend or at short notice) reads as a public grievance about the school or its leaders.';
const REASON_WEARY = 'Grievance: weariness at what the school or its leaders keep telling staff reads as a public complaint. Raise it through the proper channels instead.';
const REASON_IDEA = 'Sarcasm: "their idea of ... is" mocks the school, its leaders or the authority in public.';
const REASON_CONTRAST = 'Grievance: contrasting what leaders get with what staff get reads as a public complaint about pay or treatment.';
const REASON_TALLY = 'Grievance: setting facts side by side (what staff are asked for against what they get) reads as a public complaint about the school or its leaders.';
/** A gain for leaders beside a lack for staff ("New office for the CEO. Leaking ceiling in Year 2."), when nothing else here read the post. */
function withGainThenLack(doc: Doc, hits: Hit[]): Hit[] {
  if (hits.length > 0) return hits;
  const g = gainThenLack(doc);
  if (g) hits.push({ ...g, reason: REASON_TALLY });
  return hits;
}
const REASON_NEGLECT = 'Criticising a colleague or leader: stating in public that they neglect their work reads as a complaint about them. Raise it through the proper channels instead.';
const REASON_ECHO = 'Sarcasm: repeating a count on its own ("Three.") holds the school, its staff or its families up to ridicule in public.';
const REASON_BASICS = 'Mocking pupils: saying a class cannot do something basic holds them up to ridicule, and parents may recognise the class.';

/** Hour of the day (0-23) a clock time most likely means, or undefined when it could be either. */
function hourOf(time: string): { hour: number; sure: boolean } | undefined {
  const m = TIME_PARTS.exec(time);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const suffix = m[3]?.toLowerCase();
  if (hour > 23) return undefined;
  if (suffix === 'pm' && hour < 12) hour += 12;
  else if (suffix === 'am' && hour === 12) hour = 0;
  return { hour, sure: suffix !== undefined || hour >= 13 || hour === 0 };
}

/** A sentence break at `i`: . ! ? or a new line, but not the dot inside a time or a number ("3.45"). */
function isBreak(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === '!' || c === '?' || c === '\n') return true;
  return c === '.' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
}

// How far a sentence is read either side of a match: keeps a post with no full stops linear in its length.
const REACH = 240;

function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < REACH && !isBreak(text, s - 1)) s--;
  let e = end;
  while (e < text.length && e - end < REACH && !isBreak(text, e)) e++;
  return text.slice(s, e);
}

/** The sentence after the one ending at or after `end` (for short notice and sarcastic tails). */
function nextSentence(text: string, end: number): string {
  let e = end;
  while (e < text.length && e - end < REACH && !isBreak(text, e)) e++;
  while (e < text.length && e - end < REACH && (isBreak(text, e) || /\s/.test(text[e]!))) e++;
  let f = e;
  while (f < text.length && f - e < REACH && !isBreak(text, f)) f++;
  return text.slice(e, f);
}

export default defineRule({
  meta: {
    id: 'tone/irony',
    category: 'tone',
    severity: 'medium',
    theme: 'grievances',
    description: 'Irony with no rated word: thanks for extra work or late notice, complaints made by stating when a message arrived, weariness at being told, "their idea of ... is", they-got/we-got contrasts, and mocking a class\'s basic skills.',
  },
  create() {
    const read = (doc: Doc): Hit[] => {
      const { text } = doc;
      const hits: Hit[] = [];
      // Facts set side by side ("Meetings this week: 5. Minutes left to mark: 0."): ./shared/tally.ts.
      const tally = sideBySide(doc);
      if (tally) hits.push({ ...tally, reason: REASON_TALLY });
      const windows = triggerWindows(doc, TRIGGERS, 160);
      if (windows.length === 0) return withGainThenLack(doc, hits);

      for (const m of matchInWindows(text, THANKS_FOR_IMPOSITION, windows)) {
        const after = m.text;
        // The sign may follow in the next short sentences: "Honoured to be volunteered for the fair. Again. Without being asked".
        const next = nextSentence(text, m.index + m.text.length);
        const nextStart = text.indexOf(next, m.index + m.text.length);
        const then = next.length < 20 && nextStart >= 0 ? nextSentence(text, nextStart + next.length) : '';
        if (!IMPOSITION.test(after) && !IMPOSITION.test(next) && !IMPOSITION.test(then)) continue;
        if (SINCERE.test(after)) continue;
        hits.push({ start: m.index, end: m.index + m.text.trimEnd().length, reason: REASON_THANKS });
      }

      const hasTime = HAS_TIME.test(text);
      for (const m of hasTime ? matchInWindows(text, ARRIVED, windows) : []) {
        const start = m.index, end = m.index + m.text.trimEnd().length;
        const sentence = sentenceAround(text, start, end);
        if (OWN_SEND.test(sentence) || KINDLY.test(sentence)) continue;
        // "landed", "arrived", "dropped": a message or a piece of school news did, not a flight or a parcel.
        if (/^(?:landed|arrived|came|dropped|popped|went|received|got)\b/i.test(m.text) && !MESSAGE.test(sentence)) continue;
        const when = hourOf(m.groups[0] ?? '');
        if (!when) continue;
        const late = when.sure ? when.hour >= 21 || when.hour < 6 || (when.hour < 7 && /am/i.test(m.groups[0]!)) : when.hour >= 9 && when.hour <= 11 && /\b(?:night|tonight|last\s+night)\b/i.test(sentence);
        const weekend = WEEKEND.test(sentence);
        const beforeSchool = !when.sure && (when.hour === 7 || when.hour === 8) && /\b(?:found\s+out|told|informed|notified)\b/i.test(m.text);
        const notice = (when.hour >= 15 || (!when.sure && when.hour >= 1 && when.hour <= 6) || beforeSchool) && (SHORT_NOTICE.test(sentence) || SHORT_NOTICE.test(nextSentence(text, end)));
        if (!late && !weekend && !notice && !beforeSchool) continue;
        hits.push({ start, end, reason: REASON_TIME });
      }

      // Hits so far, in text order: one moving pointer finds any that overlap (linear, not hits x matches).
      const timed = hits.slice().sort((x, y) => x.start - y.start);
      let ti = 0;
      for (const m of hasTime ? matchInWindows(text, TIME_THEN_MESSAGE, windows) : []) {
        const start = m.index, end = m.index + m.text.trimEnd().length;
        while (ti < timed.length && timed[ti]!.end <= start) ti++;
        if (ti < timed.length && timed[ti]!.start < end) continue;
        const sentence = sentenceAround(text, start, end);
        if (OWN_SEND.test(sentence) || KINDLY.test(sentence)) continue;
        const when = hourOf(m.groups[0] ?? '');
        if (!when) continue;
        const late = when.sure && (when.hour >= 21 || when.hour < 6);
        if (!late && !WEEKEND.test(m.text)) continue;
        hits.push({ start, end, reason: REASON_TIME });
      }

      for (const m of matchInWindows(text, NEGLECT, windows)) hits.push({ start: m.index, end: m.index + m.text.trimEnd().length, reason: REASON_NEGLECT });

      for (const m of matchInWindows(text, ECHO, windows)) {
        const count = (m.groups[0] ?? '').toLowerCase().replace(/\s+/g, ' ');
        const echo = (m.groups[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
        if (echo !== count) continue;
        const start = m.index, end = m.index + m.text.trimEnd().length;
        const sentence = sentenceAround(text, start, start + 1);
        if (!ECHO_TARGET.test(sentence) || PROUD.test(text)) continue;
        hits.push({ start, end, reason: REASON_ECHO });
      }

      for (const m of HAS_WEARY.test(text) ? matchInWindows(text, WEARY, windows) : []) {
        const start = m.index, end = m.index + m.text.trimEnd().length;
        if (EVERYDAY.test(sentenceAround(text, start, end))) continue;
        hits.push({ start, end, reason: REASON_WEARY });
      }

      if (HAS_IDEA.test(text)) for (const m of matchInWindows(text, IDEA_OF, windows)) hits.push({ start: m.index, end: m.index + m.text.trimEnd().length, reason: REASON_IDEA });
      for (const m of matchInWindows(text, THEY_GOT_WE_GOT, windows)) hits.push({ start: m.index, end: m.index + m.text.trimEnd().length, reason: REASON_CONTRAST });

      const basics = HAS_CANT.test(text) ? matchInWindows(text, CANT_BASICS, windows) : [];
      if (HAS_NONE_OF.test(text)) for (const m of matchInWindows(text, NONE_CAN, windows)) basics.push(m);
      for (const m of basics) {
        const start = m.index, end = m.index + m.text.trimEnd().length;
        if (LEARNING.test(sentenceAround(text, start, end)) || LEARNING.test(nextSentence(text, end))) continue;
        hits.push({ start, end, reason: REASON_BASICS });
      }
      return withGainThenLack(doc, hits);
    };
    // A long post is also read part by part (./shared/parts.ts).
    return (doc: Doc): Hit[] => inParts(doc, read);
  },
});
