/**
 * "School hours": is now inside the school's working day, on a school day? Pure: the clock and the time
 * zone are passed in, so the same code answers in tests, the CLI and the content script. Times are the
 * wall-clock times staff see (config "HH:MM", local), so a DST change moves nothing.
 */
import { CONFIG_DEFAULTS } from '../policy/resolver.ts';
import type { PostPauseConfig } from '../policy/config.ts';

export type WorkingHoursConfig = Pick<PostPauseConfig, 'schoolHoursStart' | 'schoolHoursEnd' | 'schoolDays'>;

export interface WorkingHoursState {
  /** Inside school hours on a school day: start inclusive, end exclusive. */
  inHours: boolean;
  /** The local date, "YYYY-MM-DD": the key a "Not today" dismissal is stored under. */
  day: string;
}

interface LocalParts {
  day: string;
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(key, f);
  }
  return f;
}

/** Wall-clock date, weekday and time of `now` in `timeZone` (the runtime's own zone when absent). */
export function localParts(now: Date, timeZone?: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(now)) parts[p.type] = p.value;
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** "08:30" -> 510; null for anything else (validateConfig already rejects bad values). */
function toMinutes(hhmm: string | undefined): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function workingHoursNote(now: Date, config: WorkingHoursConfig = {}, timeZone?: string): WorkingHoursState {
  const local = localParts(now, timeZone);
  const start = toMinutes(config.schoolHoursStart) ?? toMinutes(CONFIG_DEFAULTS.schoolHoursStart)!;
  const end = toMinutes(config.schoolHoursEnd) ?? toMinutes(CONFIG_DEFAULTS.schoolHoursEnd)!;
  const days: readonly number[] = config.schoolDays ?? CONFIG_DEFAULTS.schoolDays;
  const inHours = days.includes(local.weekday) && local.minutes >= start && local.minutes < end;
  return { inHours, day: local.day };
}

/** A "Not today" stored for `dismissedDay` still holds at `now`: same local date, nothing else. */
export function dismissedToday(dismissedDay: unknown, now: Date, timeZone?: string): boolean {
  return typeof dismissedDay === 'string' && dismissedDay === localParts(now, timeZone).day;
}
