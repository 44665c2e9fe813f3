/**
 * Calendar arithmetic in the member of staff's own time zone. Reminders count calendar days, not
 * 24-hour blocks: a check made on 28 March is due on the same local date a term later whether or not a
 * clock change falls in between, and "due" flips at local midnight rather than at the hour of the check.
 *
 * Pure: the caller passes the instant (`now`) and the IANA zone; nothing here reads the clock.
 */

export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a local calendar date: the unit all due-date comparisons use. */
export type DayNumber = number;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      // An unknown zone name (a stale browser setting, a typo in a test) must not stop reminders.
      f = formatter('UTC');
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local wall-clock time of an instant, written as if it were a UTC timestamp (ms, whole seconds). */
function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The zone's UTC offset at an instant, in ms (positive east of Greenwich). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClock(whole, timeZone) - whole;
}

/** The local calendar date of an instant, as a day number. */
export function localDay(instant: number, timeZone: string): DayNumber {
  return Math.floor(wallClock(instant, timeZone) / DAY_MS);
}

/**
 * The first instant of a local calendar date. Usually local midnight; where a clock change skips
 * midnight (Santiago, Havana, Beirut at times) it is the moment the day begins, after the jump.
 */
export function startOfLocalDay(day: DayNumber, timeZone: string): number {
  const target = day * DAY_MS;
  // The offset in force either side of the date: one of them is the offset at local midnight.
  const candidates = [offsetAt(target - DAY_MS, timeZone), offsetAt(target + DAY_MS, timeZone), offsetAt(target, timeZone)]
    .map((o) => target - o)
    .filter((c) => wallClock(c, timeZone) === target)
    .sort((a, b) => a - b);
  if (candidates.length) return candidates[0]!;
  // Midnight does not exist on this date: find the first instant that is already on it.
  let lo = target - 36 * 3_600_000;
  let hi = target + 36 * 3_600_000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDay(mid, timeZone) >= day) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The browser's zone (UTC where the runtime cannot say). Entrypoints read it; pure code takes a zone. */
export function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** A day formatter per zone, made once: building one costs far more than using it, and the checklist shows many dates. */
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric' });
    } catch {
      // An unknown zone name (a bad managed setting) falls back to UTC rather than failing the page.
      f = dayFormatters.get('UTC') ?? new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
    }
    dayFormatters.set(timeZone, f);
  }
  return f;
}

/** "3 Nov 2026" in the member of staff's zone (British English: these are UK schools). */
export function formatDay(instant: number, timeZone: string): string {
  return dayFormatter(timeZone).format(new Date(instant));
}
