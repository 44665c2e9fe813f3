import type { SiteAdapter } from './types.ts';

/**
 * X (formerly Twitter). Sources: X's own markup as seen by automation scripts and open-source extensions
 * (Nov 2026); see docs/site-notes.md. The post composer is Draft.js: `webDriverTestID` puts the
 * data-testid on the contenteditable root, whose wrapper label is `tweetTextarea_0_label` (hence the
 * contenteditable / textarea qualifiers, so the wrapper never matches).
 */
export const x = {
  id: 'x',
  name: 'X (Twitter)',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  surfaces: [
    {
      id: 'post',
      editor: 'draft',
      composers: [
        // Desktop: Draft.js root; one per post in a thread (tweetTextarea_0, _1, ...). Confidence H.
        '[data-testid^="tweetTextarea_"][contenteditable="true"]',
        // Mobile web and some reply boxes: a plain textarea with the same test id. Confidence M.
        'textarea[data-testid^="tweetTextarea_"]',
      ],
      submitControls: [
        // "Post" / "Reply" / "Post all" in the compose dialog and reply dialog. Confidence H.
        '[data-testid="tweetButton"]',
        // "Post" / "Reply" under the inline composer on the home timeline and a post page. Confidence H.
        '[data-testid="tweetButtonInline"]',
      ],
      submitKeys: [{ key: 'Enter', mod: 'ctrl-or-meta' }],
      replay: 'click',
    },
    {
      id: 'dm',
      editor: 'textarea',
      composers: [
        // Current DM composer. Confidence M.
        'textarea[data-testid="dm-composer-textarea"]',
        // Older DM composer: Draft.js, test id on the contenteditable root. Confidence M.
        '[data-testid="dmComposerTextInput"][contenteditable="true"]',
      ],
      submitControls: [
        // Current send button. Confidence M.
        '[data-testid="dm-composer-send-button"]',
        // Older send button. Confidence M.
        '[data-testid="dmComposerSendButton"]',
      ],
      // Enter sends a DM; Shift+Enter is a new line.
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      replay: 'click',
    },
  ],
  notes: {
    mediaInputs: [
      // The hidden input behind the "Media" toolbar button in every composer. Confidence H.
      'input[data-testid="fileInput"]',
    ],
    mediaPreviews: [
      // The strip of attached photos/videos under the composer text. Confidence M.
      '[data-testid="attachments"]',
    ],
    // No audience control: X posts are public unless the account is protected ("Everyone can reply" is
    // about replies, not who can see the post).
  },
} satisfies SiteAdapter;
