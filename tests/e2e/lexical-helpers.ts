/**
 * Shared steps for the browser tests of the Lexical sites (sites-meta, sites-reddit): typing, the
 * fixtures' records of sends, an IME composition through the DevTools protocol, the overlay.
 */
import type { Locator, Page } from 'playwright-core';
import type { TestBrowser } from './harness.ts';

import { OVERLAY } from './constants.ts';

export { CLEAN, OVERLAY, RISKY } from './constants.ts';

export async function openFixture(browser: TestBrowser, url: string): Promise<Page> {
  const page = await browser.open(url);
  await page.waitForFunction(() => window.__fixtureReady === true);
  return page;
}

export const overlay = (page: Page): Locator => page.getByRole('dialog', OVERLAY);
export const sent = (page: Page): Promise<string[]> => page.evaluate(() => window.__sent);
/**
 * What the page has sent once `count` sends arrived. A send that comes before the engine is loaded (it
 * loads when a composer is first touched) is held until the engine decides it, so a clean post may reach
 * the page a moment after the click; the held-send tests (engine-on-demand.test.ts) check it is only once.
 */
export async function sentOnceDecided(page: Page, count = 1): Promise<string[]> {
  await page.waitForFunction((n) => window.__sent.length >= n, count, { timeout: 15_000 });
  return sent(page);
}
/** The composer's text as its own editor reports it (Lexical's state, a textarea's value). */
export const editorText = (page: Page, name: string): Promise<string> => page.evaluate((n) => window.__text(n), name);
/** The composer's DOM, to show the overlay left the editor byte-for-byte as it was. */
export const markup = (box: Locator): Promise<string> => box.evaluate((el) => (el.tagName === 'TEXTAREA' ? (el as HTMLTextAreaElement).value : el.innerHTML));

/** The element that has focus, through shadow roots. */
export const focused = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? (el.getAttribute('aria-label') ?? el.tagName) : null;
  });

/** Held, and not sent: the overlay is up and the page's own send never ran. */
export async function expectHeld(page: Page, before: string[] = []): Promise<void> {
  await overlay(page).waitFor({ state: 'visible' });
  if (JSON.stringify(await sent(page)) !== JSON.stringify(before)) throw new Error(`the page sent while held: ${JSON.stringify(await sent(page))}`);
}

/** "Post anyway", then wait long enough that a second (duplicate) send would have shown up. */
export async function postAnyway(page: Page): Promise<void> {
  await overlay(page).getByRole('button', { name: 'Post anyway' }).click();
  await overlay(page).waitFor({ state: 'detached' });
  await page.waitForTimeout(250);
}

export async function editPost(page: Page): Promise<void> {
  await overlay(page).getByRole('button', { name: 'Edit post' }).click();
  await overlay(page).waitFor({ state: 'detached' });
}

/**
 * Enter pressed while an IME is composing (Japanese "nihon"), as Chromium delivers it: keydown with
 * isComposing true and keyCode 229; then the composition is committed. Returns what the page saw.
 */
export async function imeEnter(page: Page): Promise<{ key: string; isComposing: boolean; keyCode: number }[]> {
  await page.evaluate(() => {
    const w = window as Window & { __imeKeys?: unknown[] };
    w.__imeKeys = [];
    window.addEventListener('keydown', (e) => w.__imeKeys!.push({ key: e.key, isComposing: e.isComposing, keyCode: e.keyCode }), { capture: true, once: true });
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: 'にほん' });
  } finally {
    await cdp.detach();
  }
  return page.evaluate(() => (window as Window & { __imeKeys?: { key: string; isComposing: boolean; keyCode: number }[] }).__imeKeys ?? []);
}
