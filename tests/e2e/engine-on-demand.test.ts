/**
 * The lean content script, end to end on X: only the send guard and a loader run at page load, and the
 * engine is imported when someone starts writing. A send that comes before the engine is ready must be
 * held, then decided exactly once: sent when clean, paused with the overlay when not, and let through
 * unchecked only when the engine itself cannot load.
 *
 * The engine file's response is held back by the test (released when the test says so), so "before the
 * engine is ready" is certain, however fast or slow the machine is: no timing assertions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { siteFixtures } from '../fixtures/sites/build.ts';
import { CLEAN, OVERLAY, RISKY } from './constants.ts';

let browser: TestBrowser;
/** Requests for the engine file waiting for the test to release (or fail) them. */
let held: Route[] = [];
let engineRequests = 0;
let failEngine = false;
/** The lexicons file, imported beside the engine file (not held back; failed when the test says so). */
let lexiconRequests = 0;
let failLexicons = false;

beforeAll(async () => {
  const { x } = await siteFixtures();
  browser = await launchBrowser({ sites: [x!] });
  // Before the harness's catch-all, so this handler sees the engine file first.
  await browser.context.route(
    (url) => url.pathname === '/compose-engine.js' && url.protocol === 'chrome-extension:',
    async (route) => {
      engineRequests++;
      if (failEngine) return route.abort('failed');
      held.push(route);
    },
  );
  await browser.context.route(
    (url) => url.pathname === '/compose-lexicons.js' && url.protocol === 'chrome-extension:',
    async (route) => {
      lexiconRequests++;
      if (failLexicons) return route.abort('failed');
      return route.continue();
    },
  );
});

afterAll(async () => {
  await browser?.close();
});

async function releaseEngine(): Promise<void> {
  const routes = held;
  held = [];
  for (const r of routes) await r.continue();
}

const sent = (page: Page) => page.evaluate(() => window.__sent);
const overlay = (page: Page) => page.getByRole('dialog', OVERLAY);

/** Open X's composer, paste the text and send it at once (the engine is not loaded yet). */
async function sendAtOnce(text: string, how: 'click' | 'key'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto('https://x.com/compose/post', { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.__fixtureReady === true);
  await page.getByTestId('tweetTextarea_0').focus();
  await page.keyboard.insertText(text);
  if (how === 'click') await page.getByTestId('tweetButton').click();
  else await page.keyboard.press('Control+Enter');
  return page;
}

/** The engine was asked for and is being held back: the send cannot have been analysed yet. */
async function engineWaiting(): Promise<void> {
  await expect.poll(() => held.length, { timeout: 10_000 }).toBeGreaterThan(0);
}

describe('a send before the engine is ready', () => {
  for (const how of ['click', 'key'] as const) {
    it(`risky (${how}): held, then the overlay; nothing reaches the page until "Post anyway", then exactly once`, async () => {
      const page = await sendAtOnce(RISKY, how);
      await engineWaiting();
      // Held: the page's own send handler has not run.
      expect(await sent(page)).toEqual([]);
      expect(await overlay(page).count()).toBe(0);
      await releaseEngine();
      await overlay(page).waitFor({ state: 'visible', timeout: 15_000 });
      expect(await sent(page)).toEqual([]);
      await overlay(page).getByRole('button', { name: 'Post anyway' }).click();
      await page.waitForFunction(() => window.__sent.length > 0);
      expect(await sent(page)).toEqual([RISKY]);
      await page.close();
    });

    it(`clean (${how}): held, then sent exactly once, with no overlay`, async () => {
      const page = await sendAtOnce(CLEAN, how);
      await engineWaiting();
      expect(await sent(page)).toEqual([]);
      await releaseEngine();
      await page.waitForFunction(() => window.__sent.length > 0, null, { timeout: 15_000 });
      // Once the engine is in, a second send never comes: the analysis of later sends is synchronous.
      await page.getByTestId('tweetTextarea_0').focus();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
      expect(await sent(page)).toEqual([CLEAN]);
      expect(await overlay(page).count()).toBe(0);
      await page.close();
    });
  }

  it('pressing Post again while held still sends once', async () => {
    const page = await sendAtOnce(CLEAN, 'click');
    await engineWaiting();
    await page.getByTestId('tweetButton').click();
    await page.keyboard.press('Control+Enter');
    expect(await sent(page)).toEqual([]);
    await releaseEngine();
    await page.waitForFunction(() => window.__sent.length > 0, null, { timeout: 15_000 });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    expect(await sent(page)).toEqual([CLEAN]);
    await page.close();
  });

  it('fails open only when the engine cannot load: the held send goes through once', async () => {
    failEngine = true;
    try {
      const page = await sendAtOnce(RISKY, 'click');
      await page.waitForFunction(() => window.__sent.length > 0, null, { timeout: 15_000 });
      expect(await sent(page)).toEqual([RISKY]);
      expect(await overlay(page).count()).toBe(0);
      await page.close();
    } finally {
      failEngine = false;
    }
  });

  it('fails open when the lexicons file cannot load (the engine does not run without it): the held send goes through once', async () => {
    failLexicons = true;
    try {
      const page = await sendAtOnce(RISKY, 'click');
      await engineWaiting();
      await releaseEngine();
      await page.waitForFunction(() => window.__sent.length > 0, null, { timeout: 15_000 });
      await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      expect(await sent(page)).toEqual([RISKY]);
      expect(await overlay(page).count()).toBe(0);
      await page.close();
    } finally {
      failLexicons = false;
    }
  });
});

describe('a page that is only read', () => {
  it('never loads the engine; the first focus in a composer does', async () => {
    const before = engineRequests;
    const lexiconsBefore = lexiconRequests;
    const page = await browser.context.newPage();
    await page.goto('https://x.com/compose/post');
    await page.waitForFunction(() => window.__fixtureReady === true);
    await page.mouse.wheel(0, 400);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    expect(engineRequests).toBe(before);
    expect(lexiconRequests).toBe(lexiconsBefore);
    await page.getByTestId('tweetTextarea_0').focus();
    await expect.poll(() => engineRequests, { timeout: 10_000 }).toBe(before + 1);
    // The lexicons come with the engine, in parallel: asked for at the same first touch.
    await expect.poll(() => lexiconRequests, { timeout: 10_000 }).toBe(lexiconsBefore + 1);
    await releaseEngine();
    // Ready: typing now gets the live analysis (the status badge).
    await page.keyboard.insertText(RISKY);
    await page.locator('postpause-marks').waitFor({ state: 'attached', timeout: 15_000 });
    await page.close();
  });
});
