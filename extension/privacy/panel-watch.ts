/**
 * The settings-page watch: decides from the URL alone whether the page is one of a platform's privacy
 * settings pages, and only then loads the panel UI (entrypoints/settings-panel-ui, Preact and the
 * checklist rows). Every other page of the site pays for a URL check and, on the single-page apps, one
 * navigation listener: no UI code is parsed and the background is not woken.
 *
 * Single-page apps reach their settings by clicking, not loading: WXT's location-change event (the
 * Navigation API's navigate event where there is one: pushState, replaceState, back and forward) checks
 * each new URL. Once loaded, the panel follows every navigation itself (it removes itself off the
 * settings pages).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { settingsPageMatcher, siteHasSettingsPages, type SettingsPageList } from '../../lib/privacy/settings-match.ts';
import { registeredPanel, type SettingsPanelUi } from './panel-api.ts';

export interface PanelWatchOptions {
  /** The settings pages (lib/privacy/pages.ts settingsPageList, built into the script). */
  pages: SettingsPageList;
  /** Evaluate the panel file in this world (a dynamic import of its extension URL). */
  importPanel(): Promise<unknown>;
  /** A problem loading the panel: the page carries on without it. */
  onError?(err: unknown): void;
  /** Where the panel file registers itself (globalThis). */
  scope?: object;
  win?: Window;
}

export interface PanelWatch {
  /** The panel's state: not loaded (no settings page seen yet), loading, shown, or failed to load. */
  state(): 'idle' | 'loading' | 'ready' | 'failed';
}

export function watchSettingsPages(ctx: ContentScriptContext, opts: PanelWatchOptions): PanelWatch | null {
  const win = opts.win ?? window;
  // A site with no settings pages in the data (a Mastodon server, WhatsApp): nothing to watch.
  if (!siteHasSettingsPages(win.location.href, opts.pages)) return null;
  const isSettingsPage = settingsPageMatcher(opts.pages);
  let state: ReturnType<PanelWatch['state']> = 'idle';
  let ui: SettingsPanelUi | null = null;
  // The newest URL seen while the panel loads: it shows for that one.
  let latest = win.location.href;

  const load = async () => {
    state = 'loading';
    try {
      if (!registeredPanel(opts.scope)) await opts.importPanel();
      const panel = registeredPanel(opts.scope);
      if (!panel) throw new Error('the settings panel file loaded but did not register itself');
      if (ctx.isInvalid) return;
      ui = panel.start(ctx);
      state = 'ready';
      ui.show(latest);
    } catch (err) {
      state = 'failed';
      opts.onError?.(err);
    }
  };

  const check = (href: string) => {
    latest = href;
    if (ui) ui.show(href);
    else if (state === 'idle' && isSettingsPage(href)) void load();
  };

  // Nothing during the page's own loading: the page as loaded is checked once its document is parsed
  // (the panel sits outside the page's body anyway), and its navigations from then on.
  const start = () => {
    ctx.addEventListener(win, 'wxt:locationchange', (e) => check(e.newUrl.href));
    check(win.location.href);
  };
  if (win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', start, { once: true, signal: ctx.signal });
  else start();
  return { state: () => state };
}
