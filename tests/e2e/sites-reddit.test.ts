/**
 * PostPause on Reddit, end to end: the built extension in headless Chromium, a fixture made from the real
 * Lexical inside Reddit's web components (<comment-composer-host>, <shreddit-composer> with a
 * delegatesFocus shadow root and the editor slotted from the light DOM, a Markdown textarea two shadow
 * roots deep), served at www.reddit.com, typing with the real keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { buildRedditFixture } from '../fixtures/sites/reddit.ts';
import { CLEAN, RISKY, editPost, editorText, expectHeld, focused, imeEnter, markup, openFixture, overlay, postAnyway, sent, sentOnceDecided } from './lexical-helpers.ts';

const POST = 'https://www.reddit.com/r/Teachers/comments/abc123/sports_day_ideas/';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ sites: [await buildRedditFixture()] });
});

afterAll(async () => {
  await browser?.close();
});

/** The post page with its comment box opened by the trigger, as a member of staff does it. */
async function openComment(): Promise<Page> {
  const page = await openFixture(browser, POST);
  expect(await page.locator('shreddit-composer').count()).toBe(0);
  await page.getByTestId('trigger-button').click();
  await page.locator('shreddit-composer > div[role="textbox"]').click();
  return page;
}

const box = (page: Page) => page.locator('shreddit-composer > div[role="textbox"]');
const submit = (page: Page) => page.locator('shreddit-composer > button[slot="submit-button"]');
/** The Markdown textarea: Playwright's CSS engine pierces the two open shadow roots. */
const markdown = (page: Page) => page.locator('faceplate-textarea-input textarea');

async function toMarkdown(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Switch to Markdown' }).click();
  await markdown(page).click();
}

describe('PostPause on Reddit (real Chromium, built extension)', () => {
  it('the editor really is slotted into a delegatesFocus shadow root, as on Reddit', async () => {
    const page = await openComment();
    const shape = await page.evaluate(() => {
      const composer = document.querySelector('shreddit-composer')!;
      const editor = composer.querySelector(':scope > [contenteditable="true"]')!;
      return {
        delegatesFocus: composer.shadowRoot?.delegatesFocus,
        slot: editor.assignedSlot?.name,
        lexical: editor.getAttribute('data-lexical-editor'),
      };
    });
    expect(shape).toEqual({ delegatesFocus: true, slot: 'rte', lexical: 'true' });
    await page.close();
  });

  it('a clean comment sends at once on "Comment", with no overlay', async () => {
    const page = await openComment();
    await page.keyboard.type(CLEAN);
    await submit(page).click();
    expect(await sentOnceDecided(page)).toEqual([CLEAN]);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  it('a risky comment is held on "Comment"; "Post anyway" sends it exactly once, unchanged', async () => {
    const page = await openComment();
    await page.keyboard.type(RISKY);
    await submit(page).click();
    await expectHeld(page);
    expect(await overlay(page).locator('article').count()).toBe(2);
    await postAnyway(page);
    expect(await sent(page)).toEqual([RISKY]);
    expect(browser.pageErrors).toEqual([]);
    await page.close();
  });

  it('Enter is a new paragraph, never a send (also during IME composition); "Edit post" keeps the text byte-for-byte', async () => {
    const page = await openComment();
    await page.keyboard.type('Line one with jo.bloggs@example.com');
    await page.keyboard.press('Enter');
    await page.keyboard.type('  second line, two spaces in front');
    await page.keyboard.press('Shift+Enter');
    await imeEnter(page);
    await page.waitForTimeout(100);
    expect(await overlay(page).count()).toBe(0);
    expect(await sent(page)).toEqual([]);
    const before = await markup(box(page));
    const text = await editorText(page, 'comment');
    expect(text).toBe('Line one with jo.bloggs@example.com\n  second line, two spaces in front\nにほん');
    await submit(page).click();
    await expectHeld(page);
    await editPost(page);
    expect(await markup(box(page))).toBe(before);
    expect(await editorText(page, 'comment')).toBe(text);
    expect(await focused(page)).toBe('Comment');
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('Markdown mode: the textarea two shadow roots deep is read; a risky comment is held, "Edit post" keeps it, "Post anyway" sends once', async () => {
    const page = await openComment();
    await toMarkdown(page);
    await page.keyboard.type('**Email** me at jo.bloggs@example.com');
    await page.keyboard.press('Enter');
    await page.keyboard.type('about this shit ');
    const text = await markdown(page).inputValue();
    expect(text).toBe('**Email** me at jo.bloggs@example.com\nabout this shit ');
    await submit(page).click();
    await expectHeld(page);
    expect(await overlay(page).locator('article').count()).toBe(2);
    await editPost(page);
    expect(await markdown(page).inputValue()).toBe(text);
    expect(await focused(page)).toBe('Markdown editor');
    await submit(page).click();
    await expectHeld(page);
    await postAnyway(page);
    expect(await sent(page)).toEqual([text]);
    await page.close();
  });

  it('Markdown mode: a clean comment sends at once', async () => {
    const page = await openComment();
    await toMarkdown(page);
    await page.keyboard.type(CLEAN);
    await submit(page).click();
    expect(await sentOnceDecided(page)).toEqual([CLEAN]);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });
});
