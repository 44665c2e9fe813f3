import type { Clause, Finding, Hit, Theme } from './types.ts';
import type { Detector, Rule } from './rule.ts';
import { createDoc } from './doc.ts';
import { clauseFor, type PolicyPack } from '../policy/pack.ts';
import { validateConfig, type ConfigProblem, type PostPauseConfig } from '../policy/config.ts';

export interface AnalyzerOptions {
  rules: readonly Rule[];
  pack: PolicyPack;
  /** Problems found while choosing the pack; they replace validateConfig's for the same setting. */
  problems?: readonly ConfigProblem[];
}

export interface RuleError {
  ruleId: string;
  message: string;
}

export interface Analyzer {
  analyze(text: string): Finding[];
  /** Configuration values that were rejected (dropped, defaults used instead). */
  readonly problems: readonly ConfigProblem[];
  /** Errors thrown by rules during the last analyze() call; the rule is skipped, the rest still run. */
  readonly lastErrors: readonly RuleError[];
}

const SEVERITY_RANK = { low: 0, medium: 1, high: 2 } as const;

/**
 * Build an analyser for one configuration. Rules are compiled once here; analyze() is then a pure,
 * linear pass per rule. Never throws: bad configuration is dropped (see `problems`), a failing rule is
 * isolated (see `lastErrors`), and non-string input yields no findings.
 */
export function buildAnalyzer(rawConfig: unknown, opts: AnalyzerOptions): Analyzer {
  const { config, problems: configProblems } = validateConfig(rawConfig ?? {}, { ruleIds: opts.rules.map((r) => r.meta.id) });
  const packProblems = opts.problems ?? [];
  const problems = [...configProblems.filter((p) => !packProblems.some((q) => q.key === p.key)), ...packProblems];
  const disabled = new Set(config.disabledRules ?? []);
  const detectors: { rule: Rule; detect: Detector }[] = [];
  const precedence = new Map(opts.rules.map((r) => [r.meta.id, r.meta.precedence ?? 0] as const));
  const compileErrors: RuleError[] = [];
  for (const rule of opts.rules) {
    if (disabled.has(rule.meta.id)) continue;
    try {
      detectors.push({ rule, detect: rule.create(config) });
    } catch (e) {
      compileErrors.push({ ruleId: rule.meta.id, message: errorMessage(e) });
    }
  }
  let lastErrors: RuleError[] = compileErrors;
  // clauseFor is a pure function of the pack, the theme, the policy URL and the rule id, and the first and third
  // are fixed here: each finding gets its own copy of the clause worked out once per theme and rule.
  const clauses = new Map<string, Clause>();
  const clauseOf = (theme: Theme, ruleId: string | undefined): Clause => {
    const key = ruleId === undefined ? theme : `${theme}\u0000${ruleId}`;
    let c = clauses.get(key);
    if (!c) clauses.set(key, (c = clauseFor(opts.pack, theme, config.policyUrl, ruleId)));
    return { ...c };
  };

  return {
    problems,
    get lastErrors() {
      return lastErrors;
    },
    analyze(text: string): Finding[] {
      lastErrors = [...compileErrors];
      if (typeof text !== 'string' || text.length === 0) return [];
      const doc = createDoc(text);
      const findings: Finding[] = [];
      for (const { rule, detect } of detectors) {
        let hits: Hit[];
        try {
          hits = detect(doc);
        } catch (e) {
          lastErrors.push({ ruleId: rule.meta.id, message: errorMessage(e) });
          continue;
        }
        for (const h of hits) {
          if (!(h.start >= 0 && h.end <= doc.text.length && h.start < h.end)) {
            lastErrors.push({ ruleId: rule.meta.id, message: `bad span ${h.start}-${h.end}` });
            continue;
          }
          // Rules read the normalised text; findings point at the characters as written.
          const [start, end] = doc.toOriginal(h.start, h.end);
          findings.push({
            category: rule.meta.category,
            ruleId: rule.meta.id,
            start,
            end,
            text: text.slice(start, end),
            severity: h.severity ?? rule.meta.severity,
            reason: h.reason,
            // A pack's per-rule mapping applies to the rule's own theme, not to a hit that overrides it.
            clause: clauseOf(h.theme ?? rule.meta.theme, h.theme ? undefined : rule.meta.id),
            ...(rule.meta.replacement ? { replacement: rule.meta.replacement } : {}),
          });
        }
      }
      return dedupe(findings, precedence);
    },
  };
}

/**
 * Order by position; where two findings of the same category overlap keep the more severe (then the
 * longer) one, so one name is not reported three times by three forms of the same rule.
 */
function dedupe(findings: Finding[], precedence: ReadonlyMap<string, number>): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const out: Finding[] = [];
  // Sorted by start, so only the last kept finding of a category can overlap the next one: linear time.
  const lastOf = new Map<string, number>();
  for (const f of findings) {
    const i = lastOf.get(f.category);
    const o = i === undefined ? undefined : out[i];
    if (i === undefined || !o || o.end <= f.start) {
      lastOf.set(f.category, out.length);
      out.push(f);
      continue;
    }
    const bySeverity = SEVERITY_RANK[f.severity] - SEVERITY_RANK[o.severity];
    const byLength = f.end - f.start - (o.end - o.start);
    const byPrecedence = (precedence.get(f.ruleId) ?? 0) - (precedence.get(o.ruleId) ?? 0);
    const better = bySeverity > 0 || (bySeverity === 0 && (byLength > 0 || (byLength === 0 && byPrecedence > 0)));
    if (better) out[i] = f;
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export type { PostPauseConfig };
