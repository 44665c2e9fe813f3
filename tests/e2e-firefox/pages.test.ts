/**
 * The extension's own pages in real Firefox (this project's version), the built .output/firefox-mv2
 * installed: each loads, renders its content, and reports no uncaught error or console error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, pollUntil, type TestFirefox } from './harness.ts';

let ff: TestFirefox;

beforeAll(async () => {
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
});

/** Each page, and text it shows once its script has run (not only the static HTML). */
const PAGES = [
  { path: 'options.html', heading: 'PostPause settings', rendered: '[data-setting="reminderIntervalDays"] input' },
  { path: 'popup.html', heading: 'PostPause: privacy check-up', rendered: '[data-testid="pause-counts"]' },
  { path: 'checklist.html', heading: null, rendered: 'main h1' },
  { path: 'welcome.html', heading: null, rendered: 'main h1' },
  { path: 'guide.html', heading: null, rendered: 'main h1' },
];

describe('extension pages in Firefox', () => {
  it.each(PAGES)('$path loads and renders without errors', async ({ path, heading, rendered }) => {
    const before = ff.browserErrors.length;
    const page = await ff.openExtensionPage(path);
    await pollUntil(page, (sel) => !!document.querySelector(sel), rendered, 10_000, `${path} to render ${rendered}`);
    const h1 = await page.$eval('h1', (el) => el.textContent?.trim() ?? '');
    if (heading) expect(h1).toBe(heading);
    else expect(h1.length).toBeGreaterThan(0);
    // Give late errors (storage reads, effects) a moment to surface.
    await new Promise((r) => setTimeout(r, 500));
    expect(ff.browserErrors.slice(before)).toEqual([]);
    await page.close();
  });

  it('the options page is not managed without a policy, and a setting changed there is kept', async () => {
    const page = await ff.openExtensionPage('options.html');
    // Settings are shown at once but disabled until the policy has been read ("Checking for settings…").
    await pollUntil(
      page,
      () => !!document.querySelector('[data-setting="reminderIntervalDays"] input') && !document.querySelector('[data-testid="policy-pending"]'),
      undefined,
      10_000,
      'the settings, with the policy read',
    );
    expect(await page.$('[data-testid="managed-banner"]')).toBeNull();
    const input = '[data-setting="reminderIntervalDays"] input';
    expect(await page.$eval(input, (el) => (el as HTMLInputElement).disabled)).toBe(false);
    await page.click(input, { count: 3 });
    await page.keyboard.type('45');
    await page.keyboard.press('Tab');
    await new Promise((r) => setTimeout(r, 500));
    // Reload from inside (reload() over BiDi waits for a moz-extension:// load event that never comes).
    await page.evaluate(() => {
      (window as unknown as { __beforeReload: boolean }).__beforeReload = true;
      location.reload();
    });
    await pollUntil(
      page,
      (sel) => !(window as unknown as { __beforeReload?: boolean }).__beforeReload && (document.querySelector<HTMLInputElement>(sel)?.value ?? '') === '45',
      input,
      10_000,
      'the saved value after a reload',
    );
    expect(ff.browserErrors).toEqual([]);
    await page.close();
  });

  it('would notice an error on an extension page (the check above is real)', async () => {
    const page = await ff.openExtensionPage('options.html');
    const before = ff.browserErrors.length;
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('deliberate error from the test');
      }, 0);
    });
    await expect.poll(() => ff.browserErrors.slice(before), { timeout: 5_000 }).toEqual([expect.stringContaining('deliberate error from the test')]);
    ff.browserErrors.splice(before);
    await page.close();
  });
});
