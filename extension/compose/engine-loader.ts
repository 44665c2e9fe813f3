/**
 * Load the compose engine once, on demand: the first focus or input in a composer, or a send that comes
 * before either. `importEngine` evaluates the engine file in this content script's world (a dynamic
 * import() of the extension's own file, which Chrome MV3 and Firefox MV2 both run in the content script's
 * world); the engine then registers itself (engine-api.ts) and is started. Errors are kept, not thrown
 * again on every call: a failed engine means sends fail open.
 */
import { ENGINE_FILE, registeredEngine, type EngineHost, type EngineSession } from './engine-api.ts';
import { LEXICONS_FILE } from './lexicon-registry.ts';

export type EngineState = 'idle' | 'loading' | 'ready' | 'failed';

export interface EngineLoader {
  /** Start loading (no-op after the first call); resolves with the started engine. */
  load(): Promise<EngineSession>;
  state(): EngineState;
  /** The started engine, once ready. */
  session(): EngineSession | null;
}

export function createEngineLoader(host: EngineHost, importEngine: () => Promise<unknown>, scope: object = globalThis): EngineLoader {
  let state: EngineState = 'idle';
  let session: EngineSession | null = null;
  let loading: Promise<EngineSession> | null = null;

  const start = async (): Promise<EngineSession> => {
    if (!registeredEngine(scope)) await importEngine();
    const engine = registeredEngine(scope);
    if (!engine) throw new Error('the compose engine file loaded but did not register itself');
    return engine.start(host);
  };

  return {
    load() {
      loading ??= (state = 'loading', start()).then(
        (s) => {
          session = s;
          state = 'ready';
          return s;
        },
        (err: unknown) => {
          state = 'failed';
          throw err;
        },
      );
      return loading;
    },
    state: () => state,
    session: () => session,
  };
}

/**
 * Import the built engine file by its extension URL (from runtime.getURL), and with it, in parallel, the
 * lexicons file beside it (compose-lexicons.js: lexicon-registry.ts): two requests and two background
 * parses side by side rather than one file of 1.2 MB. Both must load for the engine to start.
 */
export function importByUrl(url: string): () => Promise<unknown> {
  const lexicons = url.endsWith(ENGINE_FILE) ? url.slice(0, -ENGINE_FILE.length) + LEXICONS_FILE : null;
  // The engine first: its code takes longer to parse than the lexicons' strings.
  return () => Promise.all([import(/* @vite-ignore */ url), lexicons && import(/* @vite-ignore */ lexicons)]);
}
