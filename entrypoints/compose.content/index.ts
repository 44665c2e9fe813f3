import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../../lib/sites/index.ts';
import { startSettingsWatch } from '../settings-panel.content/watch.ts';
import { startCompose } from './start.ts';

/**
 * One content script for every site: which site it is on, and what its compose boxes look like, comes
 * from the adapters in lib/sites. It runs at document_start so its capture listeners are in place before
 * the page registers any of its own, and it stays small: the engine is loaded only when someone writes,
 * and the privacy settings panel only on a settings page (the same watch as settings-panel.content, so the
 * social sites' pages get one script, not two).
 */
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_start',
  // WXT's start notice to older copies of this script goes by a DOM event only, not also by a
  // window.postMessage that would wake every message listener of the page on each load.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Independent of each other, as two scripts would be: a fault in one leaves the other running.
    for (const start of [startCompose, startSettingsWatch]) {
      try {
        start(ctx);
      } catch (err) {
        console.warn('[PostPause] could not start on this page:', err instanceof Error ? err.message : String(err));
      }
    }
  },
});
