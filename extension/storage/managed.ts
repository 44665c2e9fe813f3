import type { StorageApi } from './api.ts';

/**
 * Chrome answers storage.managed.get() only once policy has loaded; if that ever hangs, carry on
 * without it (fail open) and let the onChanged start-up burst deliver the policy when it arrives.
 */
export const MANAGED_READ_TIMEOUT_MS = 15_000;

/**
 * The one defensive reader of the school's policy. Never throws: Firefox rejects when no policy
 * exists ("Managed storage manifest not found"), other browsers may lack the area altogether, and
 * whatever comes back is only a raw layer for the resolver to validate key by key.
 */
export async function readManaged(api: StorageApi, timeoutMs = MANAGED_READ_TIMEOUT_MS): Promise<Record<string, unknown>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), timeoutMs);
    });
    const value: unknown = await Promise.race([api.managed.get(), timeout]);
    return isPlainObject(value) ? { ...value } : {};
  } catch {
    return {};
  } finally {
    clearTimeout(timer);
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
