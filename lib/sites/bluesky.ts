import type { SiteAdapter } from './types.ts';

/**
 * Bluesky (bsky.app), from its open-source social-app: the post composer is TipTap (ProseMirror) and sends
 * with Ctrl/Cmd+Enter or "Post"; the chat box is a textarea where Enter sends unless an IME is composing.
 * react-native-web fires onPress from `click`, so catching clicks also covers keyboard activation.
 */
export const bluesky = {
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://bsky.app/*'],
  surfaces: [
    {
      id: 'post',
      editor: 'prosemirror',
      composers: [
        // TipTap's editable root (role=textbox), one per post in a thread. Confidence H.
        '.ProseMirror[contenteditable="true"]',
      ],
      submitControls: [
        // "Post" / "Reply" / "Post all". Confidence H.
        '[data-testid="composerPublishBtn"]',
      ],
      submitKeys: [{ key: 'Enter', mod: 'ctrl-or-meta' }],
      replay: 'click',
      // The mention autocomplete: newest builds put a floating-ui div holding div.items on <body> (BS,
      // contradicts the older tippy popup, kept for older builds). Post sends need Ctrl/Cmd+Enter anyway.
      suggestionLists: ['body > div > div.items', '[data-tippy-root] [role="listbox"]', '[data-testid="autocompleteList"]'],
    },
    {
      id: 'chat',
      editor: 'textarea',
      composers: [
        // New chat composer (MessageComposer.tsx): label "Message input field", placeholder "Message".
        // Confirmed (BS, social-app source @0132b72).
        'textarea[aria-label="Message input field"]',
        'textarea[placeholder="Message"]',
        // Older chat box (MessageInput.web.tsx). Confirmed for older builds (BS @6ecc568).
        'textarea[placeholder="Write a message"]',
      ],
      submitControls: [
        // The send arrow, both builds. Confirmed (BS).
        '[aria-label="Send message"]',
      ],
      // Enter sends; ignored during IME composition (keyCode 229), as here. Confirmed (BS).
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      replay: 'click',
      // The new composer's mention and emoji autocomplete owns Enter while shown (BS): a listbox next to the
      // box. Plausible (the source renders a list; its exact attributes are not pinned).
      suggestionLists: ['[data-testid="messageComposerAutocomplete"]', '[role="listbox"]'],
    },
  ],
} satisfies SiteAdapter;
