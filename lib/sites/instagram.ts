import type { SiteAdapter } from './types.ts';

/**
 * Instagram on the web. Its buttons carry no stable attributes, only their text ("Share", "Post",
 * "Send"), so they are found by text near the composer. Sources: automation scripts and open-source
 * extensions (Nov 2026), see docs/site-notes.md; all confidence M unless noted.
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
        // Direct messages: a Lexical box labelled "Message". Confidence M.
        'div[role="textbox"][contenteditable="true"][aria-label="Message"]',
        // Same box, should the label gain the recipient's name. Confidence L.
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
        // React textarea under a post, with a real ellipsis character. Confidence M.
        'textarea[aria-label="Add a comment…"]',
        // Same box with three dots, or only a placeholder. Confidence L.
        'textarea[aria-label^="Add a comment"]',
        'textarea[placeholder^="Add a comment"]',
      ],
      submitControls: [],
      // "Post" (a div with role=button) inside the comment form.
      submitControlTexts: ['Post'],
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      // The textarea sits in a <form>: its submit event posts the comment too.
      formSubmit: true,
      replay: 'click',
      suggestionLists: ['textarea[aria-expanded="true"]', '[role="listbox"]'],
    },
    {
      id: 'caption',
      editor: 'contenteditable',
      composers: [
        // Caption step of "Create new post" (three dots in the label). Confidence M.
        'div[aria-label="Write a caption..."][contenteditable="true"]',
        // Same with a real ellipsis or a changed ending. Confidence L.
        'div[aria-label^="Write a caption"][contenteditable="true"]',
      ],
      submitControls: [],
      // "Share" in the dialog's header.
      submitControlTexts: ['Share'],
      submitKeys: [],
      replay: 'click',
    },
  ],
} satisfies SiteAdapter;
