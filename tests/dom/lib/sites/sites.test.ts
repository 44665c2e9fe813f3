import { describe, expect, it } from 'vitest';
import { SITES, SITE_MATCHES, siteForUrl } from '../../../../lib/sites/index.ts';

describe('site adapters', () => {
  it('have unique ids and lower-case ids usable in the enabledSites setting', () => {
    const ids = SITES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it('every selector parses, and every surface can be sent and replayed', () => {
    for (const site of SITES) {
      for (const s of site.surfaces) {
        for (const sel of [...s.composers, ...s.submitControls, ...(s.suggestionLists ?? [])]) {
          expect(() => document.querySelector(sel), `${site.id}/${s.id}: ${sel}`).not.toThrow();
        }
        expect(s.composers.length).toBeGreaterThan(0);
        const byText = s.submitControlTexts?.length ?? 0;
        // A form's submit button (formSubmit) is a send path of its own: LinkedIn's TipTap comment form.
        const byForm = s.formSubmit ? 1 : 0;
        expect(s.submitControls.length + byText + byForm + s.submitKeys.length).toBeGreaterThan(0);
        if (s.replay === 'click') expect(s.submitControls.length + byText + byForm).toBeGreaterThan(0);
      }
    }
  });

  it('only match https pages with a /* path', () => {
    for (const m of SITE_MATCHES) expect(m).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  it.each([
    ['https://x.com/compose/post', 'x'],
    ['https://twitter.com/home', 'x'],
    ['https://mobile.x.com/home', 'x'],
    ['http://x.com/home', undefined],
    ['https://notx.com/', undefined],
    ['https://x.com.evil.example/', undefined],
    ['not a url', undefined],
  ])('siteForUrl(%s) is %s', (url, id) => {
    expect(siteForUrl(url)?.id).toBe(id);
  });

  it('X composer selectors match the Draft.js root and the mobile textarea, not the wrapping label', () => {
    const x = SITES.find((s) => s.id === 'x')!;
    const post = x.surfaces.find((s) => s.id === 'post')!;
    const sel = post.composers.join(', ');
    const label = document.createElement('label');
    label.dataset.testid = 'tweetTextarea_0_label';
    const root = document.createElement('div');
    root.dataset.testid = 'tweetTextarea_0';
    root.setAttribute('contenteditable', 'true');
    const ta = document.createElement('textarea');
    ta.dataset.testid = 'tweetTextarea_1';
    label.append(root, ta);
    expect([label, root, ta].map((el) => el.matches(sel))).toEqual([false, true, true]);
  });
});
