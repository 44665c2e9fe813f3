/**
 * Content-free counts of PostPause's nudges, for the member of staff's own view in the popup: how often
 * the overlay appeared, and how often they went back to edit, used a quick fix or posted anyway, in
 * total and per category. Never any post text, site, time of a post or finding: only numbers.
 *
 * Kept with idb-keyval in the extension's own origin. A content script's IndexedDB would be the site's,
 * so content scripts send a message and the background records it (handleNudgeMessages).
 */
import { createStore, get, set, update, type UseStore } from 'idb-keyval';
import { browser } from 'wxt/browser';
import { CATEGORIES, type Category } from '../../lib/engine/types.ts';

export type NudgeOutcome = 'shown' | 'edited' | 'posted' | 'fixed';
export const NUDGE_OUTCOMES: readonly NudgeOutcome[] = ['shown', 'edited', 'posted', 'fixed'];

export type OutcomeCounts = Record<NudgeOutcome, number>;

export interface NudgeCounts {
  /** When counting started (ms since epoch), so "since" can be shown. */
  since: number;
  total: OutcomeCounts;
  byCategory: Record<Category, OutcomeCounts>;
}

export interface NudgeMessage {
  type: 'postpause:nudge';
  outcome: NudgeOutcome;
  /** The categories of the findings involved (each counted once per nudge). */
  categories: Category[];
}

const KEY = 'nudge-counts';
let db: UseStore | undefined;
// Opened lazily: WXT imports entrypoints in Node at build time, where there is no IndexedDB.
const store = () => (db ??= createStore('postpause-counts', 'kv'));

const zero = (): OutcomeCounts => ({ shown: 0, edited: 0, posted: 0, fixed: 0 });

export function emptyCounts(now: number): NudgeCounts {
  return { since: now, total: zero(), byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, zero()])) as Record<Category, OutcomeCounts> };
}

/** Whatever is stored, as valid counts (unknown keys dropped, bad numbers as 0). */
export function parseCounts(v: unknown, now: number): NudgeCounts {
  const out = emptyCounts(now);
  if (!v || typeof v !== 'object') return out;
  const o = v as Partial<Record<keyof NudgeCounts, unknown>>;
  const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? Math.floor(x) : 0);
  const outcomes = (x: unknown, into: OutcomeCounts) => {
    if (!x || typeof x !== 'object') return;
    for (const k of NUDGE_OUTCOMES) into[k] = num((x as Record<string, unknown>)[k]);
  };
  if (typeof o.since === 'number' && Number.isFinite(o.since)) out.since = o.since;
  outcomes(o.total, out.total);
  if (o.byCategory && typeof o.byCategory === 'object') for (const c of CATEGORIES) outcomes((o.byCategory as Record<string, unknown>)[c], out.byCategory[c]);
  return out;
}

/** Pure: counts after one nudge event. */
export function withNudge(counts: NudgeCounts, outcome: NudgeOutcome, categories: readonly Category[]): NudgeCounts {
  const next = parseCounts(counts, counts.since);
  next.total[outcome]++;
  for (const c of new Set(categories)) if (CATEGORIES.includes(c)) next.byCategory[c][outcome]++;
  return next;
}

export function isNudgeMessage(m: unknown): m is NudgeMessage {
  if (!m || typeof m !== 'object') return false;
  const n = m as Partial<NudgeMessage>;
  return n.type === 'postpause:nudge' && NUDGE_OUTCOMES.includes(n.outcome as NudgeOutcome) && Array.isArray(n.categories);
}

export async function loadNudgeCounts(now = Date.now()): Promise<NudgeCounts> {
  return parseCounts(await get(KEY, store()), now);
}

export async function recordNudge(outcome: NudgeOutcome, categories: readonly Category[], now = Date.now()): Promise<NudgeCounts> {
  let next = emptyCounts(now);
  await update<unknown>(KEY, (old) => (next = withNudge(parseCounts(old, now), outcome, categories)), store());
  return next;
}

export async function resetNudgeCounts(now = Date.now()): Promise<NudgeCounts> {
  const fresh = emptyCounts(now);
  await set(KEY, fresh, store());
  return fresh;
}

/** Content script side: count a nudge. Never throws (an invalidated extension simply counts nothing). */
export function sendNudge(outcome: NudgeOutcome, categories: readonly Category[]): void {
  const message: NudgeMessage = { type: 'postpause:nudge', outcome, categories: [...new Set(categories)] };
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // Extension context invalidated: nothing to count with.
  }
}

/** Background side. */
export function handleNudgeMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isNudgeMessage(message)) return undefined;
    const categories = message.categories.filter((c): c is Category => CATEGORIES.includes(c));
    return recordNudge(message.outcome, categories).then(
      () => ({ ok: true }),
      () => ({ ok: false }),
    );
  });
}
