/**
 * Opening PostPause's own pages (the bundled guide a clause links to) from a content script. A web page
 * may not navigate to chrome-extension:// pages that are not web-accessible, and making them
 * web-accessible would let any site detect that a member of staff has PostPause installed. So the
 * overlay asks the background to open the page in a new tab instead.
 */
import { browser } from 'wxt/browser';
import { isOpenPageMessage, type OpenPageMessage } from './open-page-message.ts';

/**
 * Content script side: if `href` is one of our pages, ask the background to open it and return true
 * (the caller then cancels the link's own navigation, which the browser would block).
 */
export function openExtensionPage(href: string): boolean {
  let base: string;
  try {
    base = browser.runtime.getURL('/');
  } catch {
    return false; // Extension reloaded under the page: let the link do whatever it can.
  }
  if (!href.startsWith(base)) return false;
  const message: OpenPageMessage = { type: 'postpause/open-page', path: href.slice(base.length) };
  if (!isOpenPageMessage(message)) return false;
  browser.runtime.sendMessage(message).catch(() => undefined);
  return true;
}

/** Background side: open requested pages in a new tab next to the one asking. */
export function handleOpenPageMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOpenPageMessage(message)) return undefined;
    const tab = sender.tab;
    void browser.tabs.create({ url: browser.runtime.getURL(`/${message.path}` as '/'), ...(tab?.id !== undefined ? { openerTabId: tab.id, index: tab.index + 1 } : {}) });
    return undefined;
  });
}
