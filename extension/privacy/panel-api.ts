/**
 * What the settings-page watch (in the scripts injected into the sites' pages) and the panel UI loaded on
 * demand (entrypoints/settings-panel-ui) know of each other. The watch carries a few URL strings and no UI:
 * on a privacy settings page it imports the panel file, which registers itself under PANEL_KEY when it is
 * evaluated in the content script's world.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The built panel file, relative to the extension root (wxt.config.ts makes it web-accessible). */
export const PANEL_FILE = '/settings-panel-ui.js';

/** Where the panel file puts itself when evaluated (a registry symbol: one per world, not per bundle). */
export const PANEL_KEY = Symbol.for('postpause.settings-panel');

export interface SettingsPanelUi {
  /** Show the panel for the page at `href` (the page being navigated to), or remove it if that page has none. */
  show(href: string): void;
}

export interface SettingsPanelModule {
  start(ctx: ContentScriptContext): SettingsPanelUi;
}

/** Called by the panel file when it is evaluated. */
export function registerPanel(panel: SettingsPanelModule, scope: object = globalThis): void {
  (scope as Record<symbol, unknown>)[PANEL_KEY] = panel;
}

/** The panel registered in this world, if its file has been evaluated. */
export function registeredPanel(scope: object = globalThis): SettingsPanelModule | null {
  const p = (scope as Record<symbol, unknown>)[PANEL_KEY] as SettingsPanelModule | undefined;
  return p && typeof p.start === 'function' ? p : null;
}
