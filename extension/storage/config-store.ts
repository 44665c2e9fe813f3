/**
 * Reads the managed and user layers, resolves them (lib/policy/resolver.ts) and keeps the result live.
 *
 * Live updates: Chrome fires storage.onChanged (area "managed") within a couple of seconds of a policy
 * change, and on a fresh profile also once at start-up with every key, sometimes after the first read.
 * Rather than patching the cached layers with each change (easy to get wrong with partial bursts), any
 * relevant change schedules one debounced re-read of both layers; listeners hear only real differences.
 */
import type { StorageApi, StorageChangeListener } from './api.ts';
import { readManaged } from './managed.ts';
import { readSessionManaged, writeSessionManaged } from './session-config.ts';
import { readUserSettings, USER_SETTINGS_KEY, writeUserSettings } from './user-settings.ts';
import { changeUserSetting, resolveConfig, type ResolvedConfig } from '../../lib/policy/resolver.ts';

export const CHANGE_DEBOUNCE_MS = 150;

export interface WatchInfo {
  /**
   * True for a first answer given before the school's policy could be read, when none is known from
   * earlier in this browser session: the user's settings over the defaults, for screens that should not
   * wait. Only given to watchers that ask for it (`provisionalAfterMs`); a real answer always follows.
   */
  provisional: boolean;
}

export interface WatchOptions {
  /** Give a provisional answer if the real one has not come within this time. */
  provisionalAfterMs?: number;
}

export interface ConfigStore {
  /** Read both layers now and resolve them. */
  load(): Promise<ResolvedConfig>;
  /**
   * Call `listener` with the current resolved configuration, then again whenever it changes (repeats,
   * such as the start-up burst restating the policy, are not reported). Returns unsubscribe. The first
   * answer comes from the policy as last read in this browser session (session-config.ts) when there is
   * one, without waiting for the managed read.
   */
  watch(listener: (resolved: ResolvedConfig, info: WatchInfo) => void, opts?: WatchOptions): () => void;
  /** Save one setting from the options page; refused when locked or invalid. */
  changeSetting(key: string, value: unknown): Promise<{ ok: true; resolved: ResolvedConfig } | { ok: false; message: string }>;
}

export function createConfigStore(api: StorageApi, opts: { debounceMs?: number } = {}): ConfigStore {
  const debounceMs = opts.debounceMs ?? CHANGE_DEBOUNCE_MS;

  async function load(): Promise<ResolvedConfig> {
    const [managed, user] = await Promise.all([readManaged(api), readUserSettings(api)]);
    void writeSessionManaged(api, managed);
    return resolveConfig({ managed, user });
  }

  function watch(listener: (resolved: ResolvedConfig, info: WatchInfo) => void, opts: WatchOptions = {}): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let provisionalTimer: ReturnType<typeof setTimeout> | undefined;
    let last: string | undefined;
    let stopped = false;
    let generation = 0;
    /** A real read has reported: earlier answers (session copy, provisional) must not come after it. */
    let real = false;
    /** The policy as last read in this session has reported: a provisional guess is no longer wanted. */
    let known = false;

    const report = (resolved: ResolvedConfig, info: WatchInfo) => {
      const key = `${info.provisional}${fingerprint(resolved)}`;
      if (key === last) return;
      last = key;
      listener(resolved, info);
    };
    const refresh = async () => {
      const mine = ++generation;
      const resolved = await load();
      // A later change started its own read: let that one report, so listeners never go back in time.
      if (stopped || mine !== generation) return;
      real = true;
      known = true;
      clearTimeout(provisionalTimer);
      report(resolved, { provisional: false });
    };
    const early = async (provisional: boolean) => {
      const [managed, user] = await Promise.all([provisional ? {} : readSessionManaged(api), readUserSettings(api)]);
      if (stopped || real || managed === null || (provisional && known)) return;
      if (!provisional) {
        known = true;
        clearTimeout(provisionalTimer);
      }
      report(resolveConfig({ managed, user }), { provisional });
    };
    const onChanged: StorageChangeListener = (changes, area) => {
      if (area !== 'managed' && !(area === 'local' && USER_SETTINGS_KEY in changes)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void refresh().catch(() => undefined), debounceMs);
    };
    // Listen before the first read so nothing between the two is lost.
    api.onChanged.addListener(onChanged);
    void refresh().catch(() => undefined);
    void early(false).catch(() => undefined);
    if (opts.provisionalAfterMs !== undefined) provisionalTimer = setTimeout(() => void early(true).catch(() => undefined), opts.provisionalAfterMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(provisionalTimer);
      api.onChanged.removeListener(onChanged);
    };
  }

  async function changeSetting(key: string, value: unknown) {
    const [managed, user] = await Promise.all([readManaged(api), readUserSettings(api)]);
    const current = resolveConfig({ managed, user });
    const r = changeUserSetting(current, user, key, value);
    if (!r.ok) return r;
    await writeUserSettings(api, r.user);
    return { ok: true as const, resolved: resolveConfig({ managed, user: r.user }) };
  }

  return { load, watch, changeSetting };
}

function fingerprint(r: ResolvedConfig): string {
  return JSON.stringify([r.config, r.sources, [...r.locked].sort(), r.managed, r.problems]);
}
