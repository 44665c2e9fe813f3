/**
 * Opening PostPause's own pages (the bundled guide a clause links to) from a content script. A web page
 * may not navigate to chrome-extension:// pages that are not web-accessible, and making them
 * web-accessible would let any site detect that a member of staff has PostPause installed. So the
 * overlay asks the background to open the page in a new tab instead.
 */
import { browser } from 'wxt/browser';
import { isMessage, type Ack, type MessageOf } from '../messages/contract.ts';
import type { Sender } from '../messages/router.ts';
import { tell } from '../messages/send.ts';

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
  const message: MessageOf<'postpause:open-page'> = { type: 'postpause:open-page', path: href.slice(base.length) };
  if (!isMessage(message)) return false;
  tell(message);
  return true;
}

/** Background side: open the requested page in a new tab next to the one asking. */
export async function openPage(message: MessageOf<'postpause:open-page'>, sender: Sender): Promise<Ack> {
  const tab = sender.tab;
  await browser.tabs.create({ url: browser.runtime.getURL(`/${message.path}` as '/'), ...(tab?.id !== undefined ? { openerTabId: tab.id, index: tab.index + 1 } : {}) });
  return { ok: true };
}
