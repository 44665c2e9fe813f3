import { defineBackground } from 'wxt/utils/define-background';
import { startPrivacyReminders } from '../extension/reminders/background.ts';
import { handleOpenPageMessages } from '../extension/runtime/open-page.ts';
import { keepMastodonScriptsInSync } from '../extension/mastodon/browser.ts';
import { handlePauseOutcomeMessages } from '../extension/storage/pause-counts.ts';
import { handleErrorLogMessages } from '../extension/storage/error-log.ts';

export default defineBackground(() => {
  // Wiring only; configuration, reminders and messages are added by later work.
  startPrivacyReminders();
  // The overlay's clause links to the bundled guide (see extension/runtime/open-page.ts).
  handleOpenPageMessages();
  // Extra Mastodon servers: the compose content script registered on each one the browser allowed.
  keepMastodonScriptsInSync();
  // Content-free nudge counts (popup) and PostPause's own error log (options page), from content scripts.
  handlePauseOutcomeMessages();
  handleErrorLogMessages();
});
