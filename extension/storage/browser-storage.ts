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
    onChanged: {
      addListener: (l) => s.onChanged.addListener(l),
      removeListener: (l) => s.onChanged.removeListener(l),
    },
  };
}
