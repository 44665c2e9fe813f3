import type { SiteAdapter } from './types.ts';

/**
 * YouTube comments: a plain contenteditable that only exists after the "Add a comment…" placeholder is
 * clicked (nothing to do for PostPause: sends are caught when they happen). Enter is a new line; the
 * "Comment" / "Reply" button and Ctrl/Cmd+Enter post. Sources: docs/site-evidence-2026.md (YT, 2024-26:
 * top-level box in ytd-comment-simplebox-renderer, replies in ytd-commentbox, Ctrl+Enter posts) and
 * docs/site-notes.md. Live chat (an iframe at /live_chat) is not covered.
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
        // Top-level comment box. Plausible (YT: scripts address it as
        // ytd-comment-simplebox-renderer #contenteditable-root, 2024-26).
        'ytd-comment-simplebox-renderer #contenteditable-root[contenteditable="true"]',
        // The reply box (and the comment box in builds that reuse it). Plausible (YT).
        'ytd-commentbox #contenteditable-root[contenteditable="true"]',
        // Older builds used plaintext-only. Unconfirmed in 2026.
        'ytd-commentbox #contenteditable-root[contenteditable="plaintext-only"]',
        'ytd-comment-simplebox-renderer #contenteditable-root[contenteditable="plaintext-only"]',
      ],
      submitControls: [
        // "Comment" (a button inside a yt-button-shape). Plausible (YT).
        'ytd-comment-simplebox-renderer #submit-button button',
        // "Reply". Plausible (YT).
        'ytd-commentbox #submit-button button',
      ],
      // Ctrl/Cmd+Enter posts a comment (YT: 4+ scripts post with Ctrl+Enter, 2024-26).
      submitKeys: [{ key: 'Enter', mod: 'ctrl-or-meta' }],
      replay: 'click',
    },
  ],
} satisfies SiteAdapter;
