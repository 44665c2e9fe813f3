/**
 * The checklist screens' data source inside the extension (popup, full page, welcome page): check
 * dates in IndexedDB, configuration from the resolver, and a message to the background after every change
 * so the toolbar badge follows at once.
 */
import type { ChecklistSource } from '../../lib/privacy/checklist-source.ts';
import { idbPrivacyStore } from '../storage/privacy-state.ts';
import { watchConfig } from '../storage/config.ts';
import type { PostPauseConfig } from '../../lib/policy/config.ts';
import type { PrivacyState } from '../../lib/privacy/state.ts';
import { tell } from '../messages/send.ts';

function tellBackground(state: PrivacyState): PrivacyState {
  // Not waited for: the background may be busy (reading the school's policy for the first time in this
  // browser session takes seconds) and the checklist must not wait on it. The badge catching up later
  // (next alarm) is fine if the background is restarting.
  tell({ type: 'postpause:privacy-changed' });
  return state;
}

/**
 * How long the checklist waits for the configuration before showing with the user's settings alone: none.
 * The school's policy can take seconds to arrive the first time in a browser session (see
 * extension/storage/session-config.ts), and the dates are what the checklist is about. The policy as last
 * read in this session is asked for first and normally answers first; whatever comes later updates the
 * checklist (watchConfig).
 */
const CONFIG_WAIT_MS = 0;

/** The first configuration answer, a provisional one included. */
function firstConfig(): Promise<PostPauseConfig> {
  return new Promise((resolve) => {
    let done = false;
    const stop = watchConfig(
      (config) => {
        if (done) return;
        done = true;
        resolve(config);
        // Never called synchronously (storage answers asynchronously), so stop is set by now.
        queueMicrotask(() => stop());
      },
      { provisionalAfterMs: CONFIG_WAIT_MS },
    );
  });
}

export const extensionChecklistSource: ChecklistSource = {
  load: async () => {
    const [state, config] = await Promise.all([idbPrivacyStore.load(), firstConfig()]);
    return { state, config };
  },
  watchConfig: (listener) => watchConfig((config) => listener(config)),
  mark: async (ids, checked, at) => tellBackground(checked ? await idbPrivacyStore.mark(ids, at) : await idbPrivacyStore.unmark(ids)),
  snooze: async (until) => tellBackground(await idbPrivacyStore.snooze(until)),
  reset: async (now) => tellBackground(await idbPrivacyStore.reset(now)),
};
