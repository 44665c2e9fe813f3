/**
 * The configuration every part of the extension uses, from real browser storage. The content scripts,
 * background and options page call these; nothing else reads storage for configuration.
 */
import { browserStorage } from './browser-storage.ts';
import { createConfigStore, type ConfigStore, type WatchInfo, type WatchOptions } from './config-store.ts';
import type { PostPauseConfig } from '../../lib/policy/config.ts';
import type { ResolvedConfig } from '../../lib/policy/resolver.ts';

let store: ConfigStore | undefined;

export function configStore(): ConfigStore {
  store ??= createConfigStore(browserStorage());
  return store;
}

/** The effective configuration (defaults < user settings < school policy), for the analyser. */
export async function loadConfig(): Promise<PostPauseConfig> {
  return (await configStore().load()).config;
}

/** Current configuration now, then again on every change (policy edits apply without a restart). */
export function watchConfig(listener: (config: PostPauseConfig, info: WatchInfo) => void, opts?: WatchOptions): () => void {
  return configStore().watch((r, info) => listener(r.config, info), opts);
}

/** Everything the options page needs: values, where they came from, locks and ignored policy values. */
export function watchResolvedConfig(listener: (resolved: ResolvedConfig, info: WatchInfo) => void, opts?: WatchOptions): () => void {
  return configStore().watch(listener, opts);
}

export function changeSetting(key: string, value: unknown) {
  return configStore().changeSetting(key, value);
}
