import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { createDoc } from '../../lib/engine/doc.ts';
import { modelThreshold, modelVersion, offensiveProbability, surelyBelow } from './shared/model.ts';
import { valence } from './shared/afinn.ts';
import { modelWords } from './shared/features.ts';
import { WordTable, tokenVocab } from './shared/vocab.ts';
import { FAMILY_BEFORE, innocentSpans, moodOf, teasing, type Mood } from './shared/teasing.ts';
import { INSULT_ADJ, INSULT_NOUNS, NEGATED_BEFORE, REPORTED_BEFORE, SELF_AFTER, SELF_BEFORE, before } from './shared/phrases.ts';

// The model reads words, not grammar: "not an idiot" and "I'm such an idiot" look like insults to it.
// Words the rules would not count (negated, about the writer, reported) are blanked before scoring, and
// so are cheerful idioms ("killed it", "could murder a coffee"). Both are found from the shared tokens
// (a Set lookup per word), so no regex scans the whole post.
const LOADED = new Map<string, string[][]>();
for (const phrase of [...INSULT_NOUNS, ...INSULT_ADJ]) {
  const words = phrase.split(' ');
  const list = LOADED.get(words[0]!) ?? [];
  list.push(words);
  LOADED.set(words[0]!, list);
}
// Tried only where a token is one of these words; sticky, so each try looks at one position.
const IDIOM_AT = /(?:(?:killed|killing|smashed|smashing|nailed|slayed|slaying|murdered)\s+it|(?:kill|murder)\s+(?:for\s+)?an?\s+\w+|(?:nearly|almost|literally|actually|(?:is|are|was)\s+killing|killed|kills)\s+(?:killed\s+|kill\s+)?me|gutted|pain\s+in\s+the\s+\w+|(?:to\s+)?be\s+a\s+pain|(?:a\s+)?bit\s+silly|rant\s+at\s+the\s+\w+|(?:stupidly|ridiculously|insanely|crazy|silly|stupid)\s+(?:proud|happy|excited|early|busy|good|fast|hot|cold|tired|long|expensive|cheap|cute|beautiful|proud\s+of)|dying\s+of\s+laughter|died\s+laughing|(?:stupid|silly|dumb)\s+question|(?:such|what)\s+a\s+shame|(?:hate|hates|hated|hating)\s+(?:me|us))\b/iy;
const IDIOM_START = new Set(['killed', 'killing', 'smashed', 'smashing', 'nailed', 'slayed', 'slaying', 'murdered', 'kill', 'kills', 'murder', 'nearly', 'almost', 'literally', 'actually', 'is', 'are', 'was', 'gutted', 'pain', 'to', 'be', 'a', 'bit', 'rant', 'stupidly', 'ridiculously', 'insanely', 'crazy', 'silly', 'stupid', 'dumb', 'dying', 'died', 'such', 'what', 'hate', 'hates', 'hated', 'hating']);
// Common first words try the regex only when the next word fits, so "a a a ..." costs a lookup per word.
const IDIOM_NEXT: Record<string, string> = { is: 'killing', are: 'killing', was: 'killing', to: 'be', be: 'a', a: 'bit', such: 'a', what: 'a' };
// A phrase quoted after a word about saying it ("why saying 'that's so gay' is not banter") is discussed,
// not used: its words are blanked too.
const MENTION_BEFORE = /\b(?:say|says|saying|said|(?:call|calling|called)(?:\s+(?:someone|somebody|people|anyone|each\s+other))?|use|using|used|word|words|phrase|term|heard|hear)\s*[:,]?\s*$/i;
const QUOTES: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’' };
const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x2018;

