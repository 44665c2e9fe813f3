/**
 * Keeps the browser's run-time content-script registrations in step with the Mastodon servers PostPause
 * should run on: every configured extra server (setting or school policy `mastodonInstances`) that the
 * browser has granted access to gets the compose content script; anything else is unregistered. Idempotent,
 * so the background can run it at every start-up and on every change without keeping state.
 */
import { COMPOSE_SCRIPT, extraInstances, hostOfScriptId, originPattern, scriptId } from './instances.ts';

/** The slices of `browser.scripting` and `browser.permissions` used, so this can be tested with fakes. */
export interface RegistrationApi {
  contains(origin: string): Promise<boolean>;
  registered(): Promise<string[]>;
  register(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_start'; persistAcrossSessions: boolean }[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

export interface SyncResult {
  /** Servers PostPause now runs on (beyond the built-in ones). */
  active: string[];
  /** Configured servers the browser has not granted access to yet (the options page offers "Allow"). */
  waiting: string[];
}

let queue: Promise<unknown> = Promise.resolve();

/** One sync at a time per context: two overlapping runs would both try to register the same id. */
export function syncMastodonScripts(configured: readonly string[] | undefined, api: RegistrationApi): Promise<SyncResult> {
  const run = queue.then(() => sync(configured, api));
  queue = run.catch(() => undefined);
  return run;
}

async function sync(configured: readonly string[] | undefined, api: RegistrationApi): Promise<SyncResult> {
  const hosts = extraInstances(configured);
  const granted = await Promise.all(hosts.map((h) => api.contains(originPattern(h))));
  const active = hosts.filter((_, i) => granted[i]);
  const waiting = hosts.filter((_, i) => !granted[i]);

  const current = (await api.registered()).filter((id) => hostOfScriptId(id) !== null);
  const stale = current.filter((id) => !active.includes(hostOfScriptId(id)!));
  if (stale.length) await api.unregister(stale);
  const missing = active.filter((h) => !current.includes(scriptId(h)));
  if (missing.length) {
    await api.register(
      missing.map((h) => ({ id: scriptId(h), matches: [originPattern(h)], js: [COMPOSE_SCRIPT], runAt: 'document_start', persistAcrossSessions: true })),
    );
  }
  return { active, waiting };
}
