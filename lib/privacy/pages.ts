/**
 * Which checklist items belong to the settings page a person is looking at, for the on-page panel.
 * Pure URL matching over the platform data; the content script passes `location.href`.
 */
import { PLATFORMS, itemId, type ItemId, type PlatformDef, type PlatformId } from './platforms.ts';

/** Hosts that serve the same pages under another name. */
const SAME_SITE: Record<string, string> = {
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

interface Normalised {
  host: string;
  path: string;
  params: URLSearchParams;
}

function normalise(href: string): Normalised | undefined {
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
function samePage(page: Normalised, target: Normalised): boolean {
  if (page.host !== target.host || page.path !== target.path) return false;
  for (const [k, v] of target.params) if (page.params.get(k) !== v) return false;
  return true;
}

function underPrefix(page: Normalised, prefix: string): boolean {
  const p = normalise(prefix);
  if (!p || p.host !== page.host) return false;
  if (p.path === '/') return true;
  // "https://www.tiktok.com/setting" covers /setting and /setting/..., not /settings-foo.
  return page.path === p.path || page.path.startsWith(`${p.path}/`);
}

export interface PageMatch {
  platform: PlatformId;
  /** The items on this exact page, or all the platform's items when the page is not one we know. */
  items: ItemId[];
  exact: boolean;
}

export function pageItems(href: string, platforms: readonly PlatformDef[] = PLATFORMS): PageMatch | undefined {
  const page = normalise(href);
  if (!page) return undefined;
  for (const def of platforms) {
    const exact = def.items.filter((i) => {
      const t = i.url ? normalise(i.url) : undefined;
      return t !== undefined && samePage(page, t);
    });
    if (exact.length) return { platform: def.id, items: exact.map((i) => itemId(def.id, i.check)), exact: true };
  }
  for (const def of platforms) {
    if (def.settingsPages.some((prefix) => underPrefix(page, prefix))) {
      return { platform: def.id, items: def.items.map((i) => itemId(def.id, i.check)), exact: false };
    }
  }
  return undefined;
}

/**
 * Single-page apps: a person reaches settings by clicking, not loading, so the panel's script must be
 * on the whole site and watch for URL changes. These are the sites PostPause already runs on to read
 * posts, so this asks for no new access.
 */
const WHOLE_SITE_HOSTS = new Set([
  'www.facebook.com',
  'www.instagram.com',
  'x.com',
  'twitter.com',
  'www.linkedin.com',
  'www.tiktok.com',
  'www.threads.com',
  'www.threads.net',
  'www.reddit.com',
  'bsky.app',
  'www.youtube.com',
]);

/**
 * Content-script match patterns for the panel, derived from the data so a new platform or page cannot
 * be forgotten in the manifest: whole sites for the apps above, just the settings paths elsewhere
 * (Google and Meta account pages are not sites PostPause otherwise touches).
 */
export function settingsMatchPatterns(platforms: readonly PlatformDef[] = PLATFORMS): string[] {
  const out = new Set<string>();
  const add = (host: string, path: string) => {
    if (WHOLE_SITE_HOSTS.has(host)) out.add(`https://${host}/*`);
    else out.add(path ? `https://${host}${path}*` : `https://${host}/*`);
  };
  const addUrl = (href: string) => {
    const u = new URL(href);
    const path = u.pathname.replace(/\/+$/, '');
    add(u.hostname, path);
    if (u.hostname === 'x.com') add('twitter.com', path);
    if (u.hostname === 'www.threads.com') add('www.threads.net', path);
  };
  for (const def of platforms) {
    for (const prefix of def.settingsPages) addUrl(prefix);
    for (const item of def.items) if (item.url) addUrl(item.url);
  }
  // Drop patterns a broader one already covers (a whole host covers its settings paths).
  const all = [...out];
  return all.filter((p) => !all.some((q) => q !== p && q.endsWith('*') && p.startsWith(q.slice(0, -1)))).sort();
}
