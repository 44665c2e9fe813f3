/**
 * PostPause on TikTok comments, end to end: the built extension in headless Chromium against a Draft.js
 * comment bar served at https://www.tiktok.com (tests/fixtures/sites/tiktok/). One browser for the file.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { buildTikTokFixture } from '../fixtures/sites/tiktok.ts';
import { clickPath, keyPath, surfaceMatrix } from './site-matrix.ts';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ sites: [await buildTikTokFixture()] });
});

afterAll(async () => {
  await browser?.close();
});

describe('PostPause on TikTok (real Chromium, built extension)', () => {
  surfaceMatrix(() => browser, {
    name: 'comment',
    url: 'https://www.tiktok.com/@someone/video/7300000000000000000',
    textKey: 'comment',
    composer: '[data-e2e="comment-input"] .public-DraftEditor-content',
    sendPaths: [clickPath('Post button', '[data-e2e="comment-post"]'), keyPath('Enter')],
    newlineKeys: ['Shift+Enter'],
    sendKey: 'Enter',
    suggestions: true,
  });
});
