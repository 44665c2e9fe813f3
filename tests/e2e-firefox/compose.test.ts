/**
 * PostPause in real Firefox (the version of this vitest project: ESR 153 and ESR 140, the manifest's
 * minimum), the built .output/firefox-mv2 installed, against the same site fixtures as the Chromium tests,
 * served at the sites' real URLs: X (Draft.js), Facebook (Lexical: the feed's dialog and a comment box),
 * Mastodon (React textarea) and Reddit (Lexical slotted into <shreddit-composer>'s shadow root).
 * For every send path: a clean post goes at once; a risky one is held with the overlay, nothing sent, the
 * text untouched; "Post anyway" sends it exactly once, unchanged. And the highlights are really painted:
 * the findings are in the page's CSS.highlights (or PostPause's mirror over a textarea) and the screen's
 * pixels under them carry the highlight's tint, while the words around them do not.
 * One Firefox for the whole file.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFixtures } from '../fixtures/sites/build.ts';
import { MASTODON_BUILT_IN_ORIGIN } from '../fixtures/sites/mastodon.ts';
import { FIREFOX_PATH, launchFirefox, pollUntil, type TestFirefox } from './harness.ts';
import {
  CLEAN,
  RISKY,
  editorText,
  expectNoOverlay,
  focusBox,
  pageHighlights,
  postAnyway,
  sent,
  textRect,
  textareaRect,
  tintedShare,
  waitForBadge,
  waitForFixture,
  waitForOverlay,
} from './steps.ts';

let ff: TestFirefox;

beforeAll(async () => {
  const { x, facebook, mastodon, reddit } = await siteFixtures();
  ff = await launchFirefox({ sites: [x!, facebook!, mastodon!, reddit!] });
});

afterAll(async () => {
  await ff?.close();
});

interface SendPath {
  name: string;
  send(page: Page): Promise<void>;
}

interface Surface {
  name: string;
  url: string;
  /** Makes the composer appear. */
  prepare?(page: Page): Promise<void>;
  /** The editable element. */
  composer: string;
  /** A textarea: marked by PostPause's mirror, not CSS highlights. */
  textarea?: boolean;
  /** The composer's text as the site's editor has it. */
  text(page: Page): Promise<string>;
  sendPaths: SendPath[];
}

const click = (name: string, selector: string): SendPath => ({ name, send: (page) => page.click(selector) });
const key = (...keys: string[]): SendPath => ({
  name: keys.join('+'),
  async send(page) {
    for (const k of keys.slice(0, -1)) await page.keyboard.down(k as never);
    await page.keyboard.press(keys.at(-1) as never);
    for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k as never);
  },
});

const SURFACES: Surface[] = [
  {
    name: 'X',
    url: 'https://x.com/compose/post',
    composer: '[data-testid="tweetTextarea_0"]',
    // Draft's own view: each block's text, joined by newlines (what X would post).
    text: (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="tweetTextarea_0"] [data-block="true"]')].map((b) => b.textContent ?? '').join('\n'),
      ),
    sendPaths: [click('Post button', '[data-testid="tweetButton"]'), key('Control', 'Enter')],
  },
  {
    name: 'Facebook feed composer',
    url: 'https://www.facebook.com/',
    prepare: (page) => page.click('.composer-entry [role="button"]'),
    composer: '[role="dialog"] [data-lexical-editor="true"]',
    text: (page) => editorText(page, 'post'),
    sendPaths: [click('Post button', 'div[role="button"][aria-label="Post"]')],
  },
  {
    name: 'Facebook comments',
    url: 'https://www.facebook.com/',
    composer: '[aria-label="Write a comment…"]',
    text: (page) => editorText(page, 'comment'),
    sendPaths: [click('Comment button', 'div[role="button"][aria-label="Comment"]'), key('Enter')],
  },
  {
    name: 'Mastodon',
    url: `${MASTODON_BUILT_IN_ORIGIN}/home`,
    composer: 'form.compose-form textarea.autosuggest-textarea__textarea',
    textarea: true,
    text: (page) => editorText(page, 'compose'),
    sendPaths: [click('Post button', '.compose-form__publish button[type="submit"]'), key('Control', 'Enter')],
  },
  {
    name: 'Reddit (shreddit-composer shadow root)',
    url: 'https://www.reddit.com/r/Teachers/comments/abc123/sports_day_ideas/',
    prepare: (page) => page.click('[data-testid="trigger-button"]'),
    composer: 'shreddit-composer > div[role="textbox"]',
    text: (page) => editorText(page, 'comment'),
    sendPaths: [click('Comment button', 'shreddit-composer > button[slot="submit-button"]')],
  },
];

