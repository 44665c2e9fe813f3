/**
 * The browser side of extra Mastodon servers: binds registration.ts to `browser.scripting` and
 * `browser.permissions`, and the background wiring that keeps registrations current.
 */
import { browser } from 'wxt/browser';
import { watchConfig } from '../storage/config.ts';
import { originPattern } from './instances.ts';
import { syncMastodonScripts, type RegistrationApi, type SyncResult } from './registration.ts';

export function registrationApi(): RegistrationApi {
  return {
    contains: (origin) => browser.permissions.contains({ origins: [origin] }),
    registered: async () => (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id),
    register: (scripts) => browser.scripting.registerContentScripts(scripts),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
  };
}

/**
 * Ask the browser for access to one server. Must be called straight from the click that asked for it
 * (browsers only show the prompt during a user gesture), before anything is awaited.
 */
export function requestInstanceAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(host)] });
}

export function releaseInstanceAccess(host: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [originPattern(host)] });
}

export function instanceAccessGranted(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(host)] });
}

/**
 * Background: register the content script for every granted extra server now (each start of the service
 * worker, so registrations lost to an update come back) and again whenever the configured list or the
 * granted permissions change.
 */
export function keepMastodonScriptsInSync(onError: (err: unknown) => void = (e) => console.warn('[PostPause] Mastodon servers:', e)): void {
  let configured: readonly string[] | undefined;
  let loaded = false;
  const sync = (): Promise<SyncResult | void> => (loaded ? syncMastodonScripts(configured, registrationApi()).catch(onError) : Promise.resolve());
  watchConfig((config) => {
    configured = config.mastodonInstances;
    loaded = true;
    void sync();
  });
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
}
