/**
 * Site adapters: everything PostPause knows about one site's compose boxes, as plain data. The DOM code in
 * extension/dom interprets it; nothing here touches the page, so adapters can be checked in Node against
 * offline fixtures and reviewed without reading event-handling code.
 *
 * Selectors are lists, most specific first, with a comment per entry saying where it comes from: sites
 * change their markup often and a second candidate keeps PostPause working while an adapter is updated.
 */

/** A key press that sends. `mod: 'ctrl-or-meta'` is Ctrl on Windows/Linux and Cmd on macOS. */
export interface SubmitKey {
  key: 'Enter';
  /** Which modifier must be held: none (plain Enter, as in chat boxes) or Ctrl/Cmd. */
  mod: 'none' | 'ctrl-or-meta';
}

/** How to send again after the member of staff chose "Post anyway". */
export type Replay =
  /** Click the submit control that belongs to the composer (works for click and key sends alike). */
  | 'click'
  /** Dispatch the surface's first submit key on the composer (for sites whose send slot is shared, e.g. WhatsApp). */
  | 'key';

/** One kind of compose box on a site (a post composer, a reply box, a message box). */
export interface Surface {
  /** Stable id within the site, e.g. "post" or "dm". */
  id: string;
  /** Which editor library drives the box; decides how text is read and (later) replaced. */
  editor: 'draft' | 'lexical' | 'prosemirror' | 'quill' | 'contenteditable' | 'textarea';
  /**
   * The editable element itself (the contenteditable root, the textarea or input), never a wrapper. Also
   * found inside open shadow roots (on the event path, and by deep queries from the send control).
   */
  composers: readonly string[];
  /**
   * Controls that send what is in the composer, by stable hooks (test ids, icons, ids). Disabled controls
   * are ignored. A selector may name a wrapper: the role=button inside it is what is clicked on replay.
   * Besides these, a `button[type=submit]` in a form holding one of the composers always counts.
   */
  submitControls: readonly string[];
  /** Keys that send while focus is in the composer. */
  submitKeys: readonly SubmitKey[];
  replay: Replay;
  /**
   * Popups that own Enter while open (mention and hashtag suggestions): a key press is not a send then.
   * Matched anywhere in the document, and only while rendered (closed lists are often kept, hidden).
   */
  suggestionLists?: readonly string[];
  /**
   * Buttons that send, recognised by their visible text or aria-label (the whole of it, any case), for
   * sites that give the button nothing stable to select. Written in English; the DOM code also matches
   * the same words in the languages of the page and the browser (lib/sites/send-words.ts: "Post" is
   * "Publier" on a French page). Which composers such a button sends: those in its form, else those in
   * its dialog (all of them: a Threads thread, Instagram's "Share" in the dialog header), else the one
   * composer close by (a few ancestors apart), so a "Share" button elsewhere on the page is not a send.
   */
  submitControlTexts?: readonly string[];
  /**
   * A form's `submit` event is a send when the form holds one of the composers (Mastodon's compose form,
   * plain HTML forms: Enter in a text field, `requestSubmit()`). Replayed by clicking the form's control,
   * or by `requestSubmit()` when it has none.
   */
  formSubmit?: boolean;
  /**
   * A fallback for boxes the site's own surfaces do not know (lib/sites/generic.ts): it leaves their
   * composers alone, so a known box is only ever sent by its site's rules (LinkedIn's "Comment" and "Send"
   * buttons under a post are not taken for sends of the comment box next to them).
   */
  fallback?: boolean;
  /**
   * Composers inside open shadow roots, which selectors cannot reach: each a chain of selectors, from a
   * host in the page through hosts inside each shadow root to the composer in the last one (Reddit's
   * Markdown textarea: ['shreddit-composer', 'faceplate-textarea-input', 'textarea']).
   */
  shadowComposers?: readonly (readonly string[])[];
}

/** Where a site shows who a post goes to, for the "This post is public" note. */
export interface AudienceControls {
  /** The control showing the current audience (a button or its label), most specific first. */
  selectors: readonly string[];
  /** Words in the control's visible text or aria-label that mean "anyone can see it" (matched whole, any case). */
  publicTexts: readonly string[];
}

/**
 * Page-level hints for the gentle notes (lib/notes), which never hold a post: a photo or video being
 * attached, and a post going to everyone. Optional: a site without them simply gets no such note.
 */
export interface SiteNoteHints {
  /** File inputs the site attaches photos and videos with; a `change` with files means media attached. */
  mediaInputs?: readonly string[];
  /** Previews of attached media near the composer; one rendered means media attached. */
  mediaPreviews?: readonly string[];
  audienceControls?: AudienceControls;
}

export interface SiteAdapter {
  /** Id used by the `enabledSites` setting, e.g. "x". */
  id: string;
  /** Name shown to staff, e.g. "X (Twitter)". */
  name: string;
  /** Manifest match patterns for the content script. */
  matches: readonly string[];
  surfaces: readonly Surface[];
  notes?: SiteNoteHints;
}
