import type { SiteAdapter } from './types.ts';
import { x } from './x.ts';
import { linkedin } from './linkedin.ts';
import { bluesky } from './bluesky.ts';
import { mastodon } from './mastodon.ts';
import { tiktok } from './tiktok.ts';
import { youtube } from './youtube.ts';
import { nextdoor } from './nextdoor.ts';
import { facebook } from './facebook.ts';
import { instagram } from './instagram.ts';
import { threads } from './threads.ts';
import { whatsapp } from './whatsapp.ts';
import { reddit } from './reddit.ts';
import { GENERIC_SURFACES } from './generic.ts';

export type { SiteAdapter, Surface, SubmitKey, Replay } from './types.ts';

/** A site's own surfaces first, then the generic fallback for boxes its adapter does not know yet. */
const withFallback = (s: SiteAdapter): SiteAdapter => ({ ...s, surfaces: [...s.surfaces, ...GENERIC_SURFACES] });

/** Every site PostPause runs on. The content script's match patterns are the union of theirs. */
export const SITES: readonly SiteAdapter[] = [x, linkedin, bluesky, mastodon, tiktok, youtube, nextdoor, facebook, instagram, threads, whatsapp, reddit].map(withFallback);

export const SITE_MATCHES: readonly string[] = SITES.flatMap((s) => s.matches);

/**
 * The adapter for a page URL, by its match patterns (scheme + exact host or `*.` subdomain wildcard; the
 * path is always `/*` in our patterns). Undefined when no adapter matches.
 */
export function siteForUrl(url: string, sites: readonly SiteAdapter[] = SITES): SiteAdapter | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  return sites.find((s) => s.matches.some((p) => matchesPattern(p, u)));
}

/**
 * The adapter for the page the compose content script runs in. That script runs only where the manifest
 * or extension/mastodon registered it, so a page no adapter matches is a Mastodon server added at run time
 * (setting `mastodonInstances`).
 */
export function siteForPage(url: string): SiteAdapter | undefined {
  const site = siteForUrl(url);
  if (site) return site;
  return url.startsWith('https://') ? SITES.find((s) => s.id === 'mastodon') : undefined;
}

function matchesPattern(pattern: string, u: URL): boolean {
  const m = /^(https?|\*):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  const [, scheme, host] = m as unknown as [string, string, string];
  if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
  if (scheme === '*' && u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return u.hostname === base || u.hostname.endsWith(`.${base}`);
  }
  return u.hostname === host;
}
