import { describe, expect, it, vi } from 'vitest';
import { watchEngineConfig, type ConfigWatch } from '../../../../extension/compose/engine-config.ts';
import type { PostPauseConfig } from '../../../../lib/policy/config.ts';

function fakeWatch() {
  let listener: Parameters<ConfigWatch>[0] | null = null;
  const stop = vi.fn();
  const watch: ConfigWatch = (l) => {
    listener = l;
    return stop;
  };
  return { watch, stop, emit: (c: PostPauseConfig, provisional = false) => listener?.(c, { provisional }) };
}

describe('engine configuration', () => {
  it('is ready with the first real answer, and passes on every later one', async () => {
    const w = fakeWatch();
    const seen: PostPauseConfig[] = [];
    const cfg = watchEngineConfig(w.watch, (c) => seen.push(c));
    let ready = false;
    void cfg.ready.then(() => (ready = true));
    await Promise.resolve();
    expect(ready).toBe(false);
    w.emit({ schoolName: 'Woodbridge' });
    await cfg.ready;
    w.emit({ schoolName: 'Woodbridge Junior' });
    expect(seen.map((c) => c.schoolName)).toEqual(['Woodbridge', 'Woodbridge Junior']);
  });

  it('never takes a provisional guess: a held send must be decided under the school policy', async () => {
    const w = fakeWatch();
    const seen: PostPauseConfig[] = [];
    const cfg = watchEngineConfig(w.watch, (c) => seen.push(c));
    let ready = false;
    void cfg.ready.then(() => (ready = true));
    w.emit({}, true);
    await Promise.resolve();
    expect(ready).toBe(false);
    expect(seen).toEqual([]);
    w.emit({ rosterHashes: ['a'.repeat(64)] } as PostPauseConfig);
    await cfg.ready;
    expect(seen).toHaveLength(1);
  });

  it('stop unsubscribes and ignores late answers', () => {
    const w = fakeWatch();
    const seen: PostPauseConfig[] = [];
    const cfg = watchEngineConfig(w.watch, (c) => seen.push(c));
    cfg.stop();
    w.emit({ schoolName: 'Late' });
    expect(w.stop).toHaveBeenCalled();
    expect(seen).toEqual([]);
  });
});
