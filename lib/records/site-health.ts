/**
 * A content-free health record per site on this device, so staff and IT can tell when a site has changed
 * under PostPause: how often a compose box was seen, how often a send was recognised (and so checked), and
 * how often a box PostPause watched was sent without passing through the guard (a send the adapter did not
 * recognise). Only counts per calendar week and calendar dates (day numbers) are kept: never post text,
 * never a time of day, never a page address.
 *
 * Pure; the extension keeps the record in extension/storage/site-health.ts, the content script detects the
 * events (extension/dom/site-health-watch.ts) and the options page shows the summary.
 */
import type { DayNumber } from '../privacy/dates.ts';

export type HealthEvent = 'seen' | 'recognised' | 'unrecognised';
export const HEALTH_EVENTS: readonly HealthEvent[] = ['seen', 'recognised', 'unrecognised'];

/** Counts for one calendar week, Monday to Sunday, named by its Monday. */
export interface WeekCounts {
  week: DayNumber;
  seen: number;
  recognised: number;
  unrecognised: number;
}

export interface SiteHealth {
  /** The last day a compose box was seen, a send was recognised, a send went out unrecognised. */
  lastSeen: DayNumber | null;
  lastRecognised: DayNumber | null;
  lastUnrecognised: DayNumber | null;
  /** Newest first, at most KEEP_WEEKS, only weeks with something in them. */
  weeks: WeekCounts[];
}

/** Site adapter id -> its health. */
export type HealthRecord = Record<string, SiteHealth>;

/** Weeks of counts kept per site: enough for "this week" and "last week" with some history for IT. */
export const KEEP_WEEKS = 8;
/** More sites than PostPause has adapters (Mastodon servers all count as "mastodon"). */
const MAX_SITES = 40;
/** A site id as the adapters spell it ("x", "linkedin"). */
export const SITE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** Day numbers from 2000 to 2200: anything else stored is not a date we wrote. */
const MIN_DAY = 10_957;
const MAX_DAY = 84_006;

/** The Monday of a day's week (day 0, 1 January 1970, was a Thursday). */
export function weekOf(day: DayNumber): DayNumber {
  return day - ((((day + 3) % 7) + 7) % 7);
}

const isDay = (v: unknown): v is DayNumber => typeof v === 'number' && Number.isInteger(v) && v >= MIN_DAY && v <= MAX_DAY;
const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.min(Math.floor(v), 1_000_000) : 0);

export function emptySiteHealth(): SiteHealth {
  return { lastSeen: null, lastRecognised: null, lastUnrecognised: null, weeks: [] };
}

function parseSite(v: unknown): SiteHealth {
  const out = emptySiteHealth();
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  const o = v as Record<string, unknown>;
  if (isDay(o.lastSeen)) out.lastSeen = o.lastSeen;
  if (isDay(o.lastRecognised)) out.lastRecognised = o.lastRecognised;
  if (isDay(o.lastUnrecognised)) out.lastUnrecognised = o.lastUnrecognised;
  if (Array.isArray(o.weeks)) {
    const byWeek = new Map<DayNumber, WeekCounts>();
    for (const w of o.weeks) {
      if (!w || typeof w !== 'object' || !isDay((w as WeekCounts).week)) continue;
      const week = weekOf((w as WeekCounts).week);
      const into = byWeek.get(week) ?? { week, seen: 0, recognised: 0, unrecognised: 0 };
      for (const e of HEALTH_EVENTS) into[e] += count((w as unknown as Record<string, unknown>)[e]);
      byWeek.set(week, into);
    }
    out.weeks = [...byWeek.values()].sort((a, b) => b.week - a.week).slice(0, KEEP_WEEKS);
  }
  return out;
}

