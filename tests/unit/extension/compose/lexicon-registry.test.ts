import { describe, expect, it } from 'vitest';
import { lexicon, lexiconsLoaded, provideLexicons, takeLexicons } from '../../../../extension/compose/lexicon-registry.ts';

describe('lexicon registry', () => {
  it('hands the lexicons to stand-ins evaluated before them, and to those evaluated after', () => {
    const world = {};
    const seen: string[] = [];
    takeLexicons((m) => seen.push(`early ${String(m['a.ts']!.X)}`), world);
    expect(lexiconsLoaded(world)).toBe(false);
    expect(() => lexicon('a.ts', 'X', world)).toThrow(/not loaded/);
    provideLexicons({ 'a.ts': { X: 'x' } }, world);
    takeLexicons((m) => seen.push(`late ${String(m['a.ts']!.X)}`), world);
    expect(seen).toEqual(['early x', 'late x']);
    expect(lexiconsLoaded(world)).toBe(true);
    expect(lexicon('a.ts', 'X', world)).toBe('x');
    expect(() => lexicon('a.ts', 'Y', world)).toThrow(/a\.ts: Y/);
  });

  it('keeps one registry per world', () => {
    const one = {};
    provideLexicons({ 'a.ts': { X: 1 } }, one);
    expect(lexiconsLoaded({})).toBe(false);
  });
});
