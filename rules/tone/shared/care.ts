/**
 * Kindness signals for the staff-tone rules (tone/staff-stance, tone/disparaging, tone/grievance): a post
 * whose stance is gratitude ("massive thanks to our site team, we'd be lost without them"), sympathy or
 * well-wishing ("thinking of our head who lost her mum", "get well soon") describes hard things or uses a
 * negative word in passing ("the trip money chaos", "your terrible puns"), but it is not a complaint. That
 * stance outweighs mild negative signs; it does not outweigh sarcasm: an eye-roll emoji, a sarcastic set-up
 * ("thanks for nothing", "really appreciated"), or thanks FOR an imposition ("thanks for the 9pm email about
 * the new marking policy") where the thing thanked for is a policy, meeting, pay or workload word.
 *
 * Also shared here: how the writer narrates their own mishaps ("Not me hiding in the stock cupboard...",
 * "Me: I'll mark tonight."), whose judgements are about the writer.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import { createPartDoc } from '../../../lib/engine/doc.ts';
import type { Token } from '../../../lib/engine/text.ts';
import { classCodeTargets, findPhrases, mayHaveEmoji, sarcasmEmoji, sarcasticSetups, stanceLexicon, type PhraseMatch } from './stance.ts';
import { sentenceIds } from './context.ts';
import { boundaryFirst, tokenIndex } from './windows.ts';
import { WordTable } from './vocab.ts';

const A = "['’]";
// Gratitude and appreciation aimed at someone. (The word boundary is tested before the look-behind: both hold
// at the same place, and the cheap test first spares the look-behind at every character.)
const GRATITUDE = new RegExp(
  `\\b(?<!\\b(?:no|no,)\\s)(?<!\\b(?:supposed|expected|meant|told|made) to (?:say |be |feel )?)(?:thank(?:s| you| u)(?! to)|thankful|grateful|gratitude|appreciate(?:d)?|shout ?outs?|(?:big|much|so much|lots of) love to|hats off|credit where|unsung heroes?|(?:we|i)${A}?d be lost without|(?:would|we${A}?d|i${A}?d) be lost without|(?:don${A}?t|do not) know what (?:we|i)${A}?d do without|couldn${A}?t (?:do|manage) (?:it|this)? ?without)\\b`,
  'i',
);
// "Thanks to" is gratitude at the start of a sentence ("Huge thanks to..."), and cause after a clause ("a joke thanks to SLT").
const THANKS_TO = /(?:^|[.!?\n:]\s*|\b(?:huge|big|massive|special|many|enormous|a|and|so|with)\s+)(?:thanks|thank\s+you|thank\s+u)\s+to\b/i;
// Sympathy, care and well-wishing.
const SYMPATHY = new RegExp(
  `\\b(?:thinking of|thoughts are with|in (?:your|our) thoughts|sending (?:love|hugs|strength|best wishes|positive vibes)|get well|speedy recovery|wishing (?:him|her|them|you) (?:well|a)|condolences|rest in peace|sorry for (?:your|their|his|her) loss|look after (?:each other|yourselves|yourself)|(?:we${A}?re|we are) (?:all )?(?:here|there) for|there for (?:him|her|them|each other)|rall(?:y|ying|ied) round|keep (?:\\w+ ){1,4}in your thoughts|heart goes out|hearts go out)\\b`,
  'i',
);
// Loss and illness of a person the post cares about: "lost her grandad", "whose dad passed away", "a funeral",
// "very poorly". Said of someone, not of a decision or a job ("lost their jobs" is not a bereavement).
const KIN = '(?:mum|mam|mom|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandparents?|brother|sister|husband|wife|partner|son|daughter|baby|uncle|aunt|auntie|cousin|best\\s+friend|friend|dog|cat|pet)';
const LOSS = boundaryFirst(new RegExp(
  `\\b(?:lost|losing|lose|loses)\\s+(?:her|his|their|your|my|our|a)\\s+(?:\\w+\\s+)?${KIN}\\b|\\b${KIN}(?:${A}s)?\\s+(?:\\w+\\s+){0,3}(?:passed\\s+away|died|is\\s+(?:very|seriously|really|so)\\s+(?:poorly|ill|unwell)|is\\s+in\\s+hospital)\\b|\\bpassed\\s+away\\b|\\bfuneral\\b|\\bbereave(?:d|ment)\\b|\\bgrieving\\b|\\brainbow\\s+bridge\\b|\\bhold\\s+your\\s+(?:loved\\s+ones|people)\\b|\\bhug\\s+your\\s+(?:people|loved\\s+ones|kids|children)\\b`,
  'i',
));
// Sympathy for people in hard times, and concern at hard news: "those poor kids", "heartbreaking for the staff",
// "gutted for the lads", "be kind", a hospice or cancer.
const CONCERN = boundaryFirst(/\b(?:those|these|the|our|my)\s+poor\s+(?:kids|children|child|things?|souls?|families|family|staff|teachers|loves?|boy|girl|lad)\b|\bpoor\s+(?:thing|things|love|lamb|soul|souls|mite|mites|sod)\b|\bheartbreaking\b|\bheartbroken\s+for\b|\b(?:gutted|devastated|sad|sorry)\s+for\s+(?:the|them|him|her|you|all|our|my|everyone)\b|\bfeel\s+for\s+(?:them|him|her|you|the)\b|\bheart\s+breaks\b|\bbe\s+(?:kind|gentle)\b|\bhospice\b|\bchemo(?:therapy)?\b|\bcancer\b/i);
// Support offered or asked for: "please just message the office", "no questions asked", "nobody will ever know",
// "deserve so much more support than they get", "you are doing brilliantly".
const SUPPORT = boundaryFirst(/\bplease\s+(?:just\s+|do\s+)?(?:message|contact|speak\s+to|get\s+in\s+touch|email|call|ring|talk\s+to|pop\s+in|let\s+(?:us|me|the\s+office)\s+know)\b|\bno\s+questions\s+asked\b|\bnobody\s+will\s+(?:ever\s+)?know\b|\bdeserves?\s+(?:so\s+much\s+|far\s+|a\s+lot\s+|much\s+)?more\s+(?:support|recognition|help|credit|praise|thanks)\b|\b(?:you\s+are|you['’]re)\s+(?:doing\s+)?(?:amazing|brilliant(?:ly)?|incredible|wonderful|fantastic|great)\b|\bhere\s+(?:for|to\s+help)\s+(?:you|anyone|them|families|everyone)\b/i);
const SUPPORT_WORDS = new Set(['please', 'questions', 'nobody', 'deserve', 'deserves', 'you', "you're", 'here']);
// Generosity: someone brought, baked, made or donated something for others ("a parent brought in homemade
// brownies for the whole staffroom", "the dinner ladies made a birthday cake for a kid").
const GENEROSITY = boundaryFirst(/\b(?:brought|bought|baked|made|cooked|dropped\s+off|sent\s+in|donated|gave|knitted|raised|treated)\b[^.!?\n]{0,50}?\bfor\s+(?:the\s+|a\s+|our\s+|my\s+|every\s+)?(?:whole\s+|entire\s+)?(?:staff|staffroom|staff\s+room|us|everyone|everybody|team|office|kids|children|class|kid|child|pupils|families|hospice|charity|school)\b|\bsuch\s+a\s+(?:kind|lovely|thoughtful|generous)\b|\bwhat\s+a\s+(?:kind|lovely|thoughtful|generous)\s+(?:gesture|thing|family|touch)\b/i);
// Pride and affection: "so proud of my Year 1s", "my heart", "I love every single one of them", "so much love for".
const AFFECTION = new RegExp(
  `\\b(?:so|really|incredibly|immensely|very|super|massively|beyond|unbelievably|ridiculously|hugely)\\s+proud\\b|\\b(?:i${A}?m|i\\s+am|we${A}?re|we\\s+are|feeling|felt)\\s+(?:\\w+\\s+)?proud\\b|(?:^|[.!?\\n]\\s*)proud\\s+of\\b|\\bproud\\s+i\\s+could\\b|\\bmy\\s+heart\\b|\\b(?:so\\s+much|all\\s+the|big|lots\\s+of)\\s+love\\s+(?:for|to)\\b|\\blove\\s+(?:every|each)\\s+(?:single\\s+)?(?:one|last|of)\\b|\\blove\\s+(?:them|him|her|it|you|you\\s+all)\\s+(?:though|really|to\\s+bits|anyway)\\b|\\bnot\\s+crying,?\\s+you\\s+are\\b|\\bi${A}?m\\s+not\\s+crying\\b|💛|💙|💚|💜|🧡|❤|🥹|🥰`,
  'i',
);
// A farewell said with warmth: "Mr Novak retires today ... going to miss his terrible jokes", "last day for our
// office manager, you'll be missed". Not "won't be missed".
const FAREWELL = /\b(?:retir(?:e|es|ed|ing|ement)|leaving|leaves\s+(?:us|today|this)|last\s+day|farewell|goodbye|good-bye|send[- ]off|leaving\s+do)\b/i;
const FOND_PARTING = /(?<!\b(?:won['’]?t|will\s+not|not|never|hardly)\s+(?:be\s+)?)\bmiss(?:ed|ing)?\b(?!\s+(?:the\s+)?(?:point|bus|train|deadline|meeting|lesson))|\bwon['’]?t\s+be\s+the\s+same\b|\bgood\s+luck\b(?!\s+(?:to\s+whoever|with\s+that|to\s+the\s+(?:next|poor)|to\s+(?:her|his|their)\s+(?:next|new)))|\bbest\s+wishes\b|\ball\s+the\s+best\b|\blegend\b|\benjoy\s+(?:your|every|it)\b|\b(?:well|richly|thoroughly)\s+deserved\b|\bthank(?:s|\s+you)\b/i;
// A friendly contest between staff, or staff and pupils, told laughing: "our head challenged Year 6 to a penalty
// shootout. He lost 5-0 😂", "the PE department think they can beat the office at rounders. Bless them 😂".
const CONTEST = /\b(?:challenged|challenge|beat|beaten|lost|won|rematch|rounders|shoot-?out|penalt(?:y|ies)|quiz|bake\s*off|race|tug\s+of\s+war|dodgeball|netball|football\s+match|staff\s+(?:v|vs|versus)|(?:v|vs|versus)\s+(?:the\s+)?staff|sports\s+day|karaoke|panto)\b/i;
const LAUGH_AFTER = /^\s*(?:😂|🤣|😆|😅)/u;
const LAUGHING = /😂|🤣|😆|😅|\blol\b|\bhaha/i;
const PARTING_WORDS = new Set('retire retires retired retiring retirement leaving leaves last farewell goodbye good-bye send-off send'.split(' '));
// Words one of which each cue above needs, to skip its regex on posts without any.
const LOSS_WORDS = new Set('lost losing lose loses passed died poorly ill unwell hospital funeral bereaved bereavement grieving rainbow hold hug'.split(' '));
const CONCERN_WORDS = new Set('poor heartbreaking heartbroken gutted devastated sad sorry feel breaks kind gentle hospice chemo chemotherapy cancer'.split(' '));
const GIVING_WORDS = new Set('brought bought baked made cooked dropped sent donated gave knitted raised treated such what'.split(' '));
const FOND_WORDS = new Set(['proud', 'heart', 'love', 'crying']);

/**
 * Letters that every match of a cue contains, one of each list (ASCII letters only: a case-insensitive,
 * non-Unicode regex matches them only with ASCII letters, and those are always inside a token whose folded
 * form keeps them). A post none of whose words contains any of them cannot match the cue, so it is not run.
 */
