/**
 * Pointed shapes that carry criticism with no rated word: a rhetorical request ("Could someone explain to SLT
 * what a lunch break is"), a rhetorical question to a leader or body ("How does the trust justify ...?", "What is
 * the point of the LA?"), an understatement that ends its clause ("The new policy is certainly... a choice.",
 * "The new rota is, um, brave."), and a habit of not doing something claimed of parents as a group ("Parents don't
 * read anything we send home"). Each is a strong stance sign for `tone/disparaging`, which still needs a
 * school-tied target in the same stretch. Everything is one pass over the post's tokens (a few set look-ups per
 * token), so the cost is linear in the post's length.
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Token } from '../../../lib/engine/text.ts';
import { sentenceEdges, sentenceIds } from './context.ts';
import { findPhrases, stanceLexicon, type PhraseMatch } from './stance.ts';
import { tokenRatings } from './dismissive.ts';

export interface Span {
  start: number;
  end: number;
}

const REQUESTEE = new Set(['someone', 'somebody', 'anyone', 'anybody']);
const ASKING = new Set(['could', 'can', 'would', 'will', 'please', 'pls', 'plz', 'love', 'is', 'are']);
const REQUEST_VERB = new Set(['explain', 'tell', 'remind', 'show', 'teach', 'inform']);
// "Does anyone at the trust actually read ...", and the same doubt asked of the future: "Is anyone at the DfE actually
// going to answer our letter?", "Will anyone at the LA ever reply?".
const DOES = new Set(['does', 'do', 'did', 'has', 'have', 'is', 'will']);
const POINT = /\b(?:not|never|no|nobody|nothing|what|how|where|why|still|actually|people|humans|real)\b|n['’]t\b|['‘’"“”]/i;
const FILLER = new Set(['please', 'kindly', 'just', 'gently', 'politely', 'to', 'going', 'ever', 'actually']);
const DETERMINER = new Set(['the', 'our', 'their', 'this', 'that', 'these', 'those', 'my']);
const WH = new Set(['how', 'why', 'what', 'when', 'where', 'who']);
const FIRST_PERSON = new Set(['me', 'i', 'us', 'myself', "i'm", 'im']);
/** Who a rhetorical request or question is aimed at: leaders and the bodies over a school, and the school's own decisions. */
const AIMED = new Set(['leader', 'authority', 'school']);

/** Target starting at token i (or after a determiner), of a kind a rhetorical request is aimed at. */
function targetAt(starts: ReadonlyMap<number, PhraseMatch>, tokens: readonly Token[], i: number): PhraseMatch | undefined {
  let t = starts.get(i);
  // "the new tracker", "our new head": a determiner and "new" before the target.
  let j = i;
  while (!t && j < i + 2 && (DETERMINER.has(tokens[j]?.norm ?? '') || tokens[j]?.norm === 'new')) t = starts.get(++j);
  return t && AIMED.has(t.kind!) ? t : undefined;
}

/** The sentence (token range) ends with a question mark. */
function asks(doc: Doc, last: number): boolean {
  const { text, tokens } = doc;
  const from = tokens[last]!.end;
  const to = last + 1 < tokens.length ? tokens[last + 1]!.start : text.length;
  return text.slice(from, to).includes('?');
}

/**
 * The pointed shapes in the part of the post from `start` to `end`. `targets` are the post's school-tied targets
 * (found once by the caller), sorted by position.
 */
export function pointedShapes(doc: Doc, start: number, end: number, targets: readonly PhraseMatch[]): Span[] {
  // Found once for the whole post (one pass over its tokens) and read per stretch: scanning from the start for each
  // stretch would be quadratic in a long post. The caller passes the same targets for every stretch of a post.
  const all = doc.memo('tone:pointed-shapes', () => allShapes(doc, targets));
  return all.filter((s) => s.start >= start && s.end <= end);
}

