/**
 * The sites as they are in 2026 (docs/site-evidence-2026.md), end to end in real Chromium: fixtures
 * modelled on the 2026 evidence (tests/fixtures/sites/y2026/: nesting 15-30 levels deep with hashed class
 * names, open shadow roots, div[role=button], localised labels, each site's own keys) served at the real
 * origins. First each fixture's own send logic is checked without PostPause; then, with the built
 * extension, every surface on every send path: a clean post goes at once; a risky one is held with the
 * overlay, nothing sent and the text unchanged; "Post anyway" sends it exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { buildFixture2026 } from '../fixtures/sites/sites-2026.ts';
import type { SiteFixture } from '../fixtures/sites/build.ts';
import { CLEAN, RISKY, editorText, expectHeld, overlay, postAnyway, sent, sentOnceDecided } from './lexical-helpers.ts';

interface Path {
  name: string;
  send(page: Page): Promise<void>;
}

interface Case {
  name: string;
  url: string;
  /** window.__text(textKey): the fixture's own reading of what would be posted. */
  textKey: string;
  /** The box to click and type into (Playwright's CSS goes through open shadow roots). */
  composer: string;
  open?(page: Page): Promise<void>;
  paths: Path[];
  /** How deep the composer sits (elements from it up to the document, through shadow hosts), at least. */
  minDepth: number;
}

const key = (k: string): Path => ({ name: k, send: (p) => p.keyboard.press(k) });
const click = (name: string, selector: string): Path => ({ name, send: (p) => p.locator(selector).first().click() });

const CASES: Case[] = [
  {
    name: 'LinkedIn share box in the #interop-outlet shadow root',
    url: 'https://www.linkedin.com/feed/',
    textKey: 'share',
    composer: '[data-test-ql-editor-contenteditable="true"]',
    open: (p) => p.getByRole('button', { name: 'Start a post' }).click(),
    // "Post" is enabled once the editor has committed the text (asynchronously).
    paths: [{ name: 'Post button', send: async (p) => p.locator('button.share-actions__primary-action:not([disabled])').click() }],
    minDepth: 15,
  },
  {
    name: 'LinkedIn feed comment (TipTap, form submit)',
    url: 'https://www.linkedin.com/feed/',
    textKey: 'comment',
    composer: '[aria-label="Text editor for creating comment"]',
    open: (p) => p.locator('[data-testid="feed-post"] button[aria-label="Comment"]').click(),
    paths: [click('Comment (type=submit)', 'form button[type="submit"]')],
    minDepth: 25,
  },
  {
    name: 'LinkedIn messaging overlay in the shadow root',
    url: 'https://www.linkedin.com/messaging/',
    textKey: 'message',
    composer: '.msg-form__contenteditable',
    paths: [key('Enter'), click('Send', 'button.msg-form__send-button')],
    minDepth: 15,
  },
  {
    name: 'X mobile composer (textarea under the test-id wrapper)',
    url: 'https://x.com/compose/post',
    textKey: 'post',
    composer: '[data-testid="tweetTextarea_0"] textarea',
    paths: [click('Post button', '[data-testid="tweetButton"]'), key('Control+Enter')],
    minDepth: 15,
  },
  {
    name: 'XChat DM in the xchatEmbedRoute shadow root',
    url: 'https://x.com/i/chat/123-456',
    textKey: 'dm',
    composer: 'textarea[data-testid="dm-composer-textarea"]',
    paths: [key('Enter'), click('send button', '[data-testid="dm-composer-send-button"]')],
    minDepth: 15,
  },
  {
    name: 'Facebook comment 30+ levels deep (inner role=button in #focused-state-composer-submit)',
    url: 'https://www.facebook.com/',
    textKey: 'comment',
    composer: '[aria-label="Write a comment…"]',
    paths: [key('Enter'), click('Comment arrow', '#focused-state-composer-submit [role="button"]')],
    minDepth: 30,
  },
  {
    name: 'Facebook "Create post" in French ("Publier")',
    url: 'https://www.facebook.com/?lang=fr',
    textKey: 'post',
    composer: '[role="dialog"] [role="textbox"]',
    open: (p) => p.getByRole('button', { name: 'Que voulez-vous dire, Jo ?' }).click(),
    paths: [click('Publier', '[role="button"][aria-label="Publier"]')],
    minDepth: 25,
  },
  {
    name: 'Facebook messages in French (facebook.com/messages)',
    url: 'https://www.facebook.com/messages/t/100001234/?lang=fr',
    textKey: 'chat',
    composer: '[aria-label="Écrire un message"]',
    paths: [key('Enter'), click('Envoyer', '[role="button"][aria-label="Envoyer"]')],
    minDepth: 25,
  },
  {
    name: 'YouTube top-level comment (simplebox)',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    textKey: 'comment',
    composer: 'ytd-comment-simplebox-renderer #contenteditable-root',
    open: (p) => p.locator('#placeholder-area').click(),
    paths: [click('Comment button', 'ytd-comment-simplebox-renderer #submit-button button'), key('Control+Enter')],
    minDepth: 15,
  },
  {
    name: 'Instagram reels comment (<input>)',
    url: 'https://www.instagram.com/reel/C0ffee123/',
    textKey: 'comment',
    composer: 'input[placeholder="Add a comment…"]',
    paths: [click('Post', 'form [role="button"]'), key('Enter')],
    minDepth: 25,
  },
  {
    name: 'Instagram caption ("Share" in the dialog header)',
    url: 'https://www.instagram.com/create/',
    textKey: 'caption',
    composer: '[aria-label="Write a caption..."]',
    paths: [click('Share', '[role="dialog"] [role="button"]')],
    minDepth: 25,
  },
  {
    name: 'Reddit post submit page',
    url: 'https://www.reddit.com/r/Teachers/submit',
    textKey: 'post',
    composer: '[aria-label="Post body text field"]',
    paths: [click('Post', '#submit-post-button button')],
    minDepth: 15,
  },
  {
    name: 'Reddit shreddit-simple-composer (box in the host shadow root)',
    url: 'https://www.reddit.com/r/Teachers/comments/abc123/marking_tips/',
    textKey: 'comment',
    composer: 'shreddit-simple-composer [role="textbox"]',
    paths: [click('Comment', 'shreddit-simple-composer button[type="submit"]')],
    minDepth: 15,
  },
  {
    name: 'Bluesky new chat composer',
    url: 'https://bsky.app/messages/3kabc',
    textKey: 'chat',
    composer: 'textarea[aria-label="Message input field"]',
    paths: [key('Enter'), click('Send message', '[aria-label="Send message"]')],
    minDepth: 15,
  },
  {
    name: 'WhatsApp in Polish (Send found by its icon)',
    url: 'https://web.whatsapp.com/?lang=pl',
    textKey: 'chat',
    composer: 'footer [role="textbox"]',
    paths: [key('Enter'), click('Wyślij (icon)', 'footer button:has(span[data-icon="wds-ic-send-filled"])')],
    minDepth: 15,
  },
  {
    name: 'Unknown box on a Welsh page (generic fallback, "Anfon")',
    url: 'https://nextdoor.co.uk/news_feed/?lang=cy',
    textKey: 'reply',
    composer: 'textarea',
    paths: [click('Anfon', 'button:text-is("Anfon")')],
    minDepth: 12,
  },
];