const GRATITUDE_LETTERS = ['thank', 'grateful', 'gratitude', 'appreciate', 'shout', 'big', 'much', 'lots', 'hats', 'credit', 'unsung', 'without'];
const SYMPATHY_LETTERS = ['thinking', 'thought', 'sending', 'well', 'speedy', 'wishing', 'condolence', 'peace', 'loss', 'after', 'here', 'round', 'heart'];
const MAY_THANK = 1, MAY_SYMPATHISE = 2;
// Those bits by folded word, worked out once per distinct word. Bounded.
const letterBits = new Map<string, number>();
function bitsOf(word: string): number {
  let b = letterBits.get(word);
  if (b === undefined) {
    b = (GRATITUDE_LETTERS.some((l) => word.includes(l)) ? MAY_THANK : 0) | (SYMPATHY_LETTERS.some((l) => word.includes(l)) ? MAY_SYMPATHISE : 0);
    if (letterBits.size >= 50_000) letterBits.clear();
    letterBits.set(word, b);
  }
  return b;
}
const CUE_BITS_OF = new WordTable(bitsOf);
/** Which of the cues above the post's words leave possible (MAY_THANK, MAY_SYMPATHISE bits). */
function possibleCues(doc: Doc): number {
  let b = 0;
  for (const x of CUE_BITS_OF.of(doc)) b |= x;
  return b;
}

