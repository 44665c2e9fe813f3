import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startPrivacyReminders, reminderHandlers } from '../extension/reminders/background.ts';
import { openPage } from '../extension/runtime/open-page.ts';
import { keepMastodonScriptsInSync } from '../extension/mastodon/browser.ts';
import { recordPauseOutcome } from '../extension/storage/pause-counts.ts';
import { appendError } from '../extension/storage/error-log.ts';
import { recordSiteHealth } from '../extension/storage/site-health.ts';
import { createRouter, type Sender } from '../extension/messages/router.ts';
import { shareSessionWithContentScripts } from '../extension/storage/browser-storage.ts';

/** The extension's own pages (the "Try PostPause" practice box): what happens there is practice, not a site's posts. */
const fromOwnPage = (sender: Sender) => sender.url?.startsWith(browser.runtime.getURL('/')) === true;

export default defineBackground(() => {
  // Privacy-check reminders: badge, hourly alarm, notification, welcome page on install.
  startPrivacyReminders();
  // New tabs' compose engines read the school's policy as last read (storage.session, kept fresh by every
  // read of it, the reminders' own watch included) instead of waiting for managed storage.
  shareSessionWithContentScripts().catch((err: unknown) => console.warn('PostPause: storage.session not shared:', err));
  // Extra Mastodon servers: the compose content script registered on each one the browser allowed.
  keepMastodonScriptsInSync();
  // Every message from content scripts and pages goes through one router (extension/messages/contract.ts).
  browser.runtime.onMessage.addListener(
    createRouter(
      {
        ...reminderHandlers,
        // Content-free pause counts for the popup (practice pauses on the Try page are not counted).
        'postpause:pause-outcome': async (m, sender) => {
          if (!fromOwnPage(sender)) await recordPauseOutcome(m.outcome, m.categories);
          return { ok: true };
        },
        // PostPause's own error log for the options page.
        'postpause:error': async (m) => (await appendError({ at: Date.now(), site: m.site, where: m.where, message: m.message }), { ok: true }),
        // The overlay's clause links open the bundled guide beside the tab.
        'postpause:open-page': openPage,
        // Content-free site health (composer seen, send recognised / not recognised) for the options page.
        // Not for the Try page, which is no site.
        'postpause:site-health': async (m, sender) => {
          if (!fromOwnPage(sender)) await recordSiteHealth(m.site, m.event);
          return { ok: true };
        },
      },
      (type, err) => console.warn(`PostPause: ${type} failed:`, err),
    ),
  );
});
