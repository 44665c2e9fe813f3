import type { PrivacyState } from './state.ts';
import type { PostPauseConfig } from '../policy/config.ts';

/**
 * Where the checklist's data comes from and goes to. The entrypoints bind it to IndexedDB, the resolved
 * configuration and a message to the background; tests bind it to memory.
 */
export interface ChecklistSource {
  /** The saved dates, and the configuration as soon as one is known (it may still change: watchConfig). */
  load(): Promise<{ state: PrivacyState; config: PostPauseConfig }>;
  /** Later configurations (the school's policy read after the first answer, settings changed); returns unsubscribe. */
  watchConfig?(listener: (config: PostPauseConfig) => void): () => void;
  mark(ids: string[], checked: boolean, at: number): Promise<PrivacyState>;
  snooze(until: number | undefined): Promise<PrivacyState>;
  reset(now: number): Promise<PrivacyState>;
}
