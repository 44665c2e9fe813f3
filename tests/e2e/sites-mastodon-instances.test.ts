/**
 * Mastodon servers added at run time, end to end in headless Chromium with the built extension: a server
 * not in the manifest (https://toot.example-school.org.uk, served by the Mastodon fixture) is added on the
 * options page ("Add a Mastodon instance"), the browser's permission is asked for that one origin, and the
 * background registers the compose content script there (extension/mastodon); after a browser restart with the
 * registration gone (as after an extension update) it is made again at start-up for the already-granted
 * server; "Remove" takes it away again. One browser, restarted once on the same profile.
 *
 * What headless Chromium cannot do: answer the permission prompt (it stays open, unanswered). The test
 * checks that the prompt is requested and nothing is saved meanwhile, then grants the origin the way a
 * person can without the prompt, through chrome://extensions' site access (developerPrivate
 * .addHostPermission), after which the options page's request resolves at once and the rest of the flow
 * is the real one. A server listed before access was granted (as school policy `mastodonInstances` lists
 * them) is written straight to the settings store here, since real managed policy needs root (see
 * managed-policy.test.ts); it resolves to the same `mastodonInstances` the background and page read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_ID, launchBrowser, type TestBrowser } from './harness.ts';
import { buildMastodonFixture, MASTODON_EXTRA_ORIGIN, MASTODON_LISTED_ORIGIN } from '../fixtures/sites/mastodon.ts';
import { overlay, RISKY } from './site-matrix.ts';

const HOST = new URL(MASTODON_EXTRA_ORIGIN).host;
const SCRIPT_ID = `postpause-mastodon:${HOST}`;

interface ExtChrome {
  chrome: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]>; unregisterContentScripts(): Promise<void> };
    developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
  };
}

let browser: TestBrowser;
let worker: Worker;
// A kept profile, so the browser can be restarted on it (start-up registration).
const profileDir = mkdtempSync(join(tmpdir(), 'postpause-mastodon-'));

async function launch(): Promise<void> {
  browser = await launchBrowser({ sites: [await buildMastodonFixture()], profileDir });
  worker = browser.serviceWorker!;
}

beforeAll(launch);

afterAll(async () => {
  await browser?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

const LISTED_HOST = new URL(MASTODON_LISTED_ORIGIN).host;

async function grantInExtensionsPage(origin: string): Promise<void> {
  // The person's "yes" without the prompt: site access for this origin, granted in chrome://extensions.
  const ext = await browser.context.newPage();
  await ext.goto('chrome://extensions');
  await ext.evaluate(([id, pattern]) => (globalThis as unknown as ExtChrome).chrome.developerPrivate.addHostPermission(id!, pattern!), [EXTENSION_ID, `${origin}/*`]);
  await ext.close();
}

const registeredIds = () => worker.evaluate(async () => (await (globalThis as unknown as ExtChrome).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));

async function waitForRegistration(present: boolean, id = SCRIPT_ID): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if ((await registeredIds()).includes(id) === present) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`registration of ${id} never became ${present ? 'present' : 'absent'}: ${JSON.stringify(await registeredIds())}`);
}

async function composeOnInstance(origin = MASTODON_EXTRA_ORIGIN): Promise<Page> {
  const page = await browser.open(`${origin}/home`);
  await page.waitForFunction(() => window.__fixtureReady === true);
  await page.locator('textarea.autosuggest-textarea__textarea').click();
  await page.keyboard.type(RISKY);
  await page.locator('.compose-form__publish button[type="submit"]').click();
  return page;
}

async function addOnOptionsPage(options: Page): Promise<void> {
  await options.locator('#setting-mastodonInstances').fill(`https://${HOST}/home`);
  await options.getByRole('button', { name: 'Add a Mastodon instance' }).click();
}

describe('Mastodon servers added at run time (real Chromium, built extension)', () => {
  it('a server that was never added is not checked', async () => {
    const page = await composeOnInstance();
    expect(await page.evaluate(() => window.__sent)).toEqual([RISKY]);
    expect(await overlay(page).count()).toBe(0);
    expect(await registeredIds()).not.toContain(SCRIPT_ID);
    await page.close();
  });

  it('"Add a Mastodon instance" asks the browser for that one server and saves nothing until it is allowed', async () => {
    const options = await browser.openExtensionPage('options.html');
    await addOnOptionsPage(options);
    await expect.poll(() => options.getByTestId('mastodon-status').innerText()).toContain('Waiting for your browser');
    await options.waitForTimeout(300);
    expect(await options.locator(`[data-host="${HOST}"]`).count()).toBe(0);
    expect(await registeredIds()).not.toContain(SCRIPT_ID);
    await options.close();
  });

  it('once the browser allows it, Add saves it, the background registers PostPause there and risky posts are held', async () => {
    await grantInExtensionsPage(MASTODON_EXTRA_ORIGIN);

    const options = await browser.openExtensionPage('options.html');
    await addOnOptionsPage(options);
    await expect.poll(() => options.getByTestId('mastodon-status').innerText()).toContain(`PostPause now checks posts on ${HOST}`);
    await expect.poll(() => options.locator(`[data-host="${HOST}"]`).innerText()).toContain('Checking posts');
    await waitForRegistration(true);
    await options.close();

    const page = await composeOnInstance();
    await overlay(page).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => window.__sent)).toEqual([]);
    await overlay(page).getByRole('button', { name: 'Post anyway' }).click();
    await page.waitForTimeout(250);
    expect(await page.evaluate(() => window.__sent)).toEqual([RISKY]);
    await page.close();
  });

  it('at start-up the background registers already-granted servers again (browser restarted, registrations gone)', async () => {
    // Registrations are lost on an extension update; the permission and the setting are not.
    await worker.evaluate(() => (globalThis as unknown as ExtChrome).chrome.scripting.unregisterContentScripts());
    expect(await registeredIds()).not.toContain(SCRIPT_ID);
    await browser.close();
    await launch();
    await waitForRegistration(true);

    const page = await composeOnInstance();
    await overlay(page).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => window.__sent)).toEqual([]);
    await page.close();
  });

  it('"Remove" takes PostPause off the server again', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.getByRole('button', { name: `Remove ${HOST}` }).click();
    await expect.poll(() => options.locator(`[data-host="${HOST}"]`).count()).toBe(0);
    await waitForRegistration(false);
    await options.close();

    const page = await composeOnInstance();
    expect(await page.evaluate(() => window.__sent)).toEqual([RISKY]);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  it('a server already listed in settings (as school policy lists them) shows "Allow"; once allowed the background registers it', async () => {
    // Written straight to the settings store: the same resolved `mastodonInstances` a policy gives.
    await worker.evaluate(async (host) => {
      const local = (globalThis as unknown as ExtChrome).chrome.storage.local;
      const current = ((await local.get('postpause.settings'))['postpause.settings'] ?? {}) as Record<string, unknown>;
      await local.set({ 'postpause.settings': { ...current, mastodonInstances: [host] } });
    }, LISTED_HOST);
    const options = await browser.openExtensionPage('options.html');
    const row = options.locator(`[data-host="${LISTED_HOST}"]`);
    await expect.poll(() => row.getByRole('button', { name: 'Allow' }).count()).toBe(1);
    expect(await registeredIds()).not.toContain(`postpause-mastodon:${LISTED_HOST}`);

    await grantInExtensionsPage(MASTODON_LISTED_ORIGIN);
    await row.getByRole('button', { name: 'Allow' }).click();
    // "Allow" saves nothing: the registration comes from the background hearing permissions.onAdded.
    await waitForRegistration(true, `postpause-mastodon:${LISTED_HOST}`);
    await options.reload();
    await expect.poll(() => options.locator(`[data-host="${LISTED_HOST}"]`).innerText()).toContain('Checking posts');
    await options.close();

    const page = await composeOnInstance(MASTODON_LISTED_ORIGIN);
    await overlay(page).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => window.__sent)).toEqual([]);
    await page.close();
  });
});
