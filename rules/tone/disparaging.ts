import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit, Severity, Theme } from '../../lib/engine/types.ts';
import { hasSchoolContext } from '../../lib/engine/context/index.ts';
import { SARCASTIC_SENTENCE, findPhrases, ownFamily, sarcasmEmoji, scareQuotes, stanceLexicon, type PhraseMatch, type TargetKind } from './shared/stance.ts';
import { aboutSelf, isNegator, sentenceIds } from './shared/context.ts';
import type { Token } from '../../lib/engine/text.ts';

interface Span {
  start: number;
  end: number;
}

interface Cue extends Span {
  weight: number;
  /** Sentence index (for tokens) or -1 for cues found in the raw text (emoji, quotes): nearest sentence. */
  sentence: number;
}

// Posts are scored in stretches of at most this many characters (whole sentences), like a tweet.
const STRETCH = 320;

const REASONS: Record<TargetKind, string> = {
  leader: 'Criticising leaders: this complains about or mocks the head, senior leaders, governors or the trust in public. Your policy asks you to raise concerns through the proper channels.',
  colleague: 'Criticising colleagues: this complains about or mocks people you work with. Colleagues and parents may recognise who you mean.',
  pupil: 'Criticising pupils: this speaks negatively about pupils in public. Parents and pupils may recognise themselves, even without names.',
  parent: 'Criticising parents: this speaks negatively or mockingly about parents or families. They may recognise themselves, even without names.',
  school: 'Criticising your school: this complains about or mocks your school, its policies or its decisions in public. Raise it through the proper channels instead.',
  work: 'Workplace grievance: this airs a complaint about pay, workload or jobs in public. Keep it for your union, HR or the proper channels.',
  authority: 'Criticising the local authority or inspectors: public complaints about the bodies your school works with can bring it into disrepute.',
};
const THEMES: Record<TargetKind, Theme> = { leader: 'grievances', colleague: 'grievances', pupil: 'offensive-content', parent: 'offensive-content', school: 'grievances', work: 'grievances', authority: 'grievances' };
// When several kinds are present, name the most specific one.
const KIND_ORDER: TargetKind[] = ['pupil', 'parent', 'leader', 'colleague', 'authority', 'school', 'work'];

function stretches(doc: Doc): Span[] {
  const { text } = doc;
  const out: Span[] = [];
  let start = 0;
  let last = 0;
  for (const m of text.matchAll(/[.!?\n]+/g)) {
    const cut = m.index + m[0].length;
    if (cut - start > STRETCH && last > start) {
      out.push({ start, end: last });
      start = last;
    }
    last = cut;
  }
  // A single sentence longer than a stretch is cut at spaces.
  while (text.length - start > STRETCH * 1.5) {
    let e = start + STRETCH;
    while (e > start && text[e] !== ' ') e--;
    if (e === start) e = start + STRETCH;
    out.push({ start, end: e });
    start = e;
  }
  out.push({ start, end: text.length });
  return out;
}

export default defineRule({
  meta: {
    id: 'tone/disparaging',
    category: 'tone',
    severity: 'medium',
    theme: 'grievances',
    description: 'Criticising or mocking pupils, parents, colleagues, leaders, the trust, the local authority or the school, and pay or workload grievances, including sarcasm, without any insult word.',
  },
  create() {
    return (doc): Hit[] => {
      const { text, tokens } = doc;
      if (tokens.length === 0) return [];
      const lex = stanceLexicon();
      const ids0 = sentenceIds(doc);
      const targets = findPhrases(tokens, lex.targets).filter((m) => !ownFamily(tokens, m) && !inTitle(tokens, ids0, m));
      if (targets.length === 0) return [];
      const ids = sentenceIds(doc);
      // Negated ("not a joke") and self-directed ("I'm terrible at maths") cues do not count.
      const stance = findPhrases(tokens, lex.stance).filter((m) => !negated(doc, m) && !aboutSelf(doc, m.from, 3));
      const praise = findPhrases(tokens, lex.praise);
      const schoolTalk = targets.some((t) => t.kind !== 'authority' && t.kind !== 'work') || hasSchoolContext(doc);
      const hits: Hit[] = [];
      let ti = 0, si = 0, pi = 0;
      for (const st of stretches(doc)) {
        const inStretch = (m: PhraseMatch) => tokens[m.from]!.start >= st.start && tokens[m.to]!.end <= st.end;
        const ts: PhraseMatch[] = [];
        while (ti < targets.length && tokens[targets[ti]!.from]!.start < st.end) {
          const t = targets[ti++]!;
          if (inStretch(t) && (t.kind !== 'authority' || schoolTalk)) ts.push(t);
        }
        const cues: Cue[] = [];
        while (si < stance.length && tokens[stance[si]!.from]!.start < st.end) {
          const c = stance[si++]!;
          if (inStretch(c)) cues.push({ start: tokens[c.from]!.start, end: tokens[c.to]!.end, weight: c.weight, sentence: ids[c.from]! });
        }
        let praised = 0;
        while (pi < praise.length && tokens[praise[pi]!.from]!.start < st.end) if (inStretch(praise[pi++]!)) praised++;
        if (ts.length === 0) continue;
        // Applause can be sincere: alone it is a weak sign.
        for (const e of sarcasmEmoji(text, st.start, st.end)) cues.push({ ...e, weight: text.startsWith('👏', e.start) ? 1 : 2, sentence: -1 });
        for (const q of scareQuotes(text, st.start, st.end)) cues.push({ ...q, weight: 1, sentence: -1 });
        for (const s of sarcasticSentences(doc, st)) cues.push({ ...s, weight: 2, sentence: -1 });
        const strong = cues.filter((c) => c.weight >= 2).length;
        let score = cues.reduce((a, c) => a + c.weight, 0);
        // Praise without a strong negative or sarcastic sign is praise ("our TA is an absolute legend").
        if (praised > 0 && strong === 0) score -= praised * 2;
        if (score < 2 || cues.length === 0) continue;
        // 'work' and 'school' words are everyday words: they need a strong sign in the same stretch.
        const kinds = new Set(ts.map((t) => t.kind!));
        if (strong === 0 && [...kinds].every((k) => k === 'work' || k === 'school')) continue;
        const kind = KIND_ORDER.find((k) => kinds.has(k))!;
        // Report the nearest target-cue pair: the words a reader would point at.
        // The strongest cue first, then the nearest target to it.
        const top = Math.max(...cues.map((c) => c.weight));
        let best: { t: Span; c: Span; d: number } | undefined;
        for (const t of ts) {
          const tSpan = { start: tokens[t.from]!.start, end: tokens[t.to]!.end };
          for (const c of cues) {
            if (c.weight < top) continue;
            const d = Math.abs(c.start - tSpan.start);
            if (!best || d < best.d) best = { t: tSpan, c, d };
          }
        }
        const start = Math.min(best!.t.start, best!.c.start);
        const end = Math.max(best!.t.end, best!.c.end);
        const severity: Severity = score >= 4 ? 'medium' : 'low';
        hits.push({ start, end, severity, theme: THEMES[kind], reason: REASONS[kind] });
      }
      return hits;
    };
  },
});

