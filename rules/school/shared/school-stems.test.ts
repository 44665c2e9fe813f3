import { describe, expect, it } from 'vitest';
import { SCHOOL_STEMS } from '../../lexicons/school-names.ts';
import { ALONE, EVERYDAY, PREFIX, STEM, stemIndex } from './school-stems.ts';

const key = (line: string) => line.replace(/^\*?~?/, '');

/** The plain reading of the list: every stem and every proper word-prefix of one, with their flags. */
function reference(): Map<string, number> {
  const stems = new Map<string, number>();
  for (const line of SCHOOL_STEMS.split('\n')) {
    const k = key(line);
    const flags = STEM | (line.startsWith('*') ? ALONE : 0) | (/^\*?~/.test(line) ? EVERYDAY : 0);
    stems.set(k, (stems.get(k) ?? 0) | flags);
    for (let i = k.indexOf(' '); i !== -1; i = k.indexOf(' ', i + 1)) stems.set(k.slice(0, i), (stems.get(k.slice(0, i)) ?? 0) | PREFIX);
  }
  return stems;
}

describe('school stems', () => {
  it('are sorted by key and unique, as the binary search needs (scripts/build-schools-lexicon.ts writes them so)', () => {
    const keys = SCHOOL_STEMS.split('\n').map(key);
    const bad = keys.findIndex((k, i) => i > 0 && !(keys[i - 1]! < k));
    expect(bad === -1 ? null : `${keys[bad - 1]} / ${keys[bad]}`).toBeNull();
  });

  it('answer every stem and prefix with the flags of the plain reading, and nothing else', () => {
    const ref = reference();
    const { stems } = stemIndex();
    const wrong = [...ref].filter(([k, f]) => stems.get(k) !== f).map(([k]) => k);
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(ref.size).toBeGreaterThan(20_000);
    for (const k of ['', ' ', 'zzzz', 'abbey colleg', 'abbey college cambridge x', 'aalp ', 'the', 'a', 'ysgol y', '~abbey', '*abbey'])
      expect(stems.get(k), JSON.stringify(k)).toBe(ref.get(k));
    // Twice: the remembered answers are the same.
    expect(stems.get('abbey')).toBe(ref.get('abbey'));
    expect(stems.get('abbey')! & (STEM | EVERYDAY | PREFIX)).toBe(STEM | EVERYDAY | PREFIX);
  });
});
