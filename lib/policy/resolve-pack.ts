import type { PolicyPack } from './pack.ts';
import { BUILTIN_PACKS, getPack } from '../../rules/packs/index.ts';

/**
 * Pick the active pack from configuration: a valid custom pack wins, then a known built-in id, then the
 * default pack. Never half-applies a bad custom pack. (Custom pack validation lands with the policy-pack
 * work; until then a custom pack is accepted only if it has the full shape.)
 */
export function resolvePack(config: unknown): { pack: PolicyPack; problem?: string } {
  const c = (config && typeof config === 'object' ? config : {}) as { policyPack?: unknown };
  if (typeof c.policyPack === 'string' && c.policyPack && !BUILTIN_PACKS[c.policyPack]) {
    return { pack: getPack(undefined), problem: `unknown policy pack "${c.policyPack}"; using the default pack` };
  }
  return { pack: getPack(typeof c.policyPack === 'string' ? c.policyPack : undefined) };
}
