/**
 * Keeps the content-free site health record (lib/records/site-health.ts) with idb-keyval in the extension's
 * own origin. Content scripts report events with a 'postpause:site-health' message (their IndexedDB would
 * be the site's) and the background records them here; the options page reads the record directly.
 */
import { createStore, get, set, update, type UseStore } from 'idb-keyval';
import { parseHealth, withHealthEvent, type HealthEvent, type HealthRecord } from '../../lib/records/site-health.ts';
import { localDay, systemTimeZone } from '../../lib/privacy/dates.ts';

const KEY = 'site-health';
let db: UseStore | undefined;
// Opened lazily: WXT imports entrypoints in Node at build time, where there is no IndexedDB.
const store = () => (db ??= createStore('postpause-site-health', 'kv'));

/** Today's local calendar day: the only kind of time the record holds. */
export const today = (now = Date.now()) => localDay(now, systemTimeZone());

export async function loadSiteHealth(): Promise<HealthRecord> {
  return parseHealth(await get(KEY, store()));
}

export async function recordSiteHealth(site: string, event: HealthEvent, now = Date.now()): Promise<void> {
  const day = today(now);
  await update<unknown>(KEY, (old) => withHealthEvent(parseHealth(old), site, event, day), store());
}

export async function clearSiteHealth(): Promise<void> {
  await set(KEY, {}, store());
}
