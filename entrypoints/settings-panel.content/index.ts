import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSettingsWatch } from './watch.ts';

/**
 * lib/privacy/pages.ts settingsPanelOnlyMatches(SITE_MATCHES), built in by wxt.config.ts: the checklist
 * data and the site adapters it is derived from stay out of this script.
 */
declare const __POSTPAUSE_SETTINGS_PANEL_MATCHES__: string[];

/**
 * The settings-page watch on the account sites PostPause does not otherwise run on (Google's and Meta's
 * account centres, YouTube Studio). On the social sites themselves the compose content script carries the
 * same watch, so their pages get one small script, not two. Either way the panel UI is loaded only on a
 * privacy settings page (extension/privacy/panel-watch.ts).
 */
export default defineContentScript({
  matches: __POSTPAUSE_SETTINGS_PANEL_MATCHES__,
  runAt: 'document_idle',
  // WXT's start notice to older copies of this script goes by a DOM event only, not also by a
  // window.postMessage that would wake every message listener of the page on each load.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startSettingsWatch(ctx);
  },
});
