/**
 * The "Try PostPause" page in real Chromium with the built extension: a practice compose box guarded by
 * the real compose code (badge, highlights in the page's CSS.highlights, the overlay on Post and on
 * Ctrl+Enter, quick fix, "Post anyway" once), nothing typed stored anywhere, practice pauses not counted.
 * Screenshots for the README. The managed roster being caught here is in managed-policy.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { CLEAN, OVERLAY, RISKY_PUPIL as RISKY, SCREENSHOTS } from './constants.ts';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openTry(): Promise<Page> {
  const page = await browser.openExtensionPage('try.html');
  await page.getByTestId('try-setup').waitFor();
  return page;
}

const badge = (page: Page) =>
  page.evaluate(() => {
    const b = document.querySelector('postpause-marks')?.shadowRoot?.querySelector<HTMLElement>('.pp-badge');
    return b ? { shown: b.dataset.shown === 'true', count: Number(b.dataset.count), text: b.textContent ?? '' } : null;
  });

const highlighted = (page: Page) =>
  page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...reg].filter(([name]) => name.startsWith('postpause-')).flatMap(([, set]) => [...set].map((r) => r.toString()).filter(Boolean)).sort();
  });

/** Everything PostPause keeps: extension storage and every IndexedDB database of the extension's origin. */
const everythingStored = (page: Page) =>
  page.evaluate(async () => {
    const g = globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> }; sync: { get(k: null): Promise<unknown> } } } };
    const parts: unknown[] = [await g.chrome.storage.local.get(null), await g.chrome.storage.sync.get(null)];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      for (const name of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((ok, fail) => {
          const r = db.transaction(name).objectStore(name).getAll();
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
        parts.push({ db: info.name, store: name, all });
      }
      db.close();
    }
    return JSON.stringify(parts);
  });

describe('Try PostPause page (real Chromium, built extension)', () => {
  it('a clean post goes straight through; a risky one gets the badge, highlights and the overlay; "Post anyway" posts once; nothing is stored or counted', async () => {
    const page = await openTry();
    expect(await page.getByTestId('try-managed').innerText()).toBe('You (no school settings found)');
    expect(await page.getByTestId('try-pack').innerText()).toBe('PostPause good-practice guide');
    const box = page.getByTestId('try-composer');
    const posted = page.getByTestId('try-posted');

    await box.click();
    await page.keyboard.type(CLEAN);
    await expect.poll(() => badge(page), { timeout: 10_000 }).toMatchObject({ shown: true, count: 0 });
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => posted.innerText()).toContain('would have been posted now');
    expect(await box.innerText()).toBe('');
    expect(await page.getByRole('dialog', OVERLAY).count()).toBe(0);

    await box.click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => badge(page), { timeout: 10_000 }).toMatchObject({ shown: true, count: 2 });
    expect(await highlighted(page)).toEqual(['Sam Jones', 'jo.bloggs@example.com']);
    await page.setViewportSize({ width: 900, height: 640 });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'try-page.png') });

    await page.getByRole('button', { name: 'Post', exact: true }).click();
    const dialog = page.getByRole('dialog', OVERLAY);
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.innerText()).toContain('Sam Jones');
    expect(await posted.innerText()).toBe('');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'try-overlay.png') });
    // "Edit post": back in the box, text untouched; Ctrl+Enter is held the same way.
    await dialog.getByRole('button', { name: 'Edit post' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await box.innerText()).toBe(RISKY);
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('button', { name: 'Replace with “a pupil”' }).click();
    await dialog.getByText('Replaced with “a pupil”.').waitFor();
    expect(await box.innerText()).toBe(RISKY.replace('Sam Jones', 'a pupil'));
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => posted.innerText()).toContain('would have been posted now');
    expect(await box.innerText()).toBe('');

    // Nothing typed here is kept anywhere, and the practice pauses are not in the counts.
    const stored = await everythingStored(page);
    for (const words of ['Sam Jones', 'a pupil from', 'jo.bloggs', CLEAN]) expect(stored).not.toContain(words);
    const popup = await browser.openExtensionPage('popup.html');
    await popup.getByTestId('pause-counts').waitFor();
    expect(await popup.getByTestId('pause-counts').innerText()).toContain('No posts paused yet');
    await popup.close();
    await page.close();
  });

  it('is linked from the popup, the welcome page and the options page', async () => {
    for (const path of ['popup.html', 'welcome.html', 'options.html']) {
      const page = await browser.openExtensionPage(path);
      const link = page.getByTestId('try-link');
      await link.waitFor();
      expect(await link.innerText(), path).toBe('Try PostPause');
      expect(await link.getAttribute('href'), path).toBe(`chrome-extension://${browser.extensionId}/try.html`);
      await page.close();
    }
  });
});