let fixture: SiteFixture;

async function openCase(browser: TestBrowser, c: Case): Promise<Page> {
  const page = await browser.open(c.url);
  await page.waitForFunction(() => window.__fixtureReady === true, undefined, { timeout: 10_000 });
  await c.open?.(page);
  await page.locator(c.composer).first().click();
  return page;
}

const text = (page: Page, c: Case) => editorText(page, c.textKey);

beforeAll(async () => {
  fixture = await buildFixture2026();
});

describe('the 2026 fixtures on their own (no extension): each site sends on its own paths', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ extension: false, sites: [fixture] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const c of CASES) {
    it(`${c.name}: sends on ${c.paths.map((p) => p.name).join(' and ')}, ${c.minDepth}+ levels deep`, async () => {
      const page = await openCase(browser, c);
      const depth = await page.locator(c.composer).first().evaluate((el) => {
        let n = 0;
        for (let cur: Element | null = el; cur; n++) cur = cur.parentElement ?? ((cur.getRootNode() as ShadowRoot).host ?? null);
        return n;
      });
      expect(depth).toBeGreaterThanOrEqual(c.minDepth);
      const expected: string[] = [];
      for (const path of c.paths) {
        await page.locator(c.composer).first().click();
        await page.keyboard.type(RISKY);
        expected.push(await text(page, c));
        await path.send(page);
        expect(await sent(page)).toEqual(expected);
      }
      expect(expected.every((t) => t.includes(RISKY))).toBe(true);
      await page.close();
    });
  }

  it('Facebook Page: "Next" then "Post" on the settings step publishes', async () => {
    const page = await browser.open('https://www.facebook.com/SchoolPage/');
    await page.waitForFunction(() => window.__fixtureReady === true);
    await page.getByRole('button', { name: 'Create post' }).click();
    await page.keyboard.type(RISKY);
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await sent(page)).toEqual([]);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    expect(await sent(page)).toEqual([RISKY]);
    await page.close();
  });

  it('Bluesky chat: Enter with the mention list open picks a suggestion', async () => {
    const page = await browser.open('https://bsky.app/messages/3kabc');
    await page.waitForFunction(() => window.__fixtureReady === true);
    await page.locator('textarea').click();
    await page.keyboard.type('Hi @jo');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.__suggestionsPicked)).toBe(1);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });
});

