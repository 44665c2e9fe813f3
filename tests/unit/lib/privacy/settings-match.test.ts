import { describe, expect, it } from 'vitest';
import { pageItems, settingsMatchPatterns, settingsPageList, settingsPanelOnlyMatches } from '../../../../lib/privacy/pages.ts';
import { PLATFORMS } from '../../../../lib/privacy/platforms.ts';
import { onSettingsPage, siteHasSettingsPages } from '../../../../lib/privacy/settings-match.ts';
import { SITE_MATCHES } from '../../../../lib/sites/index.ts';

/** Every URL in the data, variants of them (aliases, trailing slashes, missing query), and pages that are not settings. */
function candidates(): string[] {
  const out = new Set<string>();
  for (const def of PLATFORMS) {
    for (const url of [...def.settingsPages, ...def.items.flatMap((i) => (i.url ? [i.url] : []))]) {
      const u = new URL(url);
      out.add(u.href);
      out.add(`${u.origin}${u.pathname.replace(/\/$/, '')}`);
      out.add(`${u.origin}${u.pathname}${u.pathname.endsWith('/') ? '' : '/'}sub/page`);
      out.add(`${u.origin}${u.pathname}`);
      out.add(`${u.origin}${u.pathname}-other`);
      out.add(`http://${u.host}${u.pathname}${u.search}`);
      out.add(`${u.origin}/`);
    }
  }
  for (const href of [
    'https://x.com/home',
    'https://twitter.com/settings/audience_and_tagging',
    'https://mobile.x.com/settings/contacts',
    'https://www.facebook.com/settings/?tab=privacy&x=1',
    'https://facebook.com/settings/',
    'https://www.facebook.com/groups/123',
    'https://www.youtube.com/watch?v=abc',
    'https://www.tiktok.com/settings-foo',
    'https://mastodon.social/home',
    'https://web.whatsapp.com/',
    'not a url',
  ])
    out.add(href);
  return [...out];
}

describe('settings pages from URL strings alone', () => {
  const list = settingsPageList();

  it('finds exactly the pages the checklist data finds (the watch in the page scripts and the panel agree)', () => {
    const urls = candidates();
    expect(urls.length).toBeGreaterThan(200);
    const disagree = urls.filter((href) => onSettingsPage(href, list) !== (pageItems(href) !== undefined));
    expect(disagree).toEqual([]);
    // Both answers occur: the comparison means something.
    expect(urls.filter((href) => onSettingsPage(href, list)).length).toBeGreaterThan(50);
    expect(urls.filter((href) => !onSettingsPage(href, list)).length).toBeGreaterThan(50);
  });

  it('is a short list of strings, not the checklist', () => {
    expect(JSON.stringify(list).length).toBeLessThan(4000);
    expect(JSON.stringify(list)).not.toMatch(/recommended|Who can/);
  });

  it('tells the sites that have settings pages from those that have none', () => {
    expect(siteHasSettingsPages('https://x.com/home', list)).toBe(true);
    expect(siteHasSettingsPages('https://twitter.com/home', list)).toBe(true);
    expect(siteHasSettingsPages('https://myaccount.google.com/', list)).toBe(true);
    expect(siteHasSettingsPages('https://mastodon.social/home', list)).toBe(false);
    expect(siteHasSettingsPages('https://nextdoor.com/news_feed/', list)).toBe(false);
    expect(siteHasSettingsPages('nonsense', list)).toBe(false);
  });

  it('gives the panel its own script only where the compose script does not already carry the watch', () => {
    const own = settingsPanelOnlyMatches(SITE_MATCHES);
    expect(own).toContain('https://myaccount.google.com/signinoptions*');
    expect(own).toContain('https://studio.youtube.com/*');
    expect(own.some((p) => p.startsWith('https://x.com/') || p.startsWith('https://www.facebook.com/'))).toBe(false);
    // Between them, the two scripts cover every settings pattern.
    const wide = SITE_MATCHES.map((m) => m.slice(0, -1));
    for (const p of settingsMatchPatterns()) expect(own.includes(p) || wide.some((w) => p.startsWith(w)), p).toBe(true);
  });
});
