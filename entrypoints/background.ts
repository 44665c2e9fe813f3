import { defineBackground } from 'wxt/utils/define-background';
import { startPrivacyReminders } from '../lib/reminders/background.ts';

export default defineBackground(() => {
  // Wiring only; configuration, reminders and messages are added by later work.
  startPrivacyReminders();
});
