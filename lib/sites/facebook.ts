import type { SiteAdapter } from './types.ts';

/**
 * Facebook and Messenger. Every compose box is Lexical (data-lexical-editor="true" on the contenteditable
 * root); buttons are divs with role="button" and an English aria-label. Sources: automation scripts and
 * open-source extensions (Nov 2026), see docs/site-notes.md; all confidence M unless noted.
 *
 * Order matters: a post opened in a dialog holds comment boxes, so the comment surface is listed before
 * the feed composer (whose selector only says "a Lexical box in a dialog").
 */

/** Mention and hashtag suggestions: Lexical's typeahead marks the box expanded and shows a listbox. */
const TYPEAHEAD = ['[data-lexical-editor="true"][aria-expanded="true"]', '[role="listbox"]'] as const;

export const facebook = {
  id: 'facebook',
  name: 'Facebook and Messenger',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://www.messenger.com/*'],
  surfaces: [
    {
      id: 'comment',
      editor: 'lexical',
      composers: [
        // Comment box under a post; the label goes on with the author's name. Confidence M.
        'div[data-lexical-editor="true"][aria-label^="Write a comment"]',
        // Pages and groups with public comments. Confidence L.
        'div[data-lexical-editor="true"][aria-label^="Write a public comment"]',
        // Reply box under a comment ("Reply to Jo Bloggs…"). Confidence L.
        'div[data-lexical-editor="true"][aria-label^="Reply to "]',
        // Older label. Confidence L.
        'div[data-lexical-editor="true"][aria-label^="Comment as "]',
      ],
      submitControls: [
        // The arrow button in the comment box; a div, not a button. Confidence M.
        'div[role="button"][aria-label="Comment"]',
        // Same button by its id in the comment composer. Confidence L.
        '#focused-state-composer-submit',
      ],
      // Enter comments; Shift+Enter is a new line.
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      replay: 'click',
      suggestionLists: TYPEAHEAD,
    },
    {
      id: 'messenger',
      editor: 'lexical',
      composers: [
        // Messenger (messenger.com, facebook.com/messages, chat heads): label "Message" or "Message Jo". Confidence M.
        '[role="textbox"][data-lexical-editor="true"][aria-label*="Message"]',
      ],
      submitControls: [
        // Shown while the box has text. Confidence M.
        '[aria-label="Press enter to send"]',
        // Newer label of the same button. Confidence M.
        '[role="button"][aria-label="Send"]',
      ],
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      replay: 'click',
      suggestionLists: TYPEAHEAD,
    },
    {
      id: 'post',
      editor: 'lexical',
      composers: [
        // "Create post" dialog (timeline, groups, pages); the label ("What's on your mind, Jo?") is localised. Confidence M.
        '[role="dialog"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      ],
      submitControls: [
        // A div, not a button; aria-disabled while the post is empty. Confidence M.
        'div[role="button"][aria-label="Post"]',
      ],
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