async function start(s: Surface): Promise<Page> {
  const page = await ff.open(s.url);
  await waitForFixture(page);
  await s.prepare?.(page);
  await focusBox(page, s.composer);
  return page;
}

async function typeText(page: Page, s: Surface, text: string): Promise<void> {
  await page.keyboard.type(text);
  // The editor has all of it before anything is sent (Firefox delivers keys asynchronously).
  await expect.poll(() => s.text(page), { timeout: 5_000 }).toBe(text);
}

/** The email address in RISKY is highlighted and the words before it are not: on screen, in pixels. */
async function expectPainted(page: Page, s: Surface): Promise<void> {
  const badge = await waitForBadge(page, ['jo.bloggs@example.com', 'shit']);
  expect(badge.count).toBe(2);
  if (!s.textarea) {
    // The page's own highlight registry holds the ranges (not nodes in the editor).
    expect(Object.values(await pageHighlights(page)).flat().sort()).toEqual(['jo.bloggs@example.com', 'shit']);
    expect(await page.evaluate((sel) => document.querySelector(sel)!.querySelectorAll('mark, [class*="pp-"]').length, s.composer)).toBe(0);
  }
  const rect = s.textarea ? (sel: string, t: string) => textareaRect(page, sel, t) : (sel: string, t: string) => textRect(page, sel, t);
  const marked = await rect(s.composer, 'jo.bloggs@example.com');
  const plain = await rect(s.composer, 'Email me at');
  const markedShare = await tintedShare(page, marked);
  const plainShare = await tintedShare(page, plain);
  expect(markedShare, `tinted share under the highlighted address (plain words: ${plainShare})`).toBeGreaterThan(0.3);
  expect(plainShare, 'tinted share under the words before it').toBeLessThan(0.02);
}

describe.each(SURFACES)('PostPause in Firefox on $name', (s) => {
  for (const path of s.sendPaths) {
    it(`${path.name}: a clean post goes at once, with no overlay`, async () => {
      const page = await start(s);
      await typeText(page, s, CLEAN);
      await path.send(page);
      await expect.poll(() => sent(page), { timeout: 5_000 }).toEqual([CLEAN]);
      await expectNoOverlay(page);
      expect(await sent(page)).toEqual([CLEAN]);
      await page.close();
    });

    it(`${path.name}: a risky post is held with the overlay${path === s.sendPaths[0] ? ', its highlights painted,' : ''} and "Post anyway" sends it exactly once, unchanged`, async () => {
      const page = await start(s);
      await typeText(page, s, RISKY);
      if (path === s.sendPaths[0]) await expectPainted(page, s);
      await path.send(page);
      const dialog = await waitForOverlay(page);
      expect(dialog).toContain('jo.bloggs@example.com');
      expect(dialog).toContain('shit');
      expect(await sent(page)).toEqual([]);
      expect(await s.text(page)).toBe(RISKY);
      await postAnyway(page);
      expect(await sent(page)).toEqual([RISKY]);
      expect(ff.pageErrors).toEqual([]);
      await page.close();
    });
  }
});

describe('the run itself', () => {
  it('ran in the Firefox this project is for, with no request reaching the network', () => {
    // The executable's own answer, and the one this project is for when it names one (Firefox 140).
    const own = /Firefox (\d+)\./.exec(execFileSync(FIREFOX_PATH, ['--version'], { encoding: 'utf8' }))?.[1];
    expect(ff.major).toBe(Number(own));
    expect(ff.major).toBeGreaterThanOrEqual(140);
    const want = process.env.POSTPAUSE_FIREFOX_MAJOR;
    if (want) expect(ff.major).toBe(Number(want));
    expect(ff.blocked.filter((u) => !u.endsWith('/favicon.ico'))).toEqual([]);
  });

  it('PostPause noted no failure of its own on any of these pages (the options page lists them)', async () => {
    const options = await ff.openExtensionPage('options.html');
    await pollUntil(options, () => !!document.querySelector('[data-testid="error-log"]'), undefined, 10_000, 'the error log');
    expect(await options.$eval('[data-testid="error-log"]', (el) => (el as HTMLElement).innerText)).toContain('None.');
    expect(ff.pageErrors).toEqual([]);
    expect(ff.browserErrors).toEqual([]);
    await options.close();
  });
});
