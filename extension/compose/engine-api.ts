/**
 * What the page-load script (entrypoints/compose.content) and the compose engine loaded on demand
 * (entrypoints/compose-engine) know of each other. The page-load script carries no rules, lexicons, model
 * or UI: it guards sends, notices the first touch of a composer, and loads the engine then. The engine
 * registers itself under ENGINE_KEY when its file is evaluated in the content script's world.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../../lib/engine/types.ts';
import type { SiteAdapter } from '../../lib/sites/types.ts';
import type { ExtraSurfaceSelectors } from '../../lib/sites/extra-selectors.ts';
import type { BlockedSend, SendGuard } from '../dom/send-guard.ts';

/** The built engine file, relative to the extension root (wxt.config.ts makes it web-accessible). */
export const ENGINE_FILE = '/compose-engine.js';

/** Where the engine file puts itself when evaluated (a registry symbol: one per world, not per bundle). */
export const ENGINE_KEY = Symbol.for('postpause.compose-engine');

export interface EngineHost {
  ctx: ContentScriptContext;
  site: SiteAdapter;
  /** The page-load script's send guard, for sending a held or paused post after all. */
  guard: Pick<SendGuard, 'sendAnyway'>;
  /** Check even when the settings switch this site off (the extension's own "Try PostPause" page). */
  alwaysOn?: boolean;
  /** Log an internal error (never with the post's text) and let the page carry on. */
  report(where: string): (err: unknown) => void;
  /** The school's extra selectors for this site (setting siteSelectors): the guard is wired again with them. */
  setExtraSelectors(extra: Readonly<Record<string, ExtraSurfaceSelectors>> | undefined): void;
}

export interface ComposeEngine {
  /**
   * Start on this page: configuration read (the last resolved one if the background has it), the
   * composers watched, highlights and notes wired. Resolves once `analyze` gives answers under the
   * school's configuration; rejects when the engine cannot run (then sends fail open).
   */
  start(host: EngineHost): Promise<EngineSession>;
}

export interface EngineSession {
  /** Synchronous, never throws. */
  analyze(text: string): Finding[];
  /** False when the school or the member of staff switched PostPause off on this site. */
  enabled(): boolean;
  /** A send with findings was stopped: show why, and send it after all on "Post anyway". */
  onBlocked(send: BlockedSend): void;
  /** A send went through (checked clean, or sent after a hold). */
  onPassed(): void;
}

/** Called by the engine file when it is evaluated. */
export function registerEngine(engine: ComposeEngine, scope: object = globalThis): void {
  (scope as Record<symbol, unknown>)[ENGINE_KEY] = engine;
}

/** The engine registered in this world, if its file has been evaluated. */
export function registeredEngine(scope: object = globalThis): ComposeEngine | null {
  const e = (scope as Record<symbol, unknown>)[ENGINE_KEY] as ComposeEngine | undefined;
  return e && typeof e.start === 'function' ? e : null;
}
