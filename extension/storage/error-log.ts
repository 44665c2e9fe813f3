/**
 * Keeps PostPause's own error log (lib/records/error-log.ts) with idb-keyval in the extension's origin.
 * Content scripts report through a 'postpause:error' message (extension/runtime/report-error.ts) and the
 * background appends it here.
 */
import { createStore, get, set, update, type UseStore } from 'idb-keyval';
import { parseLog, withEntry, type ErrorEntry } from '../../lib/records/error-log.ts';

const KEY = 'error-log';
let db: UseStore | undefined;
const store = () => (db ??= createStore('postpause-errors', 'kv'));

export async function loadErrorLog(): Promise<ErrorEntry[]> {
  return parseLog(await get(KEY, store()));
}

export async function appendError(entry: ErrorEntry): Promise<void> {
  await update<unknown>(KEY, (old) => withEntry(parseLog(old), entry), store());
}

export async function clearErrorLog(): Promise<void> {
  await set(KEY, [], store());
}