/** What a word may start: an idiom (and the word that must follow it before the idiom is tried), loaded phrases. */
interface Start {
  idiom: boolean;
  next: string | undefined;
  phrases: string[][] | undefined;
}
// One lookup per token instead of one per table.
const STARTS = new Map<string, Start>();
for (const w of IDIOM_START) STARTS.set(w, { idiom: true, next: IDIOM_NEXT[w], phrases: LOADED.get(w) });
for (const [w, phrases] of LOADED) if (!STARTS.has(w)) STARTS.set(w, { idiom: false, next: undefined, phrases });

// Complaints about things are not insults: "this printer is useless", "the traffic was horrendous".
const THING_BEFORE = /\b(?:printer|photocopier|copier|projector|laptop|computer|wifi|wi-fi|internet|signal|website|app|system|software|traffic|weather|rain|heat|train|trains|bus|buses|car|boiler|heating|coffee|machine|kettle|parking|queue|roads?|phone|battery|timetable|emails?|forms?|paperwork|lanyard|whiteboard|smartboard)\s+(?:is|was|are|were|keeps?\s+being|has\s+been|looks?|seems?)\s+(?:so\s+|really\s+|absolutely\s+|completely\s+|totally\s+|utterly\s+|just\s+|bloody\s+)?$/i;

// A state, not an attack: "made to feel stupid", "it's ok to feel stupid", "I look like an idiot in this hat".
const FEELING_BEFORE = /\b(?:feel|feels|felt|feeling|look|looks|looked|looking|sound|sounds|sounded|seem|seems|seemed)\s+(?:so\s+|really\s+|a\s+bit\s+|such\s+an?\s+|like\s+(?:an?\s+|such\s+an?\s+|a\s+total\s+|a\s+complete\s+)?|pretty\s+|very\s+|quite\s+)?$/i;
// Someone's talk about themselves: "stop calling yourself useless".
const REFLEXIVE_BEFORE = /\b(?:call|calls|calling|called|think|thinks|thinking|thought)\s+(?:yourself|yourselves|himself|herself|themselves|myself|ourselves)\s+(?:an?\s+|so\s+)?$/i;
const START_OF = new WordTable((w) => STARTS.get(w));

/** Character ranges to blank before scoring, in text order. */
function blanks(doc: Doc): [number, number][] {
  const { text, tokens } = doc;
  const out: [number, number][] = [];
  let mood: Mood | undefined;
  // What each distinct word may start, looked up once across posts (./shared/vocab.ts).
  const startOf = START_OF.of(doc);
  const ids = tokenVocab(doc).ids;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const close = t.start > 0 && isQuote(text.charCodeAt(t.start - 1)) ? QUOTES[text[t.start - 1]!] : undefined;
    if (close && MENTION_BEFORE.test(before(text, t.start - 1, 20))) {
      const end = text.indexOf(close, t.end);
      if (end !== -1 && end - t.start <= 60) {
        out.push([t.start, end]);
        while (i + 1 < tokens.length && tokens[i + 1]!.start < end) i++;
        continue;
      }
    }
    const start = startOf[ids[i]!];
    if (!start) continue;
    const next = start.next;
    if (start.idiom && (next === undefined || tokens[i + 1]?.norm === next)) {
      IDIOM_AT.lastIndex = t.start;
      const m = IDIOM_AT.exec(text);
      if (m) {
        const end = t.start + m[0].length;
        out.push([t.start, end]);
        while (i + 1 < tokens.length && tokens[i + 1]!.start < end) i++;
        continue;
      }
    }
    const phrases = start.phrases;
    if (!phrases) continue;
    for (const words of phrases) {
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]?.norm === words[k];
      if (!ok) continue;
      const end = tokens[i + words.length - 1]!.end;
      const b = before(text, t.start);
      if (NEGATED_BEFORE.test(b) || SELF_BEFORE.test(b) || REPORTED_BEFORE.test(b) || THING_BEFORE.test(b) || FEELING_BEFORE.test(b) || REFLEXIVE_BEFORE.test(b) || SELF_AFTER.test(text.slice(end, end + 12)) || FAMILY_BEFORE.test(b) || teasing((mood ??= moodOf(text)), text.slice(t.start, end))) out.push([t.start, end]);
      break;
    }
  }
  const innocent = innocentSpans(doc);
  if (innocent.length === 0) return out;
  // Merge the two sorted lists into one sorted, non-overlapping list.
  const all = [...out, ...innocent].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of all) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function blanked(text: string, start: number, end: number, ranges: readonly [number, number][], from: number): string {
  let out = '';
  let pos = start;
  for (let k = from; k < ranges.length && ranges[k]![0] < end; k++) {
    const [s, e] = ranges[k]!;
    if (e <= start) continue;
    const a = Math.max(s, pos), b = Math.min(e, end);
    if (b <= a) continue;
    out += text.slice(pos, a) + ' '.repeat(b - a);
    pos = b;
  }
  return out + text.slice(pos, end);
}

