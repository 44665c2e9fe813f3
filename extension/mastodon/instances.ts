/**
 * Mastodon servers beyond the few built into the manifest: which ones PostPause should run on, and the
 * names it uses for them. Pure functions; registration.ts does the browser side.
 */
import { MASTODON_BUILT_IN_HOSTS } from '../../lib/sites/mastodon.ts';
import { siteForUrl } from '../../lib/sites/index.ts';

/** Same rule as the `mastodonInstances` setting (lib/policy/config.ts). */
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The file every extra server gets: the same compose content script as every other site. */
export const COMPOSE_SCRIPT = 'content-scripts/compose.js';
const ID_PREFIX = 'postpause-mastodon:';

/**
 * A host name from what a member of staff typed: "mastodon.example", "https://mastodon.example/home",
 * "@me@mastodon.example". Null when it is not a usable host name.
 */
export function parseInstance(input: string): string | null {
  let s = input.trim().toLowerCase();
  const handle = /^@?[^@\s/]+@([^@\s/]+)$/.exec(s);
  if (handle) s = handle[1]!;
  if (!/^https?:\/\//.test(s)) s = `https://${s}`;
  let host: string;
  try {
    host = new URL(s).hostname;
  } catch {
    return null;
  }
  return HOST.test(host) ? host : null;
}

/** The permission / match pattern for one server. */
export const originPattern = (host: string): string => `https://${host}/*`;

export const scriptId = (host: string): string => `${ID_PREFIX}${host}`;
export const hostOfScriptId = (id: string): string | null => (id.startsWith(ID_PREFIX) ? id.slice(ID_PREFIX.length) : null);

/**
 * The configured servers that need a run-time registration: valid, de-duplicated, and not already covered
 * by the manifest (a built-in Mastodon server, or another site's host typed in by mistake).
 */
export function extraInstances(configured: readonly string[] | undefined): string[] {
  const out = new Set<string>();
  for (const raw of configured ?? []) {
    const host = parseInstance(raw);
    if (!host || (MASTODON_BUILT_IN_HOSTS as readonly string[]).includes(host)) continue;
    if (siteForUrl(`https://${host}/`)) continue;
    out.add(host);
  }
  return [...out];
}
