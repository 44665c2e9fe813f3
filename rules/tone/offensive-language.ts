import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { MODEL_THRESHOLD, offensiveProbability } from './shared/model.ts';
import { INSULT_ADJ, INSULT_NOUNS, NEGATED_BEFORE, REPORTED_BEFORE, SELF_AFTER, SELF_BEFORE, alt, before } from './shared/phrases.ts';

// The model reads words, not grammar: "not an idiot" and "I'm such an idiot" look like insults to it.
// Words the rules would not count (negated, about the writer, reported) are blanked before scoring, and
// so are cheerful idioms ("killed it", "could murder a coffee").
const LOADED = new RegExp(`\\b(?:${alt(INSULT_NOUNS)}|${alt(INSULT_ADJ)})\\b`, 'gi');
const IDIOMS = /\b(?:(?:killed|killing|smashed|smashing|nailed|slayed|slaying|murdered)\s+it|(?:kill|murder)\s+(?:for\s+)?an?\s+\w+|gutted|pain\s+in\s+the\s+\w+|be\s+a\s+pain|to\s+be\s+a\s+pain|(?:a\s+)?bit\s+silly|rant\s+at\s+the\s+\w+)\b/gi;

export function neutralise(text: string): string {
  let out = text.replace(IDIOMS, (m) => ' '.repeat(m.length));
  out = out.replace(LOADED, (m, offset: number) => {
    const b = before(text, offset);
    const skip = NEGATED_BEFORE.test(b) || SELF_BEFORE.test(b) || REPORTED_BEFORE.test(b) || SELF_AFTER.test(text.slice(offset + m.length, offset + m.length + 12));
    return skip ? ' '.repeat(m.length) : m;
  });
  return out;
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
      const sp = text.lastIndexOf(' ', s + CHUNK);
      const e = sp > s ? sp : s + CHUNK;
      result.push({ start: s, end: e });
      s = e;
    }
    result.push({ start: s, end: c.end });
  }
  return result;
}

export default defineRule({
  meta: {
    id: 'tone/offensive-language',
    category: 'tone',
    // Low, so a precise rule's finding (a named insult, a threat) wins where both cover the same words.
    severity: 'low',
    theme: 'offensive-content',
    description: 'Hostile or offensive wording overall, scored by a small model trained on labelled tweets (OLID).',
  },
  create() {
    return (doc): Hit[] => {
      const { text } = doc;
      const hits: Hit[] = [];
      for (const c of chunks(text)) {
        let { start, end } = c;
        while (start < end && /\s/.test(text[start]!)) start++;
        while (end > start && /\s/.test(text[end - 1]!)) end--;
        if (end - start < 3) continue;
        const p = offensiveProbability(neutralise(text.slice(start, end)));
        if (p < MODEL_THRESHOLD) continue;
        hits.push({
          start,
          end,
          severity: p >= 0.8 ? 'medium' : 'low',
          reason: `Offensive or hostile tone: this reads as aggressive or insulting overall (model score ${Math.round(p * 100)}%). Read it as a parent or your head teacher would.`,
        });
      }
      return hits;
    };
  },
});
