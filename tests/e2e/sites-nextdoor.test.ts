/**
 * PostPause on Nextdoor through the generic fallback (lib/sites/generic.ts), end to end: the built
 * extension in headless Chromium against boxes with nothing stable to select, served at
 * https://nextdoor.com and https://nextdoor.co.uk (tests/fixtures/sites/nextdoor/). One browser for the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { buildNextdoorFixture } from '../fixtures/sites/nextdoor.ts';
import { clickPath, keyPath, openSurface, overlay, RISKY, surfaceMatrix } from './site-matrix.ts';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ sites: [await buildNextdoorFixture()] });
});

afterAll(async () => {
  await browser?.close();
});

const post = {
  name: 'post (generic contenteditable, "Post" button found by its text)',
  url: 'https://nextdoor.com/news_feed/',
  textKey: 'post',
  composer: '[role="textbox"][contenteditable="true"]',
  sendPaths: [clickPath('Post button', 'button:has-text("Post")')],
  newlineKeys: ['Enter', 'Shift+Enter'] as ('Enter' | 'Shift+Enter')[],
};

describe('PostPause on Nextdoor, generic fallback (real Chromium, built extension)', () => {
  surfaceMatrix(() => browser, post);

  surfaceMatrix(() => browser, {
    name: 'reply (generic textarea in a form)',
    url: 'https://nextdoor.co.uk/p/abc123',
    textKey: 'reply',
    composer: 'textarea[aria-label="Add a reply"]',
    sendPaths: [clickPath('Reply submit button', 'button:has-text("Reply")'), { ...keyPath('Control+Enter'), name: 'Ctrl+Enter (page calls form.requestSubmit())' }],
    newlineKeys: ['Enter', 'Shift+Enter'],
  });

  it('a "Share" button far from the box is not taken for a send of what is typed', async () => {
    const page = await openSurface(browser, post);
    await page.keyboard.type(RISKY);
    await page.getByRole('button', { name: 'Share' }).click();
    expect(await page.evaluate(() => window.__shared)).toBe(1);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });
});
