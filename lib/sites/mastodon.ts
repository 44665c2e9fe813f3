import type { SiteAdapter, Surface } from './types.ts';

/**
 * Mastodon, from its open-source web client (the same on every server): a textarea in `form.compose-form`
 * that sends with Ctrl/Cmd+Enter or the Publish button, and a form submit. Any server can be added by the
 * member of staff or the school (setting `mastodonInstances`); those are registered at run time once the
 * browser has granted access (extension/mastodon), so the manifest only lists a few of the largest servers.
 */
export const MASTODON_SURFACES = [
  {
    id: 'compose',
    editor: 'textarea',
    composers: [
      // Compose box and reply box. Confidence H.
      'form.compose-form textarea.autosuggest-textarea__textarea',
    ],
    submitControls: [
      // "Post" / "Publish!" / "Reply". Confidence H.
      '.compose-form__publish button[type="submit"]',
      // Mastodon 4.3+ footer. Confidence M.
      '.compose-form__submit button[type="submit"]',
    ],
    submitKeys: [{ key: 'Enter', mod: 'ctrl-or-meta' }],
    formSubmit: true,
    replay: 'click',
    // Mention, hashtag and emoji suggestions take Enter while shown: 4.3+ mounts
    // .autosuggest-textarea__suggestions in an Overlay only while shown; older builds toggle --visible.
    // Confirmed (MA, autosuggest_textarea.jsx @6936e5a).
    suggestionLists: ['.autosuggest-textarea__suggestions', '.autosuggest-textarea__suggestions--visible'],
  },
] as const satisfies readonly Surface[];

/** Servers with the most UK users, built in so they work without asking for access. */
export const MASTODON_BUILT_IN_HOSTS = ['mastodon.social', 'mastodon.online', 'mastodonapp.uk', 'mas.to', 'mstdn.social'] as const;

export const mastodon = {
  id: 'mastodon',
  name: 'Mastodon',
  matches: MASTODON_BUILT_IN_HOSTS.map((h) => `https://${h}/*`),
  surfaces: MASTODON_SURFACES,
} satisfies SiteAdapter;
