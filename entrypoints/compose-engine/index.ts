import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerEngine } from '../../extension/compose/engine-api.ts';
import { startEngine } from './start.ts';

/**
 * The compose engine: rules, lexicons, tone model, roster matcher, highlights, overlay and notes. Not
 * injected into pages: the compose content script imports this file (web-accessible to the supported sites
 * only) when a composer is first touched, and it runs in that script's world.
 */
export default defineUnlistedScript(() => {
  registerEngine({ start: startEngine });
});
