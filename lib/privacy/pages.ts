/**
 * Which checklist items belong to the settings page a person is looking at, for the on-page panel.
 * Pure URL matching over the platform data; the content script passes `location.href`.
 */
import { PLATFORMS, itemId, type ItemId, type PlatformDef, type PlatformId } from './platforms.ts';
import { normaliseUrl as normalise, samePage, underPrefix, type SettingsPageList } from './settings-match.ts';

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

/**
 * The settings pages of the data as plain URL strings, for the scripts that decide whether to load the
 * panel (settings-match.ts): `onSettingsPage(href, settingsPageList())` is true exactly when
 * `pageItems(href)` finds the page.
 */
export function settingsPageList(platforms: readonly PlatformDef[] = PLATFORMS): SettingsPageList {
  const exact = [...new Set(platforms.flatMap((def) => def.items.flatMap((i) => (i.url ? [i.url] : []))))];
  const prefixes = [...new Set(platforms.flatMap((def) => def.settingsPages))];
  const hosts = [...new Set([...exact, ...prefixes].flatMap((url) => normalise(url)?.host ?? []))].sort();
  return { exact, prefixes, hosts };
}

/**
 * The panel's match patterns that `covered` (the compose content script's matches, which carry the same
 * settings-page watch) do not already cover: the account sites PostPause does not otherwise run on.
 */
export function settingsPanelOnlyMatches(covered: readonly string[], platforms: readonly PlatformDef[] = PLATFORMS): string[] {
  const wide = covered.filter((q) => q.endsWith('*')).map((q) => q.slice(0, -1));
  return settingsMatchPatterns(platforms).filter((p) => !wide.some((q) => p.startsWith(q)));
}
