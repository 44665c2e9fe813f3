import { describe, expect, it } from 'vitest';
import { SITES, siteForUrl } from '../../../../lib/sites/index.ts';
import { GENERIC_SURFACES } from '../../../../lib/sites/generic.ts';
import { MASTODON_BUILT_IN_HOSTS } from '../../../../lib/sites/mastodon.ts';

describe('adapters for LinkedIn, Bluesky, Mastodon, TikTok, YouTube, Nextdoor', () => {
  it.each([
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.linkedin.com/messaging/thread/2-abc/', 'linkedin'],
    ['https://linkedin.com/feed/', undefined],
    ['https://bsky.app/profile/someone', 'bluesky'],
    ['https://mastodon.social/home', 'mastodon'],
    ['https://mastodonapp.uk/home', 'mastodon'],
    ['https://www.tiktok.com/@someone/video/1', 'tiktok'],
    ['https://www.youtube.com/watch?v=abc', 'youtube'],
    ['https://studio.youtube.com/', undefined],
    ['https://nextdoor.com/news_feed/', 'nextdoor'],
    ['https://nextdoor.co.uk/news_feed/', 'nextdoor'],
  ])('siteForUrl(%s) is %s', (url, id) => {
    expect(siteForUrl(url)?.id).toBe(id);
  });

  it('every site ends with the generic fallback, after its own surfaces', () => {
    for (const site of SITES) {
      const ids = site.surfaces.map((s) => s.id);
      expect(ids.slice(-GENERIC_SURFACES.length), site.id).toEqual(GENERIC_SURFACES.map((s) => s.id));
    }
    // Nextdoor has nothing of its own yet: the fallback is all it has.
    expect(SITES.find((s) => s.id === 'nextdoor')!.surfaces.map((s) => s.id)).toEqual(['generic']);
  });

  it('the generic fallback holds no keys (a key it wrongly held would be replayed as a click) and finds buttons by whole words', () => {
    for (const s of GENERIC_SURFACES) {
      expect(s.submitKeys).toEqual([]);
      expect(s.formSubmit).toBe(true);
      expect(s.fallback).toBe(true);
      expect(s.submitControlTexts).toEqual(expect.arrayContaining(['Post', 'Send', 'Reply', 'Comment', 'Share']));
    }
  });

  it('send keys follow each site: Ctrl/Cmd+Enter on Bluesky posts and Mastodon, Enter in chats and TikTok, Ctrl/Cmd+Enter on YouTube comments, none on LinkedIn posts', () => {
    const keys = (site: string, surface: string) =>
      SITES.find((s) => s.id === site)!
        .surfaces.find((s) => s.id === surface)!
        .submitKeys.map((k) => k.mod);
    expect(keys('bluesky', 'post')).toEqual(['ctrl-or-meta']);
    expect(keys('bluesky', 'chat')).toEqual(['none']);
    expect(keys('mastodon', 'compose')).toEqual(['ctrl-or-meta']);
    expect(keys('tiktok', 'comment')).toEqual(['none']);
    expect(keys('linkedin', 'message')).toEqual(['none']);
    expect(keys('linkedin', 'share')).toEqual([]);
    // Ctrl/Cmd+Enter posts a YouTube comment (docs/site-evidence-2026.md, YT).
    expect(keys('youtube', 'comment')).toEqual(['ctrl-or-meta']);
  });

  it('keeps the built-in Mastodon list short', () => {
    expect(MASTODON_BUILT_IN_HOSTS.length).toBeLessThanOrEqual(6);
  });
});
