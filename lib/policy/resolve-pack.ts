import type { PolicyPack } from './pack.ts';
import type { ConfigProblem } from './config.ts';
import { validateCustomPack } from './custom-pack.ts';
import { BUILTIN_PACKS, defaultPack, getPack } from './packs/index.ts';

export interface PackResolution {
  pack: PolicyPack;
  /** Where the pack in force came from. */
  source: 'custom' | 'builtin' | 'default' | 'previous';
  /** Why a configured pack was not used; empty when the configuration was taken as given. */
  problems: ConfigProblem[];
}

/**
 * Pick the active pack from configuration: a valid `customPack` wins, then a known built-in `policyPack`
 * id, then the default pack. A bad custom pack or unknown id is never half-applied: the pack that was in
 * force (`previous`, when the caller keeps one) stays, or else the built-in/default one, and every
 * problem is reported under its setting's key.
 */
export function resolvePack(config: unknown, opts: { previous?: PolicyPack } = {}): PackResolution {
  const c = (config && typeof config === 'object' && !Array.isArray(config) ? config : {}) as { policyPack?: unknown; customPack?: unknown };
  const problems: ConfigProblem[] = [];

  let builtin: PolicyPack | undefined;
  let badId = false;
  if (typeof c.policyPack === 'string' && c.policyPack.trim()) {
    const id = c.policyPack.trim();
    builtin = getPack(id);
    if (!builtin) {
      badId = true;
      problems.push({ key: 'policyPack', message: `names an unknown policy pack "${truncate(id)}" (built-in packs: ${Object.keys(BUILTIN_PACKS).join(', ')})` });
    }
  }
  // A bad id keeps what was in force rather than silently switching a school to the default pack.
  const fallback = (): Omit<PackResolution, 'problems'> =>
    builtin ? { pack: builtin, source: 'builtin' } : badId && opts.previous ? { pack: opts.previous, source: 'previous' } : { pack: defaultPack, source: 'default' };

  if (c.customPack !== undefined && c.customPack !== null && c.customPack !== '') {
    const r = validateCustomPack(c.customPack);
    if (r.ok) return { pack: r.pack, source: 'custom', problems };
    const kept: Omit<PackResolution, 'problems'> = opts.previous ? { pack: opts.previous, source: 'previous' } : fallback();
    // The first line says what happened as well as why, for readers that show only the first problem.
    const n = r.errors.length;
    const lead = `was not applied (${n} problem${n === 1 ? '' : 's'}; "${kept.pack.name}" stays in force)`;
    r.errors.forEach((e, i) => problems.push({ key: 'customPack', message: i === 0 ? `${lead}: ${e.message}` : e.message }));
    return { ...kept, problems };
  }
  return { ...fallback(), problems };
}

function truncate(s: string, n = 64): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
