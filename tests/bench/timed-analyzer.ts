/**
 * An analyser whose rules record their own time, for the per-rule profilers. All rules run on one shared Doc,
 * as in the analyser; tokenizing is timed as its own step so the first rule that reads doc.tokens is not
 * blamed for it (other shared memos are charged to the first rule that asks for them).
 */
import { buildAnalyzer } from '../../lib/engine/analyzer.ts';
import type { Detector, Rule } from '../../lib/engine/rule.ts';
import { resolvePack } from '../../lib/policy/resolve-pack.ts';
import { RULES } from '../../rules/index.ts';

export const PROFILE_CONFIG = { schoolName: 'Woodbridge Junior School', schoolAliases: ['WJS'] };

/** `times` maps a rule id to its milliseconds since the caller last cleared it. */
export function timedAnalyzer(config: Record<string, unknown> = PROFILE_CONFIG) {
  const times = new Map<string, number>();
  const timed = (id: string, detect: Detector): Detector => (doc) => {
    const t = performance.now();
    try {
      return detect(doc);
    } finally {
      times.set(id, (times.get(id) ?? 0) + performance.now() - t);
    }
  };
  const tokenizeStep: Rule = {
    meta: { id: '(tokenize)', category: 'tone', severity: 'low', theme: 'general', description: '' },
    create: () => (doc) => (doc.tokens.length, []),
  };
  const rules: Rule[] = [tokenizeStep, ...RULES].map((r) => ({ meta: r.meta, create: (c) => timed(r.meta.id, r.create(c)) }));
  return { analyzer: buildAnalyzer(config, { rules, pack: resolvePack(config).pack }), times };
}
