/**
 * The options and welcome pages' first open after install show their real content without waiting for
 * the school's policy (issue 12). Chromium answers storage.managed only once policy has loaded, seconds
 * after the first start of a fresh profile; the tests read the policy on another extension page at the
 * same moment and check the content came before that read answered: a comparison within one run, not a
 * timing budget. While the policy is unknown, no setting may look editable: an observer installed before
 * the page's own scripts checks every DOM change.
 */
import { describe, expect, it } from 'vitest';
import { EXTENSION_ID, launchBrowser, type TestBrowser } from './harness.ts';
import { optionsWatch, WATCH_OPTIONS } from './options-watch.ts';

/** Date.now() in the page when the managed policy read answers, started now on another extension page. */
async function managedAnswered(b: TestBrowser): Promise<{ at: Promise<number> }> {
  const probe = await b.openExtensionPage('guide.html');
  return {
    at: probe.evaluate(async () => {
      await (globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<unknown> } } } }).chrome.storage.managed.get(null);
      return Date.now();
    }),
  };
}

describe('options page, first open after install', () => {
  it('shows the settings before the managed policy read answers, none editable until the policy is known', async () => {
    const b = await launchBrowser();
    try {
      await b.context.addInitScript({ content: WATCH_OPTIONS });
      const policy = await managedAnswered(b);
      const options = await b.context.newPage();
      await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
      await options.locator('[data-setting="reminderIntervalDays"] input').waitFor();
      const policyAt = await policy.at;

      // Once the policy is known (none here): the page says nothing is pending, and settings are editable.
      await options.getByTestId('policy-pending').waitFor({ state: 'detached', timeout: 30_000 });
      const interval = options.locator('[data-setting="reminderIntervalDays"] input');
      expect(await interval.isDisabled()).toBe(false);
      // The list of checks comes in its own chunk after the first paint; it does come.
      await options.locator('[data-setting="disabledRules"] input[type="checkbox"]').first().waitFor();
      expect(await options.locator('[data-setting="disabledRules"] input[type="checkbox"]').count()).toBeGreaterThan(20);
      expect(await options.getByTestId('checks-loading').count()).toBe(0);

      const w = await optionsWatch(options);
      expect(w.contentAt, 'the settings form appeared').toBeDefined();
      expect(w.contentAt!, `settings shown ${w.contentAt! - policyAt} ms relative to the policy read`).toBeLessThan(policyAt);
      // Shown before the policy was known, so shown as pending: every control disabled until then.
      expect(w.pendingAtContent).toBe(true);
      expect(w.editableWhilePending).toEqual([]);
      expect(w.settledAt).toBeGreaterThanOrEqual(w.contentAt!);
      expect(b.pageErrors).toEqual([]);
    } finally {
      await b.close();
    }
  });
});

describe('welcome page, opened by the install', () => {
  it('shows its content before the managed policy read answers', async () => {
    const b = await launchBrowser();
    try {
      const policy = await managedAnswered(b);
      const welcome =
        b.context.pages().find((p) => p.url().endsWith('/welcome.html')) ??
        (await b.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 10_000 }));
      const content = await welcome.waitForFunction(() => document.querySelector('[data-testid="start"]') !== null && Date.now(), null, { timeout: 30_000, polling: 'raf' });
      const contentAt = (await content.jsonValue()) as number;
      const policyAt = await policy.at;
      expect(contentAt, `welcome content ${contentAt - policyAt} ms relative to the policy read`).toBeLessThan(policyAt);
      expect(await welcome.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to PostPause');
      expect(await welcome.getByTestId('start').getAttribute('href')).toBe(`chrome-extension://${EXTENSION_ID}/checklist.html`);
    } finally {
      await b.close();
    }
  });
});
