import type { SiteAdapter } from './types.ts';

/**
 * Instagram on the web. Its buttons carry no stable attributes, only their text ("Share", "Post",
 * "Send", in the member of staff's language), so they are found by text: in the comment form, in the
 * dialog that holds the caption ("Share" sits in the dialog's header, far above the box), next to the
 * message box. Sources: docs/site-evidence-2026.md (IG, 2024-26, mixed) and docs/site-notes.md (Nov 2026).
 */
export const instagram = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  surfaces: [
    {
      id: 'dm',
      editor: 'lexical',
      composers: [
        // Direct messages: a Lexical box labelled "Message". Unconfirmed (no 2025-26 evidence found).
        'div[role="textbox"][contenteditable="true"][aria-label="Message"]',
        // Same box, should the label gain the recipient's name. Unconfirmed.
        'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label^="Message"]',
      ],
      submitControls: [],
      // "Send" appears (a div with role=button) once the box has text.
      submitControlTexts: ['Send'],
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      replay: 'click',
      suggestionLists: ['[data-lexical-editor="true"][aria-expanded="true"]', '[role="listbox"]'],
    },
    {
      id: 'comment',
      editor: 'textarea',
      composers: [
        // React textarea under a post, with a real ellipsis character. Plausible (IG: many 2024-26 bots).
        'textarea[aria-label="Add a comment…"]',
        // Same box with three dots, or only a placeholder. Plausible (IG).
        'textarea[aria-label^="Add a comment"]',
        'textarea[placeholder^="Add a comment"]',
        // Reels: a single-line <input>. Plausible (IG, 2025-26 scripts).
        'input[placeholder^="Add a comment"]',
        'input[aria-label^="Add a comment"]',
        // Newer builds: a contenteditable div. Plausible (IG, 2024+ reports).
        'div[aria-label^="Add a comment"][contenteditable="true"]',
        'div[aria-placeholder^="Add a comment"][contenteditable="true"]',
      ],
      submitControls: [],
      // "Post" (a div with role=button) inside the comment form.
      submitControlTexts: ['Post'],
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      // The box sits in a <form>: its submit event posts the comment too (Enter in the reels <input>).
      // Enter-to-post is disputed for the textarea (IG: one 2026 bot "Enter doesn't submit"): unconfirmed.
      formSubmit: true,
      replay: 'click',
      suggestionLists: ['textarea[aria-expanded="true"]', 'input[aria-expanded="true"]', '[role="listbox"]'],
    },
    {
      id: 'caption',
      editor: 'contenteditable',
      composers: [
        // Caption step of "Create new post" (three dots in the label). Plausible (IG, 2 recent bots).
        'div[aria-label="Write a caption..."][contenteditable="true"]',
        // Same with a real ellipsis or a changed ending. Unconfirmed.
        'div[aria-label^="Write a caption"][contenteditable="true"]',
      ],
      submitControls: [],
      // "Share" in the dialog's header, far from the caption: matched inside the dialog that holds it.
      submitControlTexts: ['Share'],
      submitKeys: [],
      replay: 'click',
    },
  ],
} satisfies SiteAdapter;
