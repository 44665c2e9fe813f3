/**
 * An observer for the options page, installed before its own scripts (context.addInitScript) and run on
 * every DOM change: when the settings form first appeared, whether the "Checking for settings from your
 * school…" notice was up then, and every setting ever seen with an enabled control, while pending or at all.
 * A locked (managed) setting must never look editable, even for a moment.
 */
import type { Page } from 'playwright-core';

export interface OptionsWatch {
  /** Date.now() when the settings form first had a control. */
  contentAt?: number;
  /** Whether the pending notice was up at that moment. */
  pendingAtContent?: boolean;
  /** Settings with an enabled control seen while the policy was pending (must stay empty). */
  editableWhilePending: string[];
  /** Settings ever seen with an enabled control. */
  everEditable: string[];
  /** Date.now() when the pending notice was first seen gone with the form shown. */
  settledAt?: number;
}

/** The script (a string: no test-file transform may leak into the page). */
export const WATCH_OPTIONS = `(() => {
  if (!location.pathname.endsWith('/options.html')) return;
  const w = { editableWhilePending: [], everEditable: [] };
  globalThis.__optionsWatch = w;
  const note = (list, name) => { if (!list.includes(name)) list.push(name); };
  new MutationObserver(() => {
    const controls = [...document.querySelectorAll('[data-setting] input, [data-setting] textarea, [data-setting] select, [data-setting] button')];
    if (controls.length === 0) return;
    const pending = document.querySelector('[data-testid="policy-pending"]') !== null;
    if (w.contentAt === undefined) {
      w.contentAt = Date.now();
      w.pendingAtContent = pending;
    }
    for (const c of controls) {
      if (c.disabled) continue;
      const name = c.closest('[data-setting]').getAttribute('data-setting');
      note(w.everEditable, name);
      if (pending) note(w.editableWhilePending, name);
    }
    if (!pending && w.settledAt === undefined) w.settledAt = Date.now();
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export const optionsWatch = (page: Page) => page.evaluate(() => (globalThis as unknown as { __optionsWatch: OptionsWatch }).__optionsWatch);
