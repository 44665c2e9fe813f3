import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startPrivacyReminders, reminderHandlers } from '../extension/reminders/background.ts';
import { openPage } from '../extension/runtime/open-page.ts';
import { keepMastodonScriptsInSync } from '../extension/mastodon/browser.ts';
import { recordPauseOutcome } from '../extension/storage/pause-counts.ts';
import { appendError } from '../extension/storage/error-log.ts';
import { recordSiteHealth } from '../extension/storage/site-health.ts';
import { createRouter } from '../extension/messages/router.ts';

export default defineBackground(() => {
  // Privacy-check reminders: badge, hourly alarm, notification, welcome page on install.
  startPrivacyReminders();
  // Extra Mastodon servers: the compose content script registered on each one the browser allowed.
  keepMastodonScriptsInSync();
  // Every message from content scripts and pages goes through one router (extension/messages/contract.ts).
  browser.runtime.onMessage.addListener(
    createRouter(
      {
        ...reminderHandlers,
        // Content-free pause counts for the popup.
        'postpause:pause-outcome': async (m) => (await recordPauseOutcome(m.outcome, m.categories), { ok: true }),
        // PostPause's own error log for the options page.
        'postpause:error': async (m) => (await appendError({ at: Date.now(), site: m.site, where: m.where, message: m.message }), { ok: true }),
        // The overlay's clause links open the bundled guide beside the tab.
        'postpause:open-page': openPage,
        // Content-free site health (composer seen, send recognised / not recognised) for the options page.
        'postpause:site-health': async (m) => (await recordSiteHealth(m.site, m.event), { ok: true }),
      },
      (type, err) => console.warn(`PostPause: ${type} failed:`, err),
    ),
  );
});
