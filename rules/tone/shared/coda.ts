/**
 * Exasperation and mockery that staff wrap round a school complaint in longer posts, for tone/disparaging
 * (each a strong sign that still needs a school-tied target in the same stretch):
 *  - a laugh at what leaders or a body sent ("Opened the trust's wellbeing survey. Laughed so hard I had to lie
 *    down.", "Reading the governors' minutes and laughed out loud"): the thing laughed at is a survey, minutes,
 *    an email or a newsletter of a leader or body, not a child's story or a friend's joke;
 *  - an exasperated conditional ("I swear to god if I get one more 'quick question' email ...", "if the LA sends
 *    one more 'urgent' form I'll lose the plot"): "I swear ... if", or "if ... one more" with losing control;
 *  - strong praise "as always" for a leader or body right after a loss or lack ("... found out from the local paper.
 *    Fantastic communication as always from County Hall.");
 *  - a bare question fragment asked back at a plan or a leader just named ("... marked within 48 hours. By whom? With
 *    what time?", "Says who?");
 *  - a coda of exasperation right after an adult of school was named ("... congratulating herself on the
 *    results. Send wine.", "I can't with these people", "Give me strength");
 *  - "bless her/him" wrapped round a failing ("lovely, bless her, but she still thinks the council reads the
 *    paperwork", "bless him, still trying to share a document after two years"): with an adult of school and a
 *    word of incapacity or misplaced belief, not "bless her, my TA brought me a hot water bottle";
 *  - a quoted message (an email, a letter, "Dear Mrs P, ...") answered by the writer with a retort: a mock
 *    vocative ("Madam, he cannot read the word 'the'.", "Because he isn't doing any work, Karen.", "Sure, Jan."),
 *    an exasperated "Send help." or "Sir, please.", or its own words echoed back as fragments ("A sticker.
 *    Escalating."). The quoted writer is the target (a parent when the message is about "my son" or is signed
 *    to a teacher), see quotedSenders.
 * All found once per post (one pass over its tokens, a few bounded regexes) and read per stretch.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import { tokenEndingAfter } from './token-search.ts';
import { sentenceEdges, sentenceIds } from './context.ts';
import { valence } from './afinn.ts';
import type { PhraseMatch, TargetKind } from './stance.ts';

interface Span {
  start: number;
  end: number;
}

const ADULT: ReadonlySet<TargetKind> = new Set(['leader', 'colleague', 'parent', 'authority']);
const BODY: ReadonlySet<TargetKind> = new Set(['leader', 'authority']);

const LAUGH = new Set(['laughed', 'laughing', 'laugh', 'howled', 'cackled', 'snorted', 'lol']);
// What leaders and bodies send: the thing a mocking laugh is aimed at.
const ISSUED = new Set(['survey', 'surveys', 'minutes', 'results', 'email', 'emails', 'newsletter', 'response', 'statement', 'strategy', 'consultation', 'memo', 'bulletin', 'letter', 'questionnaire', 'appreciation', 'plan', 'vision', 'update', 'announcement', 'video', 'message']);

const LOSE_CONTROL = /\b(?:lose\s+(?:it|the\s+plot|my\s+(?:mind|rag|temper|marbles|shit|sh\*t))|scream|screaming|explode|snap|quit|resign|walk\s+out|throw(?:ing)?\s+(?:my|the|it|him|her|them)|go\s+(?:feral|mad|postal)|flip)\b/i;

const CODA = /^(?:send\s+(?:wine|help|gin|prosecco|vodka|chocolate|cake|reinforcements|rescue|strength)|give\s+me\s+strength|i\s+can['’]?t\s+with|i\s+cannot\s+with|these\s+people|honestly,?\s+these\s+people|lord\s+give\s+me)\b/i;

const WHO_ASKS = new Set(['by', 'with', 'says', 'from', 'in', 'on', 'for']);
const WHOM = new Set(['whom', 'who', 'what', 'which']);
const EVENT_AFTER = new Set(['evening', 'evenings', 'night', 'nights', 'association', 'forum', 'consultation', 'consultations']);
const BLESS_OBJECT = new Set(['her', 'him', 'them', 'our', 'my', 'the', 'his', 'their']);
const INCAPACITY = new Set(['still', 'thinks', 'think', 'thought', 'believes', 'believe', 'reckons', 'impression', "can't", 'cant', 'cannot', "couldn't", 'couldnt', "hasn't", "doesn't", "isn't", 'clue', 'sharpest', 'brightest', 'trying', 'bless']);

export interface CodaShapes {
  cues: Span[];
  /** The senders of quoted messages answered by a retort: targets for the rule. */
  senders: PhraseMatch[];
}

