/**
 * Content-free counts of PostPause's nudges, for the member of staff's own view in the popup: how often
 * the overlay appeared, and how often they went back to edit, used a quick fix or posted anyway, in
 * total and per category. Never any post text, site, time of a post or finding: only numbers.
 *
 * Kept with idb-keyval in the extension's own origin. A content script's IndexedDB would be the site's,
 * so content scripts send a message and the background records it (handlePauseOutcomeMessages).
 */
import { createStore, get, set, update, type UseStore } from 'idb-keyval';
import { browser } from 'wxt/browser';
import { CATEGORIES, type Category } from '../../lib/engine/types.ts';

export type PauseOutcome = 'shown' | 'edited' | 'posted' | 'fixed';
export const PAUSE_OUTCOMES: readonly PauseOutcome[] = ['shown', 'edited', 'posted', 'fixed'];

export type OutcomeCounts = Record<PauseOutcome, number>;

export interface PauseCounts {
  /** When counting started (ms since epoch), so "since" can be shown. */
  since: number;
  total: OutcomeCounts;
  byCategory: Record<Category, OutcomeCounts>;
}

export interface PauseOutcomeMessage {
  type: 'postpause:pause-outcome';
  outcome: PauseOutcome;
  /** The categories of the findings involved (each counted once per nudge). */
  categories: Category[];
}

const KEY = 'nudge-counts';
let db: UseStore | undefined;
// Opened lazily: WXT imports entrypoints in Node at build time, where there is no IndexedDB.
const store = () => (db ??= createStore('postpause-counts', 'kv'));

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

/** Pure: counts after one nudge event. */
export function withPause(counts: PauseCounts, outcome: PauseOutcome, categories: readonly Category[]): PauseCounts {
  const next = parseCounts(counts, counts.since);
  next.total[outcome]++;
  for (const c of new Set(categories)) if (CATEGORIES.includes(c)) next.byCategory[c][outcome]++;
  return next;
}

export function isPauseOutcomeMessage(m: unknown): m is PauseOutcomeMessage {
  if (!m || typeof m !== 'object') return false;
  const n = m as Partial<PauseOutcomeMessage>;
  return n.type === 'postpause:pause-outcome' && PAUSE_OUTCOMES.includes(n.outcome as PauseOutcome) && Array.isArray(n.categories);
}

export async function loadPauseCounts(now = Date.now()): Promise<PauseCounts> {
  return parseCounts(await get(KEY, store()), now);
}

export async function recordPauseOutcome(outcome: PauseOutcome, categories: readonly Category[], now = Date.now()): Promise<PauseCounts> {
  let next = emptyCounts(now);
  await update<unknown>(KEY, (old) => (next = withPause(parseCounts(old, now), outcome, categories)), store());
  return next;
}

export async function resetPauseCounts(now = Date.now()): Promise<PauseCounts> {
  const fresh = emptyCounts(now);
  await set(KEY, fresh, store());
  return fresh;
}

/** Content script side: count a nudge. Never throws (an invalidated extension simply counts nothing). */
export function sendPauseOutcome(outcome: PauseOutcome, categories: readonly Category[]): void {
  const message: PauseOutcomeMessage = { type: 'postpause:pause-outcome', outcome, categories: [...new Set(categories)] };
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // Extension context invalidated: nothing to count with.
  }
}

/**
 * Background side. Pauses on the extension's own pages (the "Try PostPause" page) are practice, not
 * posts: they are not counted.
 */
export function handlePauseOutcomeMessages(): void {
  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: { url?: string }) => {
    if (!isPauseOutcomeMessage(message)) return undefined;
    if (sender.url?.startsWith(ownPages)) return undefined;
    const categories = message.categories.filter((c): c is Category => CATEGORIES.includes(c));
    return recordPauseOutcome(message.outcome, categories).then(
      () => ({ ok: true }),
      () => ({ ok: false }),
    );
  });
}