/** The (normalised) text with negated, self-directed, reported and idiomatic words blanked (same length and offsets as the normalised text). */
export function neutralise(text: string): string {
  const doc = createDoc(text);
  return blanked(doc.text, 0, doc.text.length, blanks(doc), 0);
}

// The model was trained on tweets, so it scores tweet-sized pieces: sentences grouped up to ~280 characters.
const CHUNK = 280;

export function chunks(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  let last = 0;
  // No lookahead after a repeated class: /[.!?]+(?=\s)/ backtracks quadratically on "!?!?!?...".
  for (const m of text.matchAll(/[.!?\n]+/g)) {
    const cut = m.index + m[0].length;
    if (!m[0].includes('\n') && cut < text.length && !/\s/.test(text[cut]!)) continue;
    if (cut - start > CHUNK && last > start) {
      out.push({ start, end: last });
      start = last;
    }
    last = cut;
  }
  if (text.length - start > CHUNK && last > start) {
    out.push({ start, end: last });
    start = last;
  }
  // A single sentence longer than a tweet is cut at spaces.
  const result: { start: number; end: number }[] = [];
  for (const c of [...out, { start, end: text.length }]) {
    let s = c.start;
    while (c.end - s > CHUNK * 1.5) {
      // Look back for a space no further than the chunk start: lastIndexOf would scan to the start of the
      // text each time, which is quadratic on a long text without spaces.
      let e = s + CHUNK;
      while (e > s && text[e] !== ' ') e--;
      if (e === s) e = s + CHUNK;
      result.push({ start: s, end: e });
      s = e;
    }
    result.push({ start: s, end: c.end });
  }
  return result;
}

