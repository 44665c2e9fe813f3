import { CHILD_NAMES, COMMON_NAMES, NAME_WORDS } from '../../lexicons/first-names.ts';

let child: Set<string> | undefined;
let common: Set<string> | undefined;
let words: Set<string> | undefined;

/** A first name of today's school-age children (ONS cohorts 2008-2024). Sets are built on first use. */
export function isChildName(norm: string): boolean {
  child ??= new Set(CHILD_NAMES.split('|'));
  return child.has(norm);
}

/** Too common to identify anyone on its own (Jack, Sarah). */
export function isCommonName(norm: string): boolean {
  common ??= new Set(COMMON_NAMES.split('|'));
  return common.has(norm);
}

/** Also an everyday word, month or place (Grace, May, Paris). */
export function isNameWord(norm: string): boolean {
  words ??= new Set(NAME_WORDS.split('|'));
  return words.has(norm);
}