function allShapes(doc: Doc, targets: readonly PhraseMatch[]): Span[] {
  const { tokens, text } = doc;
  if (tokens.length < 3) return [];
  const starts = new Map<number, PhraseMatch>();
  for (const t of targets) if (!starts.has(t.from)) starts.set(t.from, t);
  const out: Span[] = [];
  const bounds = sentenceEdges(doc);
  for (let i = 0; i < tokens.length; i++) {
    const first = bounds.first[i]!;
    const last = bounds.last[i]!;
    const n = tokens[i]!.norm;
    if (REQUESTEE.has(n)) {
      const s = rhetoricalRequest(doc, i, first, last, starts);
      if (s) out.push(s);
    } else if (n === 'justify' || n === 'justifies' || n === 'exactly' || (n === 'point' && tokens[i + 1]?.norm === 'of')) {
      const s = rhetoricalQuestion(doc, i, first, last, starts);
      if (s) out.push(s);
    } else if ((n === 'interesting' && FAINT.has(tokens[i + 1]?.norm ?? '')) || (n === 'gone' && tokens[i - 1]?.norm === 'have' && tokens[i - 2]?.norm === 'could' && tokens[i + 1]?.norm === 'better')) {
      // "an interesting choice by SLT", "the restructure could have gone better": faint praise of a leader's or the
      // school's decision (not of a child's snack: the target must be a leader, a body or the school).
      for (let k = first; k <= last; k++) {
        const t = starts.get(k);
        if (t && (AIMED.has(t.kind!) || t.kind === 'work')) {
          out.push({ start: tokens[Math.min(i, k)]!.start, end: tokens[Math.max(i + 1, t.to)]!.end });
          break;
        }
      }
    } else if (UNDERSTATED.has(n) || (n === 'choice' && (tokens[i - 1]?.norm === 'a' || tokens[i - 2]?.norm === 'a'))) {
      const s = understatement(doc, i, text);
      if (s) out.push(s);
    } else if (n === 'convinced' || n === 'sure') {
      const s = doubted(doc, i, last, starts);
      if (s) out.push(s);
    } else if (n === 'taught') {
      for (const m of neverTaught(doc)) if (m.to === i) out.push({ start: tokens[m.from]!.start, end: tokens[m.to]!.end });
    } else if (PARENTS.has(n) || n === 'nobody' || n === 'no') {
      const s = parentsNever(doc, i, first, last);
      if (s) out.push(s);
    }
  }
  return out;
}

/**
 * "Could someone explain to SLT what a lunch break is", "Somebody remind leadership that we're people", "Would love
 * someone to explain to our business manager how ...", "Can anyone from the DfE explain how a 'workload reduction
 * toolkit' adds four hours?": a request to anyone at all, whose message is for a leader or body. Not when the writer
 * is the one to be told ("Could someone explain to me how the pension calculator works", "Someone remind me").
 */
function rhetoricalRequest(doc: Doc, i: number, first: number, last: number, starts: ReadonlyMap<number, PhraseMatch>): Span | undefined {
  const { tokens } = doc;
  // "Does anyone at the trust actually read these surveys?": a question whether the body does its job at all.
  if (i > first && DOES.has(tokens[i - 1]!.norm) && (tokens[i + 1]?.norm === 'at' || tokens[i + 1]?.norm === 'in' || tokens[i + 1]?.norm === 'from')) {
    const body = targetAt(starts, tokens, i + 2);
    const next = body ? tokens[body.to + 1]?.norm : undefined;
    if (body && body.to < last && (next === 'actually' || next === 'even' || next === 'ever') && asks(doc, last)) {
      const doubt = { start: tokens[i - 1]!.start, end: tokens[body.to + 1]!.end };
      // "Is anyone at county hall ever going to explain why ...": the request, when there is one, is the pointed part.
      if (!FUTURE.has(tokens[i - 1]!.norm)) return doubt;
      return requestOf(doc, i, first, last, starts) ?? doubt;
    }
  }
  return requestOf(doc, i, first, last, starts);
}

const FUTURE = new Set(['is', 'will']);

