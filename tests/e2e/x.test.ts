/**
 * PostPause on X, end to end: the built extension in headless Chromium, a Draft.js + React 18 composer
 * served at https://x.com/..., typing with the real keyboard. window.__sent records what the page's own
 * send handler received.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_ID, launchBrowser, type TestBrowser } from './harness.ts';
import { CLEAN, OVERLAY, RISKY } from './constants.ts';
import { sentOnceDecided } from './lexical-helpers.ts';
import { siteFixtures } from '../fixtures/sites/build.ts';


let browser: TestBrowser;

beforeAll(async () => {
  const { x } = await siteFixtures();
  browser = await launchBrowser({ sites: [x!] });
});

afterAll(async () => {
  await browser?.close();
});

async function compose(path = '/compose/post', origin = 'https://x.com'): Promise<Page> {
  const page = await browser.open(`${origin}${path}`);
  await page.waitForFunction(() => window.__fixtureReady === true);
  return page;
}

async function typeInto(page: Page, text: string, box = 0): Promise<void> {
  await page.getByTestId(`tweetTextarea_${box}`).click();
  await page.keyboard.type(text);
}

const sent = (page: Page) => page.evaluate(() => window.__sent);

/** Draft's own view of the text: each block's text, joined by newlines (what X would post). */
const composerText = (page: Page, box = 0) =>
  page.evaluate((i) => {
    const root = document.querySelector(`[data-testid="tweetTextarea_${i}"]`)!;
    return [...root.querySelectorAll('[data-block="true"]')].map((b) => b.textContent ?? '').join('\n');
  }, box);

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

const overlay = (page: Page) => page.getByRole('dialog', OVERLAY);

