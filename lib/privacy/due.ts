/**
 * When privacy checks fall due, and when PostPause may say so. Every function takes `now` and the time
 * zone: nothing here reads the clock, so tests can walk through clock changes and across zones.
 *
 * Rules:
 * - A check made on local date D is due from local midnight of D + interval days.
 * - A never-checked item is due a whole interval after the reminder clock started (install or reset),
 *   so a new install does not nag on day one; until then it is "not checked yet".
 * - Reminders are quiet while snoozed; notifications go out at most once every 7 local days and never
 *   while the person is writing a post.
 */
import { localDay, startOfLocalDay, type DayNumber } from './dates.ts';
import { instant, type PrivacyState } from './state.ts';
import { isPlatformId, PLATFORM_IDS, type PlatformId } from './platforms.ts';

/** One term, roughly: the default when the school's policy does not set `reminderIntervalDays`. */
export const DEFAULT_INTERVAL_DAYS = 90;
export const NOTIFY_EVERY_DAYS = 7;

export type ItemState = 'ok' | 'due' | 'unchecked';

export interface ItemStatus {
  state: ItemState;
  /** When it was last marked checked (ms), if ever. */
  checkedAt?: number;
  /** The local date it is (or was) due on, and the instant that date starts. */
  dueDay: DayNumber;
  dueAt: number;
  /** Whole local days until due: 0 on the due date, negative once overdue. */
  daysLeft: number;
}

export interface Clock {
  now: number;
  timeZone: string;
}

export function itemStatus(checkedAt: number | undefined, startedAt: number | undefined, intervalDays: number, clock: Clock): ItemStatus {
  const from = checkedAt ?? startedAt ?? clock.now;
  const dueDay = localDay(from, clock.timeZone) + intervalDays;
  const daysLeft = dueDay - localDay(clock.now, clock.timeZone);
  const state: ItemState = daysLeft <= 0 ? 'due' : checkedAt === undefined ? 'unchecked' : 'ok';
  return { state, ...(checkedAt === undefined ? {} : { checkedAt }), dueDay, dueAt: startOfLocalDay(dueDay, clock.timeZone), daysLeft };
}

export interface ReminderSettings {
  intervalDays: number;
  platforms: PlatformId[];
}

/**
 * The two settings the checklist takes from configuration (defaults < user < school policy, already
 * resolved and validated upstream). Still defensive: a value that slipped through falls back.
 */
export function reminderSettings(config: { reminderIntervalDays?: unknown; reminderPlatforms?: unknown }): ReminderSettings {
  const d = config.reminderIntervalDays;
  const intervalDays = typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= 3650 ? d : DEFAULT_INTERVAL_DAYS;
  const listed = Array.isArray(config.reminderPlatforms)
    ? config.reminderPlatforms.filter((p): p is PlatformId => typeof p === 'string' && isPlatformId(p))
    : [];
  // Keep the checklist's own order; an empty or all-unknown list means "all platforms", never "none".
  const platforms = listed.length ? PLATFORM_IDS.filter((p) => listed.includes(p)) : [...PLATFORM_IDS];
  return { intervalDays, platforms };
}

export function isSnoozed(state: PrivacyState, now: number): boolean {
  const until = instant(state.snoozedUntil);
  return until !== undefined && now < until;
}

/** Snooze until the start of the local day `days` from today ("for a week" ends at midnight, not 3.14pm). */
export function snoozeUntil(days: number, clock: Clock): number {
  return startOfLocalDay(localDay(clock.now, clock.timeZone) + Math.max(1, Math.round(days)), clock.timeZone);
}

export interface ReminderInput {
  /** Number of items currently due across the active platforms. */
  due: number;
  state: PrivacyState;
  clock: Clock;
  /** A content script reported an active compose (see extension/messages/contract.ts). */
  composing: boolean;
}

export interface ReminderDecision {
  /** Toolbar badge text: "" for none. */
  badge: string;
  /** Toolbar tooltip. */
  title: string;
  notify: boolean;
}

export function reminderDecision({ due, state, clock, composing }: ReminderInput): ReminderDecision {
  const quiet = { badge: '', title: 'PostPause', notify: false };
  if (due <= 0) return quiet;
  if (isSnoozed(state, clock.now)) return { ...quiet, title: `PostPause: privacy reminders snoozed (${due} due)` };
  const last = instant(state.lastNotifiedAt);
  const weekPassed = last === undefined || localDay(clock.now, clock.timeZone) - localDay(last, clock.timeZone) >= NOTIFY_EVERY_DAYS;
  return {
    badge: due > 99 ? '99+' : String(due),
    title: `PostPause: ${due} privacy ${due === 1 ? 'check' : 'checks'} due`,
    notify: weekPassed && !composing,
  };
}
