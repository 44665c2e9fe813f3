import type { StorageApi } from './api.ts';

/** storage.local key of the staff member's own settings (a partial PostPauseConfig, validated on read). */
export const USER_SETTINGS_KEY = 'postpause.settings';

export async function readUserSettings(api: StorageApi): Promise<Record<string, unknown>> {
  try {
    const got = await api.local.get(USER_SETTINGS_KEY);
    const v = got?.[USER_SETTINGS_KEY];
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? { ...(v as Record<string, unknown>) } : {};
  } catch {
    return {};
  }
}

export async function writeUserSettings(api: StorageApi, settings: Record<string, unknown>): Promise<void> {
  await api.local.set({ [USER_SETTINGS_KEY]: settings });
}
