/**
 * Content-free counts of paused sends, for the member of staff's own view in the popup: how often the
 * overlay appeared, and how often they went back to edit, used a quick fix or posted anyway, in total and per
 * category. Never any post text, site, time of a post or finding: only numbers. Pure; the extension keeps
 * them in extension/storage/pause-counts.ts.
 */
import { CATEGORIES, type Category } from '../engine/types.ts';

export type PauseOutcome = 'shown' | 'edited' | 'posted' | 'fixed';
export const PAUSE_OUTCOMES: readonly PauseOutcome[] = ['shown', 'edited', 'posted', 'fixed'];

export type OutcomeCounts = Record<PauseOutcome, number>;

export interface PauseCounts {
  /** When counting started (ms since epoch), so "since" can be shown. */
  since: number;
  total: OutcomeCounts;
  byCategory: Record<Category, OutcomeCounts>;
}

const zero = (): OutcomeCounts => ({ shown: 0, edited: 0, posted: 0, fixed: 0 });

export function emptyCounts(now: number): PauseCounts {
  return { since: now, total: zero(), byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, zero()])) as Record<Category, OutcomeCounts> };
}

/** Whatever is stored, as valid counts (unknown keys dropped, bad numbers as 0). */
export function parseCounts(v: unknown, now: number): PauseCounts {
  const out = emptyCounts(now);
  if (!v || typeof v !== 'object') return out;
  const o = v as Partial<Record<keyof PauseCounts, unknown>>;
  const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? Math.floor(x) : 0);
  const outcomes = (x: unknown, into: OutcomeCounts) => {
    if (!x || typeof x !== 'object') return;
    for (const k of PAUSE_OUTCOMES) into[k] = num((x as Record<string, unknown>)[k]);
  };
  if (typeof o.since === 'number' && Number.isFinite(o.since)) out.since = o.since;
  outcomes(o.total, out.total);
  if (o.byCategory && typeof o.byCategory === 'object') for (const c of CATEGORIES) outcomes((o.byCategory as Record<string, unknown>)[c], out.byCategory[c]);
  return out;
}

/** Counts after one paused send's outcome (each category counted once). */
export function withPause(counts: PauseCounts, outcome: PauseOutcome, categories: readonly Category[]): PauseCounts {
  const next = parseCounts(counts, counts.since);
  next.total[outcome]++;
  for (const c of new Set(categories)) if (CATEGORIES.includes(c)) next.byCategory[c][outcome]++;
  return next;
}

