import type { SiteAdapter } from './types.ts';

/** TikTok web. Comments are Draft.js; Enter posts, Shift+Enter is a new line. Source: sites.md (M). */
export const tiktok = {
  id: 'tiktok',
  name: 'TikTok',
  matches: ['https://www.tiktok.com/*'],
  surfaces: [
    {
      id: 'comment',
      editor: 'draft',
      composers: [
        // Draft.js root inside the comment bar, under a video and in replies. Plausible (TT, undated).
        '[data-e2e="comment-input"] .public-DraftEditor-content',
        // Any contenteditable in the comment bar. Plausible (TT, other scripts).
        '[data-e2e="comment-input"] [contenteditable="true"]',
      ],
      submitControls: [
        // "Post" next to the box (a div). Confirmed (TT, ubiquitous though undated).
        '[data-e2e="comment-post"]',
      ],
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      // Draft.js ignores synthetic keys (keyCode 0 from an isolated world): replay with the button.
      replay: 'click',
      // @mention suggestion rows (container comment-at-user). Plausible (TT).
      suggestionLists: ['[data-e2e="comment-at-list"]', '[data-e2e="comment-input"] ~ [role="listbox"]'],
    },
  ],
} satisfies SiteAdapter;
