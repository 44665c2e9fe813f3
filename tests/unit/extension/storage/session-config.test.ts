import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StorageApi } from '../../../../extension/storage/api.ts';
import { createConfigStore, type WatchInfo } from '../../../../extension/storage/config-store.ts';
import { readSessionManaged, SESSION_MANAGED_KEY, writeSessionManaged } from '../../../../extension/storage/session-config.ts';
import type { ResolvedConfig } from '../../../../lib/policy/resolver.ts';

const ROSTER = ['a'.repeat(64)];

/** Storage whose managed area answers only when the test says (Chrome's first read in a session). */
function slowManaged(policy: Record<string, unknown>, withSession = true) {
  let answer!: () => void;
  const answered = new Promise<void>((r) => (answer = r));
  const session: Record<string, unknown> = {};
  const api: StorageApi = {
    managed: { get: async () => (await answered, structuredClone(policy)) },
    local: { get: async () => ({}), set: async () => undefined },
    ...(withSession
      ? {
          session: {
            get: async (key: string) => (key in session ? { [key]: structuredClone(session[key]) } : {}),
            set: async (items: Record<string, unknown>) => void Object.assign(session, structuredClone(items)),
          },
        }
      : {}),
    onChanged: { addListener: () => undefined, removeListener: () => undefined },
  };
  return { api, session, answer };
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the policy as last read, in storage.session', () => {
  it('round-trips the managed layer; anything else reads as none', async () => {
    const s = slowManaged({});
    expect(await readSessionManaged(s.api)).toBeNull();
    await writeSessionManaged(s.api, { schoolName: 'Woodbridge', rosterHashes: ROSTER });
    expect(await readSessionManaged(s.api)).toEqual({ schoolName: 'Woodbridge', rosterHashes: ROSTER });
    s.session[SESSION_MANAGED_KEY] = { v: 99, managed: {} };
    expect(await readSessionManaged(s.api)).toBeNull();
    s.session[SESSION_MANAGED_KEY] = 'junk';
    expect(await readSessionManaged(s.api)).toBeNull();
    expect(await readSessionManaged(slowManaged({}, false).api)).toBeNull();
  });

  it('a read of the managed area refreshes the copy', async () => {
    const s = slowManaged({ schoolName: 'Woodbridge', rosterHashes: ROSTER });
    s.answer();
    await createConfigStore(s.api).load();
    expect(await readSessionManaged(s.api)).toEqual({ schoolName: 'Woodbridge', rosterHashes: ROSTER });
  });

  it('watch answers from the copy at once, before the slow managed read', async () => {
    const s = slowManaged({ schoolName: 'Woodbridge', rosterHashes: ROSTER });
    await writeSessionManaged(s.api, { schoolName: 'Woodbridge', rosterHashes: ROSTER });
    const seen: [ResolvedConfig, WatchInfo][] = [];
    const stop = createConfigStore(s.api).watch((r, info) => seen.push([r, info]));
    await flush();
    expect(seen).toHaveLength(1);
    expect(seen[0]![1].provisional).toBe(false);
    expect(seen[0]![0].config.schoolName).toBe('Woodbridge');
    // The real read agrees: no second report.
    s.answer();
    await flush();
    expect(seen).toHaveLength(1);
    stop();
  });

  it('with no copy, a watcher that asks gets a provisional answer after the wait, then the real one', async () => {
    const s = slowManaged({ schoolName: 'Woodbridge' });
    const seen: [ResolvedConfig, WatchInfo][] = [];
    const stop = createConfigStore(s.api).watch((r, info) => seen.push([r, info]), { provisionalAfterMs: 50 });
    await flush();
    expect(seen).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60);
    expect(seen.map(([r, i]) => [r.config.schoolName, i.provisional])).toEqual([[undefined, true]]);
    s.answer();
    await flush();
    expect(seen.map(([r, i]) => [r.config.schoolName, i.provisional])).toEqual([
      [undefined, true],
      ['Woodbridge', false],
    ]);
    stop();
  });

  it('a watcher that does not ask (the compose engine) waits for the real answer', async () => {
    const s = slowManaged({ schoolName: 'Woodbridge' });
    const seen: WatchInfo[] = [];
    const stop = createConfigStore(s.api).watch((_r, info) => seen.push(info));
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen).toEqual([]);
    s.answer();
    await flush();
    expect(seen).toEqual([{ provisional: false }]);
    stop();
  });

  it('the real answer is reported even when it equals the provisional one (no policy)', async () => {
    const s = slowManaged({});
    const seen: WatchInfo[] = [];
    const stop = createConfigStore(s.api).watch((_r, info) => seen.push(info), { provisionalAfterMs: 50 });
    await vi.advanceTimersByTimeAsync(60);
    s.answer();
    await flush();
    expect(seen).toEqual([{ provisional: true }, { provisional: false }]);
    stop();
  });
});
