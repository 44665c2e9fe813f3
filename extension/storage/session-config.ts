/**
 * The school's policy (the managed layer, roster hashes included) as last read, kept in storage.session.
 * Chrome answers storage.managed only once policy has loaded: about 3 s in a fresh profile on this machine,
 * for the first reader in each browser session. With this copy, every later reader (a new tab's compose
 * engine, the popup, the options page) resolves the configuration at once; the real read follows and wins.
 * Refreshed by every read of the managed layer (config-store.ts), so a policy change updates it. Cleared
 * when the browser closes; never anything about a post.
 */
import type { StorageApi } from './api.ts';

/** storage.session key of the last managed layer read. */
export const SESSION_MANAGED_KEY = 'postpause.managedLayer';
const VERSION = 1;

/** The managed layer last read in this browser session, or null when there is none (or no session area). */
export async function readSessionManaged(api: StorageApi): Promise<Record<string, unknown> | null> {
  try {
    if (!api.session) return null;
    const got = (await api.session.get(SESSION_MANAGED_KEY))?.[SESSION_MANAGED_KEY] as { v?: unknown; managed?: unknown } | undefined;
    if (!got || got.v !== VERSION) return null;
    const m = got.managed;
    return m !== null && typeof m === 'object' && !Array.isArray(m) ? { ...(m as Record<string, unknown>) } : null;
  } catch {
    // Content scripts may not be allowed to read the area: the full read still comes.
    return null;
  }
}

export async function writeSessionManaged(api: StorageApi, managed: Record<string, unknown>): Promise<void> {
  try {
    await api.session?.set({ [SESSION_MANAGED_KEY]: { v: VERSION, managed } });
  } catch {
    // A context that may not write the area (a content script in an older browser): the next reader reads.
  }
}
