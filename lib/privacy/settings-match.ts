/**
 * Is this URL one of the platforms' privacy settings pages? The URL rules behind the on-page panel, kept
 * apart from the checklist data (platforms.ts) so the scripts injected into every page of a site can
 * decide with a few URL strings and load the panel only on a settings page. pages.ts builds the list
 * from the data (settingsPageList) and decides which items a page shows.
 */

/** The settings pages, as URL strings: exact item pages and settings-area prefixes. */
export interface SettingsPageList {
  /** Pages of single items: same host and path, and every query parameter they name. */
  readonly exact: readonly string[];
  /** Settings areas: the prefix's page and every page under it. */
  readonly prefixes: readonly string[];
  /** The hosts of all of them, as normaliseUrl gives them (a page on another host is no settings page). */
  readonly hosts: readonly string[];
}

/** Hosts that serve the same pages under another name. */
const SAME_SITE: Readonly<Record<string, string>> = {
  'twitter.com': 'x.com',
  'mobile.twitter.com': 'x.com',
  'mobile.x.com': 'x.com',
  'www.threads.net': 'www.threads.com',
  'threads.net': 'www.threads.com',
  'threads.com': 'www.threads.com',
  'facebook.com': 'www.facebook.com',
  'web.facebook.com': 'www.facebook.com',
  'instagram.com': 'www.instagram.com',
  'linkedin.com': 'www.linkedin.com',
  'reddit.com': 'www.reddit.com',
  'tiktok.com': 'www.tiktok.com',
  'youtube.com': 'www.youtube.com',
};

export interface NormalisedUrl {
  host: string;
  path: string;
  params: URLSearchParams;
}

export function normaliseUrl(href: string): NormalisedUrl | undefined {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:') return undefined;
  const host = SAME_SITE[u.hostname] ?? u.hostname;
  const path = u.pathname.replace(/\/+$/, '') || '/';
  return { host, path, params: u.searchParams };
}

/** Same host and path, and every query parameter the item's URL names (Facebook's ?tab=) present. */
export function samePage(page: NormalisedUrl, target: NormalisedUrl): boolean {
  if (page.host !== target.host || page.path !== target.path) return false;
  for (const [k, v] of target.params) if (page.params.get(k) !== v) return false;
  return true;
}

export function underPrefix(page: NormalisedUrl, prefix: string): boolean {
  const p = normaliseUrl(prefix);
  return p !== undefined && under(page, p);
}

function under(page: NormalisedUrl, prefix: NormalisedUrl): boolean {
  if (prefix.host !== page.host) return false;
  if (prefix.path === '/') return true;
  // "https://www.tiktok.com/setting" covers /setting and /setting/..., not /settings-foo.
  return page.path === prefix.path || page.path.startsWith(`${prefix.path}/`);
}

/** A settings-page test for one list, its URLs parsed once (it runs on every navigation of a site). */
export function settingsPageMatcher(list: SettingsPageList): (href: string) => boolean {
  let exact: NormalisedUrl[] | null = null;
  let prefixes: NormalisedUrl[] | null = null;
  const hosts = new Set(list.hosts);
  return (href) => {
    const page = normaliseUrl(href);
    if (!page || !hosts.has(page.host)) return false;
    exact ??= list.exact.flatMap((url) => normaliseUrl(url) ?? []);
    prefixes ??= list.prefixes.flatMap((url) => normaliseUrl(url) ?? []);
    return exact.some((t) => samePage(page, t)) || prefixes.some((p) => under(page, p));
  };
}

/** True when `href` is a settings page of the list (the panel has something to show there). */
export function onSettingsPage(href: string, list: SettingsPageList): boolean {
  return settingsPageMatcher(list)(href);
}

/** True when the site `href` is on has any settings page in the list (else there is nothing to watch). */
export function siteHasSettingsPages(href: string, list: SettingsPageList): boolean {
  const host = normaliseUrl(href)?.host;
  return host !== undefined && list.hosts.includes(host);
}
