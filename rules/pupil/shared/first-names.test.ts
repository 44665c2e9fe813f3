import { describe, expect, it } from 'vitest';
import { isChildName, isRareName, nameListKind } from './first-names.ts';

describe('nameListKind', () => {
  it.each(['amelia', 'jack', 'zsofi', 'khizr', 'gwenlli', 'ayobami', 'the', 'table', 'wiktoria', 'xqzv', ''])('%j agrees with the two lists, asked twice', (norm) => {
    const expected = isChildName(norm) ? 1 : isRareName(norm) ? 2 : 0;
    expect(nameListKind(norm)).toBe(expected);
    expect(nameListKind(norm)).toBe(expected);
  });

  it('tells child names, rare names and other words apart', () => {
    expect(nameListKind('amelia')).toBe(1);
    expect(nameListKind('table')).toBe(0);
  });
});
