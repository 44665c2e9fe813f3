import type { SiteAdapter } from './types.ts';

/**
 * LinkedIn. Sources: docs/site-evidence-2026.md (LA "captured live 2026-06-24/26", LR April 2026, LH commits
 * 2026-03..04, LM HEAD 2026-08-22, LX 2025-11..2026-03) and docs/site-notes.md (Nov 2026).
 *
 * LinkedIn serves two front ends (LH): the feed (/feed/) with hashed class names, where the share box and
 * the messaging overlay sit in an open shadow root under #interop-outlet (LA, LR) and the comment box is a
 * TipTap/ProseMirror editor in a form with a submit button (LH, LA, LR); and the older post pages
 * (/posts/…, /feed/update/…) with Quill comment boxes and stable class names. Both are live, so both are
 * here. Composers in the shadow root are found on the event path (composedPath) and by deep queries; the
 * chains below name the host for document-level scans. LinkedIn pages enforce Trusted Types, which only
 * matters to code that writes HTML (PostPause never does).
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
        // "Start a post" dialog ([data-test-modal-id="sharebox"]): Quill's root by its test attribute.
        // Confirmed (LA 2026-06).
        '[data-test-ql-editor-contenteditable="true"]',
        // The same root by Quill's class and LinkedIn's label. Confirmed (LA, LR 2026).
        '.ql-editor[aria-label="Text editor for creating content"]',
        // Older class names around the dialog's editor. Unconfirmed in 2026 (class names hashed since LX).
        '.share-creation-state .ql-editor',
      ],
      shadowComposers: [
        // Confirmed (LA 2026-06, LR 2026-04).
        ['#interop-outlet', '.ql-editor[contenteditable="true"]'],
      ],
      submitControls: [
        // "Post" in the share dialog; disabled until Quill has committed the text (async). Confirmed (LA).
        'button.share-actions__primary-action',
      ],
      // "Post" in other languages, should the class name go: only inside the share dialog.
      submitControlTexts: ['Post'],
      // Enter is a new paragraph in the share box; only the button posts.
      submitKeys: [],
      replay: 'click',
      // Quill pages' typeahead. Plausible (LH, legacy pages only).
      suggestionLists: ['.editor-typeahead-fetch:not([hidden])', '[role="listbox"].typeahead-results'],
    },
    {
      id: 'feed-comment',
      editor: 'prosemirror',
      composers: [
        // Feed comment and reply box: TipTap, in [data-testid="ui-core-tiptap-text-editor-wrapper"].
        // Confirmed (LH 2026-03..04, LA 2026-06, LR 2026-04).
        '[contenteditable="true"][role="textbox"][aria-label="Text editor for creating comment"]',
        '[data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror[contenteditable="true"]',
        // By TipTap's classes alone. Confirmed (LR).
        '.tiptap.ProseMirror[contenteditable="true"][role="textbox"]',
      ],
      // The form's button[type="submit"] (LH): recognised as the submit button of the form holding the box,
      // whatever its label; the post's action-bar "Comment" (which only opens the box) is outside the form.
      // LR also names a button in [componentkey*="commentButtonSection"]: unconfirmed, not used.
      submitControls: [],
      // Enter is a new paragraph in the comment box (LH); only the button posts.
      submitKeys: [],
      formSubmit: true,
      replay: 'click',
      // TipTap's mention popup; the feed box's own popup is not documented. Unconfirmed.
      suggestionLists: ['[data-tippy-root] [role="listbox"]'],
    },
    {
      id: 'comment',
      editor: 'quill',
      composers: [
        // Comment and reply boxes on the older post pages (/posts/…, /feed/update/…). Confirmed (LH 2026).
        '.comments-comment-box .ql-editor',
        // The "--cr" redesign of the same box. Plausible (LH).
        '.comments-comment-box--cr .ql-editor',
      ],
      submitControls: [
        // "Comment" / "Reply". Confirmed on post pages (LH 2026).
        '.comments-comment-box__submit-button',
        // The same button in the redesigned comment box. Plausible (LH).
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
        // Messaging: the full page and the overlay bubbles ("DM pages still use stable class names"; the
        // overlay sits in the #interop-outlet shadow root). Confirmed (LR 2026-04, LM 2026-08).
        '.msg-form__contenteditable[contenteditable="true"]',
        // By its role and label ("Write a message…"). Confirmed (LM).
        'div[role="textbox"][contenteditable="true"][aria-label^="Write a message"]',
      ],
      shadowComposers: [
        // Confirmed (LR 2026-04).
        ['#interop-outlet', '.msg-form__contenteditable[contenteditable="true"]'],
      ],
      submitControls: [
        // "Send". Plausible (LM: button[type="submit"] in the message form, which is also recognised).
        'button.msg-form__send-button',
      ],
      // LinkedIn's default "Press Enter to send"; Shift+Enter is a new line (LM: Enter fallback). Known
      // limitation: members who switched to "Click Send" have Enter held too when the message is risky
      // (Shift+Enter still works).
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      replay: 'click',
      suggestionLists: ['.msg-form [role="listbox"]:not([hidden])'],
    },
  ],
} satisfies SiteAdapter;
