import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchSettingsPages } from '../../../../extension/privacy/panel-watch.ts';
import { registerPanel, registeredPanel, type SettingsPanelUi } from '../../../../extension/privacy/panel-api.ts';
import { settingsPageList } from '../../../../lib/privacy/pages.ts';

const pages = settingsPageList();

/** A page at `href` and a content-script context whose location-change listener the test can fire. */
function page(href: string, readyState: DocumentReadyState = 'complete') {
  const docListeners = new Map<string, () => void>();
  const win = {
    location: { href },
    document: {
      readyState,
      addEventListener: (type: string, fn: () => void) => docListeners.set(type, fn),
    },
  } as unknown as Window;
  let onLocation: ((e: { newUrl: URL }) => void) | null = null;
  const abort = new AbortController();
  const ctx = {
    signal: abort.signal,
    isInvalid: false,
    addEventListener: vi.fn((_target: unknown, type: string, fn: (e: { newUrl: URL }) => void) => {
      if (type === 'wxt:locationchange') onLocation = fn;
    }),
  } as unknown as ContentScriptContext;
  const navigate = (to: string) => {
    win.location.href = to;
    onLocation?.({ newUrl: new URL(to) });
  };
  const loaded = () => {
    (win.document as { readyState: string }).readyState = 'complete';
    docListeners.get('DOMContentLoaded')?.();
  };
  return { win, ctx, navigate, loaded };
}

/** A panel file that registers itself in `scope` when "imported". */
function panelFile(scope: object) {
  const shown: string[] = [];
  const ui: SettingsPanelUi = { show: (href) => void shown.push(href) };
  const start = vi.fn(() => ui);
  const importPanel = vi.fn(async () => registerPanel({ start }, scope));
  return { shown, start, importPanel };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('settings-page watch', () => {
  it('does nothing on a site with no settings pages: no listener, no import', () => {
    const { win, ctx } = page('https://mastodon.social/home');
    const scope = {};
    const f = panelFile(scope);
    expect(watchSettingsPages(ctx, { pages, importPanel: f.importPanel, scope, win })).toBeNull();
    expect(ctx.addEventListener).not.toHaveBeenCalled();
    expect(f.importPanel).not.toHaveBeenCalled();
  });

  it('reads a page that is not a settings page without loading the panel', async () => {
    const { win, ctx, navigate } = page('https://x.com/home');
    const scope = {};
    const f = panelFile(scope);
    const watch = watchSettingsPages(ctx, { pages, importPanel: f.importPanel, scope, win })!;
    navigate('https://x.com/explore');
    navigate('https://x.com/someone/status/1');
    await settle();
    expect(f.importPanel).not.toHaveBeenCalled();
    expect(watch.state()).toBe('idle');
  });

  it('loads the panel once on an SPA navigation to a settings page, then hands it every navigation', async () => {
    const { win, ctx, navigate } = page('https://x.com/home');
    const scope = {};
    const f = panelFile(scope);
    const watch = watchSettingsPages(ctx, { pages, importPanel: f.importPanel, scope, win })!;
    navigate('https://x.com/settings/audience_and_tagging');
    // A second navigation while the file loads: the panel shows for the newest page.
    navigate('https://x.com/settings/contacts');
    expect(watch.state()).toBe('loading');
    await settle();
    expect(watch.state()).toBe('ready');
    expect(f.importPanel).toHaveBeenCalledTimes(1);
    expect(f.start).toHaveBeenCalledWith(ctx);
    expect(f.shown).toEqual(['https://x.com/settings/contacts']);
    // Away from settings and back: the loaded panel follows (it removes itself off the settings pages).
    navigate('https://x.com/home');
    navigate('https://x.com/settings/contacts');
    expect(f.shown).toEqual(['https://x.com/settings/contacts', 'https://x.com/home', 'https://x.com/settings/contacts']);
    expect(f.importPanel).toHaveBeenCalledTimes(1);
  });

  it('waits for the document on a settings page loaded directly', async () => {
    const { win, ctx, loaded } = page('https://www.facebook.com/settings/?tab=privacy', 'loading');
    const scope = {};
    const f = panelFile(scope);
    watchSettingsPages(ctx, { pages, importPanel: f.importPanel, scope, win });
    await settle();
    expect(f.importPanel).not.toHaveBeenCalled();
    loaded();
    await settle();
    expect(f.shown).toEqual(['https://www.facebook.com/settings/?tab=privacy']);
  });

  it('lets the page carry on when the panel file fails, and does not try again on every navigation', async () => {
    const { win, ctx, navigate } = page('https://x.com/settings/contacts');
    const onError = vi.fn();
    const importPanel = vi.fn(async () => undefined);
    const watch = watchSettingsPages(ctx, { pages, importPanel, onError, scope: {}, win })!;
    await settle();
    expect(watch.state()).toBe('failed');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringMatching(/did not register/) }));
    navigate('https://x.com/settings/audience_and_tagging');
    await settle();
    expect(importPanel).toHaveBeenCalledTimes(1);
  });

  it('registers per world, under a registry symbol', () => {
    const scope = {};
    expect(registeredPanel(scope)).toBeNull();
    registerPanel({ start: () => ({ show: () => undefined }) }, scope);
    expect(registeredPanel(scope)).not.toBeNull();
    expect(Object.getOwnPropertySymbols(scope).map(String)).toEqual(['Symbol(postpause.settings-panel)']);
  });
});
