/**
 * PostPause on Bluesky, end to end: the built extension in headless Chromium against a TipTap composer and
 * a chat textarea served at https://bsky.app (tests/fixtures/sites/bluesky/). One browser for the file.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { buildBlueskyFixture } from '../fixtures/sites/bluesky.ts';
import { clickPath, keyPath, surfaceMatrix } from './site-matrix.ts';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ sites: [await buildBlueskyFixture()] });
});

afterAll(async () => {
  await browser?.close();
});

describe('PostPause on Bluesky (real Chromium, built extension)', () => {
  surfaceMatrix(() => browser, {
    name: 'post composer',
    url: 'https://bsky.app/',
    textKey: 'post',
    composer: '.ProseMirror[contenteditable="true"]',
    sendPaths: [clickPath('Post button', '[data-testid="composerPublishBtn"]'), keyPath('Control+Enter')],
    newlineKeys: ['Enter', 'Shift+Enter'],
    sendKey: 'Control+Enter',
    suggestions: true,
  });

  surfaceMatrix(() => browser, {
    name: 'chat',
    url: 'https://bsky.app/messages/3kxyz',
    textKey: 'chat',
    composer: 'textarea[placeholder="Write a message"]',
    sendPaths: [clickPath('Send button', '[aria-label="Send message"]'), keyPath('Enter')],
    newlineKeys: ['Shift+Enter'],
    sendKey: 'Enter',
  });
});
