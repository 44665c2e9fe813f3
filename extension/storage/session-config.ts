/**
 * The last resolved configuration (defaults < user settings < school policy, roster hashes included) in
 * storage.session, written by the background whenever it changes. A new tab's compose engine reads it in
 * one quick call instead of waiting for managed policy, which Chrome answers only once policy has loaded;
 * the full read (extension/storage/config.ts) follows and wins. Kept only while the browser runs; never
 * anything about a post.
 */
import type { StorageApi } from './api.ts';
import type { PostPauseConfig } from '../../lib/policy/config.ts';

/** storage.session key of the last resolved configuration. */
export const SESSION_CONFIG_KEY = 'postpause.resolvedConfig';
const VERSION = 1;

export async function readSessionConfig(api: StorageApi): Promise<PostPauseConfig | null> {
  try {
    if (!api.session) return null;
    const got = (await api.session.get(SESSION_CONFIG_KEY))?.[SESSION_CONFIG_KEY] as { v?: unknown; config?: unknown } | undefined;
    if (!got || got.v !== VERSION) return null;
    const c = got.config;
    return c !== null && typeof c === 'object' && !Array.isArray(c) ? (c as PostPauseConfig) : null;
  } catch {
    // Content scripts may not be allowed to read the area (older browsers): the full read still comes.
    return null;
  }
}

export async function writeSessionConfig(api: StorageApi, config: PostPauseConfig): Promise<void> {
  await api.session?.set({ [SESSION_CONFIG_KEY]: { v: VERSION, config } });
}
