import { describe, expect, it } from 'vitest';
import { DAY_MS, formatDay, localDay, offsetAt, startOfLocalDay } from '../../../../lib/privacy/dates.ts';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;

describe('localDay', () => {
  it('is the calendar date in the given zone, not in UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST) and still 30 June in New York.
    const t = Date.UTC(2026, 5, 30, 23, 30);
    expect(localDay(t, 'UTC')).toBe(day(2026, 6, 30));
    expect(localDay(t, 'Europe/London')).toBe(day(2026, 7, 1));
    expect(localDay(t, 'America/New_York')).toBe(day(2026, 6, 30));
    expect(localDay(t, 'Pacific/Kiritimati')).toBe(day(2026, 7, 1));
  });

  it('falls back to UTC for an unknown zone instead of throwing', () => {
    const t = Date.UTC(2026, 0, 1, 12);
    expect(localDay(t, 'Not/AZone')).toBe(day(2026, 1, 1));
  });
});

describe('startOfLocalDay', () => {
  it('is local midnight on ordinary days', () => {
    expect(startOfLocalDay(day(2026, 1, 15), 'Europe/London')).toBe(Date.UTC(2026, 0, 15, 0));
    expect(startOfLocalDay(day(2026, 7, 15), 'Europe/London')).toBe(Date.UTC(2026, 6, 14, 23));
    expect(startOfLocalDay(day(2026, 7, 15), 'Asia/Kolkata')).toBe(Date.UTC(2026, 6, 14, 18, 30));
  });

  it('is midnight on both UK clock-change days (the change is at 1am/2am)', () => {
    // 29 March 2026: clocks go forward at 01:00 GMT. 25 October 2026: back at 02:00 BST.
    expect(startOfLocalDay(day(2026, 3, 29), 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 0));
    expect(startOfLocalDay(day(2026, 3, 30), 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 23));
    expect(startOfLocalDay(day(2026, 10, 25), 'Europe/London')).toBe(Date.UTC(2026, 9, 24, 23));
    expect(startOfLocalDay(day(2026, 10, 26), 'Europe/London')).toBe(Date.UTC(2026, 9, 26, 0));
  });

  it('is the first instant after the jump where a clock change skips midnight', () => {
    // Chile springs forward at 24:00 on the first Saturday of September 2026 -> Sunday starts at 01:00.
    const d = day(2026, 9, 6);
    const start = startOfLocalDay(d, 'America/Santiago');
    expect(localDay(start, 'America/Santiago')).toBe(d);
    expect(localDay(start - 1, 'America/Santiago')).toBe(d - 1);
    expect(start).toBe(Date.UTC(2026, 8, 6, 4));
  });

  it('picks the earlier midnight where a clock change repeats it', () => {
    // Chile falls back at 24:00 on the first Saturday of April 2026: midnight happens twice on 5 April.
    const d = day(2026, 4, 5);
    const start = startOfLocalDay(d, 'America/Santiago');
    expect(localDay(start, 'America/Santiago')).toBe(d);
    expect(localDay(start - 1, 'America/Santiago')).toBe(d - 1);
  });

  it('round-trips every day of a year in several zones', () => {
    for (const zone of ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham']) {
      for (let d = day(2026, 1, 1); d < day(2027, 1, 1); d++) {
        const start = startOfLocalDay(d, zone);
        expect(localDay(start, zone)).toBe(d);
        expect(localDay(start - 1, zone)).toBe(d - 1);
      }
    }
  });
});

describe('offsetAt and formatDay', () => {
  it('reports BST and GMT', () => {
    expect(offsetAt(Date.UTC(2026, 0, 1), 'Europe/London')).toBe(0);
    expect(offsetAt(Date.UTC(2026, 6, 1), 'Europe/London')).toBe(3_600_000);
  });

  it('formats dates the British way in the given zone', () => {
    expect(formatDay(Date.UTC(2026, 10, 2, 23, 30), 'Europe/London')).toBe('2 Nov 2026');
    expect(formatDay(Date.UTC(2026, 5, 30, 23, 30), 'Europe/London')).toBe('1 Jul 2026');
  });

  it('an unknown zone name reads as UTC, every time it is asked for', () => {
    const late = Date.UTC(2026, 5, 30, 23, 30);
    expect(formatDay(late, 'Not/A_Zone')).toBe('30 Jun 2026');
    expect(formatDay(late, 'Not/A_Zone')).toBe('30 Jun 2026');
    expect(formatDay(late, 'Europe/London')).toBe('1 Jul 2026');
  });
});
