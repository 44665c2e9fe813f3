import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StorageApi, StorageChangeListener } from '../../../../extension/storage/api.ts';
import { createConfigStore } from '../../../../extension/storage/config-store.ts';
import { readManaged } from '../../../../extension/storage/managed.ts';
import { USER_SETTINGS_KEY } from '../../../../extension/storage/user-settings.ts';
import type { ResolvedConfig } from '../../../../lib/policy/resolver.ts';

/** In-memory storage that behaves like Chrome's: writes fire onChanged with the changed keys. */
function fakeStorage(initialManaged: Record<string, unknown> = {}) {
  let managed: Record<string, unknown> | Error = { ...initialManaged };
  const local: Record<string, unknown> = {};
  const listeners = new Set<StorageChangeListener>();
  const fire = (changes: Record<string, { newValue?: unknown }>, area: string) => listeners.forEach((l) => l(changes, area));
  const api: StorageApi = {
    managed: { get: async () => (managed instanceof Error ? Promise.reject(managed) : structuredClone(managed)) },
    local: {
      get: async (key) => (key in local ? { [key]: structuredClone(local[key]) } : {}),
      set: async (items) => {
        Object.assign(local, structuredClone(items));
        fire(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'local');
      },
    },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  return {
    api,
    local,
    listeners,
    /** An IT lead rewrites the policy file: Chrome reloads it and fires one change per key. */
    setPolicy(next: Record<string, unknown>, burst = true) {
      const before = managed instanceof Error ? {} : managed;
      managed = { ...next };
      if (!burst) return;
      for (const k of new Set([...Object.keys(before), ...Object.keys(next)])) fire({ [k]: { newValue: next[k] } }, 'managed');
    },
    breakManaged(e: Error) {
      managed = e;
    },
    fire,
  };
}

describe('readManaged', () => {
  it('returns a copy of the managed area', async () => {
    const s = fakeStorage({ schoolName: 'Woodbridge' });
    expect(await readManaged(s.api)).toEqual({ schoolName: 'Woodbridge' });
  });

  it('returns {} when the area rejects (Firefox without policies.json) or returns junk', async () => {
    const s = fakeStorage();
    s.breakManaged(new Error('Managed storage manifest not found'));
    expect(await readManaged(s.api)).toEqual({});
    const junk: StorageApi = { ...s.api, managed: { get: async () => null as unknown as Record<string, unknown> } };
    expect(await readManaged(junk)).toEqual({});
    const throws: StorageApi = {
      ...s.api,
      managed: {
        get: () => {
          throw new TypeError('storage.managed is undefined');
        },
      },
    };
    expect(await readManaged(throws)).toEqual({});
  });

  it('gives up on a read that never answers, so the extension still starts (fail open)', async () => {
    const s = fakeStorage();
    const hangs: StorageApi = { ...s.api, managed: { get: () => new Promise(() => {}) } };
    expect(await readManaged(hangs, 20)).toEqual({});
  });
});

describe('createConfigStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  async function settle() {
    await vi.advanceTimersByTimeAsync(1000);
  }

  it('resolves the managed and user layers', async () => {
    const s = fakeStorage({ schoolName: 'Woodbridge Junior School', locked: ['disabledRules'] });
    s.local[USER_SETTINGS_KEY] = { reminderIntervalDays: 30, disabledRules: ['tone/profanity'] };
    const r = await createConfigStore(s.api).load();
    expect(r.config).toMatchObject({ schoolName: 'Woodbridge Junior School', reminderIntervalDays: 30 });
    expect(r.config.disabledRules).toBeUndefined();
    expect(r.managed).toBe(true);
  });

  it('reports the current configuration, then one update for a start-up burst that arrives after the first read', async () => {
    const s = fakeStorage();
    const seen: ResolvedConfig[] = [];
    createConfigStore(s.api).watch((r) => seen.push(r));
    await settle();
    expect(seen.map((r) => r.managed)).toEqual([false]);
    // Fresh profile: the policy lands after the first read, and Chrome announces every key at once.
    s.setPolicy({ schoolName: 'Woodbridge Junior School', policyPack: 'default', reminderIntervalDays: 14 });
    await settle();
    expect(seen).toHaveLength(2);
    expect(seen[1]!.config.reminderIntervalDays).toBe(14);
    expect(seen[1]!.managed).toBe(true);
  });

  it('does not report a burst that restates what was already read', async () => {
    const s = fakeStorage({ schoolName: 'Woodbridge Junior School' });
    const seen: ResolvedConfig[] = [];
    createConfigStore(s.api).watch((r) => seen.push(r));
    await settle();
    s.fire({ schoolName: { newValue: 'Woodbridge Junior School' } }, 'managed');
    await settle();
    expect(seen).toHaveLength(1);
  });

  it('applies a rewritten policy without restart, including removed keys and new problems', async () => {
    const s = fakeStorage({ reminderIntervalDays: 14, locked: ['schoolName'] });
    const seen: ResolvedConfig[] = [];
    createConfigStore(s.api).watch((r) => seen.push(r));
    await settle();
    s.setPolicy({ schoolPostcode: 'not a postcode' });
    await settle();
    const last = seen.at(-1)!;
    expect(last.config.reminderIntervalDays).toBe(90);
    expect(last.locked.has('schoolName')).toBe(false);
    expect(last.problems.map((p) => p.key)).toEqual(['schoolPostcode']);
  });

  it('picks up the user\'s own changes and ignores unrelated storage', async () => {
    const s = fakeStorage();
    const store = createConfigStore(s.api);
    const seen: ResolvedConfig[] = [];
    store.watch((r) => seen.push(r));
    await settle();
    await s.api.local.set({ 'postpause.counts': { shown: 3 } });
    await settle();
    expect(seen).toHaveLength(1);
    const r = await store.changeSetting('schoolName', 'Own Idea Primary');
    expect(r.ok).toBe(true);
    await settle();
    expect(seen.at(-1)!.config.schoolName).toBe('Own Idea Primary');
  });

  it('refuses to save a locked setting and leaves storage untouched', async () => {
    const s = fakeStorage({ locked: ['disabledRules'], policyPack: 'default' });
    const store = createConfigStore(s.api);
    expect(await store.changeSetting('disabledRules', ['tone/profanity'])).toEqual({ ok: false, message: 'your school has fixed this setting' });
    expect(await store.changeSetting('policyPack', 'woodbridge-junior')).toMatchObject({ ok: false });
    expect(s.local[USER_SETTINGS_KEY]).toBeUndefined();
  });

  it('stops listening when unsubscribed', async () => {
    const s = fakeStorage();
    const seen: ResolvedConfig[] = [];
    const stop = createConfigStore(s.api).watch((r) => seen.push(r));
    await settle();
    stop();
    expect(s.listeners.size).toBe(0);
    s.setPolicy({ schoolName: 'Later' });
    await settle();
    expect(seen).toHaveLength(1);
  });
});
