/**
 * PostPause on LinkedIn, end to end: the built extension in headless Chromium against Quill 1 share and
 * comment boxes and the messaging box, served at https://www.linkedin.com with Trusted Types enforced
 * (tests/fixtures/sites/linkedin/). One browser for the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { buildLinkedInFixture } from '../fixtures/sites/linkedin.ts';
import { clickPath, keyPath, surfaceMatrix } from './site-matrix.ts';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ sites: [await buildLinkedInFixture()] });
});

afterAll(async () => {
  await browser?.close();
});

describe('PostPause on LinkedIn (real Chromium, built extension, Trusted Types)', () => {
  surfaceMatrix(() => browser, {
    name: 'share box',
    url: 'https://www.linkedin.com/feed/',
    textKey: 'share',
    open: (page) => page.getByRole('button', { name: 'Start a post' }).click(),
    composer: '.share-creation-state .ql-editor',
    sendPaths: [clickPath('Post button', 'button.share-actions__primary-action')],
    newlineKeys: ['Enter', 'Shift+Enter'],
  });

  surfaceMatrix(() => browser, {
    name: 'comment box',
    url: 'https://www.linkedin.com/feed/',
    textKey: 'comment',
    composer: '.comments-comment-box:not(.comments-comment-box--cr) .ql-editor',
    sendPaths: [clickPath('Comment button', '.comments-comment-box__submit-button')],
    newlineKeys: ['Enter', 'Shift+Enter'],
  });

  surfaceMatrix(() => browser, {
    name: 'comment box (--cr)',
    url: 'https://www.linkedin.com/feed/',
    textKey: 'comment-cr',
    composer: '.comments-comment-box--cr .ql-editor',
    sendPaths: [clickPath('Comment button', '.comments-comment-box__submit-button--cr')],
    newlineKeys: ['Enter'],
  });

  surfaceMatrix(() => browser, {
    name: 'messaging',
    url: 'https://www.linkedin.com/messaging/thread/2-abc/',
    textKey: 'message',
    composer: '.msg-form__contenteditable',
    sendPaths: [clickPath('Send button', 'button.msg-form__send-button'), keyPath('Enter')],
    newlineKeys: ['Shift+Enter'],
    sendKey: 'Enter',
    suggestions: true,
  });

  it('no page errors under Trusted Types (PostPause never writes HTML into the page)', () => {
    expect(browser.pageErrors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});
