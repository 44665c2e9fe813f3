/**
 * The checklist screens' data source inside the extension (popup, full page, welcome page): check
 * dates in IndexedDB, configuration from the resolver, and a message to the background after every change
 * so the toolbar badge follows at once.
 */
import type { ChecklistSource } from '../../lib/privacy/checklist-source.ts';
import { getActiveConfig, idbPrivacyStore } from '../storage/privacy-state.ts';
import type { PrivacyState } from '../../lib/privacy/state.ts';
import { ask } from '../messages/send.ts';

async function tellBackground(state: PrivacyState): Promise<PrivacyState> {
  // The badge catching up later (next alarm) is fine if the background is busy or restarting.
  await ask({ type: 'postpause:privacy-changed' });
  return state;
}

export const extensionChecklistSource: ChecklistSource = {
  load: async () => {
    const [state, config] = await Promise.all([idbPrivacyStore.load(), getActiveConfig()]);
    return { state, config };
  },
  mark: async (ids, checked, at) => tellBackground(checked ? await idbPrivacyStore.mark(ids, at) : await idbPrivacyStore.unmark(ids)),
  snooze: async (until) => tellBackground(await idbPrivacyStore.snooze(until)),
  reset: async (now) => tellBackground(await idbPrivacyStore.reset(now)),
};
