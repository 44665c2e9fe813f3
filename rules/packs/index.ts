import type { PolicyPack } from '../../lib/policy/pack.ts';
import { defaultPack } from './default.ts';

/** Built-in packs by id. Pack ids for the real school policies are their file names without `.txt`. */
export const BUILTIN_PACKS: Record<string, PolicyPack> = {
  [defaultPack.id]: defaultPack,
};

export function getPack(id: string | undefined): PolicyPack {
  return (id && BUILTIN_PACKS[id]) || defaultPack;
}
