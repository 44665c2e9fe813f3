/**
 * PostPause on the Meta sites, end to end: the built extension in headless Chromium, fixtures made from
 * the real Lexical (and a React 18 textarea for Instagram comments) served at www.facebook.com,
 * www.instagram.com, www.threads.com / .net and web.whatsapp.com, typing with the real
 * keyboard. One browser for the whole file; every surface runs the same matrix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { buildFacebookFixture } from '../fixtures/sites/facebook.ts';
import { buildInstagramFixture } from '../fixtures/sites/instagram.ts';
import { buildThreadsFixture } from '../fixtures/sites/threads.ts';
import { buildWhatsAppFixture } from '../fixtures/sites/whatsapp.ts';
import { CLEAN, RISKY, editPost, editorText, expectHeld, focused, imeEnter, markup, openFixture, overlay, postAnyway, sent, sentOnceDecided } from './lexical-helpers.ts';

let browser: TestBrowser;

beforeAll(async () => {
  const sites = await Promise.all([buildFacebookFixture(), buildInstagramFixture(), buildThreadsFixture(), buildWhatsAppFixture()]);
  browser = await launchBrowser({ sites });
});

afterAll(async () => {
  await browser?.close();
});

interface SurfaceCase {
  name: string;
  url: string;
  /** Steps to reach the box (open a dialog). */
  prepare?(page: Page): Promise<void>;
  box(page: Page): Locator;
  /** Name of the box for window.__text. */
  textName: string;
  /** The site's send button (shown or enabled once there is text). */
  button(page: Page): Locator;
  /** Enter sends (chat and comment boxes); otherwise only the button does and Enter is a new line. */
  enterSends: boolean;
}

const SURFACES: SurfaceCase[] = [
  {
    name: 'Facebook feed composer',
    url: 'https://www.facebook.com/',
    prepare: (p) => p.getByRole('button', { name: "What's on your mind, Jo?" }).click(),
    box: (p) => p.locator('[role="dialog"] [data-lexical-editor="true"]'),
    textName: 'post',
    button: (p) => p.locator('div[role="button"][aria-label="Post"]'),
    enterSends: false,
  },
  {
    name: 'Facebook comments',
    url: 'https://www.facebook.com/',
    box: (p) => p.locator('[aria-label="Write a comment…"]'),
    textName: 'comment',
    button: (p) => p.locator('div[role="button"][aria-label="Comment"]'),
    enterSends: true,
  },
  {
    name: 'Facebook messages',
    url: 'https://www.facebook.com/messages/t/100001234/',
    box: (p) => p.locator('[role="textbox"][aria-label="Message"]'),
    textName: 'chat',
    button: (p) => p.locator('[aria-label="Press enter to send"]'),
    enterSends: true,
  },
  {
    name: 'Instagram comments',
    url: 'https://www.instagram.com/p/C0ffee123/',
    box: (p) => p.locator('textarea[aria-label="Add a comment…"]'),
    textName: 'comment',
    button: (p) => p.getByRole('button', { name: 'Post', exact: true }),
    enterSends: true,
  },
  {
    name: 'Instagram direct messages',
    url: 'https://www.instagram.com/direct/t/1234567/',
    box: (p) => p.locator('[role="textbox"][aria-label="Message"]'),
    textName: 'dm',
    button: (p) => p.getByRole('button', { name: 'Send', exact: true }),
    enterSends: true,
  },
  {
    name: 'Instagram caption',
    url: 'https://www.instagram.com/create/details/',
    box: (p) => p.locator('[aria-label="Write a caption..."]'),
    textName: 'caption',
    button: (p) => p.getByRole('button', { name: 'Share', exact: true }),
    enterSends: false,
  },
  {
    name: 'Threads',
    url: 'https://www.threads.com/',
    // The feed's own "Post" button only opens the composer: it must not count as a send.
    prepare: (p) => p.getByRole('main').getByRole('button', { name: 'Post', exact: true }).click(),
    box: (p) => p.locator('[role="dialog"] [data-lexical-editor="true"]'),
    textName: 'post',
    button: (p) => p.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }),
    enterSends: false,
  },
  {
    name: 'WhatsApp Web',
    url: 'https://web.whatsapp.com/',
    box: (p) => p.locator('footer [role="textbox"]'),
    textName: 'chat',
    button: (p) => p.locator('footer button[aria-label="Send"]'),
    enterSends: true,
  },
];

async function start(c: SurfaceCase): Promise<Page> {
  const page = await openFixture(browser, c.url);
  await c.prepare?.(page);
  await c.box(page).click();
  return page;
}

