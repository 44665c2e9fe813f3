/**
 * The privacy settings panel in real Firefox (this project's version), the built .output/firefox-mv2
 * installed: the page scripts carry only a URL watch, and the panel's UI file is imported from the
 * extension (a web-accessible file, MV2) on a settings page only: loaded directly, and reached by a
 * single-page app's navigation.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureResponse } from '../fixtures/sites/build.ts';
import { launchFirefox, pollUntil, type TestFirefox } from './harness.ts';

const page = (title: string): FixtureResponse => ({
  contentType: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`,
});

let ff: TestFirefox;

beforeAll(async () => {
  ff = await launchFirefox({
    routes: {
      'https://x.com/home': page('Home'),
      'https://x.com/settings/audience_and_tagging': page('Audience and tagging'),
    },
  });
});

afterAll(async () => {
  await ff?.close();
});

/** The items the panel lists (it lives in an open shadow root outside the page's body), or null. */
const panelItems = (p: Page): Promise<string[] | null> =>
  p.evaluate(() => {
    const panel = document.querySelector('postpause-privacy-panel')?.shadowRoot?.querySelector('[data-testid="postpause-panel"]');
    return panel ? [...panel.querySelectorAll('[data-item]')].map((e) => e.getAttribute('data-item') ?? '') : null;
  });
const hasPanel = () => !!document.querySelector('postpause-privacy-panel')?.shadowRoot?.querySelector('[data-testid="postpause-panel"]');

describe('settings panel in Firefox', () => {
  it('appears on a settings page loaded directly', async () => {
    const p = await ff.open('https://x.com/settings/audience_and_tagging');
    await pollUntil(p, hasPanel, undefined, 15_000, 'the settings panel');
    expect(await panelItems(p)).toEqual(['x/audience', 'x/tagging']);
    await p.close();
  });

  it('is not there on a page that is only read, and appears after a single-page navigation to settings', async () => {
    const p = await ff.open('https://x.com/home');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await panelItems(p)).toBeNull();
    await p.evaluate(() => history.pushState({}, '', '/settings/audience_and_tagging'));
    await pollUntil(p, hasPanel, undefined, 15_000, 'the settings panel after pushState');
    expect(await panelItems(p)).toEqual(['x/audience', 'x/tagging']);
    expect(ff.pageErrors).toEqual([]);
    await p.close();
  });
});
