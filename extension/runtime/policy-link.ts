import { browser } from 'wxt/browser';

/**
 * Where a clause link may point: https links as they are; relative ones (a pack's bundled guide page)
 * inside the extension. Anything else, or an extension reloaded under the page, gets no link at all.
 */
export function resolvePolicyUrl(url: string): string | null {
  try {
    if (/^https:\/\//i.test(url)) return new URL(url).href;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
    return browser.runtime.getURL(`/${url.replace(/^\/+/, '')}` as '/');
  } catch {
    return null;
  }
}