function mentions(doc: Doc, words: ReadonlySet<string>): boolean {
  const index = tokenIndex(doc);
  for (const w of words) if (index.has(w)) return true;
  return false;
}

// Thanks for an imposition is sarcasm: "thanks for the lovely twilight", "thanks SLT".
const THANKED_FOR = new RegExp(`\\b(?:thank(?:s| you)|grateful|appreciate(?:d)?|shout ?out)\\s+(?:(?:so|very) much\\s+)?(?:to\\s+\\S+\\s+)?(?:for|,)`, 'gi');


export interface Care {
  /** The post's stance is gratitude, sympathy or well-wishing, with no sarcasm sign. */
  kind: boolean;
}

/** Whether a post is kind (gratitude, sympathy, well-wishing) and free of sarcasm; once per post. */
export function careOf(doc: Doc): Care {
  return doc.memo('tone:care', () => {
    const { text } = doc;
    const possible = possibleCues(doc);
    const grateful = (possible & MAY_THANK) !== 0 && (GRATITUDE.test(text) || THANKS_TO.test(text));
    // Generosity set against pay or jobs is a complaint ("pay frozen, TA hours cut, and they've bought new lanyards for everyone").
    // The newer cues run only when one of their words is in the post (a look-up in the post's token index).
    const sympathetic =
      ((possible & MAY_SYMPATHISE) !== 0 && SYMPATHY.test(text)) ||
      (mentions(doc, LOSS_WORDS) && LOSS.test(text)) ||
      (mentions(doc, CONCERN_WORDS) && CONCERN.test(text)) ||
      (mentions(doc, SUPPORT_WORDS) && SUPPORT.test(text)) ||
      (mentions(doc, GIVING_WORDS) && GENEROSITY.test(text) && !findPhrases(doc, stanceLexicon().targets).some((t) => t.kind === 'work'));
    const parting = !grateful && !sympathetic && mentions(doc, PARTING_WORDS) && FAREWELL.test(text) && FOND_PARTING.test(text);
    const playful = !grateful && !sympathetic && !parting && LAUGHING.test(text) && CONTEST.test(text);
    const fond = !grateful && !sympathetic && (mentions(doc, FOND_WORDS) || (mayHaveEmoji(text) && /[💛💙💚💜🧡❤🥹🥰]/u.test(text))) && AFFECTION.test(text);
    if (!grateful && !sympathetic && !fond && !parting && !playful) return { kind: false };
    // Sarcasm signs: eye-roll emoji, or a sarcastic set-up of the stance lexicon ("thanks ever so much", "real team player").
    // (An eye-roll with a laugh right after it, "We demand a rematch 🙄😂", is a joke, not sarcasm.)
    if (sarcasmEmoji(text, 0, text.length).some((e) => !LAUGH_AFTER.test(text.slice(e.end, e.end + 6))) || findPhrases(doc, sarcasticSetups()).length > 0) return { kind: false };
    if (grateful && !sympathetic && thanksForImposition(doc)) return { kind: false };
    // Many strong judgements are a complaint with a thank-you on top.
    const strong = findPhrases(doc, stanceLexicon().stance).filter((m) => m.weight >= 2).length;
    // Pride and affection are easily worn by a complaint ("so proud of my team, shame SLT are clueless"): no strong judgement at all.
    return { kind: fond || playful ? strong === 0 : strong <= 1 };
  });
}

