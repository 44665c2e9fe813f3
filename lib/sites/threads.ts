import type { SiteAdapter } from './types.ts';

/**
 * Threads (Meta). The composer is Lexical; the "Post" button is a div with role="button" and nothing
 * but its text to go by (in the member of staff's language). A thread of several posts ("Add to thread")
 * puts several boxes in the dialog under one "Post": every one of them is read. Enter is a new line: only
 * the button posts. Sources: docs/site-evidence-2026.md (TV "last captured 2026-02-27": composer "stable
 * across languages", `div[role="button"]` Post, "DIV not BUTTON") and docs/site-notes.md.
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
        // New thread and reply boxes (placeholder "What's new?" / "Reply to jo…"). Confirmed (TV 2026-02).
        'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      ],
      submitControls: [],
      submitControlTexts: ['Post'],
      // Whether Ctrl/Cmd+Enter posts is unconfirmed: not held.
      submitKeys: [],
      replay: 'click',
    },
  ],
} satisfies SiteAdapter;
