/**
 * "Not today" on the school-hours note: the local date (YYYY-MM-DD) it was dismissed on, so the note stays
 * hidden for the rest of that day in every tab. A date only, never anything about the post.
 */
import type { StorageApi } from './api.ts';

/** storage.local key of the day the school-hours note was last dismissed. */
export const HOURS_DISMISSED_KEY = 'postpause.nudges.hoursDismissedOn';

/** The stored day, or undefined when none was stored or storage is unavailable. */
export async function readHoursDismissedOn(api: StorageApi): Promise<string | undefined> {
  try {
    const got = await api.local.get(HOURS_DISMISSED_KEY);
    const v = got?.[HOURS_DISMISSED_KEY];
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

export async function writeHoursDismissedOn(api: StorageApi, day: string): Promise<void> {
  await api.local.set({ [HOURS_DISMISSED_KEY]: day });
}
