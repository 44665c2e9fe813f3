/**
 * The single configuration resolver: built-in defaults < user settings < managed (school) policy.
 *
 * Pure: the storage layer reads the raw layers (extension/storage) and calls resolveConfig() every time one of
 * them changes. Each layer is validated key by key with the one validator (config.ts): a bad value drops
 * only itself, the next layer down shows through, and the problem is kept so the options page can say
 * what was ignored and why.
 *
 * Locking: a setting the school's policy sets is fixed (mandatory policy, as Chrome means it). The
 * `locked` list additionally fixes settings the policy does not set, at PostPause's default, so an IT lead
 * can stop staff switching checks off without choosing values for them.
 */
import { CONFIG_KEYS, isConfigKey, validateConfig, type ConfigKey, type ConfigProblem, type PostPauseConfig } from './config.ts';

export type ConfigSource = 'default' | 'user' | 'managed';

export interface ResolvedProblem extends ConfigProblem {
  source: 'managed' | 'user';
}

export interface ResolvedConfig {
  /** The effective configuration every part of the extension uses. */
  config: PostPauseConfig;
  /** Where each effective value came from; keys with no value anywhere are absent. */
  sources: Partial<Record<ConfigKey, ConfigSource>>;
  /** Settings staff cannot change: the policy's `locked` list plus every setting the policy sets. */
  locked: ReadonlySet<ConfigKey>;
  /** True when the school's policy has any setting at all (valid or not): "Managed by your school". */
  managed: boolean;
  /** Values that were ignored, managed first, in the order found. */
  problems: ResolvedProblem[];
}

/** PostPause's own defaults: only what has a sensible value for every school. */
export const CONFIG_DEFAULTS = {
  rosterScheme: 'hmac-sha256-16',
  policyPack: 'default',
  schoolHoursStart: '08:30',
  schoolHoursEnd: '15:30',
  schoolDays: [1, 2, 3, 4, 5],
  reminderIntervalDays: 90,
} as const satisfies PostPauseConfig;

/** Only the school's policy can lock settings; a user-saved `locked` would let staff lock themselves out. */
const POLICY_ONLY: ReadonlySet<ConfigKey> = new Set<ConfigKey>(['locked']);

/**
 * Keys that only make sense together: the roster hashes are useless with another layer's secret, so the
 * whole group comes from one layer, decided by its leading key (the first).
 */
const GROUPS: readonly (readonly ConfigKey[])[] = [['rosterHashes', 'rosterSecret', 'rosterKeyCheck', 'rosterScheme']];

export interface ConfigLayers {
  /** Raw `storage.managed` contents (Chrome/Edge: schema-checked types only; Firefox: anything). */
  managed?: unknown;
  /** Raw user settings as saved by the options page. */
  user?: unknown;
  /** Override for tests; CONFIG_DEFAULTS otherwise. */
  defaults?: PostPauseConfig;
  /** Rule ids of the registry: when given, `disabledRules` naming other ids is reported. */
  ruleIds?: readonly string[];
}

