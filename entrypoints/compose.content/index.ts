import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../../lib/sites/index.ts';
import { startCompose } from './start.ts';

/**
 * One content script for every site: which site it is on, and what its compose boxes look like, comes
 * from the adapters in lib/sites. It runs at document_start so its capture listeners are in place before
 * the page registers any of its own, and it stays small: the engine is loaded only when someone writes.
 */
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    startCompose(ctx);
  },
});
