/**
 * The browser's own extension API object, for the content scripts injected into every page of the sites
 * (wxt.config.ts puts it in place of webextension-polyfill in those builds). They only send messages, read
 * their runtime id and resolve extension URLs, which Chrome's MV3 `chrome` object and Firefox's `browser`
 * object both do with promises; the polyfill (about 9 KB, evaluated on every page load) adds nothing
 * there. Everything else (the background, the pages, the engine and panel files) keeps the polyfill.
 */
import type Browser from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };

const native: typeof Browser = (g.browser?.runtime?.id ? g.browser : g.chrome) as typeof Browser;

export default native;
