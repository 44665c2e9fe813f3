/**
 * Keeps the content-free pause counts (lib/records/pause-counts.ts) with idb-keyval in the extension's own
 * origin. A content script's IndexedDB would be the site's, so content scripts send a
 * 'postpause:pause-outcome' message and the background records it here.
 */
import { createStore, get, set, update, type UseStore } from 'idb-keyval';
import type { Category } from '../../lib/engine/types.ts';
import { emptyCounts, parseCounts, withPause, type PauseCounts, type PauseOutcome } from '../../lib/records/pause-counts.ts';

// The key predates the word "pause"; kept so counts survive the rename.
const KEY = 'nudge-counts';
let db: UseStore | undefined;
// Opened lazily: WXT imports entrypoints in Node at build time, where there is no IndexedDB.
const store = () => (db ??= createStore('postpause-counts', 'kv'));

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
