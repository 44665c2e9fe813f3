import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../../lib/privacy/dates.ts';
import { DEFAULT_INTERVAL_DAYS, isSnoozed, itemStatus, reminderDecision, reminderSettings, snoozeUntil } from '../../../../lib/privacy/due.ts';
import { PLATFORM_IDS } from '../../../../lib/privacy/platforms.ts';
import { emptyState, withNotified, withSnooze } from '../../../../lib/privacy/state.ts';

const LONDON = 'Europe/London';
const at = (y: number, m: number, d: number, h = 12, min = 0) => Date.UTC(y, m - 1, d, h, min);

describe('itemStatus', () => {
  it('is ok until local midnight of the due date, then due', () => {
    const checked = at(2026, 9, 7, 10); // 11:00 BST, Monday 7 September
    const clock = (now: number) => ({ now, timeZone: LONDON });
    // 90 days later is Sunday 6 December; due from 00:00 GMT that day.
    expect(itemStatus(checked, undefined, 90, clock(at(2026, 12, 5, 23, 59))).state).toBe('ok');
    const onDay = itemStatus(checked, undefined, 90, clock(at(2026, 12, 6, 0, 0)));
    expect(onDay.state).toBe('due');
    expect(onDay.daysLeft).toBe(0);
    expect(onDay.dueAt).toBe(at(2026, 12, 6, 0, 0));
  });

  it('counts calendar days across the clock change, not 24-hour blocks', () => {
    // Checked at 00:30 BST on 1 October (23:30 UTC on 30 September). A naive "+30 × 24h" in UTC
    // would land on 30 October; in London it is 31 October, and due from local midnight (00:00 GMT).
    const checked = Date.UTC(2026, 8, 30, 23, 30);
    const s = itemStatus(checked, undefined, 30, { now: Date.UTC(2026, 9, 30, 23, 59), timeZone: LONDON });
    expect(s.state).toBe('ok');
    expect(s.dueAt).toBe(Date.UTC(2026, 9, 31, 0, 0));
    expect(itemStatus(checked, undefined, 30, { now: Date.UTC(2026, 9, 31, 0, 0), timeZone: LONDON }).state).toBe('due');
  });

  it('is due from local midnight in spring too, when the clocks go forward', () => {
    const checked = at(2026, 3, 1, 9); // 09:00 GMT
    const s = itemStatus(checked, undefined, 30, { now: at(2026, 3, 30, 12), timeZone: LONDON });
    // 31 March starts at 00:00 BST = 23:00 UTC on the 30th.
    expect(s.dueAt).toBe(Date.UTC(2026, 2, 30, 23, 0));
    expect(s.daysLeft).toBe(1);
    expect(itemStatus(checked, undefined, 30, { now: Date.UTC(2026, 2, 30, 23, 0), timeZone: LONDON }).state).toBe('due');
    expect(itemStatus(checked, undefined, 30, { now: Date.UTC(2026, 2, 30, 22, 59), timeZone: LONDON }).state).toBe('ok');
  });

  it('uses the zone of the person, so the same instants can differ by a day between zones', () => {
    // 23:30 UTC on 10 January: 10 Jan in London and Los Angeles, already 11 Jan in Sydney.
    const checked = Date.UTC(2026, 0, 10, 23, 30);
    // 12:00 UTC on 9 February: 9 Feb in all three (23:00 in Sydney).
    const now = Date.UTC(2026, 1, 9, 12, 0);
    expect(itemStatus(checked, undefined, 30, { now, timeZone: LONDON })).toMatchObject({ state: 'due', daysLeft: 0 });
    expect(itemStatus(checked, undefined, 30, { now, timeZone: 'America/Los_Angeles' })).toMatchObject({ state: 'due', daysLeft: 0 });
    expect(itemStatus(checked, undefined, 30, { now, timeZone: 'Australia/Sydney' })).toMatchObject({ state: 'ok', daysLeft: 1 });
    // An hour later it is 10 Feb in Sydney: due there too, from local midnight.
    expect(itemStatus(checked, undefined, 30, { now: now + 3_600_000, timeZone: 'Australia/Sydney' }).state).toBe('due');
  });

  it('treats never-checked items as not checked yet until a whole interval after the start', () => {
    const started = at(2026, 9, 1);
    const clock = { now: at(2026, 9, 2), timeZone: LONDON };
    const s = itemStatus(undefined, started, 90, clock);
    expect(s.state).toBe('unchecked');
    expect(s.checkedAt).toBeUndefined();
    expect(itemStatus(undefined, started, 90, { ...clock, now: at(2026, 11, 30) }).state).toBe('due');
  });

});

