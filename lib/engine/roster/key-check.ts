import { createRosterHasher } from './hash.ts';

/**
 * The roster key check (`rosterKeyCheck`, docs/roster-hashing.md): the keyed hash of a fixed label under
 * the school's secret, written by the policy generator beside the hashes. A resolver that recomputes it
 * from the deployed `rosterSecret` knows whether the secret is the one the hashes were made with; without
 * it, a mistyped secret or one from another generator run is accepted and then never matches a name.
 *
 * The label cannot be a name form: every form starts with its type ("full:", "first:"...).
 */
export const ROSTER_KEY_CHECK_LABEL = 'postpause-roster-key-check:v1';

export function rosterKeyCheck(secret: string): string {
  return createRosterHasher(secret)(ROSTER_KEY_CHECK_LABEL);
}

/** True when `check` was made from `secret`. */
export function keyCheckMatches(secret: string, check: string): boolean {
  return rosterKeyCheck(secret) === check;
}
