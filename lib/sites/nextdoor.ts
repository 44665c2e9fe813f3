import type { SiteAdapter } from './types.ts';

/**
 * Nextdoor. Its editor is not documented anywhere we could check (confidence L), so it relies entirely on
 * the generic fallback (lib/sites/generic.ts): accessible text boxes and text areas, sent by a nearby
 * Post/Reply/Comment button or a form submit. Re-check against the live site and add a surface here.
 */
export const nextdoor = {
  id: 'nextdoor',
  name: 'Nextdoor',
  matches: ['https://nextdoor.com/*', 'https://nextdoor.co.uk/*'],
  surfaces: [],
} satisfies SiteAdapter;
