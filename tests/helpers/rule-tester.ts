/**
 * Table tests for one rule, in the spirit of ESLint's RuleTester: `valid` texts must give no hit,
 * `invalid` texts must give exactly the listed spans (as matched substrings, or [start, end] pairs).
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../lib/engine/rule.ts';
import type { Finding } from '../../lib/engine/types.ts';
import type { PostPauseConfig } from '../../lib/policy/config.ts';
import { buildAnalyzer } from '../../lib/engine/analyzer.ts';
import { defaultPack } from '../../lib/policy/packs/default.ts';

export type Span = string | [number, number];

export interface InvalidCase {
  text: string;
  /** Expected spans in order. A string means "this exact substring" (first occurrence not already used). */
  spans: Span[];
  /** Optional substring each reason (in order) must contain. */
  reasons?: string[];
  config?: PostPauseConfig;
}

export interface ValidCase {
  text: string;
  config?: PostPauseConfig;
}

export interface RuleTable {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
  /** Configuration used for every case that has none of its own. */
  config?: PostPauseConfig;
}

export function runRule(rule: Rule, text: string, config: PostPauseConfig = {}): Finding[] {
  const analyzer = buildAnalyzer(config, { rules: [rule], pack: defaultPack });
  const out = analyzer.analyze(text);
  if (analyzer.lastErrors.length) throw new Error(`rule errors: ${JSON.stringify(analyzer.lastErrors)}`);
  return out;
}

function toRange(text: string, span: Span, used: Set<number>): [number, number] {
  if (Array.isArray(span)) return span;
  let from = 0;
  for (;;) {
    const i = text.indexOf(span, from);
    if (i === -1) throw new Error(`expected span "${span}" does not occur in "${text}"`);
    if (!used.has(i)) {
      used.add(i);
      return [i, i + span.length];
    }
    from = i + 1;
  }
}

export function testRule(rule: Rule, table: RuleTable): void {
  describe(rule.meta.id, () => {
    for (const v of table.valid) {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`valid: ${JSON.stringify(c.text).slice(0, 80)}`, () => {
        const found = runRule(rule, c.text, c.config ?? table.config);
        expect(found.map((f) => f.text)).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${JSON.stringify(c.text).slice(0, 80)}`, () => {
        const found = runRule(rule, c.text, c.config ?? table.config);
        const used = new Set<number>();
        const want = c.spans.map((s) => toRange(c.text, s, used)).sort((a, b) => a[0] - b[0]);
        expect(found.map((f) => [f.start, f.end])).toEqual(want);
        for (const f of found) {
          expect(f.category).toBe(rule.meta.category);
          expect(f.ruleId).toBe(rule.meta.id);
          expect(f.reason.length).toBeGreaterThan(0);
        }
        c.reasons?.forEach((r, i) => expect(found[i]?.reason ?? '').toContain(r));
      });
    }
  });
}
