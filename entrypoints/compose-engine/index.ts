import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerEngine } from '../../extension/compose/engine-api.ts';
import { lexiconsLoaded } from '../../extension/compose/lexicon-registry.ts';
import { startEngine } from './start.ts';

/**
 * The compose engine: rules, roster matcher, highlights, overlay and notes; the lexicons and tone model come
 * in compose-lexicons.js beside it (scripts/lexicon-shim.ts). Not injected into pages: the compose content
 * script imports both files (web-accessible to the supported sites only) when a composer is first touched,
 * and they run in that script's world.
 */
export default defineUnlistedScript(() => {
  registerEngine({
    start: (host) => (lexiconsLoaded() ? startEngine(host) : Promise.reject(new Error('the compose lexicons file did not load'))),
  });
});