export function codaShapes(doc: Doc, targets: readonly PhraseMatch[]): CodaShapes {
  return doc.memo('tone:coda-shapes', () => allCodas(doc, targets));
}

function allCodas(doc: Doc, targets: readonly PhraseMatch[]): CodaShapes {
  const { tokens, text } = doc;
  const cues: Span[] = [];
  const senders: PhraseMatch[] = [];
  if (tokens.length < 4) return { cues, senders };
  const ids = sentenceIds(doc);
  // Targets by sentence, to look a sentence or two back without a scan per token.
  const bySentence = new Map<number, PhraseMatch[]>();
  for (const t of targets) {
    // "Parents' evening till 8. Send wine." is an event, not the parents.
    if (EVENT_AFTER.has(tokens[t.to + 1]?.norm ?? '')) continue;
    const s = ids[t.from]!;
    const list = bySentence.get(s);
    if (list) list.push(t);
    else bySentence.set(s, [t]);
  }
  // The distinct kinds named in each sentence (at most seven), worked out once per sentence.
  const kindMemo = new Map<number, TargetKind[]>();
  const kindsIn = (s: number): TargetKind[] => {
    let ks = kindMemo.get(s);
    if (!ks) kindMemo.set(s, (ks = [...new Set((bySentence.get(s) ?? []).map((t) => t.kind!))]));
    return ks;
  };
  // Targets by first token, for the blessing's look around its own words.
  const starts = new Map<number, PhraseMatch>();
  for (const t of targets) if (!starts.has(t.from) && !EVENT_AFTER.has(tokens[t.to + 1]?.norm ?? '')) starts.set(t.from, t);
  const bounds = sentenceEdges(doc);
  for (let i = 0; i < tokens.length; i++) {
    const first = bounds.first[i]!;
    const last = bounds.last[i]!;
    const n = tokens[i]!.norm;
    const s = ids[i]!;
    // Shapes are read within 40 tokens of their word: a run-on post with no full stops stays linear.
    const lo = Math.max(first, i - 40), hi = Math.min(last, i + 40);
    if (LAUGH.has(n)) {
      const c = mockingLaugh(doc, i, lo, hi, kindsIn, ids);
      if (c) cues.push(c);
    } else if (n === 'swear' && tokens[i - 1]?.norm === 'i') {
      // "I swear (to god) if ...": exasperation about what comes next, when the sentence names something of school.
      for (let k = i + 1; k <= Math.min(hi, i + 4); k++) {
        if (tokens[k]!.norm !== 'if') continue;
        if (kindsIn(s).length > 0 || /["“'‘]/.test(text.slice(tokens[k]!.end, tokens[hi]!.end))) cues.push({ start: tokens[i - 1]!.start, end: tokens[hi]!.end });
        break;
      }
    } else if (n === 'if' && kindsIn(s).length > 0) {
      // "if the LA sends one more 'urgent' form I'll lose the plot".
      let more = false;
      for (let k = i + 1; k <= Math.min(hi, i + 6); k++) if (tokens[k]!.norm === 'more' && (tokens[k - 1]!.norm === 'one' || tokens[k - 1]!.norm === 'any')) more = true;
      if (more && LOSE_CONTROL.test(text.slice(tokens[i]!.end, tokens[hi]!.end))) cues.push({ start: tokens[i]!.start, end: tokens[hi]!.end });
    } else if (n === 'bless' && BLESS_OBJECT.has(tokens[i + 1]?.norm ?? '')) {
      const c = condescendingBless(doc, i, Math.max(lo, i - 20), hi, starts, ids);
      if (c) cues.push(c);
    }
    if (i === first && s > 0 && last - i <= 10 && valence(n) >= 3) {
      const c = praiseAsAlways(doc, i, first, last, bySentence, ids);
      if (c) cues.push(c);
    }
    if (i === first && s > 0 && last - i <= 3 && WHO_ASKS.has(n) && (WHOM.has(tokens[i + 1]?.norm ?? '') || WHOM.has(tokens[i + 2]?.norm ?? '')) && text.slice(tokens[last]!.end, tokens[last]!.end + 2).includes('?')) {
      // "By whom? With what time?": a bare question fragment asked back at a plan just named, in a sentence after a school thing.
      // The plan is a leader's, a body's or the school's (not the children's jigsaw), and the writer does not answer it ("By me!").
      const answered = tokens[last + 1]?.norm === 'me' || (tokens[last + 1]?.norm === 'by' && tokens[last + 2]?.norm === 'me');
      if (!answered && [s - 1, s - 2].some((p) => kindsIn(p).some((k) => k !== 'pupil' && k !== 'parent'))) cues.push({ start: tokens[i]!.start, end: tokens[last]!.end + 1 });
    }
    if (i === first && s > 0) {
      // A coda of exasperation as its own sentence, after a sentence naming an adult of school.
      const m = CODA.exec(text.slice(tokens[i]!.start, tokens[last]!.end + 1));
      if (m && last - i <= 7 && [s - 1, s - 2, s].some((p) => kindsIn(p).some((k) => ADULT.has(k)))) cues.push({ start: tokens[i]!.start, end: tokens[last]!.end });
    }
  }
  retorts(doc, targets, cues, senders);
  return { cues, senders };
}

const LACK = new Set(['no', 'not', 'never', 'only', 'without', 'nobody', 'nothing', 'closed', 'cut', 'cuts', 'cancelled', 'late', 'lost', 'still', 'again']);
/**
 * "Fantastic communication as always from County Hall.", "Brilliant planning as usual from SLT.": a short sentence
 * opening with strong praise, "as always/as usual/once again", a leader or body named in it, right after a sentence
 * of loss or lack. Not an exclamation ("Brilliant work as always from our office team!"), not about colleagues.
 */
function praiseAsAlways(doc: Doc, i: number, first: number, last: number, bySentence: ReadonlyMap<number, readonly PhraseMatch[]>, ids: Int32Array): Span | undefined {
  const { tokens, text } = doc;
  if (/^\s*!/.test(text.slice(tokens[last]!.end, tokens[last]!.end + 2))) return undefined;
  let always = false;
  for (let k = first + 1; k < last; k++) {
    const a = tokens[k]!.norm, b = tokens[k + 1]!.norm;
    if ((a === 'as' && (b === 'always' || b === 'usual' || b === 'ever')) || ((a === 'once' || a === 'yet') && b === 'again')) always = true;
  }
  if (!always) return undefined;
  // Praise for a deed told in the same sentence ("..., who rang every family herself") is sincere.
  for (let k = first; k <= last; k++) if (tokens[k]!.norm === 'who' || tokens[k]!.norm === 'thank' || tokens[k]!.norm === 'thanks') return undefined;
  if (!(bySentence.get(ids[i]!) ?? []).some((t) => BODY.has(t.kind!))) return undefined;
  // The sentence before tells of a loss or a lack.
  let k = first - 1;
  let lack = false;
  for (; k >= 0 && ids[k] === ids[first - 1]; k--) if (LACK.has(tokens[k]!.norm) || valence(tokens[k]!.norm) < 0) lack = true;
  return lack ? { start: tokens[first]!.start, end: tokens[last]!.end } : undefined;
}

/** A laugh in a sentence (or the one after) naming what a leader or body sent. */
function mockingLaugh(doc: Doc, i: number, first: number, last: number, kindsIn: (s: number) => TargetKind[], ids: Int32Array): Span | undefined {
  const { tokens } = doc;
  const s = ids[i]!;
  // The laugh sentence itself must not be about a child, the writer's family or friends ("laughed so hard at my daughter's impression").
  if (kindsIn(s).some((k) => k === 'pupil')) return undefined;
  for (let k = first; k <= last; k++) if (FAMILY.has(tokens[k]!.norm) || tokens[k]!.norm === 'with') return undefined;
  // A label in scare quotes laughed at ("laughed at the 'staff appreciation' email") is mocked whoever sent it.
  const quoted = /["“'‘][A-Za-z][^"”'’\n]{2,40}["”'’]/.test(doc.text.slice(tokens[first]!.start, tokens[last]!.end + 1));
  for (const p of [s, s - 1]) {
    if (p < 0) continue;
    const ks = kindsIn(p);
    if (!ks.some((k) => BODY.has(k)) && !(p === s && (quoted || ks.some((k) => k === 'school' || k === 'work')))) continue;
    if (ks.some((k) => k === 'pupil')) continue;
    // What was laughed at is something they issued (a survey, minutes, an email), in that sentence or the laugh's.
    let a = first;
    while (a > 0 && a > first - 40 && ids[a - 1]! >= p) a--;
    for (let k = a; k <= last; k++) if (ISSUED.has(tokens[k]!.norm)) return { start: tokens[Math.min(a, i)]!.start, end: tokens[last]!.end };
  }
  return undefined;
}

const FAMILY = new Set(['daughter', 'son', 'husband', 'wife', 'partner', 'sister', 'brother', 'mum', 'dad', 'nan', 'grandad', 'friend', 'friends', 'mates', 'kids', 'boys', 'girls', 'own', 'myself', 'handwriting', 'dog', 'cat']);

/** "bless her, but she still thinks ...": an adult of school, and incapacity or misplaced belief after the blessing. */
function condescendingBless(doc: Doc, i: number, first: number, last: number, starts: ReadonlyMap<number, PhraseMatch>, ids: Int32Array): Span | undefined {
  const { tokens } = doc;
  const s = ids[i]!;
  // Targets of this sentence and the one before, within 20 tokens before the blessing and up to the sentence's end (bounded).
  let from = first;
  while (from > 0 && from > i - 20 && ids[from - 1]! >= s - 1) from--;
  const near: PhraseMatch[] = [];
  for (let k = from; k <= last; k++) {
    const t = starts.get(k);
    if (t) near.push(t);
  }
  // The nearest target before the blessing decides who is blessed: a child is blessed fondly.
  let who: PhraseMatch | undefined;
  for (const t of near) if (t.from < i && (!who || t.from > who.from)) who = t;
  if (!who) for (const t of near) if (t.from > i && (!who || t.from < who.from)) who = t;
  if (!who || (who.kind !== 'colleague' && who.kind !== 'leader' && who.kind !== 'parent')) return undefined;
  let end = -1;
  for (let k = i + 2; k <= Math.min(last, i + 14); k++) {
    const w = tokens[k]!.norm;
    if (INCAPACITY.has(w) && w !== 'bless') end = k;
    if (end >= 0) break;
  }
  if (end < 0) return undefined;
  // Kindness done after the blessing ("bless her, she brought me a hot water bottle, what a star") is thanks, not condescension.
  for (let k = i + 2; k <= last; k++) if (valence(tokens[k]!.norm) >= 3) return undefined;
  return { start: tokens[Math.min(who.from, i)]!.start, end: tokens[Math.min(last, end + 6)]!.end };
}

// A quotation of at least four words in double quotes (bounded: at most 400 characters, no line break).
const LONG_QUOTE = /["“]([^"”\n]{12,400})["”]/g;
const MESSAGE_BEFORE = /\b(?:e-?mails?|e-?mailed|messages?|messaged|letter|note|text|texted|wrote|writes|quote|complained|complaint|dm|dms)\b[^.!?\n]{0,40}$/i;
const PARENTISH = /\b(?:mum|mom|dad|mother|father|parent|parents|grandma|nan|my\s+(?:son|daughter|child|boy|girl|kids?)|dear\s+(?:mrs|mr|miss|ms|sir|madam)\b)/i;
const VOCATIVE_OPEN = /^(?:(?:madam|sir|mate|darling|pal|babe|karen|sweetheart|hun)\b(?:[,.!]|\s+(?:it|he|she|you|please|your|this|that|i|we)\b)|love[,.!])/i;
const EXASPERATION = /^(?:send\s+help|give\s+me\s+strength|i\s+can['’]?t|please|sir,?\s+please|madam,?\s+please|i\s+despair|why|genuinely|honestly|seriously|over\s+a)\b/i;
const THANKING = /^(?:thanks?|thank\s+you|cheers|love\s+(?:it|this|you)|well\s+done|congrat|bless|aw+)\b/i;

/** A quoted message answered by a retort; its sender (a parent, or the leader or body named before it) becomes a target. */
function retorts(doc: Doc, targets: readonly PhraseMatch[], cues: Span[], senders: PhraseMatch[]): void {
  const { text, tokens } = doc;
  if (text.indexOf('"') === -1 && text.indexOf('“') === -1) return;
  for (const m of text.matchAll(LONG_QUOTE)) {
    const inner = m[1]!;
    const words = inner.trim().split(/\s+/);
    if (words.length < 4) continue;
    const qStart = m.index;
    const qEnd = m.index + m[0].length;
    const before = text.slice(Math.max(0, qStart - 80), qStart);
    const signed = /^\s*dear\b/i.test(inner);
    if (!signed && !MESSAGE_BEFORE.test(before)) continue;
    // A warm message quoted ("Thank you for everything this year") is shared with pride.
    let mood = 0;
    for (const w of inner.toLowerCase().split(/[^a-z']+/)) if (w) mood += valence(w);
    if (mood >= 3) continue;
    // Who sent it: a parent (the message is about their child, or addressed to a teacher), else a leader or body named just before.
    const qi = tokenEndingAfter(tokens, qStart);
    let sender: TargetKind | undefined;
    if (PARENTISH.test(inner) || PARENTISH.test(before)) sender = 'parent';
    else {
      // The targets in the 80 characters before the quote (a binary search into the sorted targets: many quotes stay linear).
      let lo = 0, hi = targets.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[targets[mid]!.from]!.start < qStart - 80) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < targets.length && targets[k]!.to < qi; k++) if (BODY.has(targets[k]!.kind!) || targets[k]!.kind === 'colleague') sender = targets[k]!.kind;
    }
    if (!sender) continue;
    // The reply: the next two sentences after the quote, read up to 160 characters.
    const after = text.slice(qEnd, Math.min(text.length, qEnd + 160));
    const sentences = after.split(/(?<=[.!?])\s+|\n+/).map((x) => x.trim()).filter(Boolean).slice(0, 3);
    const quoteWords = new Set(inner.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    let hit = false;
    let echoes = 0;
    let cursor = 0;
    let replyEnd = 0;
    for (const sen of sentences) {
      const at = after.indexOf(sen, cursor);
      cursor = at + sen.length;
      const clean = sen.replace(/^[^A-Za-z]+/, '');
      if (!clean) continue;
      if (THANKING.test(clean)) break;
      const ws = clean.split(/\s+/);
      if (VOCATIVE_OPEN.test(clean) || (ws.length <= 3 && EXASPERATION.test(clean))) hit = true;
      // "Because he isn't doing any work, Karen." / "Sure, Jan.": a short retort closed by a name as vocative.
      else if (ws.length <= 10 && /,\s+[A-Z][a-z]+[.!?]*$/.test(clean) && !ws.some((w) => valence(w.toLowerCase().replace(/[^a-z']/g, '')) >= 2)) hit = true;
      // "A sticker. Escalating.": the message's own words echoed back as fragments.
      else if (ws.length <= 3 && (clean.toLowerCase().match(/[a-z]{4,}/g) ?? []).some((w) => quoteWords.has(w))) echoes++;
      else {
        if (hit || echoes > 0) break;
        continue;
      }
      replyEnd = cursor;
      if (hit) break;
    }
    if (!hit && echoes === 0) continue;
    cues.push({ start: qStart, end: qEnd + replyEnd });
    if (qi < tokens.length) senders.push({ from: qi, to: qi, weight: 0, kind: sender });
  }
}

