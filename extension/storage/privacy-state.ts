/**
 * Privacy-check dates in IndexedDB (idb-keyval), in the extension's own origin: they survive browser
 * restarts and extension updates, and are removed with the extension. Dates only (see
 * lib/privacy/state.ts). Only extension pages and the background can reach this database; content
 * scripts ask the background (extension/reminders/messages.ts).
 *
 * Also the one place the checklist reads configuration from (getActiveConfig), so the source of
 * configuration can change without touching the checklist.
 */
import { createStore, get, set, update, type UseStore } from 'idb-keyval';
import type { PostPauseConfig } from '../../lib/policy/config.ts';
import { emptyState, parseState, withChecked, withoutChecked, withNotified, withSnooze, withStarted, type PrivacyState } from '../../lib/privacy/state.ts';
import { configStore, loadConfig, watchConfig } from './config.ts';

const STATE_KEY = 'privacy-state';
const LEASE_KEY = 'compose-lease';
const WELCOMED_KEY = 'welcomed-at';

let db: UseStore | undefined;
// Opened lazily: WXT imports entrypoints in Node at build time, where there is no IndexedDB.
const store = () => (db ??= createStore('postpause-privacy', 'kv'));

/** What the checklist screens and the background need from storage; tests pass an in-memory one. */
export interface PrivacyStore {
  load(): Promise<PrivacyState>;
  mark(ids: readonly string[], at: number): Promise<PrivacyState>;
  unmark(ids: readonly string[]): Promise<PrivacyState>;
  /** `undefined` ends a snooze. */
  snooze(until: number | undefined): Promise<PrivacyState>;
  /** "Reset": forget every date and restart the reminder clock now. */
  reset(now: number): Promise<PrivacyState>;
}

async function change(fn: (s: PrivacyState) => PrivacyState): Promise<PrivacyState> {
  let next: PrivacyState = emptyState();
  // update() reads and writes in one transaction: the popup and the background cannot lose each other's marks.
  await update<unknown>(STATE_KEY, (old) => (next = fn(parseState(old))), store());
  return next;
}

export const idbPrivacyStore: PrivacyStore = {
  load: async () => parseState(await get(STATE_KEY, store())),
  mark: (ids, at) => change((s) => withChecked(s, ids, at)),
  unmark: (ids) => change((s) => withoutChecked(s, ids)),
  snooze: (until) => change((s) => withSnooze(s, until)),
  reset: async (now) => {
    const fresh = emptyState(now);
    await set(STATE_KEY, fresh, store());
    return fresh;
  },
};

/** Start the reminder clock on first run (keeps existing dates on update or reinstall of the same profile). */
export const startPrivacyClock = (now: number) => change((s) => withStarted(s, now));
export const recordNotified = (at: number) => change((s) => withNotified(s, at));

/**
 * True the first time it is called in this profile, false after: the welcome page shows once per
 * install even when the browser reports an unpacked (IT-deployed) extension as installed at each start.
 */
export async function firstWelcome(now: number): Promise<boolean> {
  let first = false;
  await update<unknown>(
    WELCOMED_KEY,
    (old) => {
      first = typeof old !== 'number';
      return first ? now : old;
    },
    store(),
  );
  return first;
}

/** Until when some tab is composing a post (ms since epoch), for "never notify during a compose". */
export async function getComposeLease(): Promise<number> {
  const v = await get<unknown>(LEASE_KEY, store());
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

export async function setComposeLease(until: number): Promise<void> {
  await set(LEASE_KEY, until, store());
}

/** The effective configuration (defaults < user settings < school policy). The checklist's only config source. */
export function getActiveConfig(): Promise<PostPauseConfig> {
  return loadConfig();
}

/** True when the school's IT set PostPause up through managed policy ("set up by your school"). */
export async function isManagedBySchool(): Promise<boolean> {
  return (await configStore().load()).managed;
}

export function watchActiveConfig(listener: (config: PostPauseConfig) => void): () => void {
  return watchConfig(listener);
}
