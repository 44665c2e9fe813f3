/**
 * The one binding of the StorageApi slice (api.ts) to the real `browser.storage`. Every other storage module
 * takes a StorageApi, so it can be tested in Node with a fake.
 */
import { browser } from 'wxt/browser';
import type { StorageApi } from './api.ts';

export function browserStorage(): StorageApi {
  const s = browser.storage;
  return {
    // Firefox without policy, and browsers without the area, reject or throw here: readManaged() copes.
    managed: { get: () => s.managed.get(null) as Promise<Record<string, unknown>> },
    local: {
      get: (key) => s.local.get(key) as Promise<Record<string, unknown>>,
      set: (items) => s.local.set(items),
    },
    ...(s.session
      ? {
          session: {
            get: (key: string) => s.session.get(key) as Promise<Record<string, unknown>>,
            set: (items: Record<string, unknown>) => s.session.set(items),
          },
        }
      : {}),
    onChanged: {
      addListener: (l) => s.onChanged.addListener(l),
      removeListener: (l) => s.onChanged.removeListener(l),
    },
  };
}

/**
 * Let content scripts read storage.session (Chrome keeps it to extension pages by default): the compose
 * engine in a new tab reads the last resolved configuration there (session-config.ts). Browsers without
 * the call (Firefox lets content scripts read it where it has the area) are left as they are.
 */
export async function shareSessionWithContentScripts(): Promise<void> {
  const session = (globalThis as { chrome?: { storage?: { session?: { setAccessLevel?(o: { accessLevel: string }): Promise<void> } } } }).chrome?.storage
    ?.session;
  await session?.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });
}