/**
 * Whether the part of a post between start and end is kind. A long post wanders: thanks to the sponsors of a
 * run, a birthday wish or pride in the choir in one part does not make a jab at the site manager in another
 * part kind ("...thank you all for sponsoring me. Now back to school, where the site manager will lock the
 * gate at 5pm sharp again. Every single week."). A post kind as a whole is read again on that part alone; a
 * post not kind as a whole stays unkind. The part is read as its own post (its own sentences), once per part.
 */
export function careIn(doc: Doc, start: number, end: number): boolean {
  if (!careOf(doc).kind) return false;
  if (start <= 0 && end >= doc.text.length) return true;
  return doc.memo(`tone:care-in:${start}:${end}`, () => careOf(createPartDoc(doc, start, end)).kind);
}

/** "Thanks for the 9pm email about the new policy": what is thanked for is a policy, meeting, pay or workload. */
function thanksForImposition(doc: Doc): boolean {
  const { text, tokens } = doc;
  const targets = findPhrases(doc, stanceLexicon().targets).filter((t) => t.kind === 'school' || t.kind === 'work' || t.kind === 'authority');
  if (targets.length === 0) return false;
  for (const m of text.matchAll(THANKED_FOR)) {
    const from = m.index + m[0].length;
    if (targets.some((t: PhraseMatch) => tokens[t.from]!.start >= from && tokens[t.from]!.start - from <= 60)) return true;
  }
  return false;
}

