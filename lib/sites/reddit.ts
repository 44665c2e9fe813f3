import type { SiteAdapter } from './types.ts';

/**
 * Reddit (the current "shreddit" site). Comment and post boxes are Lexical inside <shreddit-composer>, a
 * custom element with a shadow root (delegatesFocus) into which the editor and the submit button are
 * slotted from the light DOM. A post's comment box only exists after its trigger ("Join the
 * conversation") is clicked. In Markdown mode the box is a textarea two shadow roots deep, inside
 * <faceplate-textarea-input>. Newer variants (shreddit-simple-composer, shreddit-comment-composer) hold the
 * textbox in their own shadow root. The post submit page has its own button element. Sources:
 * docs/site-evidence-2026.md (RD "live DOM inspection, June 29 2026" and runs 2026-07; RS 2025-26; RP 2026)
 * and docs/site-notes.md (Nov 2026).
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
        // Rich-text mode: the slotted Lexical root. Confirmed (RD 2026-06/07).
        'shreddit-composer > div[role="textbox"][contenteditable="true"]',
        // Same box by its slot name. Confirmed (RD).
        'shreddit-composer > [slot="rte"][contenteditable="true"]',
      ],
      shadowComposers: [
        // Markdown mode. Plausible (RD, 2026).
        ['shreddit-composer', 'faceplate-textarea-input', 'textarea'],
        // Variants with the textbox inside the host's own shadow root. Plausible (RS, 2025-26).
        ['shreddit-simple-composer', '[role="textbox"][contenteditable="true"]'],
        ['shreddit-comment-composer', '[role="textbox"][contenteditable="true"]'],
      ],
      submitControls: [
        // "Comment" / "Reply" / "Save" (#comment-composer-submit-button). Confirmed (RD).
        'shreddit-composer > button[slot="submit-button"][type="submit"]',
        'shreddit-composer > button[slot="submit-button"]',
        // The shadow-root variants' buttons are not documented (RS names the hosts only): a
        // button[type="submit"] in the form holding the box is recognised whatever its label. Unconfirmed.
      ],
      // Enter is a new line: only the button sends.
      submitKeys: [],
      replay: 'click',
    },
    {
      id: 'post',
      editor: 'lexical',
      composers: [
        // The post submit page (/submit, /r/…/submit): the body's Lexical root. Plausible (RP, 2026).
        'div[slot="rte"][aria-label="Post body text field"][contenteditable="true"]',
      ],
      shadowComposers: [
        // The title's textarea inside its shadow root. Unconfirmed.
        ['faceplate-textarea-input[name="title"]', 'textarea'],
      ],
      submitControls: [
        // "Post": a custom element, the button inside its shadow root is on the event path. Plausible (RP).
        'r-post-form-submit-button#submit-post-button',
        '#submit-post-button',
      ],
      submitKeys: [],
      replay: 'click',
    },
  ],
} satisfies SiteAdapter;