// Signs a borderline post is about the writer, their family, pets or a programme, said fondly.
const BANTER = /\b(?:i['’]?m|i\s+am|me|my\s+life|my\s+own|and\s+i\s+love\s+(?:him|her|them|it)|love\s+(?:him|her|them)\s+(?:really|though|to\s+bits)|(?:my|our)\s+(?:little\s+|big\s+|old\s+|daft\s+|silly\s+)?(?:husband|hubby|wife|partner|dog|dogs|cat|cats|puppy|kitten|kids|son|sons|daughter|daughters|twins|nephews?|nieces?|cousins?|brother|sister|mum|dad|nan|grandad|mate|mates|friends?)|(?:dad|mum|mam|nan|grandad|husband|hubby|wife|brother|sister)['’]s|series|episode|finale|show|drama|film|season|haircut|moment|referee|ref|match|league|football|var|game|team)\b|😂|🤣|🙈/i;
// Signs it is aimed at other people: second person, handles, groups.
const AIMED = /(?:^|\s)@\w|\b(?:you|u|ur|your|you['’]re|youre|they|them|their|these\s+people|those\s+people|liberals|conservatives|parents|colleagues|staff|slt|head)\b/i;

// Any person at all: pronouns, people words, names are left to AIMED and PEOPLE-like words here.
const PERSON = /\b(?:he|she|him|her|his|hers|we|us|our|people|person|man|men|woman|women|guy|guys|kids?|children|child|boy|girls?|boys|parents?|mums?|dads?|teachers?|staff|colleagues?|boss|manager|head|deputy|governors?|idiots?|morons?|bitch|twat|dick|prick|clowns?|muppets?)\b|(?<=[a-z,;:]\s)[A-Z][a-z]+\b/;

const HASHTAG = /#\w+/g;

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

// Hostile words AFINN does not rate (or rates mildly), on top of the insult lexicon and swear words.
const HOSTILE_EXTRA = new Set([
  ...LOADED.keys(),
  ...('fuck fucking fucked fucker shit shite shitty bollocks crap arse ass butt bloody damn hell wtf ffs stfu gtfo piss pissed sucks suck kill ' +
    'shut traitor traitors monster monsters pedo pedos paedo pedophile pedophiles paedophile paedophiles sicko sickos demonic despicable garbage trash ' +
    'trashy satan disgrace disgraceful hypocrisy porn crook crooks thief thieves filth filthy sleaze nazi nazis fascist fascists commie commies ' +
    'libtard libtards deplorable deplorables pervert perverts lunatic lunatics wacko wackos loon loons puppet puppets shill shills grifter grifters ' +
    'brainwashed cult sheep whiner whiners whining lying lies liar liars corrupt evil pig pigs rat rats bastard bastards cunt cunts whore whores slut ' +
    'sluts retard retards hoe hoes thot dumbass jackass douche douchebag').split(' '),
]);

// Words AFINN rates -2 or worse that tell how the writer feels or what went wrong, not what they think of
// anyone: "gutted", "lost again", "stuck at the station", "sick of this cold", "sadly". A low mood is not a
// hostile word, so on its own it does not let a borderline score through.
const MOOD = new Set(
  ('sad sadly sadden saddened sadness lost lose loses losing loss losses miss missed missing stuck pain painful pains sickness ill illness ' +
    'tired exhausted ashamed embarrassed embarrassing cried cry cries crying tears gutted died dead death deaths grief grieving mourning ' +
    'worried worry worries worrying scared afraid nervous anxious stressed lonely alone bored disappointed devastated ' +
    'devastating heartbroken heartbreaking cancelled delayed injured hurt hurts hurting ache aching struggle struggling ' +
    'regret sorry sorrow tragic tragedy accident crash crashed terrified frightened upset unhappy miserable homesick weary').split(' '),
);

const SICK_AFTER = new Set(['of', 'and', 'with', 'bug', 'bucket', 'note', 'day', 'days', 'leave', 'pay', 'child', 'kid', 'kids']);
const SICK_BEFORE = new Set(['feel', 'feels', 'feeling', 'felt', 'been', 'off', 'home', 'go', 'gone', 'went', 'get', 'gets', 'getting', 'got', 'be', 'being', 'car', 'sea', 'travel', 'morning', 'love', 'worried', 'worry', 'worrying', 'so', 'really', 'very']);

/** A word with letters hidden by asterisks ("f*ck", "sh**"), not one wrapped in them for emphasis ("*sighs*", "*BIG"). */
function starred(w: string): boolean {
  const i = w.indexOf('*');
  if (i <= 0 || i === w.length - 1) return false;
  const next = w.charCodeAt(i + 1);
  return next === 42 || (next >= 97 && next <= 122);
}

/** Some word of the (blanked) text is a swear word, an insult word or rated -2 or worse by AFINN, other than a word of low mood (hashtags split as the model splits them). */
export function hasHostileWord(text: string): boolean {
  const words = modelWords(text).words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "sick of the rain", "sick and tired", "feeling sick", "off sick" are moods; "you are sick", "sick people" are not.
    if (w === 'sick' && (SICK_AFTER.has(words[i + 1] ?? '') || SICK_BEFORE.has(words[i - 1] ?? ''))) continue;
    if (HOSTILE_EXTRA.has(w) || (valence(w) <= -2 && !MOOD.has(w)) || starred(w) || w.startsWith('fuck') || w.startsWith('shit')) return true;
  }
  return false;
}

// Persons a hostile word can be aimed at, and how many words after one it reaches ("you are such a liar").
const TARGET_WORDS = new Set(['you', 'u', 'ur', 'your', 'youre', 'ya', 'yall', 'he', 'she', 'they', 'hes', 'shes', 'theyre', 'him', 'her', 'them', 'his', 'their', 'these', 'those']);
const HANDLE = /(?:^|\s)@\w/;

/**
 * A hostile word (see hasHostileWord) comes within four words after a person it can be aimed at ("you are a
 * disgrace", "they are pathetic"): the chunk is aimed, not a moan about things ("the worst thing you can do").
 */
export function aimedNegative(text: string): boolean {
  const words = modelWords(text).words;
  let left = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (TARGET_WORDS.has(w)) {
      left = 4;
      continue;
    }
    if (left > 0) {
      left--;
      if (HOSTILE_EXTRA.has(w) || (valence(w) <= -2 && !MOOD.has(w)) || starred(w) || w.startsWith('fuck') || w.startsWith('shit')) return true;
    }
  }
  return false;
}

