/**
 * The gentle notes, end to end on the X and Facebook fixtures: school hours (with "Not today" kept for
 * the local day), a photo attached, and a public audience. None of them ever holds a clean post.
 *
 * Time: the note is decided in the content script's isolated world, which a page init script (a
 * shifted Date in the main world) cannot reach, and Playwright's context clock is flaky here; so the
 * tests move the school day around the real clock instead, through the staff member's own settings.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { CLEAN, OVERLAY } from './constants.ts';
import { sentOnceDecided } from './lexical-helpers.ts';
import { siteFixtures } from '../fixtures/sites/build.ts';

const RISKY = 'Email me at jo.bloggs@example.com about this';
/** A 1×1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const ALL_DAY = { schoolHoursStart: '00:00', schoolHoursEnd: '23:59', schoolDays: [1, 2, 3, 4, 5, 6, 7] };
// Every day but today, as the browser sees today (its time zone can differ from this process's): certainly
// outside school hours whenever the suite runs. (An empty list is not a valid setting and would fall back
// to Monday-Friday.) Set in beforeAll once the browser is up.
let NO_SCHOOL_DAYS: { schoolHoursStart: string; schoolHoursEnd: string; schoolDays: number[] };

let browser: TestBrowser;

beforeAll(async () => {
  const { x, facebook } = await siteFixtures();
  browser = await launchBrowser({ sites: [x!, facebook!] });
  // Read the weekday the way PostPause does (Intl, the browser's zone), not with Date#getDay.
  const weekday = await browser.serviceWorker!.evaluate(() => new Intl.DateTimeFormat('en-GB', { weekday: 'short' }).format(new Date()));
  const todayIso = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekday) + 1;
  NO_SCHOOL_DAYS = { schoolHoursStart: '00:00', schoolHoursEnd: '23:59', schoolDays: [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== todayIso) };
});

afterAll(async () => {
  await browser?.close();
});

async function settings(values: Record<string, unknown>): Promise<void> {
  await browser.serviceWorker!.evaluate(async (v) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void>; remove(k: string): Promise<void> } } } }).chrome;
    await c.storage.local.remove('postpause.nudges.hoursDismissedOn');
    await c.storage.local.set({ 'postpause.settings': v });
  }, values);
}

beforeEach(async () => {
  await settings(NO_SCHOOL_DAYS);
});

async function openX(): Promise<Page> {
  const page = await browser.open('https://x.com/compose/post');
  await page.waitForFunction(() => window.__fixtureReady === true);
  return page;
}

const note = (page: Page, kind: string) => page.locator(`postpause-notes .pp-note[data-kind="${kind}"]`);
const overlay = (page: Page) => page.getByRole('dialog', OVERLAY);
const sent = (page: Page) => page.evaluate(() => window.__sent);

describe('gentle notes (real Chromium, built extension)', () => {
  it('school hours: a note citing the clause appears on focus inside hours, not outside', async () => {
    await settings(ALL_DAY);
    const page = await openX();
    await page.getByTestId('tweetTextarea_0').click();
    await note(page, 'working-hours').waitFor({ state: 'visible' });
    expect(await note(page, 'working-hours').innerText()).toContain('School hours: posting now may go against clause G10.');
    // Beside the composer, outside the editor and the page's body.
    expect(await page.evaluate(() => document.querySelector('postpause-notes')?.parentElement?.tagName)).toBe('HTML');
    expect(await page.evaluate(() => document.querySelector('[data-testid="tweetTextarea_0"]')!.closest('postpause-notes'))).toBeNull();
    await page.close();

    await settings(NO_SCHOOL_DAYS);
    const outside = await openX();
    await outside.getByTestId('tweetTextarea_0').click();
    await outside.keyboard.type('a');
    await outside.waitForTimeout(500);
    expect(await note(outside, 'working-hours').count()).toBe(0);
    await outside.close();
  });

  it('"Not today" hides the school-hours note, and it stays hidden after a reload', async () => {
    await settings(ALL_DAY);
    const page = await openX();
    await page.getByTestId('tweetTextarea_0').click();
    await note(page, 'working-hours').getByRole('button', { name: 'Not today' }).click();
    await note(page, 'working-hours').waitFor({ state: 'detached' });
    // Only the local date is kept.
    const stored = await browser.serviceWorker!.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('postpause.nudges.hoursDismissedOn'),
    );
    expect(stored['postpause.nudges.hoursDismissedOn']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.reload();
    await page.waitForFunction(() => window.__fixtureReady === true);
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type('a');
    await page.waitForTimeout(500);
    expect(await note(page, 'working-hours').count()).toBe(0);
    await page.close();
  });

  it('attaching an image shows the consent note citing the pupil-images clause; it joins the overlay of a held post', async () => {
    const page = await openX();
    await page.getByTestId('tweetTextarea_0').click();
    expect(await note(page, 'media').count()).toBe(0);
    await page.getByTestId('fileInput').setInputFiles({ name: 'sports-day.png', mimeType: 'image/png', buffer: PNG });
    await note(page, 'media').waitFor({ state: 'visible' });
    const text = await note(page, 'media').innerText();
    expect(text).toContain('consent');
    expect(text).toContain('G2');
    await page.keyboard.type(RISKY);
    await page.getByTestId('tweetButton').click();
    const dialog = overlay(page);
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('[data-note="media"]').innerText()).toContain('consent');
    // The note is an extra, not a finding.
    expect(await dialog.locator('article').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    expect(await sent(page)).toEqual([RISKY]);
    await page.close();
  });

  it('a clean post with an image attached, in school hours, still sends at once with no overlay', async () => {
    await settings(ALL_DAY);
    const page = await openX();
    await page.getByTestId('tweetTextarea_0').click();
    await page.getByTestId('fileInput').setInputFiles({ name: 'walk.png', mimeType: 'image/png', buffer: PNG });
    await note(page, 'media').waitFor({ state: 'visible' });
    await page.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type(CLEAN);
    await note(page, 'working-hours').waitFor({ state: 'visible' });
    await page.getByTestId('tweetButton').click();
    expect(await sentOnceDecided(page)).toEqual([CLEAN]);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  it('Facebook: the audience button showing Public brings the "This post is public" note; Friends does not', async () => {
    const page = await browser.open('https://www.facebook.com/');
    await page.waitForFunction(() => window.__fixtureReady === true);
    await page.getByRole('button', { name: "What's on your mind, Jo?" }).click();
    await note(page, 'audience').waitFor({ state: 'visible' });
    const text = await note(page, 'audience').innerText();
    expect(text).toContain('This post is public');
    expect(text).toContain('G11');
    // A clean post is not held for it.
    await page.locator('[role="dialog"] [role="textbox"]').click();
    await page.keyboard.type(CLEAN);
    await page.locator('div[role="button"][aria-label="Post"]').click();
    expect(await sentOnceDecided(page)).toEqual([CLEAN]);
    expect(await overlay(page).count()).toBe(0);
    await page.close();

    const friends = await browser.open('https://www.facebook.com/?audience=friends');
    await friends.waitForFunction(() => window.__fixtureReady === true);
    await friends.getByRole('button', { name: "What's on your mind, Jo?" }).click();
    await friends.locator('[role="dialog"] [role="textbox"]').click();
    await friends.waitForTimeout(500);
    expect(await note(friends, 'audience').count()).toBe(0);
    await friends.close();
  });
});