describe('reminderSettings (interval and platforms from policy)', () => {
  it('defaults to one term and every platform', () => {
    expect(reminderSettings({})).toEqual({ intervalDays: DEFAULT_INTERVAL_DAYS, platforms: [...PLATFORM_IDS] });
    expect(DEFAULT_INTERVAL_DAYS).toBe(90);
  });

  it('takes the interval and platform list a school sets, in checklist order', () => {
    expect(reminderSettings({ reminderIntervalDays: 30, reminderPlatforms: ['x', 'facebook'] })).toEqual({
      intervalDays: 30,
      platforms: ['facebook', 'x'],
    });
  });

  it('falls back for values that slipped past validation, and never shows an empty checklist', () => {
    expect(reminderSettings({ reminderIntervalDays: 0 }).intervalDays).toBe(90);
    expect(reminderSettings({ reminderIntervalDays: 1.5 }).intervalDays).toBe(90);
    expect(reminderSettings({ reminderIntervalDays: '30' }).intervalDays).toBe(90);
    expect(reminderSettings({ reminderPlatforms: ['myspace'] }).platforms).toEqual([...PLATFORM_IDS]);
    expect(reminderSettings({ reminderPlatforms: ['myspace', 'bluesky'] }).platforms).toEqual(['bluesky']);
  });

  it('moves the due date when the interval changes', () => {
    const checked = at(2026, 9, 1);
    const clock = { now: at(2026, 10, 15), timeZone: LONDON };
    expect(itemStatus(checked, undefined, reminderSettings({ reminderIntervalDays: 30 }).intervalDays, clock).state).toBe('due');
    expect(itemStatus(checked, undefined, reminderSettings({}).intervalDays, clock).state).toBe('ok');
  });
});

describe('snooze', () => {
  it('ends at the start of a local day, across the clock change', () => {
    // Friday 23 October 2026, 15:14 BST; a week later the clocks have gone back.
    const now = Date.UTC(2026, 9, 23, 14, 14);
    const until = snoozeUntil(7, { now, timeZone: LONDON });
    expect(until).toBe(Date.UTC(2026, 9, 30, 0, 0));
    expect(until - now).not.toBe(7 * DAY_MS);
    expect(snoozeUntil(1, { now, timeZone: LONDON })).toBe(Date.UTC(2026, 9, 23, 23, 0));
  });

  it('silences the badge and notifications until it ends, then both return', () => {
    const now = at(2026, 11, 2, 9);
    const until = snoozeUntil(7, { now, timeZone: LONDON });
    const state = withSnooze(emptyState(at(2026, 1, 1)), until);
    expect(isSnoozed(state, now)).toBe(true);
    const snoozed = reminderDecision({ due: 3, state, clock: { now, timeZone: LONDON }, composing: false });
    expect(snoozed).toMatchObject({ badge: '', notify: false });
    expect(snoozed.title).toContain('snoozed');
    expect(isSnoozed(state, until)).toBe(false);
    expect(reminderDecision({ due: 3, state, clock: { now: until, timeZone: LONDON }, composing: false })).toMatchObject({ badge: '3', notify: true });
  });

  it('treats a cleared snooze as no snooze', () => {
    const state = withSnooze(withSnooze(emptyState(), at(2030, 1, 1)), undefined);
    expect(state.snoozedUntil).toBeUndefined();
    expect(isSnoozed(state, at(2026, 1, 1))).toBe(false);
  });
});

describe('reminderDecision', () => {
  const clock = { now: at(2026, 11, 2, 9), timeZone: LONDON };

  it('shows nothing when nothing is due', () => {
    expect(reminderDecision({ due: 0, state: emptyState(), clock, composing: false })).toEqual({ badge: '', title: 'PostPause', notify: false });
  });

  it('shows the count on the badge and notifies when no notification went out this week', () => {
    expect(reminderDecision({ due: 1, state: emptyState(), clock, composing: false })).toEqual({
      badge: '1',
      title: 'PostPause: 1 privacy check due',
      notify: true,
    });
    expect(reminderDecision({ due: 120, state: emptyState(), clock, composing: false }).badge).toBe('99+');
  });

  it('notifies at most once every 7 local days', () => {
    const state = withNotified(emptyState(), at(2026, 10, 27, 20));
    expect(reminderDecision({ due: 2, state, clock, composing: false })).toMatchObject({ badge: '2', notify: false });
    expect(reminderDecision({ due: 2, state, clock: { ...clock, now: at(2026, 11, 3, 8) }, composing: false }).notify).toBe(true);
  });

  it('never notifies during a compose, but keeps the badge', () => {
    expect(reminderDecision({ due: 2, state: emptyState(), clock, composing: true })).toMatchObject({ badge: '2', notify: false });
  });

  it('ignores a garbled last-notified date rather than staying silent forever', () => {
    const state = { ...emptyState(), lastNotifiedAt: 'yesterday' };
    expect(reminderDecision({ due: 1, state, clock, composing: false }).notify).toBe(true);
  });
});
