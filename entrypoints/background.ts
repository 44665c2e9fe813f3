import { defineBackground } from 'wxt/utils/define-background';
import { startPrivacyReminders } from '../lib/reminders/background.ts';
import { handleOpenPageMessages } from '../lib/runtime/open-page.ts';
import { keepMastodonScriptsInSync } from '../lib/mastodon/browser.ts';
import { handleNudgeMessages } from '../lib/storage/nudge-counts.ts';
import { handleErrorLogMessages } from '../lib/storage/error-log.ts';

export default defineBackground(() => {
  // Wiring only; configuration, reminders and messages are added by later work.
  startPrivacyReminders();
  // The overlay's clause links to the bundled guide (see lib/runtime/open-page.ts).
  handleOpenPageMessages();
  // Extra Mastodon servers: the compose content script registered on each one the browser allowed.
  keepMastodonScriptsInSync();
  // Content-free nudge counts (popup) and PostPause's own error log (options page), from content scripts.
  handleNudgeMessages();
  handleErrorLogMessages();
});