export function resolveConfig(layers: ConfigLayers): ResolvedConfig {
  const defaults: PostPauseConfig = layers.defaults ?? CONFIG_DEFAULTS;
  const managedRaw = isObject(layers.managed) ? layers.managed : {};
  const opts = { ruleIds: layers.ruleIds };
  const managed = validateConfig(managedRaw, opts);
  const userRaw = isObject(layers.user) ? withoutPolicyOnly(layers.user) : {};
  const user = validateConfig(userRaw, opts);

  const problems: ResolvedProblem[] = [
    ...(layers.managed !== undefined && !isObject(layers.managed) ? [{ source: 'managed' as const, key: '(root)', message: 'must be a set of named settings' }] : []),
    ...managed.problems.map((p) => ({ ...p, source: 'managed' as const })),
    ...user.problems.map((p) => ({ ...p, source: 'user' as const })),
  ];

  const m = managed.config as Record<string, unknown>;
  const u = user.config as Record<string, unknown>;
  const d = defaults as Record<string, unknown>;

  const locked = new Set<ConfigKey>((managed.config.locked ?? []).filter(isConfigKey));
  for (const key of CONFIG_KEYS) if (m[key] !== undefined) locked.add(key);
  for (const group of GROUPS) if (group.some((k) => locked.has(k))) group.forEach((k) => locked.add(k));

  const config: Record<string, unknown> = {};
  const sources: Partial<Record<ConfigKey, ConfigSource>> = {};
  const take = (key: ConfigKey, layer: Record<string, unknown>, source: ConfigSource) => {
    if (layer[key] === undefined) return false;
    config[key] = layer[key];
    sources[key] = source;
    return true;
  };

  const grouped = new Set(GROUPS.flat());
  for (const key of CONFIG_KEYS) {
    if (grouped.has(key)) continue;
    if (take(key, m, 'managed')) continue;
    if (!locked.has(key) && take(key, u, 'user')) continue;
    take(key, d, 'default');
  }
  for (const group of GROUPS) {
    const lead = group[0]!;
    const fromUser = !locked.has(lead) && u[lead] !== undefined;
    for (const key of group) {
      if (fromUser ? take(key, u, 'user') : take(key, m, 'managed')) continue;
      take(key, d, 'default');
    }
  }

  return {
    config: config as PostPauseConfig,
    sources,
    locked,
    managed: Object.keys(managedRaw).length > 0,
    problems,
  };
}

/** Why staff cannot change a setting, or null when they can. */
export function lockReason(resolved: ResolvedConfig, key: ConfigKey): 'set-by-school' | 'locked-by-school' | null {
  if (!resolved.locked.has(key)) return null;
  return resolved.sources[key] === 'managed' ? 'set-by-school' : 'locked-by-school';
}

/**
 * Apply one change from the options page to the saved user settings. Refuses locked settings and invalid
 * values (the caller shows `message`); `undefined` removes the user's value so the default shows through.
 */
export function changeUserSetting(
  resolved: ResolvedConfig,
  userSettings: unknown,
  key: string,
  value: unknown,
): { ok: true; user: Record<string, unknown> } | { ok: false; message: string } {
  if (!isConfigKey(key) || POLICY_ONLY.has(key)) return { ok: false, message: `"${key.length > 40 ? `${key.slice(0, 40)}…` : key}" is not a setting you can change here` };
  if (resolved.locked.has(key)) return { ok: false, message: 'your school has fixed this setting' };
  const user: Record<string, unknown> = isObject(userSettings) ? { ...userSettings } : {};
  if (value === undefined) {
    delete user[key];
    return { ok: true, user };
  }
  const checked = validateConfig({ [key]: value });
  const problem = checked.problems[0];
  if (problem) return { ok: false, message: problem.message };
  user[key] = (checked.config as Record<string, unknown>)[key];
  return { ok: true, user };
}

/**
 * `disabledRules` ids in force that name no rule (a typo switches nothing off), for readers that hold the
 * rule registry (the options page); the store resolves without it.
 */
export function unknownRuleProblems(resolved: ResolvedConfig, ruleIds: readonly string[]): ResolvedProblem[] {
  const list = resolved.config.disabledRules;
  const source = resolved.sources.disabledRules;
  if (!list || (source !== 'managed' && source !== 'user')) return [];
  const checked = validateConfig({ disabledRules: list }, { ruleIds });
  return checked.problems.map((p) => ({ ...p, source }));
}

/** The sentence the options page shows for an ignored value (or, for a notice, a value used as it is). */
export function describeProblem(p: ResolvedProblem): string {
  if (p.notice) return `Note: ${p.source === 'user' ? 'your saved setting' : "your school's policy setting"} "${p.key}" ${p.message}.`;
  if (p.source === 'user') return `Your saved setting "${p.key}" was not used because it ${p.message}.`;
  if (p.key === '(root)') return `Your school's policy was ignored because it ${p.message}.`;
  return `${p.partial ? "Part of your school's" : "Your school's"} policy setting "${p.key}" was ignored because it ${p.message}.`;
}

function withoutPolicyOnly(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (!POLICY_ONLY.has(k as ConfigKey)) out[k] = v;
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
