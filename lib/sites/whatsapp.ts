import type { SiteAdapter } from './types.ts';

/**
 * WhatsApp Web. The message box is Lexical in the chat's footer; Enter sends. The send button shares its
 * slot with the voice-note button (it turns into "record" the moment the box is empty), so a send is
 * replayed with Enter, never with a click. Sources: WhatsApp Web's markup as used by automation libraries
 * and extensions (Nov 2026), see docs/site-notes.md.
 */
export const whatsapp = {
  id: 'whatsapp',
  name: 'WhatsApp Web',
  matches: ['https://web.whatsapp.com/*'],
  surfaces: [
    {
      id: 'chat',
      editor: 'lexical',
      composers: [
        // Message box ("Type a message"); the chat search box is Lexical too, but not in the footer. Confirmed
        // (WA, Aug 2026).
        'footer div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
        // The box by its tab index. Confirmed (WA, Aug 2026).
        'footer div[contenteditable="true"][data-tab="10"]',
      ],
      submitControls: [
        // The send button by its icon, the same in every language. Confirmed (WA, hand-verified Aug 2026).
        'footer button:has(span[data-icon="wds-ic-send-filled"])',
        'footer [role="button"]:has(span[data-icon="wds-ic-send-filled"])',
        // By its English label. Confirmed (WA).
        'footer button[aria-label="Send"]',
        // Older builds. Dead per WA (only in old bots); unconfirmed in 2026.
        'footer [data-testid="compose-btn-send"]',
      ],
      // Its label in other languages ("Wyślij", "Anfon").
      submitControlTexts: ['Send'],
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      replay: 'key',
      // Mentions in groups and emoji suggestions (":smi…") pop up over the footer. Confidence L.
      suggestionLists: ['footer [data-lexical-editor="true"][aria-expanded="true"]', 'footer [role="listbox"]'],
    },
  ],
} satisfies SiteAdapter;
