import type { Surface } from './types.ts';

/**
 * The fallback for compose boxes no adapter knows yet, on the sites PostPause runs on: a site redesign or
 * a new kind of box (Nextdoor, whose editor is not documented) still gets a second look. It is appended
 * after each site's own surfaces and leaves the boxes they know alone (`fallback`).
 *
 * Deliberately cautious: no send keys (Enter is a new line in most boxes that are not chats, and holding
 * a key that would not have sent, then replaying it as a click, would post something that was not meant
 * to go), only clicks on a button close to the box whose whole label is a send word, and form submits.
 */
export const GENERIC_SURFACES = [
  {
    id: 'generic',
    editor: 'contenteditable',
    composers: [
      // Accessible rich-text boxes: what Lexical, Draft.js, ProseMirror and most in-house editors render.
      '[role="textbox"][contenteditable="true"]',
      '[role="textbox"][contenteditable="plaintext-only"]',
      // Plain text areas, the commonest box on the web.
      'textarea',
    ],
    submitControls: [],
    // Whole label, any case; in English and the page's and browser's languages (lib/sites/send-words.ts).
    // Never "Search", "Like", "Follow": a risky box next to them is not what they send.
    submitControlTexts: ['Post', 'Send', 'Reply', 'Comment', 'Share', 'Publish', 'Post comment', 'Post reply', 'Send message'],
    submitKeys: [],
    formSubmit: true,
    fallback: true,
    replay: 'click',
  },
] as const satisfies readonly Surface[];
