import { SCHOOL_STEMS } from '../../lexicons/school-names.ts';

export interface StemIndex {
  /** Stem or proper prefix of a stem -> flags: 1 = matches alone, 2 = everyday words (capitals needed), 4 = a stem, 8 = a longer stem starts with this. */
  stems: Map<string, number>;
}
export const ALONE = 1;
export const EVERYDAY = 2;
export const STEM = 4;
export const PREFIX = 8;

let index: StemIndex | undefined;

/** Parsed on first use (about 26,000 stems and their prefixes, ~20 ms) and shared by every analyser. */
export function stemIndex(): StemIndex {
  if (index) return index;
  const stems = new Map<string, number>();
  for (const line of SCHOOL_STEMS.split('\n')) {
    let flags = STEM;
    let s = 0;
    if (line[s] === '*') {
      flags |= ALONE;
      s++;
    }
    if (line[s] === '~') {
      flags |= EVERYDAY;
      s++;
    }
    const key = line.slice(s);
    stems.set(key, (stems.get(key) ?? 0) | flags);
    // Every proper prefix, so the matcher stops as soon as no stem can start with the words so far.
    for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) {
      const prefix = key.slice(0, i);
      stems.set(prefix, (stems.get(prefix) ?? 0) | PREFIX);
    }
  }
  index = { stems };
  return index;
}

/** Is this folded, space-joined key (schoolKeyWord per word) the stem of a school on the national list? */
export function isKnownSchoolStem(key: string): boolean {
  return ((stemIndex().stems.get(key) ?? 0) & STEM) !== 0;
}