/**
 * The words of the (blanked) text add up to a negative AFINN-165 valence: the piece reads negative overall
 * ("what a pathetic excuse for a manager", "you lot are an absolute disgrace"). Such a piece needs less
 * evidence from the model than one whose words add up to neutral or warm, where a high score is more often
 * the model reacting to topic or style (politics, hashtags) than to anything hostile said. Chosen by
 * cross-validation (scripts/train-tone-model.ts) over a strongly hostile word (a swear word, a listed insult,
 * a word rated -3 or worse), which flagged more friendly tweets for the same recall.
 */
export function readsNegative(text: string): boolean {
  let sum = 0;
  for (const w of modelWords(text).words) sum += valence(w);
  return sum < 0;
}

/** A tweet-sized piece of a post, its model probability, whether the gates above let it through, and whether it reads negative overall and is aimed at someone (`strong`: worked out for kept chunks only). */
export interface ScoredChunk {
  start: number;
  end: number;
  p: number;
  kept: boolean;
  strong: boolean;
}

/**
 * Every non-trivial chunk of the post, scored with blanking applied, and whether the banter and nobody-in-it
 * gates keep it (the gates do not depend on the threshold). The rule reports kept chunks at or above the
 * threshold; the training script uses this to choose the threshold on its validation split.
 */
export function scoredChunks(doc: Doc): ScoredChunk[] {
  return scoreChunks(doc, 0);
}

/**
 * What the model made of each chunk text (its probability, or BELOW when surelyBelow(text, gateFrom) skipped it) in
 * the last post a detector read and in the one it reads now. Both are pure functions of the text (and the fixed
 * model and gate), and typing changes a post near its end: the chunks before the change are not scored again.
 */
interface Known {
  last: Map<string, number>;
  now: Map<string, number>;
  /** The gate and model the values were worked out with. */
  gate: number;
  version: number;
}
const BELOW = -1;