const SELF_OPEN = new Set(['me', 'me:']);
const AWKWARD_WHO = new Set(['i', "i'm", 'me', 'my', 'you', "you're", 'your']);

/**
 * "That awkward moment when you tell a kid off for running and then trip over a chair": a sentence opening
 * "(that) awkward moment when" with the writer (or the generic "you") in it is the writer's own embarrassment.
 */
function awkwardMoment(tokens: readonly Token[], ids: Int32Array, i: number): boolean {
  const k = tokens[i]!.norm === 'that' ? i + 1 : i;
  if (tokens[k]?.norm !== 'awkward' || tokens[k + 1]?.norm !== 'moment' || tokens[k + 2]?.norm !== 'when' || ids[k + 2] !== ids[i]) return false;
  for (let j = k + 3; j < tokens.length && ids[j] === ids[i]; j++) if (AWKWARD_WHO.has(tokens[j]!.norm)) return true;
  return false;
}

/**
 * Sentences where the writer narrates their own act: "Not me hiding in the stock cupboard and blaming
 * the science department", "Me: I'll mark tonight", "Also me: ...". Their judgements are self-mockery.
 */
export function selfNarrated(doc: Doc): Set<number> {
  return doc.memo('tone:self-narrated', () => {
    const { tokens, text } = doc;
    const ids = sentenceIds(doc);
    const out = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0 && ids[i - 1] === ids[i]) continue;
      const a = tokens[i]!.norm, b = tokens[i + 1]?.norm;
      const same = ids[i + 1] === ids[i];
      const meFirst = (a === 'not' || a === 'also' || a === 'just') && same && b !== undefined && SELF_OPEN.has(b);
      const colon = SELF_OPEN.has(a) && /^\s*:/.test(text.slice(tokens[i]!.end));
      // "Accidentally called a pupil 'mum'", "I accidentally replied all": the writer's own slip.
      const slip = a === 'accidentally' || ((a === 'i' || a === 'just') && same && b === 'accidentally');
      if (meFirst || colon || slip || awkwardMoment(tokens, ids, i)) out.add(ids[i]!);
    }
    for (const s of pupilRemarks(doc)) out.add(s);
    return out;
  });
}

// Verbs that report what someone said; what follows them about the writer is the child's remark.
// Past tense only: "if one more child asks me ..." is exasperation, not a remark told.
const REMARK_VERBS = ['told', 'said', 'asked', 'called', 'informed'];
// "Y1s", "yr6": a year group written short.
const YEAR_GROUP = /^(?:y|yr)(?:[1-9]|1[0-3])s?$/;
const ABOUT_WRITER = new Set(['me', 'my', 'i', "i'm", 'im', "i've", "i'd"]);
/**
 * Sentences where a pupil remarks on the writer: "One of my Y1s said my cardigan 'looks like a sofa'", "A Y6
 * told me I'm 'actually not that boring'", "Year 2 asked if I'd met the Romans". The writer is the one laughed
 * at, however it is phrased. The speaker must be a pupil (a pupil word or a class code before the verb in the
 * same sentence): "The head told me I'm not allowed to leave" is about the head.
 */