describe('PostPause on the 2026 sites (real Chromium, built extension)', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ sites: [fixture] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const c of CASES) {
    for (const path of c.paths) {
      it(`${c.name} — ${path.name}: clean goes at once; risky is held, text unchanged; "Post anyway" sends it once`, async () => {
        const page = await openCase(browser, c);
        await page.keyboard.type(CLEAN);
        const clean = await text(page, c);
        await path.send(page);
        expect(await sentOnceDecided(page)).toEqual([clean]);
        expect(await overlay(page).count()).toBe(0);

        // Dialogs that close after a post (Facebook's "Create post") are opened again.
        if (c.open && !(await page.locator(c.composer).first().isVisible())) await c.open(page);
        await page.locator(c.composer).first().click();
        await page.keyboard.type(RISKY);
        const before = await text(page, c);
        expect(before).toContain(RISKY);
        await path.send(page);
        await expectHeld(page, [clean]);
        expect(await text(page, c)).toBe(before);

        await postAnyway(page);
        expect(await sentOnceDecided(page, 2)).toEqual([clean, before]);
        await page.close();
      });
    }
  }

  it("LinkedIn: the post's action-bar \"Comment\" (which opens the box) is never held", async () => {
    const c = CASES[1]!;
    const page = await openCase(browser, c);
    await page.keyboard.type(RISKY);
    await page.locator('[data-testid="feed-post"] button[aria-label="Comment"]').click();
    await page.waitForTimeout(200);
    expect(await overlay(page).count()).toBe(0);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('Threads: one "Post" for a thread of two boxes reads both; risky text in the second box is held, then sent once', async () => {
    const page = await browser.open('https://www.threads.com/');
    await page.waitForFunction(() => window.__fixtureReady === true);
    const boxes = page.locator('[role="dialog"] [role="textbox"]');
    await boxes.nth(0).click();
    await page.keyboard.type(CLEAN);
    await boxes.nth(1).click();
    await page.keyboard.type('and more');
    const post = page.locator('[role="dialog"] [role="button"]').filter({ hasText: /^Post$/ });
    await post.click();
    expect(await sentOnceDecided(page)).toEqual([`${CLEAN}\n\nand more`]);
    expect(await overlay(page).count()).toBe(0);

    await boxes.nth(0).click();
    await page.keyboard.type('Part one');
    await boxes.nth(1).click();
    await page.keyboard.type(RISKY);
    await post.click();
    await expectHeld(page, [`${CLEAN}\n\nand more`]);
    expect(await editorText(page, 'thread')).toBe(`Part one\n\n${RISKY}`);
    await postAnyway(page);
    expect(await sentOnceDecided(page, 2)).toEqual([`${CLEAN}\n\nand more`, `Part one\n\n${RISKY}`]);
    await page.close();
  });

  it('Facebook Page two-step publish: held at "Next" (the editor is gone at "Post"); "Post anyway" goes on to the settings step, whose "Post" then sends once', async () => {
    const page = await browser.open('https://www.facebook.com/SchoolPage/');
    await page.waitForFunction(() => window.__fixtureReady === true);
    await page.getByRole('button', { name: 'Create post' }).click();
    await page.keyboard.type(RISKY);
    await page.getByRole('button', { name: 'Next' }).click();
    await expectHeld(page);
    expect(await editorText(page, 'page')).toBe(RISKY);
    await postAnyway(page);
    await page.getByRole('dialog', { name: 'Post settings' }).waitFor();
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.waitForTimeout(200);
    expect(await overlay(page).count()).toBe(0);
    expect(await sentOnceDecided(page)).toEqual([RISKY]);
    await page.close();
  });

  it('Bluesky chat: Enter while the mention list is open picks a suggestion, not a send', async () => {
    const page = await browser.open('https://bsky.app/messages/3kabc');
    await page.waitForFunction(() => window.__fixtureReady === true);
    await page.locator('textarea').click();
    await page.keyboard.type(`${RISKY} @jo`);
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect(await overlay(page).count()).toBe(0);
    expect(await sent(page)).toEqual([]);
    expect(await page.evaluate(() => window.__suggestionsPicked)).toBe(1);
    await page.close();
  });

  it('the generic fallback leaves search, like and follow alone on a page with a risky box', async () => {
    const page = await openCase(browser, CASES.at(-1)!);
    await page.keyboard.type(RISKY);
    await page.locator('input[type="search"]').fill(RISKY);
    await page.locator('input[type="search"]').press('Enter');
    await page.getByRole('button', { name: 'Hoffi' }).click();
    await page.getByRole('button', { name: 'Dilyn' }).click();
    await page.waitForTimeout(200);
    expect(await overlay(page).count()).toBe(0);
    expect(await sent(page)).toEqual(['search 1', 'like', 'follow']);
    await page.close();
  });

  it('no page errors, nothing reached for outside the fixtures', () => {
    expect(browser.pageErrors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});
