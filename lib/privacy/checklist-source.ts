import type { PrivacyState } from './state.ts';
import type { PostPauseConfig } from '../policy/config.ts';

/**
 * Where the checklist's data comes from and goes to. The entrypoints bind it to IndexedDB, the resolved
 * configuration and a message to the background; tests bind it to memory.
 */
export interface ChecklistSource {
  load(): Promise<{ state: PrivacyState; config: PostPauseConfig }>;
  mark(ids: string[], checked: boolean, at: number): Promise<PrivacyState>;
  snooze(until: number | undefined): Promise<PrivacyState>;
  reset(now: number): Promise<PrivacyState>;
}
