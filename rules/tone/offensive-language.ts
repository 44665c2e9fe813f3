import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { MODEL_THRESHOLD, offensiveProbability } from './shared/model.ts';

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
        const p = offensiveProbability(text.slice(start, end));
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