describe('PostPause on X (real Chromium, built extension)', () => {
  it('loads the built extension with its fixed ID and no network', async () => {
    expect(browser.extensionId).toBe(EXTENSION_ID);
    const page = await compose();
    expect(await page.getByTestId('tweetTextarea_0').getAttribute('contenteditable')).toBe('true');
    expect(browser.blocked).toEqual([]);
    await page.close();
  });

  it('a clean post sends at once on Post, with no overlay', async () => {
    const page = await compose();
    await typeInto(page, CLEAN);
    await page.getByTestId('tweetButton').click();
    expect(await sentOnceDecided(page)).toEqual([CLEAN]);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  it('a clean post sends at once on Ctrl+Enter, with no overlay', async () => {
    const page = await compose();
    await typeInto(page, CLEAN);
    await page.keyboard.press('Control+Enter');
    expect(await sentOnceDecided(page)).toEqual([CLEAN]);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  it('a risky post is held on Post: the overlay lists each finding with its clause, the page never sends', async () => {
    const page = await compose();
    await typeInto(page, RISKY);
    await page.getByTestId('tweetButton').click();
    const dialog = overlay(page);
    await dialog.waitFor({ state: 'visible' });
    expect(await sent(page)).toEqual([]);
    expect(await dialog.getAttribute('aria-modal')).toBe('true');

    const cards = dialog.locator('article');
    expect(await cards.count()).toBe(2);
    const text = await dialog.innerText();
    expect(text).toContain('jo.bloggs@example.com');
    expect(text).toContain('shit');
    // Clause "id — title" as a link into the extension's bundled guide, opened safely in a new tab.
    const link = dialog.getByRole('link', { name: /^G4 — / });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^chrome-extension://${EXTENSION_ID}/guide\\.html(#|$)`));
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');

    // The overlay lives in an open shadow root outside the page's DOM tree and the editor.
    const host = await page.evaluate(() => {
      const h = document.querySelector('postpause-overlay');
      return { parent: h?.parentElement?.tagName, open: !!h?.shadowRoot, inEditor: !!h?.closest('[contenteditable]') };
    });
    expect(host).toEqual({ parent: 'HTML', open: true, inEditor: false });
    // Safe choice first and focused.
    expect(await dialog.getByRole('button', { name: 'Edit post' }).evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.close();
  });

  it('a clause link opens the bundled guide in a new tab; the post stays held until a choice is made', async () => {
    const page = await compose();
    await typeInto(page, RISKY);
    await page.getByTestId('tweetButton').click();
    const link = overlay(page).getByRole('link', { name: /^G4 — / });
    const [guide] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await guide.waitForLoadState();
    expect(guide.url()).toMatch(new RegExp(`^chrome-extension://${EXTENSION_ID}/guide\\.html(#|$)`));
    expect(await guide.title()).toMatch(/guide/i);
    await guide.close();
    expect(await overlay(page).isVisible()).toBe(true);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('"Post anyway" sends the post exactly once, with the exact text', async () => {
    const page = await compose();
    await typeInto(page, RISKY);
    await page.getByTestId('tweetButton').click();
    await overlay(page).getByRole('button', { name: 'Post anyway' }).click();
    expect(await sent(page)).toEqual([RISKY]);
    await overlay(page).waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    expect(await sent(page)).toEqual([RISKY]);
    await page.close();
  });

  it('Ctrl+Enter with a risky post is held too, and "Post anyway" sends once', async () => {
    const page = await compose();
    await typeInto(page, RISKY);
    await page.keyboard.press('Control+Enter');
    await overlay(page).waitFor({ state: 'visible' });
    expect(await sent(page)).toEqual([]);
    // Draft never saw the key: no stray line break in the post.
    expect(await composerText(page)).toBe(RISKY);
    await overlay(page).getByRole('button', { name: 'Post anyway' }).click();
    expect(await sent(page)).toEqual([RISKY]);
    await page.waitForTimeout(300);
    expect(await sent(page)).toEqual([RISKY]);
    await page.close();
  });

  it('"Edit post" returns focus to the composer with the text untouched and nothing sent', async () => {
    const page = await compose();
    await typeInto(page, 'Line one with jo@example.com');
    await page.keyboard.press('Enter');
    await page.keyboard.type('  second line, two spaces in front ');
    const before = await composerText(page);
    await page.getByTestId('tweetButton').click();
    await overlay(page).getByRole('button', { name: 'Edit post' }).click();
    await overlay(page).waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('tweetTextarea_0');
    expect(await composerText(page)).toBe(before);
    expect(await sent(page)).toEqual([]);
    // Back on the first finding, selected (compose-ux.test.ts has the details): typing replaces it.
    await page.keyboard.type('more');
    expect(await composerText(page)).toBe(before.replace('jo@example.com', 'more'));
    await page.close();
  });

  it('Escape is "Edit post"; the overlay can be used from the keyboard alone, despite the page\'s focus trap', async () => {
    const page = await compose();
    await typeInto(page, RISKY);
    await page.keyboard.press('Control+Enter');
    const dialog = overlay(page);
    await dialog.waitFor({ state: 'visible' });
    // Tab stays inside the dialog: links and both buttons, then round again.
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      names.push(await page.evaluate(() => document.querySelector('postpause-overlay')?.shadowRoot?.activeElement?.textContent ?? 'outside'));
    }
    expect(names).not.toContain('outside');
    expect(names).toContain('Post anyway');
    expect(names).toContain('Edit post');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('tweetTextarea_0');
    expect(await composerText(page)).toBe(RISKY);
    expect(await sent(page)).toEqual([]);
    // X's compose dialog never heard the Escape (it would have closed) nor fought for focus.
    expect(await page.evaluate(() => [window.__closedByEscape, window.__focusPulledBack])).toEqual([0, 0]);
    // And the keyboard path all the way: send again, choose "Post anyway" with Tab + Enter.
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await sent(page)).toEqual([RISKY]);
    await page.close();
  });

  it('works on the home timeline composer (tweetButtonInline) and on twitter.com', async () => {
    const page = await compose('/home', 'https://twitter.com');
    await typeInto(page, RISKY);
    await page.getByTestId('tweetButtonInline').click();
    await overlay(page).waitFor({ state: 'visible' });
    expect(await sent(page)).toEqual([]);
    await overlay(page).getByRole('button', { name: 'Post anyway' }).click();
    expect(await sent(page)).toEqual([RISKY]);
    await page.close();
  });

  it('direct messages: Enter sends a clean message at once, a risky one is held; Shift+Enter is just a new line', async () => {
    const page = await compose('/messages');
    const box = page.getByTestId('dm-composer-textarea');
    await box.click();
    await page.keyboard.type('See you at ten');
    await page.keyboard.press('Enter');
    expect(await sentOnceDecided(page)).toEqual(['See you at ten']);

    await page.keyboard.type('My email is jo.bloggs@example.com');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('thanks');
    expect(await overlay(page).count()).toBe(0);
    await page.keyboard.press('Enter');
    await overlay(page).waitFor({ state: 'visible' });
    expect(await sent(page)).toEqual(['See you at ten']);
    await page.keyboard.press('Escape');
    await overlay(page).waitFor({ state: 'detached' });
    expect(await box.inputValue()).toBe('My email is jo.bloggs@example.com\nthanks');
    expect(await focusedTestId(page)).toBe('dm-composer-textarea');
    await page.keyboard.press('Enter');
    await overlay(page).getByRole('button', { name: 'Post anyway' }).click();
    expect(await sent(page)).toEqual(['See you at ten', 'My email is jo.bloggs@example.com\nthanks']);
    await page.close();
  });

  it('checks every post of a thread on "Post all"', async () => {
    const page = await compose();
    await typeInto(page, CLEAN);
    await page.getByTestId('addButton').click();
    await typeInto(page, 'What a shit day', 1);
    await page.getByTestId('tweetButton').click();
    const dialog = overlay(page);
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('article').count()).toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('works and is styled under a strict CSP with Trusted Types (no inline styles for the page)', async () => {
    const page = await compose('/compose/post?strict-csp');
    await typeInto(page, RISKY);
    await page.getByTestId('tweetButton').click();
    const dialog = overlay(page);
    await dialog.waitFor({ state: 'visible' });
    const look = await dialog.evaluate((el) => [getComputedStyle(el).borderTopLeftRadius, getComputedStyle(el.parentElement!).position]);
    expect(look).toEqual(['14px', 'fixed']);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    expect(await sent(page)).toEqual([RISKY]);
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  });

  // Last: it unloads the extension from this browser.
  it('fails open when the extension is reloaded under an open page ("Extension context invalidated")', async () => {
    const page = await compose();
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(m.text()));
    // Runs in the extension's service worker, where `chrome` exists.
    await browser.serviceWorker!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
    await page.waitForTimeout(1000);
    await typeInto(page, RISKY);
    await page.getByTestId('tweetButton').click();
    expect(await sent(page)).toEqual([RISKY]);
    expect(await overlay(page).count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
    expect(consoleLines.filter((l) => /PostPause|context invalidated/i.test(l))).toEqual([]);
    await page.close();
  });
});