function requestOf(doc: Doc, i: number, first: number, last: number, starts: ReadonlyMap<number, PhraseMatch>): Span | undefined {
  const { tokens, text } = doc;
  const asked = i === first || [1, 2, 3].some((k) => i - k >= first && ASKING.has(tokens[i - k]!.norm));
  if (!asked) return undefined;
  let j = i + 1;
  // "anyone from the DfE", "anyone at the trust": the request goes to the body itself.
  let from: PhraseMatch | undefined;
  if (j <= last && (tokens[j]!.norm === 'from' || tokens[j]!.norm === 'at' || tokens[j]!.norm === 'in')) {
    from = targetAt(starts, tokens, j + 1);
    if (!from) return undefined;
    j = from.to + 1;
  }
  while (j <= last && FILLER.has(tokens[j]!.norm)) j++;
  if (j > last || !REQUEST_VERB.has(tokens[j]!.norm)) return undefined;
  const verb = j;
  j++;
  while (j <= last && FILLER.has(tokens[j]!.norm)) j++;
  if (j > last || FIRST_PERSON.has(tokens[j]!.norm)) return undefined;
  const to = targetAt(starts, tokens, j);
  // What they are to be told must make a point: something denied, a question word ("what a lunch break is"), a quoted
  // claim, or "still"/"actually"; "remind SLT that the jumper day is Friday" passes on a date.
  if (to && POINT.test(text.slice(tokens[to.to]!.end, tokens[last]!.end + 1))) return { start: tokens[i]!.start, end: tokens[to.to]!.end };
  // Asked of the body itself, the request must still read as a challenge: "how" or "why" and a quoted claim, a
  // denied or negative word, or "exactly" in the same sentence (not "can anyone from the LA explain how to apply?").
  let ever = false;
  for (let k = i + 1; k < j; k++) if (tokens[k]!.norm === 'ever') ever = true;
  if (from && WH.has(tokens[j]!.norm) && (ever || /['‘’"“”]|\bexactly\b|n['’]t\b|\bnot\b|\bnever\b/i.test(text.slice(tokens[j]!.start, tokens[last]!.end)))) return { start: tokens[i]!.start, end: tokens[verb]!.end };
  return undefined;
}

/**
 * "How does the MAT justify a new logo ...?", "Hey LA, when exactly were you planning to tell schools?", "What is the
 * point of the local authority?": a question, aimed at a leader or body named in it, that challenges rather than
 * asks. Not a question about what the writer does ("How exactly do I apply for the trust's programme?").
 */
function rhetoricalQuestion(doc: Doc, i: number, first: number, last: number, starts: ReadonlyMap<number, PhraseMatch>): Span | undefined {
  const { tokens } = doc;
  if (!asks(doc, last)) return undefined;
  for (let k = i + 1; k <= Math.min(last, i + 3); k++) if (FIRST_PERSON.has(tokens[k]!.norm)) return undefined;
  const n = tokens[i]!.norm;
  if (n === 'point') {
    // "the point of the local authority": the body right after "of".
    const t = targetAt(starts, tokens, i + 2);
    return t ? { start: tokens[i]!.start, end: tokens[t.to]!.end } : undefined;
  }
  // "exactly" only right after a question word or a verb of the question ("when exactly", "what exactly is").
  if (n === 'exactly' && !(i > first && WH.has(tokens[i - 1]!.norm))) return undefined;
  for (let k = first; k <= last; k++) {
    const t = starts.get(k);
    if (t && (t.kind === 'leader' || t.kind === 'authority')) return { start: tokens[Math.min(k, i)]!.start, end: tokens[Math.max(t.to, i)]!.end };
  }
  return undefined;
}

/** Words of faint praise that, left hanging at the end of a clause after a hesitation, mean the opposite. */
const UNDERSTATED = new Set(['something', 'brave', 'bold', 'interesting', 'ambitious', 'thorough', 'creative', 'innovative', 'courageous', 'special', 'different', 'experience', 'memorable']);
const LEAD_IN = new Set(['a', 'an', 'bold', 'brave', 'interesting', 'quite', 'very', 'new']);
const HESITATION = new Set(['certainly', 'definitely', 'um', 'erm', 'er', 'uh', 'ahem', 'hmm', 'umm', 'errr', 'err']);
const COPULA = new Set(['is', 'was', 'are', 'were', "it's", 'its', 'been', 'be', 'seems', 'looks', 'feels', 'sounds']);

