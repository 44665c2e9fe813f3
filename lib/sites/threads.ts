import type { SiteAdapter } from './types.ts';

/**
 * Threads (Meta). The composer is Lexical; the "Post" button is a div with role="button" and nothing
 * but its text to go by. Enter is a new line: only the button posts. Sources: automation scripts and
 * open-source extensions (Nov 2026), see docs/site-notes.md; confidence M.
 */
export const threads = {
  id: 'threads',
  name: 'Threads',
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  surfaces: [
    {
      id: 'post',
      editor: 'lexical',
      composers: [
        // New thread and reply boxes (placeholder "What's new?" / "Reply to jo…"). Confidence M.
        'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      ],
      submitControls: [],
      submitControlTexts: ['Post'],
      submitKeys: [],
      replay: 'click',
    },
  ],
} satisfies SiteAdapter;
