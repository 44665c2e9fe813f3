import { describe, expect, it } from 'vitest';
import { CHECK_KINDS, CHECKS } from '../../../../lib/privacy/checks.ts';
import { buildChecklist, dueItems } from '../../../../lib/privacy/model.ts';
import { pageItems, settingsMatchPatterns } from '../../../../lib/privacy/pages.ts';
import { PLATFORMS, PLATFORM_IDS, itemId } from '../../../../lib/privacy/platforms.ts';
import { emptyState, parseState, withChecked, withoutChecked, withStarted } from '../../../../lib/privacy/state.ts';
import { reminderSettings } from '../../../../lib/privacy/due.ts';
import { defaultPack, getPack } from '../../../../lib/policy/packs/index.ts';
import { THEMES } from '../../../../lib/engine/types.ts';

const LONDON = 'Europe/London';

describe('platform data', () => {
  it('covers the eleven platforms of the issue', () => {
    expect(PLATFORMS.map((p) => p.name)).toEqual([
      'Facebook', 'Instagram', 'X (Twitter)', 'LinkedIn', 'TikTok', 'WhatsApp', 'Threads', 'Reddit', 'Bluesky', 'Snapchat', 'YouTube',
    ]);
  });

  it('lists each check at most once per platform, with text for every field', () => {
    for (const p of PLATFORMS) {
      const checks = p.items.map((i) => i.check);
      expect(new Set(checks).size, p.id).toBe(checks.length);
      for (const i of p.items) {
        expect(CHECK_KINDS, `${p.id}/${i.check}`).toContain(i.check);
        expect(i.what.length, `${p.id}/${i.check}`).toBeGreaterThan(3);
        expect(i.recommended.length, `${p.id}/${i.check}`).toBeGreaterThan(1);
        // Every item either opens a page or says where the setting is.
        expect(Boolean(i.url) || Boolean(i.where), `${p.id}/${i.check}`).toBe(true);
      }
    }
  });

  it('links only to https pages of the platform itself (or its account provider)', () => {
    const allowed: Record<string, RegExp> = {
      facebook: /^https:\/\/(www|accountscenter)\.facebook\.com\//,
      instagram: /^https:\/\/(www|accountscenter)\.instagram\.com\//,
      x: /^https:\/\/x\.com\//,
      linkedin: /^https:\/\/www\.linkedin\.com\//,
      tiktok: /^https:\/\/www\.tiktok\.com\//,
      whatsapp: /^https:\/\/web\.whatsapp\.com\//,
      threads: /^https:\/\/www\.threads\.com\//,
      reddit: /^https:\/\/www\.reddit\.com\//,
      bluesky: /^https:\/\/bsky\.app\//,
      snapchat: /^https:\/\/accounts\.snapchat\.com\//,
      youtube: /^https:\/\/(www\.youtube\.com|studio\.youtube\.com|myaccount\.google\.com)\//,
    };
    for (const p of PLATFORMS) {
      const urls = [...p.items.flatMap((i) => (i.url ? [i.url] : [])), ...(p.home ? [p.home] : [])];
      for (const u of urls) expect(u, p.id).toMatch(allowed[p.id]!);
    }
  });

  it('covers each of the nine checks on at least one platform, and each cites a real theme', () => {
    for (const kind of CHECK_KINDS) {
      expect(PLATFORMS.some((p) => p.items.some((i) => i.check === kind)), kind).toBe(true);
      expect(THEMES).toContain(CHECKS[kind].theme);
    }
  });
});

describe('pageItems (which items the on-page panel lists)', () => {
  it('finds the items of an exact settings page, including query-string tabs', () => {
    expect(pageItems('https://www.facebook.com/settings/?tab=privacy')).toEqual({
      platform: 'facebook',
      items: ['facebook/audience', 'facebook/findability', 'facebook/search-engines', 'facebook/requests'],
      exact: true,
    });
    expect(pageItems('https://www.facebook.com/settings?tab=profile_and_tagging&ref=x')?.items).toEqual(['facebook/tagging']);
    expect(pageItems('https://x.com/settings/audience_and_tagging')?.items).toEqual(['x/audience', 'x/tagging']);
    expect(pageItems('https://twitter.com/settings/contacts/')?.items).toEqual(['x/findability']);
    expect(pageItems('https://www.threads.net/settings/privacy')?.platform).toBe('threads');
  });

  it('lists the whole platform on a settings page it has no items for', () => {
    const m = pageItems('https://x.com/settings/privacy_and_safety');
    expect(m?.exact).toBe(false);
    expect(m?.items).toHaveLength(PLATFORMS.find((p) => p.id === 'x')!.items.length);
    expect(pageItems('https://www.tiktok.com/setting')?.platform).toBe('tiktok');
  });

  it('shows nothing off the settings pages', () => {
    expect(pageItems('https://x.com/home')).toBeUndefined();
    expect(pageItems('https://www.tiktok.com/settings-are-elsewhere')).toBeUndefined();
    expect(pageItems('https://myaccount.google.com/payments')).toBeUndefined();
    expect(pageItems('http://x.com/settings/contacts')).toBeUndefined();
    expect(pageItems('not a url')).toBeUndefined();
  });

  it('derives content-script match patterns that cover every linked page', () => {
    const patterns = settingsMatchPatterns();
    for (const p of PLATFORMS) {
      for (const i of p.items) {
        if (!i.url) continue;
        const u = new URL(i.url);
        const ok = patterns.some((pat) => {
          const re = new RegExp(`^${pat.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`);
          return re.test(`${u.origin}${u.pathname}`);
        });
        expect(ok, i.url).toBe(true);
      }
    }
    expect(patterns).toContain('https://x.com/*');
    expect(patterns).toContain('https://accountscenter.facebook.com/*');
    expect(patterns.some((p) => p.startsWith('https://myaccount.google.com/*'))).toBe(false);
  });
});

