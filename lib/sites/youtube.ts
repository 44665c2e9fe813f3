import type { SiteAdapter } from './types.ts';

/**
 * YouTube comments: a plain contenteditable that only exists after the "Add a comment…" placeholder is
 * clicked (nothing to do for PostPause: sends are caught when they happen). Enter is a new line; only the
 * "Comment" / "Reply" button posts. Source: sites.md (M).
 */
export const youtube = {
  id: 'youtube',
  name: 'YouTube',
  matches: ['https://www.youtube.com/*'],
  surfaces: [
    {
      id: 'comment',
      editor: 'contenteditable',
      composers: [
        // The comment and reply box. Confidence M.
        'ytd-commentbox #contenteditable-root[contenteditable="true"]',
        // Older builds used plaintext-only. Confidence L.
        'ytd-commentbox #contenteditable-root[contenteditable="plaintext-only"]',
      ],
      submitControls: [
        // "Comment" / "Reply" (a button inside a yt-button-shape). Confidence M.
        'ytd-commentbox #submit-button button',
      ],
      submitKeys: [],
      replay: 'click',
    },
  ],
} satisfies SiteAdapter;
