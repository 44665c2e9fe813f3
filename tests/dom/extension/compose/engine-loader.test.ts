import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createEngineLoader, importByUrl } from '../../../../extension/compose/engine-loader.ts';
import { registerEngine, registeredEngine, type EngineSession } from '../../../../extension/compose/engine-api.ts';
import { x } from '../../../../lib/sites/x.ts';

const host = { ctx: {} as ContentScriptContext, site: x, guard: { sendAnyway: () => true }, report: () => () => undefined, setExtraSelectors: () => undefined };
const session: EngineSession = { analyze: () => [], enabled: () => true, onBlocked: () => undefined, onPassed: () => undefined };

describe('engine loader', () => {
  it('imports the engine file once, however often it is asked, and starts the engine it registered', async () => {
    const scope = {};
    const start = vi.fn(async () => session);
    const importEngine = vi.fn(async () => registerEngine({ start }, scope));
    const loader = createEngineLoader(host, importEngine, scope);
    expect(loader.state()).toBe('idle');
    const a = loader.load();
    const b = loader.load();
    expect(loader.state()).toBe('loading');
    expect(await a).toBe(session);
    expect(await b).toBe(session);
    expect(importEngine).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith(host);
    expect(loader.state()).toBe('ready');
    expect(loader.session()).toBe(session);
  });

  it('fails (and stays failed) when the file does not register an engine', async () => {
    const loader = createEngineLoader(host, async () => undefined, {});
    await expect(loader.load()).rejects.toThrow(/did not register/);
    expect(loader.state()).toBe('failed');
    expect(loader.session()).toBeNull();
  });

  it('fails when the engine cannot start', async () => {
    const scope = {};
    registerEngine({ start: async () => Promise.reject(new Error('no config')) }, scope);
    const importEngine = vi.fn();
    const loader = createEngineLoader(host, importEngine, scope);
    await expect(loader.load()).rejects.toThrow('no config');
    // Already registered in this world (a second content script instance): not imported again.
    expect(importEngine).not.toHaveBeenCalled();
    expect(loader.state()).toBe('failed');
  });

  it('registers per world, under a registry symbol', () => {
    const scope = {};
    expect(registeredEngine(scope)).toBeNull();
    registerEngine({ start: async () => session }, scope);
    expect(registeredEngine(scope)).not.toBeNull();
    expect(registeredEngine({})).toBeNull();
  });

  it('importByUrl imports exactly the URL it is given', async () => {
    await expect(importByUrl('data:text/javascript,export default 1')()).resolves.toBeTruthy();
  });
});
