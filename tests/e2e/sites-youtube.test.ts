/**
 * PostPause on YouTube comments, end to end: the built extension in headless Chromium against a comment
 * box that only appears after its placeholder is clicked, served at https://www.youtube.com with Trusted
 * Types enforced (tests/fixtures/sites/youtube/). One browser for the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { buildYouTubeFixture } from '../fixtures/sites/youtube.ts';
import { clickPath, surfaceMatrix } from './site-matrix.ts';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ sites: [await buildYouTubeFixture()] });
});

afterAll(async () => {
  await browser?.close();
});

describe('PostPause on YouTube (real Chromium, built extension)', () => {
  surfaceMatrix(() => browser, {
    name: 'comment',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    textKey: 'comment',
    open: (page) => page.locator('#placeholder-area').click(),
    composer: 'ytd-commentbox #contenteditable-root',
    sendPaths: [clickPath('Comment button', 'ytd-commentbox #submit-button button')],
    newlineKeys: ['Enter', 'Shift+Enter'],
  });

  it('no page errors under Trusted Types', () => {
    expect(browser.pageErrors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});
