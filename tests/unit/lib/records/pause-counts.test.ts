import { describe, expect, it } from 'vitest';
import { emptyCounts, parseCounts, withPause } from '../../../../lib/records/pause-counts.ts';

describe('pause counts', () => {
  it('counts each category once per pause and keeps nothing but numbers', () => {
    let c = emptyCounts(1000);
    c = withPause(c, 'shown', ['pupil', 'pupil', 'personal']);
    c = withPause(c, 'posted', ['pupil']);
    expect(c.total).toEqual({ shown: 1, edited: 0, posted: 1, fixed: 0 });
    expect(c.byCategory.pupil).toEqual({ shown: 1, edited: 0, posted: 1, fixed: 0 });
    expect(c.byCategory.personal.shown).toBe(1);
    expect(JSON.stringify(parseCounts({ ...c, text: 'Sam Jones', total: { shown: -3, edited: 'x' } }, 0))).not.toContain('Sam');
    expect(parseCounts({ total: { shown: -3 } }, 0).total.shown).toBe(0);
  });

  it('reads anything stored as valid counts', () => {
    expect(parseCounts(null, 5)).toEqual(emptyCounts(5));
    expect(parseCounts('nonsense', 5)).toEqual(emptyCounts(5));
    expect(parseCounts({ since: 7, total: { shown: 2.9 } }, 5)).toMatchObject({ since: 7, total: { shown: 2 } });
  });
});
