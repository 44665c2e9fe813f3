/**
 * The checks every compose surface gets, in real Chromium against its fixture (tests/fixtures/sites/):
 *   - each send path (button, key, form submit): a clean post goes at once; a risky one is held with the
 *     overlay, nothing sent, the text untouched; "Post anyway" then sends it exactly once, text unchanged;
 *   - "Edit post" gives the text back byte for byte, with focus in the box;
 *   - keys that make a new line never send or show the overlay;
 *   - Enter during IME composition, and the send key while the site's suggestion list is open, are not sends.
 * The page's own handler records every send in window.__sent; window.__text(name) is the editor's own text.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestBrowser } from './harness.ts';

import { CLEAN, OVERLAY, RISKY, editorText as text, overlay, sent, sentOnceDecided } from './lexical-helpers.ts';

// The post texts and overlay name are shared with the Lexical sites' steps: one definition.
export { CLEAN, OVERLAY, RISKY, overlay };

export interface SendPath {
  /** Shown in the test name, e.g. "Post button" or "Ctrl+Enter". */
  name: string;
  send(page: Page): Promise<void>;
}

export interface SurfaceSpec {
  name: string;
  url: string;
  /** window.__text(textKey) is this composer's text as its editor reports it. */
  textKey: string;
  /** The editable element (what PostPause's adapter calls the composer). */
  composer: string;
  /** Makes the composer appear (a "Start a post" button, YouTube's placeholder). */
  open?(page: Page): Promise<void>;
  sendPaths: SendPath[];
  /** Keys that make a new line in this box (and must therefore never be held). */
  newlineKeys: ('Enter' | 'Shift+Enter')[];
  /** The key that sends, for the IME and suggestion-list checks. */
  sendKey?: 'Enter' | 'Control+Enter';
  /** The fixture opens a suggestion list when the text ends in " @jo". */
  suggestions?: boolean;
}

export const keyPath = (key: string): SendPath => ({ name: key, send: (page) => page.keyboard.press(key) });
export const clickPath = (name: string, selector: string): SendPath => ({ name, send: (page) => page.locator(selector).first().click() });


export async function openSurface(browser: TestBrowser, s: SurfaceSpec): Promise<Page> {
  const page = await browser.open(s.url);
  await page.waitForFunction(() => window.__fixtureReady === true, undefined, { timeout: 10_000 });
  await s.open?.(page);
  await page.locator(s.composer).first().click();
  return page;
}

/** Registers the matrix for one surface; call inside a describe whose beforeAll sets up `browser()`. */
export function surfaceMatrix(browser: () => TestBrowser, s: SurfaceSpec): void {
  for (const path of s.sendPaths) {
    it(`${s.name} — ${path.name}: clean sends at once; risky is held, then "Post anyway" sends it once`, async () => {
      const page = await openSurface(browser(), s);
      await page.keyboard.type(CLEAN);
      await path.send(page);
      expect(await sentOnceDecided(page)).toEqual([CLEAN]);
      expect(await overlay(page).count()).toBe(0);

      await page.locator(s.composer).first().click();
      await page.keyboard.type(RISKY);
      const before = await text(page, s.textKey);
      expect(before).toBe(RISKY);
      await path.send(page);
      await overlay(page).waitFor({ state: 'visible' });
      expect(await sent(page)).toEqual([CLEAN]);
      expect(await text(page, s.textKey)).toBe(before);

      await overlay(page).getByRole('button', { name: 'Post anyway' }).click();
      await overlay(page).waitFor({ state: 'detached' });
      await page.waitForTimeout(250);
      expect(await sent(page)).toEqual([CLEAN, RISKY]);
      await page.close();
    });
  }

  it(`${s.name}: "Edit post" keeps the text byte for byte, focus back in the box`, async () => {
    const page = await openSurface(browser(), s);
    const newline = s.newlineKeys[0] ?? 'Shift+Enter';
    await page.keyboard.type('Line one with jo@example.com');
    await page.keyboard.press(newline);
    await page.keyboard.type('  second line, two spaces in front ');
    const before = await text(page, s.textKey);
    expect(before).toBe('Line one with jo@example.com\n  second line, two spaces in front ');
    await s.sendPaths[0]!.send(page);
    await overlay(page).getByRole('button', { name: 'Edit post' }).click();
    await overlay(page).waitFor({ state: 'detached' });
    expect(await text(page, s.textKey)).toBe(before);
    expect(await sent(page)).toEqual([]);
    // Focus is back in the box (where the caret lands is the overlay's business, tested with X).
    expect(await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, s.composer)).toBe(true);
    await page.close();
  });

  it(`${s.name}: ${s.newlineKeys.join(' and ')} make${s.newlineKeys.length > 1 ? '' : 's'} a new line, never a send`, async () => {
    const page = await openSurface(browser(), s);
    await page.keyboard.type(RISKY);
    let expected = RISKY;
    for (const key of s.newlineKeys) {
      await page.keyboard.press(key);
      await page.keyboard.type('x');
      expected += '\nx';
    }
    expect(await text(page, s.textKey)).toBe(expected);
    expect(await overlay(page).count()).toBe(0);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  if (s.sendKey) {
    const sendKey = s.sendKey;
    it(`${s.name}: ${sendKey} during IME composition is not a send`, async () => {
      const page = await openSurface(browser(), s);
      await page.keyboard.type(`${RISKY} `);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'にほ', selectionStart: 2, selectionEnd: 2 });
      // What Chromium sends for Enter while an IME is composing: keyCode 229, isComposing true.
      const modifiers = sendKey === 'Control+Enter' ? 2 : 0;
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, modifiers });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, modifiers });
      await cdp.send('Input.insertText', { text: 'にほ' });
      await page.waitForTimeout(200);
      expect(await overlay(page).count()).toBe(0);
      expect(await sent(page)).toEqual([]);
      expect(await text(page, s.textKey)).toBe(`${RISKY} にほ`);
      await cdp.detach();
      await page.close();
    });
  }

  if (s.sendKey && s.suggestions) {
    const sendKey = s.sendKey;
    it(`${s.name}: ${sendKey} while the suggestion list is open picks a suggestion, not a send`, async () => {
      const page = await openSurface(browser(), s);
      await page.keyboard.type(`${RISKY} @jo`);
      await page.getByRole('listbox').waitFor({ state: 'visible' });
      await page.keyboard.press(sendKey);
      await page.waitForTimeout(200);
      expect(await overlay(page).count()).toBe(0);
      expect(await sent(page)).toEqual([]);
      expect(await page.evaluate(() => window.__suggestionsPicked)).toBe(1);
      await page.close();
    });
  }
}
