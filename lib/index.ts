/**
 * PostPause engine: public entry. Pure: no DOM, no browser APIs, no WXT. Runs in Node and in the browser.
 *
 *   const analyzer = createAnalyzer({ schoolName: 'Woodbridge Junior School', policyPack: 'woodbridge-junior' });
 *   analyzer.analyze('Proud of Year 6 at Woodbridge today!');  // Finding[]
 */
import { buildAnalyzer, type Analyzer } from './engine/analyzer.ts';
import { RULES } from '../rules/index.ts';
import { resolvePack } from './policy/resolve-pack.ts';

export function createAnalyzer(config?: unknown): Analyzer {
  const { pack, problems } = resolvePack(config);
  // The pack is resolved (and customPack validated) once, here; rules never read customPack.
  return buildAnalyzer(withoutCustomPack(config), { rules: RULES, pack, problems });
}

function withoutCustomPack(config: unknown): unknown {
  if (!config || typeof config !== 'object' || Array.isArray(config) || !('customPack' in config)) return config;
  const { customPack: _customPack, ...rest } = config as Record<string, unknown>;
  return rest;
}

export type { Analyzer, RuleError } from './engine/analyzer.ts';
export type { Finding, Clause, Category, Severity, Theme, Hit } from './engine/types.ts';
export { CATEGORIES, THEMES } from './engine/types.ts';
export type { Rule, RuleMeta, Doc, Detector } from './engine/rule.ts';
export type { PostPauseConfig, ConfigProblem } from './policy/config.ts';
export { validateConfig, validateKey, formatProblem, CONFIG_KEYS } from './policy/config.ts';
export type { PolicyPack, PackClause } from './policy/pack.ts';
export { clauseFor, clauseKey } from './policy/pack.ts';
export { validateCustomPack, formatPackErrors, MAX_PACK_CHARS, type PackError, type PackValidation } from './policy/custom-pack.ts';
export { resolvePack, type PackResolution } from './policy/resolve-pack.ts';
export { listPacks, getPack, BUILTIN_PACKS } from './policy/packs/index.ts';
export { RULES } from '../rules/index.ts';
