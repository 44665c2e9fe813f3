/**
 * The site health record in real Chromium: on a site whose send button PostPause does not know (a site that
 * changed), a send that goes out unchecked is counted, a recognised send is counted too, and the options
 * page says so in plain words. Nothing of the posts is stored. (The IT lead's fix for the same site, through
 * managed policy, is in managed-policy.test.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedSiteFixture } from '../fixtures/sites/changed-site.ts';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { CLEAN, OVERLAY, RISKY } from './constants.ts';
import { sentOnceDecided } from './lexical-helpers.ts';
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ sites: [changedSiteFixture()] });
});
afterAll(async () => {
  await browser?.close();
});

/** The stored record, read from the extension's own IndexedDB. */
async function storedRecord(options: Page): Promise<string> {
  return options.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('postpause-site-health');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('kv').objectStore('kv').get('site-health');
          get.onsuccess = () => resolve(JSON.stringify(get.result));
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

describe('site health record (real Chromium)', () => {
  it('counts a send PostPause did not recognise and one it did, and shows them on the options page', async () => {
    const page = await browser.open('https://nextdoor.co.uk/news_feed/');
    await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true);

    // The icon-only send button is unknown: even a risky post goes straight out, unchecked.
    await page.locator('textarea.nd-box').click();
    await page.keyboard.type(RISKY);
    await page.locator('[data-fixture-send]').click();
    expect(await sent(page)).toEqual([RISKY]);
    expect(await page.getByRole('dialog', OVERLAY).count()).toBe(0);

    // A rich box with no role, sent with Ctrl+Enter, is unknown too (the school's fix in managed-policy.test.ts).
    const note = 'Call me on 07700 900123 tonight';
    await page.locator('div.nd-note').click();
    await page.keyboard.type(note);
    await page.keyboard.press('Control+Enter');
    expect(await sent(page)).toEqual([RISKY, note]);
    expect(await page.getByRole('dialog', OVERLAY).count()).toBe(0);

    // The reply box's "Post" is recognised (generic fallback): a clean post passes at once.
    await page.locator('textarea.nd-reply').click();
    await page.keyboard.type(CLEAN);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    expect(await sentOnceDecided(page, 3)).toEqual([RISKY, note, CLEAN]);

    const options = await browser.openExtensionPage('options.html');
    const health = options.getByTestId('site-health');
    await expect
      .poll(
        async () => {
          await options.reload();
          return (await health.locator('li[data-site="nextdoor"]').allInnerTexts()).join('\n');
        },
        { timeout: 20_000, interval: 500 },
      )
      .toContain('Nextdoor: last checked post today; 1 send not recognised this week');
    expect(await health.locator('li[data-site="nextdoor"]').getAttribute('data-status')).toBe('check');
    expect(await health.innerText()).toContain('Worth reporting');
    // Readable on a phone-sized window (WCAG 1.4.10): the section never scrolls sideways at 320 px.
    await options.setViewportSize({ width: 320, height: 700 });
    expect(await health.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await health.evaluate((el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth)).toBe(true);
    await options.setViewportSize({ width: 1000, height: 800 });

    // Counts and day numbers only: nothing of either post, no address.
    const stored = await storedRecord(options);
    expect(JSON.parse(stored)).toEqual({
      nextdoor: {
        lastSeen: expect.any(Number) as number,
        lastRecognised: expect.any(Number) as number,
        lastUnrecognised: expect.any(Number) as number,
        weeks: [{ week: expect.any(Number) as number, seen: 1, recognised: 1, unrecognised: 1 }],
      },
    });
    for (const s of ['bloggs', 'example', 'sunny', '07700', 'nextdoor.co.uk']) expect(stored).not.toContain(s);

    // "Start counting again" empties it.
    await health.getByRole('button', { name: 'Start counting again' }).click();
    await expect.poll(() => health.innerText()).toContain('Counts cleared.');
    await options.reload();
    expect(await options.getByTestId('site-health').innerText()).toContain('Nothing yet');
    await page.close();
    await options.close();
  });

  it('does not count the member of staff clearing the box, or leaving the page with text in it', async () => {
    const page = await browser.open('https://nextdoor.co.uk/news_feed/');
    await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true);
    const box = page.locator('textarea.nd-box');
    await box.click();
    await page.keyboard.type('Draft I changed my mind about');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    // A click on the unknown send button with the box empty: the site sends nothing.
    await page.locator('[data-fixture-send]').click();
    await box.click();
    await page.keyboard.type('Another draft');
    await page.goto('https://nextdoor.co.uk/elsewhere');
    expect(await sent(page)).toEqual([]);

    const options = await browser.openExtensionPage('options.html');
    // The box was seen; wait for that, then make sure no miss arrived after it.
    await expect
      .poll(
        async () => {
          await options.reload();
          return storedRecord(options);
        },
        { timeout: 20_000, interval: 500 },
      )
      .toContain('"seen":');
    await options.waitForTimeout(6000);
    const record = JSON.parse(await storedRecord(options)) as { nextdoor: { weeks: { unrecognised: number }[] } };
    expect(record.nextdoor.weeks[0]!.unrecognised).toBe(0);
    await page.close();
    await options.close();
  });
});
