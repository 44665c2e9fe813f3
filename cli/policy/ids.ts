/**
 * Which extension the generated policy is addressed to. Chrome-family IDs come from the signing key, so
 * a Chrome Web Store install, an Edge Add-ons install and the dev/test build (fixed `key` in
 * wxt.config.ts) each have their own; the IT lead passes the IDs of the copies they deploy.
 */
export const DEV_CHROME_ID = 'jfjdpojhabpmbdfkaejflmhncmmchmjk';
export const FIREFOX_ID = 'postpause@postpause.dev';

export const CHROME_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
export const EDGE_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';
export const FIREFOX_INSTALL_URL = 'https://addons.mozilla.org/firefox/downloads/latest/postpause/latest.xpi';

const CHROME_ID = /^[a-p]{32}$/;
const GECKO_ID = /^([a-z0-9._-]+@[a-z0-9._-]+|\{[0-9a-f-]{36}\})$/i;

export interface ExtensionIds {
  chrome: string;
  edge: string;
  firefox: string;
}

export function checkIds(ids: ExtensionIds): string[] {
  const errors: string[] = [];
  if (!CHROME_ID.test(ids.chrome)) errors.push(`--chrome-id must be 32 letters a-p (as shown on chrome://extensions), got "${ids.chrome}"`);
  if (!CHROME_ID.test(ids.edge)) errors.push(`--edge-id must be 32 letters a-p (as shown on edge://extensions), got "${ids.edge}"`);
  if (!GECKO_ID.test(ids.firefox)) errors.push(`--firefox-id must look like name@domain, got "${ids.firefox}"`);
  return errors;
}