/** As scoredChunks, but only chunks that may score at least `gateFrom` come back, and only they have their gates worked out (those below come back not kept). */
function scoreChunks(doc: Doc, gateFrom: number, known?: Known): ScoredChunk[] {
  const { text } = doc;
  const out: ScoredChunk[] = [];
  const ranges = blanks(doc);
  let k = 0;
  for (const c of chunks(text)) {
    let { start, end } = c;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end - start < 3) continue;
    while (k < ranges.length && ranges[k]![1] <= start) k++;
    const scored = blanked(text, start, end, ranges, k);
    let p = known?.last.get(scored);
    if (p === undefined) {
      // Chunks that cannot reach `gateFrom` come back not kept whatever their exact score: skip scoring them.
      p = gateFrom > 0 && surelyBelow(scored, gateFrom) ? BELOW : offensiveProbability(scored);
    }
    known?.now.set(scored, p);
    if (p === BELOW) continue;
    if (p < gateFrom) {
      out.push({ start, end, p, kept: false, strong: false });
      continue;
    }
    const piece = text.slice(start, end);
    // A borderline score on a post that laughs at the writer, their family or a TV show is banter,
    // not hostility: "Total klutz moment", "My dog is an idiot and I love him".
    // A borderline score with nobody in it at all ("Eurostar prices are ridiculous") is a moan about things.
    // And a borderline score needs a hostile word the blanking left standing: a swear word, an insult or a
    // word AFINN rates -2 or worse. Without one it is the model reacting to style ("Johnny is a very
    // sympathetic person. They are also good listeners."), not to anything said.
    // The gates read the words outside hashtags: a tag is a label or slogan ("#LockHerUp", "#SickOfIt"), and
    // in the training tweets a hostile word inside one is no sign of offence (hashtags are as common in the
    // inoffensive tweets the model scores highly as in the offensive ones), while it lets tag-heavy posts through.
    const said = scored.includes('#') ? scored.replace(HASHTAG, ' ') : scored;
    const kept = p >= 0.8 || ((AIMED.test(piece) || (!BANTER.test(piece) && PERSON.test(piece))) && hasHostileWord(said));
    // The lower threshold is for a chunk that reads negative and is aimed at someone (a hostile word just after
    // "you", "they", "she"..., or a reply to a handle); a moan about things, a book or a match needs the higher one.
    out.push({ start, end, p, kept, strong: kept && readsNegative(said) && ((piece.includes('@') && HANDLE.test(piece)) || aimedNegative(said)) });
  }
  return out;
}

/** The highest score among the chunks the rule would consider (0 when none). */
export function offensiveScore(text: string): number {
  const s = offensiveScores(text);
  return Math.max(s.strong, s.other);
}

/** The highest scores among the chunks the rule would consider, reading negative overall (`strong`) and not (0 when none). */
export interface OffensiveScores {
  strong: number;
  other: number;
}

/** The rule fires when `strong` reaches modelThreshold(true) or `other` reaches modelThreshold(). */
export function offensiveScores(text: string): OffensiveScores {
  const out = { strong: 0, other: 0 };
  for (const c of scoredChunks(createDoc(text))) {
    if (!c.kept) continue;
    if (c.strong) out.strong = Math.max(out.strong, c.p);
    else out.other = Math.max(out.other, c.p);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'tone/offensive-language',
    category: 'tone',
    // Low, so a precise rule's finding (a named insult, a threat) wins where both cover the same words.
    severity: 'low',
    theme: 'offensive-content',
    description: 'Hostile or offensive wording overall, judged by a small built-in language check that learned from thousands of real posts.',
  },
  create() {
    const known: Known = { last: new Map(), now: new Map(), gate: NaN, version: -1 };
    return (doc): Hit[] => {
      const threshold = modelThreshold();
      const strongThreshold = modelThreshold(true);
      const hits: Hit[] = [];
      const gate = Math.min(threshold, strongThreshold);
      // The last post's chunks, unless the model or gate changed since (a training script's trial model).
      known.last = gate === known.gate && modelVersion() === known.version ? known.now : new Map();
      known.now = new Map();
      known.gate = gate;
      known.version = modelVersion();
      for (const { start, end, p, kept, strong } of scoreChunks(doc, gate, known)) {
        if (!kept || p < (strong ? strongThreshold : threshold)) continue;
        hits.push({
          start,
          end,
          severity: p >= 0.8 ? 'medium' : 'low',
          reason: p >= 0.8
            ? 'Offensive or hostile tone: this reads as clearly aggressive or insulting overall. Read it as a parent or your head teacher would.'
            : 'Offensive or hostile tone: parts of this may read as aggressive or insulting. Read it as a parent or your head teacher would.',
        });
      }
      return hits;
    };
  },
});
