import type { PolicyPack } from '../pack.ts';
import { defaultPack } from './default.ts';
import { woodbridgeJuniorPack } from './woodbridge-junior.ts';
import { voyageEducationPartnershipPack } from './voyage-education-partnership.ts';
import { ravenscoteJuniorPack } from './ravenscote-junior.ts';
import { cityOfRochesterPack } from './city-of-rochester.ts';
import { stockhamPrimaryPack } from './stockham-primary.ts';

/** Built-in packs by id. Pack ids for the real school policies are their file names without `.txt`. */
export const BUILTIN_PACKS: Readonly<Record<string, PolicyPack>> = Object.fromEntries(
  [defaultPack, woodbridgeJuniorPack, voyageEducationPartnershipPack, ravenscoteJuniorPack, cityOfRochesterPack, stockhamPrimaryPack].map((p) => [p.id, p]),
);

export { defaultPack };

/** Every built-in pack, the neutral default first (for a picker in the options page). */
export function listPacks(): readonly PolicyPack[] {
  return Object.values(BUILTIN_PACKS);
}

/** A built-in pack by id, or undefined for an unknown id. */
export function getPack(id: string): PolicyPack | undefined {
  return Object.hasOwn(BUILTIN_PACKS, id) ? BUILTIN_PACKS[id] : undefined;
}
