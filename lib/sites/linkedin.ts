import type { SiteAdapter } from './types.ts';

/**
 * LinkedIn. Sources: LinkedIn's markup as seen by automation scripts and open-source extensions (Nov 2026);
 * see docs/site-notes.md. The share box and comment boxes are Quill 1 (`.ql-editor`, one `<p>` per
 * line); messaging is LinkedIn's own contenteditable of `<p>`. LinkedIn pages enforce Trusted Types, which
 * only matters to code that writes HTML (PostPause never does).
 */
export const linkedin = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  surfaces: [
    {
      id: 'share',
      editor: 'quill',
      composers: [
        // "Start a post" dialog. Confidence M.
        '.share-creation-state .ql-editor',
        // Older inline share box on the feed. Confidence M.
        '.share-box-feed-entry__form .ql-editor',
      ],
      submitControls: [
        // "Post" in the share dialog. Confidence M.
        'button.share-actions__primary-action',
      ],
      // Enter is a new paragraph in the share box; only the button posts.
      submitKeys: [],
      replay: 'click',
      suggestionLists: ['.editor-typeahead-fetch:not([hidden])', '[role="listbox"].typeahead-results'],
    },
    {
      id: 'comment',
      editor: 'quill',
      composers: [
        // Comment and reply boxes under posts. Confidence M.
        '.comments-comment-box .ql-editor',
        // Newer comment box (the "--cr" redesign). Confidence M.
        '.comments-comment-box--cr .ql-editor',
      ],
      submitControls: [
        // "Comment" / "Reply". Confidence M.
        '.comments-comment-box__submit-button',
        // The same button in the redesigned comment box. Confidence M.
        '.comments-comment-box__submit-button--cr',
      ],
      submitKeys: [],
      replay: 'click',
      suggestionLists: ['.editor-typeahead-fetch:not([hidden])', '[role="listbox"].typeahead-results'],
    },
    {
      id: 'message',
      editor: 'contenteditable',
      composers: [
        // Messaging (full page and the overlay bubbles). Confidence M.
        '.msg-form__contenteditable[contenteditable="true"]',
      ],
      submitControls: [
        // "Send". Confidence M.
        'button.msg-form__send-button',
      ],
      // LinkedIn's default "Press Enter to send"; Shift+Enter is a new line. Known limitation: members who
      // switched to "Click Send" have Enter held too when the message is risky (Shift+Enter still works).
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      replay: 'click',
      suggestionLists: ['.msg-form [role="listbox"]:not([hidden])'],
    },
  ],
} satisfies SiteAdapter;
