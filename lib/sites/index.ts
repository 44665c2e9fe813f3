import type { SiteAdapter } from './types.ts';
import { x } from './x.ts';

export type { SiteAdapter, Surface, SubmitKey, Replay } from './types.ts';

/** Every site PostPause runs on. The content script's match patterns are the union of theirs. */
export const SITES: readonly SiteAdapter[] = [x];

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