/**
 * "Today's INSET was... something.", "The new cover policy is, um, brave.", "The MAT's new lesson template is
 * certainly thorough. 14 boxes ...", "certainly a bold choice": a copula, a hesitation ("..." or "um", "certainly"),
 * then a word of faint praise that ends its clause. A word that goes on ("certainly a change but the kids love it",
 * "was something else!") or real praise after the hesitation ("was... actually great") is left alone.
 */
function understatement(doc: Doc, i: number, text: string): Span | undefined {
  const { tokens } = doc;
  // The word ends its clause: next is punctuation, an emoji or the end of the post.
  const after = text.slice(tokens[i]!.end, tokens[i]!.end + 3);
  if (after.length > 0 && !/^\s*(?:[.,;:!?…)]|\p{Extended_Pictographic}|$)/u.test(after)) return undefined;
  // An ellipsis is a pause, not the end of a sentence ("was... something"): only a real full stop, ! ? or a line
  // break between two tokens parts them here.
  const joined = (a: number) => !/[!?\n]|(?<!\.)\.(?!\.)/.test(text.slice(tokens[a]!.end, tokens[a + 1]!.start).replace(/\.{2,}|…/g, ' '));
  // Look back over "a", "bold", "new": at most three tokens to the hesitation.
  let k = i - 1;
  while (k > i - 4 && k >= 0 && joined(k) && LEAD_IN.has(tokens[k]!.norm)) k--;
  if (k < 0 || !joined(k)) return undefined;
  const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
  const paused = HESITATION.has(tokens[k]!.norm) || /\.\.|…/.test(gap);
  if (!paused) return undefined;
  // A copula just before the hesitation ("is, um, brave", "is certainly thorough", "was... something").
  let c = HESITATION.has(tokens[k]!.norm) ? k - 1 : k;
  while (c >= 0 && c >= k - 3 && joined(c) && (HESITATION.has(tokens[c]!.norm) || tokens[c]!.norm === 'well')) c--;
  if (c < 0 || !joined(c) || !COPULA.has(tokens[c]!.norm)) return undefined;
  // The writer's own effort ("my baking was... a choice") is self-mockery.
  const ids = sentenceIds(doc);
  for (let j = c - 1; j >= 0 && ids[j] === ids[c]; j--) if (tokens[j]!.norm === 'my' || tokens[j]!.norm === 'i' || tokens[j]!.norm === 'me') return undefined;
  // Resolved as praise by the rest of the post ("The trip was... something. Best day ever, so proud of them").
  const vals = tokenRatings(doc);
  let pos = 0;
  for (let j = i + 1; j < tokens.length; j++) {
    if (vals[j]! < 0) return { start: tokens[c]!.start, end: tokens[i]!.end };
    pos += vals[j]!;
  }
  if (pos >= 2 || findPhrases(doc, stanceLexicon().praise).some((m) => m.from > i)) return undefined;
  return { start: tokens[c]!.start, end: tokens[i]!.end };
}

const PARENTS = new Set(['parents', 'families', 'mums', 'dads', 'carers']);
const QUANTIFIER = new Set(['these', 'those', 'most', 'half', 'many', 'some', 'all', 'our']);
const NEVER = new Set(["don't", 'dont', 'never', "can't", 'cant', "won't", 'wont', "doesn't", 'doesnt']);
const HABIT = new Set(['read', 'reads', 'reply', 'replies', 'check', 'checks', 'open', 'opens', 'answer', 'answers', 'bother', 'bothered', 'come', 'turn', 'listen', 'care', 'engage', 'respond']);
const PLACE_PREP = new Set(['on', 'in', 'at', 'from']);
const HEDGE = new Set(['round', 'around', 'here', 'these', 'days', 'nowadays', 'today', 'just', 'even', 'ever', 'honestly', 'literally', 'simply', 'be', 'still']);

/**
 * "Parents don't read anything we send home", "These parents never read emails", "Nobody at home reads with these
 * kids": a habit of not doing something claimed of parents or families as a group. Not a need the school meets
 * ("Some of our families don't read English yet, so we've translated the newsletter"), and not a question.
 */
