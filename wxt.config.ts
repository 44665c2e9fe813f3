import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { SITE_MATCHES } from './lib/sites/index.ts';
import { settingsMatchPatterns, settingsPageList, settingsPanelOnlyMatches } from './lib/privacy/pages.ts';
import { lexiconShimPlugin } from './scripts/lexicon-shim.ts';

// Public half of the development key: gives unpacked dev/test builds the stable extension ID
// jfjdpojhabpmbdfkaejflmhncmmchmjk (needed so managed policy can be addressed to it). Store builds
// (POSTPAUSE_STORE=1, used by `npm run zip` and `npm run build:store`) leave it out because the Chrome
// Web Store rejects a `key`.
const STORE_BUILD = process.env.POSTPAUSE_STORE === '1';
const DEV_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlEOfcSqbuVb7tWNt/MWmUxbyn6IYFNZT4eiJSeWPpFqfxJG3XB1gUMQHJ1PlrjskZkNlLYTwFwyl+B0xf5rSHZ0wzsfiBvUo+tHV4/zEFuRv2/C6cbs1pmX9a/QFOdvkFdQSgvG7awCy8r9kDFpGvtjl19CoabILmRR92c67m/ori+p2CS1D1XEO6C1RMV+Fmy6XIvyGdE4TPt3rnsVqMqvoUwPH2Wr81KsJgFfvlNR+9TIkv6IwA4CeNnKqTEm/sYdRAH1EXf6q0YbolazZiX8oS3y3dlgiMRRmEvv8cGGBjN9sRW68CmOhXGFCWadVvb040uhJdmUOCkwFBpn1QwIDAQAB';

/**
 * The content scripts injected into every page of the supported sites (entrypoints/*.content): they only
 * send messages, read the runtime id and resolve extension URLs, so they get the browser's own API object
 * (extension/runtime/browser-native.ts) instead of webextension-polyfill, which would be parsed and run on
 * every page load for nothing. The files they load on demand (compose-engine, settings-panel-ui) keep it.
 */
const NATIVE_BROWSER_ENTRYPOINTS = new Set(['compose', 'settings-panel']);
const nativeBrowser = (): Plugin => {
  const shim = fileURLToPath(new URL('./extension/runtime/browser-native.ts', import.meta.url));
  return {
    name: 'postpause:native-browser',
    enforce: 'pre',
    resolveId: (id) => (id === 'webextension-polyfill' ? shim : null),
  };
};

export default defineConfig({
  // No auto-imports: every dependency of lib/ must be visible in its import lines (see eslint.config.js).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // The platforms' settings pages as a few URL strings, for the settings-page watch in the content
    // scripts (entrypoints/settings-panel.content/watch.ts): the checklist data itself stays out of them.
    // The same for its own script's matches (entrypoints/settings-panel.content).
    define: {
      __POSTPAUSE_SETTINGS_PAGES__: JSON.stringify(settingsPageList()),
      __POSTPAUSE_SETTINGS_PANEL_MATCHES__: JSON.stringify(settingsPanelOnlyMatches(SITE_MATCHES)),
    },
    // POSTPAUSE_PROFILE_BUILD=1: keep names readable for CPU profiles (npm run bench:page, ONLY=profile).
    ...(process.env.POSTPAUSE_PROFILE_BUILD === '1' ? { build: { minify: false } } : {}),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // The compose engine's lexicons travel in compose-lexicons.js, imported beside it (scripts/lexicon-shim.ts).
      if (entrypoints.some((e) => e.name === 'compose-engine')) config.plugins = [lexiconShimPlugin(), ...(config.plugins ?? [])];
      if (entrypoints.length === 1 && entrypoints[0]!.type === 'content-script' && NATIVE_BROWSER_ENTRYPOINTS.has(entrypoints[0]!.name)) {
        config.plugins = [nativeBrowser(), ...(config.plugins ?? [])];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'PostPause',
    description: "A calm, local second look before school staff post: if in doubt, don't post.",
    // scripting + any https host on request: Mastodon servers added by staff or the school (extension/mastodon).
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    ...(browser !== 'firefox' && !STORE_BUILD ? { key: DEV_KEY } : {}),
    // The compose engine, imported by the compose content script when someone starts writing
    // (extension/compose/engine-loader.ts), and the privacy settings panel, imported on a settings page
    // (extension/privacy/panel-watch.ts). Pages can probe web-accessible files, so Chrome gets them only at
    // a per-session random URL (use_dynamic_url); Firefox's extension URLs are random per install already.
    // Any https host for the engine: Mastodon servers added at run time get the content script too.
    web_accessible_resources:
      browser === 'firefox'
        ? ['compose-engine.js', 'compose-lexicons.js', 'settings-panel-ui.js']
        : [
            { resources: ['compose-engine.js', 'compose-lexicons.js'], matches: [...new Set([...SITE_MATCHES, 'https://*/*'])], use_dynamic_url: true },
            // Chrome takes only whole origins here (a path must be /*).
            { resources: ['settings-panel-ui.js'], matches: [...new Set(settingsMatchPatterns().map((p) => `${new URL(p.replace(/\*$/, '')).origin}/*`))], use_dynamic_url: true },
          ],
    // Chrome/Edge read managed policy through this schema; Firefox has no schema (policies.json is not
    // validated) and warns on the key, so PostPause validates every value itself either way.
    ...(browser !== 'firefox' ? { storage: { managed_schema: 'managed_schema.json' } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'postpause@postpause.dev',
              // 140: CSS Custom Highlight API and data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
