/**
 * A small local log of PostPause's own failures (a send let through because something inside PostPause
 * threw), viewable on the options page so a member of staff or IT lead can report it. Entries hold where
 * it happened, the site's id and the error's message, never post text; messages are cut short and
 * anything looking like an email address or a long number is masked in case an error quoted its input.
 * Pure; the extension keeps the log in extension/storage/error-log.ts.
 */
export interface ErrorEntry {
  at: number;
  /** Site adapter id ("x"), or "extension" for the extension's own pages. */
  site: string;
  /** Which part failed, e.g. "send-guard", "overlay", "highlight". */
  where: string;
  message: string;
}

export const MAX_ENTRIES = 50;
const MAX_MESSAGE = 200;

/** Short and free of anything that looks like personal data. */
export function scrubMessage(message: string): string {
  const cut = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  return cut.replace(/[^\s@]+@[^\s@]+/g, '[email]').replace(/\d[\d ]{5,}\d/g, '[number]');
}

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

export function parseLog(v: unknown): ErrorEntry[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
    .map((e) => ({ at: typeof e.at === 'number' ? e.at : 0, site: str(e.site, 40), where: str(e.where, 40), message: scrubMessage(str(e.message, MAX_MESSAGE * 2)) }))
    .slice(-MAX_ENTRIES);
}

/** The log with one more entry, oldest dropped past MAX_ENTRIES. */
export function withEntry(log: readonly ErrorEntry[], entry: ErrorEntry): ErrorEntry[] {
  return [...log, { ...entry, site: entry.site.slice(0, 40), where: entry.where.slice(0, 40), message: scrubMessage(entry.message) }].slice(-MAX_ENTRIES);
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