function parentsNever(doc: Doc, i: number, first: number, last: number): Span | undefined {
  const { tokens, text } = doc;
  const n = tokens[i]!.norm;
  let j = i + 1;
  if (n === 'nobody' || n === 'no') {
    // "nobody at home", "no one at home".
    if (n === 'no') {
      if (tokens[j]?.norm !== 'one') return undefined;
      j++;
    }
    if (tokens[j]?.norm !== 'at' || tokens[j + 1]?.norm !== 'home') return undefined;
    j += 2;
    const v = tokens[j];
    if (j > last || !v || !HABIT.has(v.norm)) return undefined;
    return { start: tokens[i]!.start, end: v.end };
  }
  // A group, not one family: at the start of the sentence, or after "these", "most", "half our" ...
  const prev = tokens[i - 1];
  // "most of the families", "half of our parents".
  const ofThe = prev !== undefined && i - 3 >= first && (prev.norm === 'the' || prev.norm === 'our' || prev.norm === 'these') && tokens[i - 2]!.norm === 'of' && QUANTIFIER.has(tokens[i - 3]!.norm);
  if (!(i === first || ofThe || (prev && ids(doc)[i - 1] === ids(doc)[i] && QUANTIFIER.has(prev.norm)))) return undefined;
  while (j <= last && j <= i + 3 && HEDGE.has(tokens[j]!.norm)) j++;
  // A place or list they belong to ("on my register", "in my class", "on the estate"), then the habit.
  if (j <= last && PLACE_PREP.has(tokens[j]!.norm)) {
    let k = j + 1;
    while (k <= last && k <= j + 3 && !NEVER.has(tokens[k]!.norm) && !/[,;:]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k++;
    if (k <= last && NEVER.has(tokens[k]!.norm)) j = k;
  }
  if (j > last || !NEVER.has(tokens[j]!.norm)) return undefined;
  let v = j + 1;
  while (v <= last && v <= j + 3 && HEDGE.has(tokens[v]!.norm)) v++;
  if (v > last || !HABIT.has(tokens[v]!.norm)) return undefined;
  // "don't come to anything", "never turn up"; not "don't come in until 9".
  if ((tokens[v]!.norm === 'come' && tokens[v + 1]?.norm !== 'to') || (tokens[v]!.norm === 'turn' && tokens[v + 1]?.norm !== 'up')) return undefined;
  const rest = text.slice(tokens[v]!.end, tokens[last]!.end + 1);
  if (/\b(?:yet|english|language|translat\w*|if|so we|we can|we['’]ll|we will|help)\b/i.test(rest) || asks(doc, last)) return undefined;
  return { start: tokens[i]!.start, end: tokens[v]!.end };
}

const ids = (doc: Doc): Int32Array => sentenceIds(doc);

const WHO = new Set(['who', "who's", 'whos', "who've", "who'd", 'that']);
/**
 * "someone who hasn't taught since 2009", "a man who's never taught", "a consultant who's never taught a day": the
 * person described only as never having taught is the one judged, a leader or adviser by implication. Both a target
 * (kind leader) and a strong sign for `tone/disparaging`. Not advice to newcomers ("anyone who has never taught
 * before", "who hasn't taught yet").
 */
export function neverTaught(doc: Doc): PhraseMatch[] {
  return doc.memo('tone:never-taught', () => {
    const { tokens } = doc;
    const out: PhraseMatch[] = [];
    for (let i = 2; i < tokens.length; i++) {
      if (tokens[i]!.norm !== 'taught') continue;
      const next = tokens[i + 1]?.norm;
      if (next === 'before' || next === 'yet') continue;
      let neg = -1;
      for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
        const n = tokens[k]!.norm;
        if (n === 'never' || n === 'not' || n.endsWith("n't")) neg = k;
      }
      if (neg < 0) continue;
      let who = -1;
      for (let k = neg; k >= neg - 2 && k >= 1; k--) if (WHO.has(tokens[k]!.norm)) who = k;
      if (who < 1) continue;
      out.push({ from: who - 1, to: i, weight: 2, kind: 'leader' });
    }
    return out;
  });
}

const DECIDER = new Set(['decided', 'designed', 'wrote', 'written', 'planned', 'timetabled', 'chose', 'chosen', 'bought', 'ordered', 'thought', 'approved', 'signed', 'booked', 'scheduled', 'introduced', 'picked', 'agreed', 'invented', 'created', 'made', 'set', 'came', 'devised', 'dreamt', 'dreamed']);
/**
 * "Whoever designed the new report template", "whoever timetabled double PE before maths": the unnamed person behind
 * a school decision is a leader or colleague by implication (a target of kind leader), when what they decided is a
 * school thing named within the next ten words (not "whoever planned these roadworks", not the bare word "school").
 */
export function whoeverDecided(doc: Doc, targets: readonly PhraseMatch[]): PhraseMatch[] {
  const { tokens } = doc;
  const ids = sentenceIds(doc);
  const out: PhraseMatch[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.norm !== 'whoever') continue;
    let v = -1;
    for (let k = i + 1; k <= i + 3 && k < tokens.length && ids[k] === ids[i]; k++) if (DECIDER.has(tokens[k]!.norm)) { v = k; break; }
    if (v < 0) continue;
    const thing = targets.some((t) => t.from > v && t.from <= v + 10 && ids[t.from] === ids[i] && t.kind !== 'authority' && !(t.from === t.to && (tokens[t.from]!.norm === 'school' || tokens[t.from]!.norm === 'schools')));
    if (thing) out.push({ from: i, to: v, weight: 0, kind: 'leader' });
  }
  return out;
}

/**
 * "Could whoever designed the new report template please come and write 30 of them": inviting the decision-maker to
 * do the work themselves. A strong sign when the sentence names whoever decided (see whoeverDecided).
 */
export function comeAndDoIt(doc: Doc, deciders: readonly PhraseMatch[]): Span[] {
  const { tokens } = doc;
  const ids = sentenceIds(doc);
  const out: Span[] = [];
  for (const d of deciders) {
    for (let k = d.to + 1; k + 2 < tokens.length && ids[k] === ids[d.from] && k <= d.to + 14; k++) {
      const a = tokens[k]!.norm, b = tokens[k + 1]!.norm;
      if ((a === 'come' && b === 'and') || (a === 'have' && b === 'a' && tokens[k + 2]!.norm === 'go') || (a === 'welcome' && b === 'to')) {
        out.push({ start: tokens[d.from]!.start, end: tokens[k + 1]!.end });
        break;
      }
    }
  }
  return out;
}

const FAINT = new Set(['choice', 'decision', 'approach', 'move', 'idea']);
const DOUBT_ADVERB = new Set(['entirely', 'totally', 'completely', 'wholly', 'fully', 'quite', 'really', '100%', 'so']);
const GRASP = new Set(['has', 'have', 'knows', 'know', 'understands', 'understand', 'can', 'could', 'reads', 'read', 'did', 'does']);
/**
 * "Not entirely convinced our deputy has read the behaviour policy she wrote", "not sure the trust has ever actually
 * visited": doubt, put politely, that a leader or colleague knows or has done their job. "convinced" needs only
 * "not"; "sure" needs an adverb of doubt and "ever" or "actually" after, since "not sure the head is in today" asks.
 */
function doubted(doc: Doc, i: number, last: number, starts: ReadonlyMap<number, PhraseMatch>): Span | undefined {
  const { tokens } = doc;
  let k = i - 1;
  let adverb = false;
  if (k >= 0 && DOUBT_ADVERB.has(tokens[k]!.norm)) {
    adverb = true;
    k--;
  }
  const neg = tokens[k]?.norm;
  if (!(neg === 'not' || neg?.endsWith("n't"))) return undefined;
  const sure = tokens[i]!.norm === 'sure';
  if (sure && !adverb) return undefined;
  let j = i + 1;
  if (tokens[j]?.norm === 'that') j++;
  let t = starts.get(j);
  if (!t && DETERMINER.has(tokens[j]?.norm ?? '')) t = starts.get(j + 1);
  if (!t || !(t.kind === 'leader' || t.kind === 'colleague' || t.kind === 'authority') || t.to + 1 > last) return undefined;
  const g = tokens[t.to + 1]!.norm;
  if (!GRASP.has(g)) return undefined;
  if (sure && !(tokens[t.to + 2]?.norm === 'ever' || tokens[t.to + 2]?.norm === 'actually')) return undefined;
  return { start: tokens[k]!.start, end: tokens[t.to + 1]!.end };
}
