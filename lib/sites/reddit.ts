import type { SiteAdapter } from './types.ts';

/**
 * Reddit (the current "shreddit" site). Comment and post boxes are Lexical inside <shreddit-composer>, a
 * custom element with a shadow root (delegatesFocus) into which the editor and the submit button are
 * slotted from the light DOM. A post's comment box only exists after its trigger ("Join the
 * conversation") is clicked. In Markdown mode the box is a textarea two shadow roots deep, inside
 * <faceplate-textarea-input>. Sources: automation scripts and extensions (Nov 2026), see
 * docs/site-notes.md; confidence M.
 */
export const reddit = {
  id: 'reddit',
  name: 'Reddit',
  matches: ['https://www.reddit.com/*', 'https://sh.reddit.com/*'],
  surfaces: [
    {
      id: 'comment',
      editor: 'lexical',
      composers: [
        // Rich-text mode: the slotted Lexical root. Confidence M.
        'shreddit-composer > div[role="textbox"][contenteditable="true"]',
        // Same box by its slot name. Confidence L.
        'shreddit-composer > [slot="rte"][contenteditable="true"]',
      ],
      shadowComposers: [
        // Markdown mode. Confidence M.
        ['shreddit-composer', 'faceplate-textarea-input', 'textarea'],
      ],
      submitControls: [
        // "Comment" / "Reply" / "Save". Confidence M.
        'shreddit-composer > button[slot="submit-button"][type="submit"]',
        'shreddit-composer > button[slot="submit-button"]',
      ],
      // Enter is a new line: only the button sends.
      submitKeys: [],
      replay: 'click',
    },
  ],
} satisfies SiteAdapter;
