/**
 * Run phrase regexes only near words that could start or anchor a match. A set lookup per token (the
 * tokens are shared by every rule) replaces a full-text regex scan, so a post with no trigger word costs
 * almost nothing, and a long post costs in proportion to its trigger words, not its length.
 */
import type { Doc } from '../../../lib/engine/rule.ts';

export interface Range {
  start: number;
  end: number;
}

/** Merged ranges of `radius` characters around each token whose folded form is in `triggers`. */
export function triggerWindows(doc: Doc, triggers: ReadonlySet<string>, radius: number, extraNeedles: readonly string[] = []): Range[] {
  const { text, tokens } = doc;
  const points: Range[] = [];
  for (const t of tokens) {
    if (triggers.has(t.norm)) points.push({ start: t.start, end: t.end });
  }
  for (const needle of extraNeedles) {
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) points.push({ start: i, end: i + needle.length });
  }
  if (points.length === 0) return [];
  points.sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const p of points) {
    const s = Math.max(0, p.start - radius);
    const e = Math.min(text.length, p.end + radius);
    const last = out[out.length - 1];
    if (last && s <= last.end) last.end = Math.max(last.end, e);
    else out.push({ start: s, end: e });
  }
  // Widen to whitespace so a window never starts or ends inside a word (keeps \b and lookbehinds honest).
  for (const r of out) {
    while (r.start > 0 && !/\s/.test(text[r.start - 1]!)) r.start--;
    while (r.end < text.length && !/\s/.test(text[r.end]!)) r.end++;
  }
  const merged: Range[] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push(r);
  }
  return merged;
}

export interface WindowMatch {
  index: number;
  text: string;
  groups: (string | undefined)[];
}

/** All matches of a global regex inside the windows, with offsets into the whole text. */
export function matchInWindows(text: string, re: RegExp, windows: readonly Range[]): WindowMatch[] {
  const out: WindowMatch[] = [];
  let lastEnd = -1;
  for (const w of windows) {
    const slice = text.slice(w.start, w.end);
    for (const m of slice.matchAll(re)) {
      const index = w.start + m.index;
      if (index < lastEnd) continue;
      out.push({ index, text: m[0], groups: m.slice(1) });
      lastEnd = index + m[0].length;
    }
  }
  return out;
}

/** Folded first words of phrase alternatives ("sick of" -> "sick"), for building trigger sets. */
export function firstWords(phrases: readonly string[]): string[] {
  return phrases.map((p) => p.toLowerCase().split(/[\s-]/)[0]!.replace(/['’]/g, "'"));
}
