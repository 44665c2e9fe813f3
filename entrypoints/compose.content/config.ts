import type { PostPauseConfig } from '../../lib/policy/config.ts';

/**
 * The configuration the content script runs with. For now the built-in defaults; the configuration
 * resolver (managed policy > user settings > defaults) replaces the body of this one function.
 */
export async function loadConfig(): Promise<PostPauseConfig> {
  return {};
}
