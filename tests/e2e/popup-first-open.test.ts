/**
 * The popup's first open after install shows the checklist without waiting for the school's policy.
 * Chromium answers storage.managed only once policy has loaded, which takes seconds the first time in a
 * fresh profile (the popup used to show "Loading your checklist…" for about 3 s). The test reads the
 * policy on another extension page at the same moment and checks the popup had its content before that
 * read answered: a comparison within one run, not a timing budget.
 */
import { describe, expect, it } from 'vitest';
import { EXTENSION_ID, launchBrowser } from './harness.ts';

describe('popup, first open after install', () => {
  it('shows the checklist before the managed policy read answers', async () => {
    const b = await launchBrowser();
    try {
      const probe = await b.openExtensionPage('guide.html');
      const popup = await b.context.newPage();
      // Both clocks are wall clocks in the same browser: Date.now() is comparable across pages.
      const managedAnswered = probe.evaluate(async () => {
        await (globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<unknown> } } } }).chrome.storage.managed.get(null);
        return Date.now();
      });
      await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
      const content = await popup.waitForFunction(() => document.querySelector('.ppc-actions') !== null && Date.now(), null, { timeout: 30_000, polling: 'raf' });
      const contentAt = (await content.jsonValue()) as number;
      const policyAt = await managedAnswered;
      expect(await popup.getByText('Loading your checklist…').count()).toBe(0);
      expect(await popup.getByTestId('overall').textContent()).toMatch(/checks up to date/);
      expect(contentAt, `popup content ${contentAt - policyAt} ms relative to the policy read`).toBeLessThan(policyAt);
    } finally {
      await b.close();
    }
  });
});
