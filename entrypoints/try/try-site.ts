import type { SiteAdapter } from '../../lib/sites/types.ts';

/**
 * The "Try PostPause" page's compose box, described the way lib/sites describes a real site's: a
 * contenteditable post box with a Post button and Ctrl/Cmd+Enter, so the page is guarded by exactly
 * the same code as Facebook or X.
 */
export const TRY_SITE: SiteAdapter = {
  id: 'try',
  name: 'Try PostPause',
  matches: [],
  surfaces: [
    {
      id: 'post',
      editor: 'contenteditable',
      composers: ['#try-composer'],
      submitControls: ['#try-post'],
      submitKeys: [{ key: 'Enter', mod: 'ctrl-or-meta' }],
      replay: 'click',
    },
  ],
};
