/**
 * The configuration the compose engine runs with, as soon as it can have it: the last resolved one the
 * background keeps in storage.session (one quick read), then the full read of managed policy and user
 * settings and every later change. `ready` resolves with the first of the two, so a send held at page load
 * is decided under the school's configuration (its roster included), not the built-in defaults.
 */
import type { PostPauseConfig } from '../../lib/policy/config.ts';

export interface EngineConfigSources {
  /** The last resolved configuration, or null when there is none (first tab after a browser start). */
  readLast(): Promise<PostPauseConfig | null>;
  /** The full read: current configuration, then every change; returns unsubscribe. */
  watch(listener: (config: PostPauseConfig) => void): () => void;
}

export interface EngineConfig {
  /** Resolves once `listener` has had a configuration. */
  ready: Promise<void>;
  stop(): void;
}

export function watchEngineConfig(sources: EngineConfigSources, listener: (config: PostPauseConfig) => void): EngineConfig {
  let full = false;
  let stopped = false;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const stop = sources.watch((config) => {
    if (stopped) return;
    full = true;
    listener(config);
    markReady();
  });
  sources
    .readLast()
    .then((config) => {
      // The full read already answered: it is newer than anything kept from before.
      if (!config || full || stopped) return;
      listener(config);
      markReady();
    })
    .catch(() => undefined);
  return {
    ready,
    stop() {
      stopped = true;
      stop();
    },
  };
}
