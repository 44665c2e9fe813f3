/**
 * The compose experience beyond X: the Facebook feed composer (Lexical) and the LinkedIn share box
 * (Quill 1, Trusted Types enforced), built from the real editors. Highlights on the right characters in
 * the page's CSS.highlights, the badge beside the box, the quick fix through each editor's own input path
 * (Lexical: beforeinput insertReplacementText; Quill: execCommand insertText) checked against the
 * editor's own model (window.__text), and the README screenshots for both sites. Reddit covers
 * composers behind shadow roots: Lexical slotted into <shreddit-composer>, and the Markdown textarea two
 * shadow roots deep.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { OVERLAY, RISKY_PUPIL as RISKY, SCREENSHOTS } from './constants.ts';
import { buildFacebookFixture } from '../fixtures/sites/facebook.ts';
import { buildLinkedInFixture } from '../fixtures/sites/linkedin.ts';
import { buildRedditFixture } from '../fixtures/sites/reddit.ts';

const FIXED = RISKY.replace('Sam Jones', 'a pupil');

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ sites: [await buildFacebookFixture(), await buildLinkedInFixture(), await buildRedditFixture()] });
});

afterAll(async () => {
  await browser?.close();
});

interface SiteCase {
  site: string;
  url: string;
  open(page: Page): Promise<void>;
  composer: string;
  textKey: string;
  /** The area to photograph for the badge screenshot. */
  frame: string;
  post: string;
}

const CASES: SiteCase[] = [
  {
    site: 'facebook',
    url: 'https://www.facebook.com/',
    open: (p) => p.getByRole('button', { name: "What's on your mind, Jo?" }).click(),
    composer: '[role="dialog"] [data-lexical-editor="true"]',
    textKey: 'post',
    frame: '[role="dialog"]',
    post: 'div[role="button"][aria-label="Post"]',
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    open: (p) => p.getByRole('button', { name: 'Start a post' }).click(),
    composer: '.share-creation-state .ql-editor',
    textKey: 'share',
    frame: '.share-creation-state',
    post: 'button.share-actions__primary-action',
  },
];

const pageHighlights = (page: Page) =>
  page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...reg].filter(([name]) => name.startsWith('postpause-')).flatMap(([, set]) => [...set].map((r) => r.toString()).filter(Boolean));
  });

const badgeState = (page: Page) =>
  page.evaluate(() => {
    const b = document.querySelector('postpause-marks')?.shadowRoot?.querySelector<HTMLElement>('.pp-badge');
    const r = b?.getBoundingClientRect();
    return b ? { shown: b.dataset.shown === 'true', count: Number(b.dataset.count), rect: r && { left: r.left, top: r.top, right: r.right, bottom: r.bottom } } : null;
  });

describe('compose experience on Facebook and LinkedIn (real editors, built extension)', () => {
  for (const c of CASES) {
    it(`${c.site}: highlights, badge beside the box, quick fix through the editor, screenshots`, async () => {
      const page = await browser.open(c.url);
      await page.waitForFunction(() => window.__fixtureReady === true);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await c.open(page);
      const box = page.locator(c.composer).first();
      await box.click();
      await page.keyboard.type(RISKY);
      // Wait for the analysis of the whole text: a pause in typing mid-address ("jo.bloggs@example.co") already
      // gives two findings, so the count alone can match a half-typed post.
      await expect.poll(async () => (await pageHighlights(page)).sort(), { timeout: 15_000 }).toEqual(['Sam Jones', 'jo.bloggs@example.com'].sort());
      await page.waitForFunction(() => {
        const b = document.querySelector('postpause-marks')?.shadowRoot?.querySelector<HTMLElement>('.pp-badge');
        return b?.dataset.shown === 'true' && b.dataset.count === '2';
      });
      const badge = (await badgeState(page))!;
      const boxRect = await box.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
      const overlapsBox = badge.rect!.left < boxRect.right && boxRect.left < badge.rect!.right && badge.rect!.top < boxRect.bottom && boxRect.top < badge.rect!.bottom;
      expect(overlapsBox).toBe(false);
      mkdirSync(SCREENSHOTS, { recursive: true });
      // The frame plus a margin: the badge sits just outside the box, which may be the frame's edge.
      const f = (await page.locator(c.frame).first().boundingBox())!;
      const top = Math.max(0, Math.min(f.y, badge.rect!.top) - 12);
      const bottom = Math.max(f.y + f.height, badge.rect!.bottom) + 12;
      await page.screenshot({ path: resolve(SCREENSHOTS, `badge-${c.site}.png`), clip: { x: Math.max(0, f.x - 12), y: top, width: f.width + 24, height: bottom - top } });

      await page.locator(c.post).first().click();
      const dialog = page.getByRole('dialog', OVERLAY);
      await dialog.waitFor({ state: 'visible' });
      await page.screenshot({ path: resolve(SCREENSHOTS, `overlay-${c.site}.png`) });
      await dialog.getByRole('button', { name: 'Replace with “a pupil”' }).click();
      await dialog.getByText('Replaced with “a pupil”.').waitFor();
      // The editor's own model has the change (not just its DOM), and nothing was sent.
      expect(await page.evaluate((k) => window.__text(k), c.textKey)).toBe(FIXED);
      expect(await page.evaluate(() => window.__sent)).toEqual([]);
      await dialog.getByRole('button', { name: 'Edit post' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => getSelection()!.toString())).toBe('jo.bloggs@example.com');
      expect(await page.evaluate((k) => window.__text(k), c.textKey)).toBe(FIXED);
      expect(browser.pageErrors).toEqual([]);
      await page.close();
    });
  }
});

describe('compose experience behind shadow roots (Reddit)', () => {
  it('highlights the slotted Lexical editor and mirrors the Markdown textarea two shadow roots deep', async () => {
    const page = await browser.open('https://www.reddit.com/r/Teachers/comments/abc123/sports_day_ideas/');
    await page.waitForFunction(() => window.__fixtureReady === true);
    await page.getByTestId('trigger-button').click();
    await page.locator('shreddit-composer > div[role="textbox"]').click();
    await page.keyboard.type(RISKY);
    await expect.poll(async () => (await pageHighlights(page)).sort(), { timeout: 15_000 }).toEqual(['Sam Jones', 'jo.bloggs@example.com'].sort());

    await page.getByRole('button', { name: 'Switch to Markdown' }).click();
    const markdown = page.locator('faceplate-textarea-input textarea');
    await markdown.click();
    await markdown.fill('');
    await page.keyboard.type('Call me on 07700 900123 tonight');
    await page.waitForFunction(() =>
      [...(document.querySelector('postpause-marks')?.shadowRoot?.querySelectorAll<HTMLElement>('.pp-badge') ?? [])].some((b) => b.dataset.shown === 'true' && b.dataset.highlights?.includes('07700 900123')),
    );
    const field = (await markdown.boundingBox())!;
    const geometry = await page.evaluate(() => {
      const mirrors = [...document.querySelector('postpause-marks')!.shadowRoot!.querySelectorAll<HTMLElement>('.pp-mirror')].filter((m) => m.style.display !== 'none');
      const m = mirrors[0]!.getBoundingClientRect();
      return { mirror: [m.left, m.top, m.width, m.height].map(Math.round), marks: mirrors[0]!.querySelectorAll('mark').length };
    });
    expect(geometry.mirror).toEqual([field.x, field.y, field.width, field.height].map(Math.round));
    expect(geometry.marks).toBe(1);
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  });
});