function pupilRemarks(doc: Doc): number[] {
  const { tokens } = doc;
  const index = tokenIndex(doc);
  let verbs: number[] | undefined;
  for (const v of REMARK_VERBS) {
    const at = index.get(v);
    if (at) (verbs ??= []).push(...at);
  }
  if (!verbs) return [];
  const ids = sentenceIds(doc);
  const pupils = [...findPhrases(doc, stanceLexicon().targets).filter((m) => m.kind === 'pupil'), ...classCodeTargets(tokens)];
  const adults = findPhrases(doc, stanceLexicon().targets).filter((m) => m.kind !== 'pupil' && m.kind !== 'school' && m.kind !== 'work');
  const out: number[] = [];
  for (const i of verbs) {
    let aboutWriter = false;
    // "if I'd", "that my", "me I'm": the writer within three words of the verb.
    for (let k = i + 1; k <= i + 3 && k < tokens.length && ids[k] === ids[i] && !aboutWriter; k++) aboutWriter = ABOUT_WRITER.has(tokens[k]!.norm);
    // "told me to 'do one'" is an order given to the writer, not a remark about them.
    if (!aboutWriter || (tokens[i + 1]?.norm === 'me' && tokens[i + 2]?.norm === 'to')) continue;
    const speaker = (m: PhraseMatch) => ids[m.from] === ids[i] && m.to < i;
    let yearGroup = false;
    for (let k = i - 1; k >= 0 && ids[k] === ids[i] && !yearGroup; k--) yearGroup = YEAR_GROUP.test(tokens[k]!.norm);
    if ((yearGroup || pupils.some(speaker)) && !adults.some(speaker)) out.push(ids[i]!);
  }
  return out;
}

// Words that may follow a subject without making it a noun modifier: verbs, auxiliaries, adverbs, pronouns,
// prepositions and conjunctions ("our school is", "work was", "the staffroom today").
const NOT_A_HEAD = new Set(
  ("is are was were be been being am 's 're has have had do does did will would can could should might must shall may " +
    "isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't couldn't shouldn't " +
    'never always just really honestly literally still also too even only already again ever who that which what when where whose why how ' +
    "we we've we're i i've i'm you they he she it him her them us here there today now tonight yesterday tomorrow lately recently " +
    'this these those all both at in on of for to with from by and but or so as if than then about after before over under into ' +
    'get gets got getting keep keeps kept seem seems seemed feel feels felt look looks looked become becomes became remain remains ' +
    'makes made make went goes go going thinks think thought says said wants wanted needs needed till until due late every each whole without within across through during since because like per').split(' '),
);
const LOCATIVE = /\b(?:in|at|on|outside|near|by|behind|inside|round|around|opposite)\s+(?:(?:the|my|our|this|that|his|her|their|your)\s+)?$/i;

/**
 * A school or work word used to place or describe a thing, not as what is judged: "the printer in the
 * staffroom is a nightmare", "the car park at work is a joke", "school run traffic", "the staff toilet lock".
 * `start`/`end` are the word's offsets in `text`.
 */
export function modifierUse(text: string, start: number, end: number): boolean {
  // Only in the subject of a verdict: the word, or the word and up to three more, then "is/was/are/were".
  const after = COPULA_AFTER.exec(text.slice(end, end + 60));
  if (!after) return false;
  // A following noun makes it a modifier ("school run traffic was", "the staff toilet lock is"); verbs, adverbs and -s/-ed forms do not.
  const next = /^[ \t]+([a-z][a-z'’-]*)/.exec(text.slice(end, end + 40));
  if (after[1] && next) {
    const w = next[1]!.replace(/’/g, "'");
    if (!NOT_A_HEAD.has(w) && !w.endsWith('ly') && !w.endsWith('ed') && !w.endsWith('s') && !w.endsWith('ing')) return true;
  }
  // A place after a thing: "the printer in the staffroom is", "the car park at work is" (a word before the preposition).
  if (after[1]) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const loc = LOCATIVE.exec(before);
  return loc !== null && /[A-Za-z]\s*$/.test(before.slice(0, loc.index));
}
// The subject ends and its verdict starts: up to three words, then a copula.
const COPULA_AFTER = /^((?:[ \t]+[a-z][a-z'’-]*){0,3}?)[ \t]+(?:is|are|was|were|has been|have been)\b/;