/** Whatever is stored, as a valid record: unknown fields and malformed sites dropped, bad numbers as 0. */
export function parseHealth(v: unknown): HealthRecord {
  const out: HealthRecord = {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  for (const [site, health] of Object.entries(v as Record<string, unknown>).slice(0, MAX_SITES)) {
    if (SITE_ID.test(site)) out[site] = parseSite(health);
  }
  return out;
}

/** The record after one event on one site on `today` (a local calendar day). Never changes its input. */
export function withHealthEvent(record: HealthRecord, site: string, event: HealthEvent, today: DayNumber): HealthRecord {
  if (!SITE_ID.test(site) || !HEALTH_EVENTS.includes(event) || !isDay(today)) return parseHealth(record);
  const next = parseHealth(record);
  if (!next[site] && Object.keys(next).length >= MAX_SITES) return next;
  const h = next[site] ?? emptySiteHealth();
  const week = weekOf(today);
  let current = h.weeks.find((w) => w.week === week);
  if (!current) {
    current = { week, seen: 0, recognised: 0, unrecognised: 0 };
    h.weeks = [current, ...h.weeks].sort((a, b) => b.week - a.week).slice(0, KEEP_WEEKS);
  }
  current[event]++;
  // A send is also a box seen, whatever order the events arrive in.
  const latest = (old: DayNumber | null) => (old === null ? today : Math.max(old, today));
  h.lastSeen = latest(h.lastSeen);
  if (event === 'recognised') h.lastRecognised = latest(h.lastRecognised);
  if (event === 'unrecognised') h.lastUnrecognised = latest(h.lastUnrecognised);
  next[site] = h;
  return next;
}

/** What the options page shows for one site. */
export interface SiteHealthSummary {
  site: string;
  name: string;
  /** Days since the last recognised (checked) send; null when none was ever recognised. */
  lastCheckedDaysAgo: number | null;
  /** Days since a compose box was last seen; null when never. */
  lastSeenDaysAgo: number | null;
  thisWeek: Omit<WeekCounts, 'week'>;
  lastWeek: Omit<WeekCounts, 'week'>;
  /**
   * 'check': sends went out unrecognised this week or last (the site may have changed: worth reporting);
   * 'unproven': boxes were seen in the last two weeks but no send was ever recognised; 'ok' otherwise.
   */
  status: 'ok' | 'check' | 'unproven';
  /** One line in plain English, e.g. "LinkedIn: last checked post 2 days ago; 1 send not recognised this week". */
  text: string;
}

/** "today", "yesterday", "3 days ago". */
export function daysAgo(n: number): string {
  if (n <= 0) return 'today';
  if (n === 1) return 'yesterday';
  return `${n} days ago`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * One summary per site that has anything recorded, sites needing a look first, then by name. `names` maps
 * site ids to the names staff know ("LinkedIn"); an id without a name is shown as it is.
 */
export function summariseHealth(record: HealthRecord, names: Readonly<Record<string, string>>, today: DayNumber): SiteHealthSummary[] {
  const thisWeek = weekOf(today);
  const lastWeek = thisWeek - 7;
  const pick = (h: SiteHealth, week: DayNumber) => {
    const w = h.weeks.find((x) => x.week === week);
    return { seen: w?.seen ?? 0, recognised: w?.recognised ?? 0, unrecognised: w?.unrecognised ?? 0 };
  };
  const ago = (d: DayNumber | null) => (d === null ? null : Math.max(0, today - d));
  const rank = { check: 0, unproven: 1, ok: 2 } as const;
  return Object.entries(parseHealth(record))
    .filter(([, h]) => h.lastSeen !== null || h.weeks.length > 0)
    .map(([site, h]): SiteHealthSummary => {
      const name = names[site] ?? site;
      const tw = pick(h, thisWeek);
      const lw = pick(h, lastWeek);
      const lastChecked = ago(h.lastRecognised);
      const lastSeen = ago(h.lastSeen);
      const status = tw.unrecognised + lw.unrecognised > 0 ? 'check' : lastChecked === null && lastSeen !== null && lastSeen < 14 ? 'unproven' : 'ok';
      const parts = [lastChecked === null ? 'no checked post yet' : `last checked post ${daysAgo(lastChecked)}`];
      if (tw.unrecognised > 0) parts.push(`${plural(tw.unrecognised, 'send', 'sends')} not recognised this week`);
      else if (lw.unrecognised > 0) parts.push(`${plural(lw.unrecognised, 'send', 'sends')} not recognised last week`);
      if (lastChecked === null && lastSeen !== null) parts.push(`compose box last seen ${daysAgo(lastSeen)}`);
      return { site, name, lastCheckedDaysAgo: lastChecked, lastSeenDaysAgo: lastSeen, thisWeek: tw, lastWeek: lw, status, text: `${name}: ${parts.join('; ')}` };
    })
    .sort((a, b) => rank[a.status] - rank[b.status] || a.name.localeCompare(b.name));
}