describe('state', () => {
  it('keeps dates only and survives garbage', () => {
    expect(parseState(undefined)).toEqual({ v: 1, checked: {} });
    expect(parseState('x')).toEqual({ v: 1, checked: {} });
    const s = parseState({
      v: 1,
      startedAt: '2026-09-01T08:00:00.000Z',
      checked: { 'x/audience': '2026-09-02T10:00:00Z', 'x/tagging': 'soon', '../etc': '2026-09-02T10:00:00Z', 'x/apps': 7 },
      snoozedUntil: 'never',
      secret: 'dropped',
    });
    expect(s).toEqual({ v: 1, startedAt: '2026-09-01T08:00:00.000Z', checked: { 'x/audience': '2026-09-02T10:00:00.000Z' } });
  });

  it('marks, unmarks and starts the clock once', () => {
    const t = Date.UTC(2026, 10, 2, 9);
    let s = withChecked(emptyState(), ['x/audience', 'bad id'], t);
    expect(s.checked).toEqual({ 'x/audience': '2026-11-02T09:00:00.000Z' });
    s = withoutChecked(s, ['x/audience']);
    expect(s.checked).toEqual({});
    s = withStarted(s, t);
    expect(withStarted(s, t + 1000).startedAt).toBe('2026-11-02T09:00:00.000Z');
  });
});

describe('buildChecklist', () => {
  const pack = defaultPack;
  const started = Date.UTC(2026, 8, 1, 8);

  it('attaches the pack clause for each item’s theme', () => {
    const m = buildChecklist({ state: emptyState(started), settings: reminderSettings({}), pack, clock: { now: started, timeZone: LONDON } });
    const item = (id: string) => m.platforms.flatMap((p) => p.items).find((i) => i.id === id)!;
    expect(item('facebook/audience').clause.title).toBe('Privacy settings');
    expect(item('snapchat/location').clause.title).toBe('Where you are');
    expect(item('facebook/requests').clause.title).toBe('Contact with pupils and parents');
    expect(item('x/findability').clause.title).toBe('Your personal details');
    expect(m.policyName).toBe(pack.name);
  });

  it('cites the school’s own clause when a real pack is active, and the general clause where it has none', () => {
    const woodbridge = getPack('woodbridge-junior')!;
    const m = buildChecklist({ state: emptyState(started), settings: reminderSettings({ reminderPlatforms: ['facebook'] }), pack: woodbridge, clock: { now: started, timeZone: LONDON } });
    const audience = m.platforms[0]!.items.find((i) => i.check === 'audience')!;
    expect(audience.clause.policy).toBe(woodbridge.name);
    expect(audience.clause.id).toBe('5.iv');
    expect(audience.clause.quote.toLowerCase()).toContain('privacy');
    const ravenscote = getPack('ravenscote-junior')!;
    const r = buildChecklist({ state: emptyState(started), settings: reminderSettings({ reminderPlatforms: ['facebook'] }), pack: ravenscote, clock: { now: started, timeZone: LONDON } });
    expect(r.platforms[0]!.items.find((i) => i.check === 'audience')!.clause.fallback).toBe(true);
  });

  it('counts progress per platform and overall, and lists due items', () => {
    const settings = reminderSettings({ reminderIntervalDays: 30, reminderPlatforms: ['x', 'bluesky'] });
    const checkedAt = Date.UTC(2026, 8, 10, 12);
    let state = withChecked(emptyState(started), [itemId('x', 'audience'), itemId('x', 'tagging')], checkedAt);
    state = withChecked(state, [itemId('bluesky', 'apps')], Date.UTC(2026, 9, 20, 12));
    const m = buildChecklist({ state, settings, pack, clock: { now: Date.UTC(2026, 9, 25, 12), timeZone: LONDON } });
    expect(m.platforms.map((p) => p.id)).toEqual(['x', 'bluesky']);
    const x = m.platforms[0]!;
    const bsky = m.platforms[1]!;
    // x: two checked 45 days ago (due), the rest never checked and the clock started 54 days ago (due).
    expect(x.progress).toEqual({ total: x.items.length, ok: 0, due: x.items.length, unchecked: 0 });
    expect(bsky.progress).toEqual({ total: bsky.items.length, ok: 1, due: bsky.items.length - 1, unchecked: 0 });
    expect(m.overall.total).toBe(x.items.length + bsky.items.length);
    expect(dueItems(m)).toHaveLength(m.overall.due);
    expect(m.nextDueAt).toBe(Date.UTC(2026, 10, 19, 0));
  });

  it('shows a fresh install as not checked yet, with nothing due', () => {
    const m = buildChecklist({ state: emptyState(started), settings: reminderSettings({}), pack, clock: { now: started + 86_400_000, timeZone: LONDON } });
    expect(m.overall.due).toBe(0);
    expect(m.overall.unchecked).toBe(m.overall.total);
    expect(m.platforms).toHaveLength(PLATFORM_IDS.length);
  });
});