// Ordinary words that are targets only in lower case mid-sentence ("Line of Duty" is a TV show).
const ORDINARY = new Set(['duty', 'duties', 'cover', 'policy', 'class', 'form', 'lead', 'leads', 'head', 'department', 'supply', 'staff', 'family', 'families', 'reports', 'marking', 'budget', 'funding', 'deadline', 'trust']);
function inTitle(tokens: readonly Token[], ids: Int32Array, m: PhraseMatch): boolean {
  if (m.from !== m.to) return false;
  const t = tokens[m.from]!;
  if (!ORDINARY.has(t.norm) || !t.capitalised || t.raw === t.raw.toUpperCase()) return false;
  const prev = tokens[m.from - 1];
  // Capitalised at the start of a sentence is ordinary; capitalised mid-sentence after a capitalised word is a title.
  return prev !== undefined && ids[m.from - 1] === ids[m.from] && (prev.capitalised || prev.norm === 'of');
}

/** A negator just before a stance phrase ("not a joke", "never useless") cancels it. */
function negated(doc: Doc, m: PhraseMatch): boolean {
  const { tokens } = doc;
  const ids = sentenceIds(doc);
  for (let j = m.from - 1; j >= 0 && j >= m.from - 2; j--) {
    if (ids[j] !== ids[m.from]) return false;
    if (isNegator(tokens[j]!.norm)) return true;
  }
  return false;
}

/** First words of a short sarcastic verdict: "Brilliant communication.", "Great planning.", "Thanks, management." */
const VERDICT_HEAD = new Set(['talent', 'diligent', 'shock', 'wow', 'bravo', 'smooth', 'efficient', 'professional', 'leadership', 'magic', 'inspiring', 'bless', 'nice', 'priceless', 'incredible', 'unreal', 'stunning', 'sterling', 'textbook', 'masterful', 'visionary', 'competent', 'brilliant', 'great', 'lovely', 'fantastic', 'wonderful', 'excellent', 'superb', 'top', 'nice', 'genius', 'classic', 'inspirational', 'thanks', 'cheers', 'fab', 'marvellous', 'stellar', 'amazing', 'quality', 'outstanding', 'impressive', 'love', 'such']);

const ANSWER_HEAD = new Set(['never', 'nope', 'no', 'oh', 'apparently', 'clearly', 'obviously', 'of', 'course', 'nah', 'nobody', 'none', 'not', 'hint', 'spoiler', 'answer', 'exactly']);

/** Short sentences of sarcastic praise after another sentence: "... before reports are due. Lovely." */
function sarcasticSentences(doc: Doc, st: Span): Span[] {
  const { tokens } = doc;
  const ids = sentenceIds(doc);
  const out: Span[] = [];
  let i = 0;
  while (i < tokens.length && tokens[i]!.start < st.start) i++;
  let firstSentence = -1;
  while (i < tokens.length && tokens[i]!.end <= st.end) {
    const id = ids[i]!;
    let j = i;
    while (j + 1 < tokens.length && ids[j + 1] === id) j++;
    if (firstSentence === -1) firstSentence = id;
    const n = j - i + 1;
    // "Boundaries? Never heard of them.": a short question answered by the writer.
    if (id !== firstSentence && i > 0 && doc.text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('?') && ANSWER_HEAD.has(tokens[i]!.norm) && n <= 6) {
      out.push({ start: tokens[i]!.start, end: tokens[j]!.end });
    }
    if (id !== firstSentence && n <= 3) {
      let all = true;
      for (let k = i; k <= j && all; k++) all = SARCASTIC_SENTENCE.has(tokens[k]!.norm);
      if (all || (n <= 3 && VERDICT_HEAD.has(tokens[i]!.norm))) out.push({ start: tokens[i]!.start, end: tokens[j]!.end });
    }
    i = j + 1;
  }
  return out;
}
