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
      // The mention autocomplete (a tippy popup rendering the suggestion list). Confidence M.
      suggestionLists: ['[data-tippy-root] [role="listbox"]', '[data-testid="autocompleteList"]'],
    },
    {
      id: 'chat',
      editor: 'textarea',
      composers: [
        // Chat message box. Confidence H.
        'textarea[placeholder="Write a message"]',
      ],
      submitControls: [
        // The send arrow. Confidence H.
        '[aria-label="Send message"]',
      ],
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      replay: 'click',
    },
  ],
} satisfies SiteAdapter;
