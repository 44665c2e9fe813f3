/**
 * The configuration the compose engine runs with: the school's policy as last read in this browser
 * session when there is one (no wait), then the full read of managed policy and user settings and every
 * later change (extension/storage/config-store.ts). `ready` resolves with the first real answer, never a
 * guess, so a send held at page load is decided under the school's configuration (its roster included),
 * not the built-in defaults: in the first tab after a browser start that means waiting for the policy.
 */
import type { PostPauseConfig } from '../../lib/policy/config.ts';

export type ConfigWatch = (listener: (config: PostPauseConfig, info: { provisional: boolean }) => void) => () => void;

export interface EngineConfig {
  /** Resolves once `listener` has had a configuration that is not a guess. */
  ready: Promise<void>;
  stop(): void;
}

export function watchEngineConfig(watch: ConfigWatch, listener: (config: PostPauseConfig) => void): EngineConfig {
  let stopped = false;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const stop = watch((config, info) => {
    if (stopped || info.provisional) return;
    listener(config);
    markReady();
  });
  return {
    ready,
    stop() {
      stopped = true;
      stop();
    },
  };
}
