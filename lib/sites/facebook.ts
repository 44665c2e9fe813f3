import type { SiteAdapter } from './types.ts';

/**
 * Facebook and its messages (facebook.com/messages: messenger.com closed in April 2026 and redirects there,
 * docs/site-evidence-2026.md source MS). Every compose box is Lexical (data-lexical-editor="true" on the
 * contenteditable root); buttons are divs with role="button" whose aria-label is in the member of staff's
 * language: a stable hook where there is one (#focused-state-composer-submit), else the English word in
 * submitControlTexts, which the DOM code also matches in the page's and browser's languages ("Publier").
 * Sources: docs/site-evidence-2026.md (FB1 real saved DOM 2026-03, FB2, FB3, TV 2026-02-27, MS 2026) and
 * docs/site-notes.md (Nov 2026).
 *
 * Pages and professional mode publish in two steps (FB2, 2026): "Next" in the composer, then "Post" on a
 * settings step where the editor may be gone. The text is final at "Next", so "Next" in a dialog holding
 * the composer is treated as the send; once confirmed there, "Post" on the settings step passes.
 *
 * Order matters: a post opened in a dialog holds comment boxes, so the comment surface is listed before
 * the feed composer (whose selector only says "a Lexical box in a dialog").
 */

/** Mention and hashtag suggestions: Lexical's typeahead marks the box expanded and shows a listbox. */
const TYPEAHEAD = ['[data-lexical-editor="true"][aria-expanded="true"]', '[role="listbox"]'] as const;

export const facebook = {
  id: 'facebook',
  name: 'Facebook and Messenger',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  surfaces: [
    {
      id: 'comment',
      editor: 'lexical',
      composers: [
        // Comment box under a post, inside form[role="presentation"]; label "Write a comment…". Confirmed
        // (FB1 real DOM 2026-03, TV 2026-02).
        'div[data-lexical-editor="true"][aria-label^="Write a comment"]',
        // The same box in any language: a Lexical textbox in the comment form. Confirmed structure (FB1).
        'form[role="presentation"] div[data-lexical-editor="true"][role="textbox"][contenteditable="true"]',
        // Pages and groups with public comments. Unconfirmed (not seen in 2026 evidence).
        'div[data-lexical-editor="true"][aria-label^="Write a public comment"]',
        // Reply box under a comment ("Reply to Jo Bloggs…"). Unconfirmed (not seen in 2026 evidence).
        'div[data-lexical-editor="true"][aria-label^="Reply to "]',
        // Older label. Unconfirmed (not seen in 2026 evidence).
        'div[data-lexical-editor="true"][aria-label^="Comment as "]',
      ],
      submitControls: [
        // The arrow: #focused-state-composer-submit > span > div[role=button][aria-label="Comment"]
        // [aria-disabled]. The id is the language-independent hook; the wrapper is resolved to the inner
        // role=button for replay. Confirmed (FB1 real DOM 2026-03).
        '#focused-state-composer-submit [role="button"]',
        '#focused-state-composer-submit',
        // The same button by its English label. Confirmed (FB1).
        'div[role="button"][aria-label="Comment"]',
      ],
      // Its label in other languages ("Commenter", "Skomentuj").
      submitControlTexts: ['Comment'],
      // Enter comments; Shift+Enter is a new line.
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      replay: 'click',
      suggestionLists: TYPEAHEAD,
    },
    {
      id: 'messenger',
      editor: 'lexical',
      composers: [
        // facebook.com/messages/t/… and /messages/e2ee/t/…, and chat heads: label "Message" or "Message Jo".
        // Plausible (MS, undated selectors; 2026 news for the move from messenger.com).
        '[role="textbox"][data-lexical-editor="true"][aria-label*="Message"]',
        // The same box where the label is French or another language using the word ("Écrire un message").
        // Unconfirmed. (Polish "wiadomość", Welsh "neges" and others are not matched: a Lexical box by itself
        // is not enough, as the comment boxes and the post dialog are Lexical too.)
        '[role="textbox"][data-lexical-editor="true"][aria-label*="message" i]',
      ],
      submitControls: [
        // Shown while the box has text. Plausible (MS).
        '[aria-label="Press enter to send"]',
        // Newer label of the same button. Plausible (MS).
        '[role="button"][aria-label="Send"]',
      ],
      // Its label in other languages ("Envoyer", "Wyślij"). The slot holds "Send a Like" while the box is
      // empty, which is not a send word.
      submitControlTexts: ['Send'],
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      replay: 'click',
      suggestionLists: TYPEAHEAD,
    },
    {
      id: 'post',
      editor: 'lexical',
      composers: [
        // "Create post" dialog (timeline, groups, pages); the label ("What's on your mind, Jo?") is localised.
        // Confirmed (TV 2026-02, FB2 2026).
        '[role="dialog"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      ],
      submitControls: [
        // A div, not a button; aria-disabled while the post is empty. Confirmed (TV, FB2, 2026).
        'div[role="button"][aria-label="Post"]',
      ],
      // "Post" in the page's language ("Publier", "Opublikuj"), and "Next", the first of the two steps of a
      // Page's post (FB2, 2026), found only inside the dialog that holds the composer.
      submitControlTexts: ['Post', 'Next'],
      // Enter is a new line in a post: only the button posts.
      submitKeys: [],
      replay: 'click',
    },
  ],
  notes: {
    mediaInputs: [
      // The "Photo/video" input of the create-post dialog and comment boxes. Confidence M.
      'input[type="file"][accept*="image"]',
      'input[type="file"][accept*="video"]',
    ],
    mediaPreviews: [
      // Attached photos in the create-post dialog are listed with a "Remove" control per item. Confidence L.
      '[role="dialog"] [aria-label="Remove"]',
    ],
    audienceControls: {
      selectors: [
        // The audience button under the author's name in "Create post": "Edit privacy. Sharing with Public." Confidence M.
        '[role="dialog"] [role="button"][aria-label^="Edit privacy"]',
        // Older label of the same button ("Select audience"). Confidence L.
        '[role="dialog"] [role="button"][aria-label^="Select audience"]',
      ],
      publicTexts: ['Public'],
    },
  },
} satisfies SiteAdapter;
