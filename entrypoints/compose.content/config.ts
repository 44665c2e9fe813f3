import type { PostPauseConfig } from '../../lib/policy/config.ts';
import { loadConfig as loadResolvedConfig, watchConfig } from '../../extension/storage/config.ts';

/**
 * The configuration the content script runs with: built-in defaults < user settings < school policy,
 * resolved and validated by extension/storage/config.ts (the one reader of browser storage).
 */
export async function loadConfig(): Promise<PostPauseConfig> {
  return loadResolvedConfig();
}

/** The current configuration, then every change (a rewritten policy applies to open tabs too). */
export { watchConfig };
