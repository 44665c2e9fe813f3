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
        // Mobile / narrow web: the test id is on a wrapper div around a plain textarea. Confirmed
        // (docs/site-evidence-2026.md, source CP, 2025-02-18, HEAD 2026-08-17).
        '[data-testid^="tweetTextarea_"] textarea',
        // Older mobile builds with the test id on the textarea itself. Kept, not seen in 2026 evidence.
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
        // XChat DM composer, inside the open shadow root of [data-testid="xchatEmbedRoute"] (full page) or
        // xchatEmbedOverlays (chat drawer): matched on the event path and by deep queries. Confirmed
        // (source XC, several 2026 scripts).
        'textarea[data-testid="dm-composer-textarea"]',
        // Older DM composer: Draft.js, test id on the contenteditable root. Evidence says dead (XC, 2026); kept
        // for accounts not yet moved to XChat. Unconfirmed in 2026.
        '[data-testid="dmComposerTextInput"][contenteditable="true"]',
      ],
      shadowComposers: [
        // Confirmed (XC, 2026).
        ['[data-testid="xchatEmbedRoute"]', 'textarea[data-testid="dm-composer-textarea"]'],
        ['[data-testid="xchatEmbedOverlays"]', 'textarea[data-testid="dm-composer-textarea"]'],
      ],
      submitControls: [
        // Send button in [data-testid="dm-composer-form"]; the slot shows the voice button while empty.
        // Confirmed (XC, 2026).
        '[data-testid="dm-composer-send-button"]',
        // Older send button. Unconfirmed in 2026.
        '[data-testid="dmComposerSendButton"]',
      ],
      // Enter sends a DM; Shift+Enter is a new line. Plausible (XC: no direct 2026 evidence for the key).
      submitKeys: [{ key: 'Enter', mod: 'none' }],
      // The send slot turns into the voice button once the box is empty, so a click replays only while the
      // text is still there (it is: a held send leaves the box untouched).
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
