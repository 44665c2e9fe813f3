import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring only; configuration, reminders and messages are added by later work.
});
