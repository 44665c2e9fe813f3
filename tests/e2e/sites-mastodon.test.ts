/**
 * PostPause on Mastodon, end to end: the built extension in headless Chromium against Mastodon's compose
 * form (React textarea) served at https://mastodon.social, a server built into the manifest
 * (tests/fixtures/sites/mastodon/). Servers added at run time: sites-mastodon-instances.test.ts.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { buildMastodonFixture, MASTODON_BUILT_IN_ORIGIN } from '../fixtures/sites/mastodon.ts';
import { clickPath, keyPath, surfaceMatrix, type SendPath } from './site-matrix.ts';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ sites: [await buildMastodonFixture()] });
});

afterAll(async () => {
  await browser?.close();
});

const enterInWarningField: SendPath = {
  name: 'Enter in the content-warning field (implicit form submit)',
  async send(page) {
    await page.locator('.spoiler-input__input').click();
    await page.keyboard.press('Enter');
  },
};

const requestSubmit: SendPath = {
  name: 'form.requestSubmit() from the page',
  send: (page) => page.evaluate(() => document.querySelector<HTMLFormElement>('form.compose-form')!.requestSubmit()),
};

describe('PostPause on Mastodon (real Chromium, built extension)', () => {
  surfaceMatrix(() => browser, {
    name: 'compose',
    url: `${MASTODON_BUILT_IN_ORIGIN}/home`,
    textKey: 'compose',
    composer: 'form.compose-form textarea.autosuggest-textarea__textarea',
    sendPaths: [clickPath('Post button', '.compose-form__publish button[type="submit"]'), keyPath('Control+Enter'), enterInWarningField, requestSubmit],
    newlineKeys: ['Enter', 'Shift+Enter'],
    sendKey: 'Control+Enter',
    suggestions: true,
  });
});