describe.each(SURFACES)('PostPause on $name (real Chromium, built extension)', (c) => {
  it('a clean post sends at once, with no overlay', async () => {
    const page = await start(c);
    await page.keyboard.type(CLEAN);
    await c.button(page).click();
    expect(await sentOnceDecided(page)).toEqual([CLEAN]);
    if (c.enterSends) {
      await c.box(page).click();
      await page.keyboard.type(CLEAN);
      await page.keyboard.press('Enter');
      expect(await sent(page)).toEqual([CLEAN, CLEAN]);
    }
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  it('a risky post is held on the send button; "Post anyway" sends it exactly once, unchanged', async () => {
    const page = await start(c);
    await page.keyboard.type(RISKY);
    await c.button(page).click();
    await expectHeld(page);
    expect(await overlay(page).locator('article').count()).toBe(2);
    await postAnyway(page);
    expect(await sent(page)).toEqual([RISKY]);
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  });

  if (c.enterSends) {
    it('a risky post is held on Enter with no stray line; "Edit post" keeps it byte-for-byte; then "Post anyway" sends once', async () => {
      const page = await start(c);
      await page.keyboard.type('Line one with jo.bloggs@example.com');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('  second line, two spaces in front ');
      const before = await markup(c.box(page));
      const text = await editorText(page, c.textName);
      expect(text).toBe('Line one with jo.bloggs@example.com\n  second line, two spaces in front ');
      await page.keyboard.press('Enter');
      await expectHeld(page);
      await editPost(page);
      expect(await markup(c.box(page))).toBe(before);
      expect(await editorText(page, c.textName)).toBe(text);
      expect(await focused(page)).toBe(await c.box(page).getAttribute('aria-label'));
      expect(await sent(page)).toEqual([]);
      // Focus is back in the box, so Enter sends again from there.
      await page.keyboard.press('Enter');
      await expectHeld(page);
      await postAnyway(page);
      expect(await sent(page)).toEqual([text]);
      await page.close();
    });

    it('Shift+Enter, Enter during IME composition and Enter in an open mention list are not sends', async () => {
      const page = await start(c);
      await page.keyboard.type(RISKY);
      await page.keyboard.press('Shift+Enter');
      const keys = await imeEnter(page);
      expect(keys).toEqual([{ key: 'Enter', isComposing: true, keyCode: 229 }]);
      await page.keyboard.type(' @jo');
      await page.locator('[role="listbox"]').waitFor({ state: 'visible' });
      await page.keyboard.press('Enter');
      await page.waitForTimeout(250);
      expect(await overlay(page).count()).toBe(0);
      expect(await sent(page)).toEqual([]);
      expect(await page.evaluate(() => window.__suggestionsPicked)).toBe(1);
      expect(await editorText(page, c.textName)).toMatch(/^Email me at jo\.bloggs@example\.com about this shit\nにほん (Jo Bloggs|@jo\.bloggs) $/);
      // With the list closed, Enter is a send again, and this one is held.
      await page.keyboard.press('Enter');
      await expectHeld(page);
      await page.keyboard.press('Escape');
      await page.close();
    });
  } else {
    it('Enter is a new line, never a send; "Edit post" after the button keeps the text byte-for-byte', async () => {
      const page = await start(c);
      await page.keyboard.type('Line one with jo.bloggs@example.com');
      await page.keyboard.press('Enter');
      await page.keyboard.type('  second line, two spaces in front ');
      await page.waitForTimeout(100);
      expect(await overlay(page).count()).toBe(0);
      expect(await sent(page)).toEqual([]);
      const before = await markup(c.box(page));
      const text = await editorText(page, c.textName);
      expect(text).toBe('Line one with jo.bloggs@example.com\n  second line, two spaces in front ');
      await c.button(page).click();
      await expectHeld(page);
      await editPost(page);
      expect(await markup(c.box(page))).toBe(before);
      expect(await editorText(page, c.textName)).toBe(text);
      expect(await focused(page)).toBe(await c.box(page).getAttribute('aria-label'));
      expect(await sent(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('site specifics', () => {
  it('Messenger inside facebook.com (/messages) is guarded too', async () => {
    const page = await openFixture(browser, 'https://www.facebook.com/messages/t/100001234/');
    await page.locator('[role="textbox"][aria-label="Message"]').click();
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Enter');
    await expectHeld(page);
    await postAnyway(page);
    expect(await sent(page)).toEqual([RISKY]);
    await page.close();
  });

  it('Threads on threads.net: a risky post is held on "Post"', async () => {
    const page = await openFixture(browser, 'https://www.threads.net/');
    await page.getByRole('main').getByRole('button', { name: "What's new?" }).click();
    await page.keyboard.type(RISKY);
    await page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click();
    await expectHeld(page);
    await page.keyboard.press('Escape');
    await overlay(page).waitFor({ state: 'detached' });
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('WhatsApp: "Post anyway" after a click on Send replays Enter, never a click on the send slot', async () => {
    const page = await openFixture(browser, 'https://web.whatsapp.com/');
    await page.locator('footer [role="textbox"]').click();
    await page.keyboard.type(RISKY);
    await page.locator('footer button[aria-label="Send"]').click();
    await expectHeld(page);
    await postAnyway(page);
    expect(await sent(page)).toEqual([RISKY]);
    // The page never saw a click on its Send button (the held click was stopped, the replay was a key),
    // and no voice note was started from the slot that turns into the microphone once the box is empty.
    expect(await page.evaluate(() => [window.__sendClicks, window.__voice])).toEqual([0, 0]);
    await page.close();
  });

  it('WhatsApp: Enter in the chat search box (Lexical, outside the footer) is not taken for a send', async () => {
    const page = await openFixture(browser, 'https://web.whatsapp.com/');
    await page.locator('[aria-label="Search input textbox"]').click();
    await page.keyboard.type(RISKY);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(250);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  it('Instagram comments: a form submit from the page itself (requestSubmit) is held too', async () => {
    const page = await openFixture(browser, 'https://www.instagram.com/p/C0ffee123/');
    await page.locator('textarea[aria-label="Add a comment…"]').click();
    await page.keyboard.type(RISKY);
    await page.evaluate(() => document.querySelector('form')!.requestSubmit());
    await expectHeld(page);
    await postAnyway(page);
    expect(await sent(page)).toEqual([RISKY]);
    await page.close();
  });
});
