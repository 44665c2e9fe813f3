import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { SettingsPageList } from '../../lib/privacy/settings-match.ts';
import { PANEL_FILE } from '../../extension/privacy/panel-api.ts';
import { watchSettingsPages } from '../../extension/privacy/panel-watch.ts';

/** The platforms' settings pages (lib/privacy/pages.ts settingsPageList), built in by wxt.config.ts. */
declare const __POSTPAUSE_SETTINGS_PAGES__: SettingsPageList;

/**
 * Start the settings-page watch in a content script (this one, or the compose content script on the
 * social sites): the panel file is imported by the URL the browser gives it (in Chrome a per-session
 * dynamic URL, so pages cannot probe for PostPause).
 */
export function startSettingsWatch(ctx: ContentScriptContext): void {
  watchSettingsPages(ctx, {
    pages: __POSTPAUSE_SETTINGS_PAGES__,
    importPanel: () => import(/* @vite-ignore */ browser.runtime.getURL(PANEL_FILE)),
    onError: (err) => console.warn('[PostPause] the settings panel could not load:', err instanceof Error ? err.message : String(err)),
  });
}
