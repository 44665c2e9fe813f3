/**
 * A small local log of PostPause's own failures (a send let through because something inside PostPause
 * threw), viewable on the options page so a member of staff or IT lead can report it. Entries hold where
 * it happened, the site's id and the error's message, never post text; messages are cut short and
 * anything looking like an email address or a long number is masked in case an error quoted its input.
 *
 * Kept with idb-keyval in the extension's origin; content scripts send a message to the background.
 */
import { createStore, get, set, update, type UseStore } from 'idb-keyval';
import { browser } from 'wxt/browser';

export interface ErrorEntry {
  at: number;
  /** Site adapter id ("x"), or "extension" for the extension's own pages. */
  site: string;
  /** Which part failed, e.g. "send-guard", "overlay", "highlight". */
  where: string;
  message: string;
}

export interface ErrorMessage {
  type: 'postpause:error';
  site: string;
  where: string;
  message: string;
}

export const MAX_ENTRIES = 50;
const MAX_MESSAGE = 200;
const KEY = 'error-log';
let db: UseStore | undefined;
const store = () => (db ??= createStore('postpause-errors', 'kv'));

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

/** Pure: the log with one more entry, oldest dropped past MAX_ENTRIES. */
export function withEntry(log: readonly ErrorEntry[], entry: ErrorEntry): ErrorEntry[] {
  return [...log, { ...entry, site: entry.site.slice(0, 40), where: entry.where.slice(0, 40), message: scrubMessage(entry.message) }].slice(-MAX_ENTRIES);
}

export function isErrorMessage(m: unknown): m is ErrorMessage {
  if (!m || typeof m !== 'object') return false;
  const e = m as Partial<ErrorMessage>;
  return e.type === 'postpause:error' && typeof e.site === 'string' && typeof e.where === 'string' && typeof e.message === 'string';
}

export async function loadErrorLog(): Promise<ErrorEntry[]> {
  return parseLog(await get(KEY, store()));
}

export async function appendError(entry: ErrorEntry): Promise<void> {
  await update<unknown>(KEY, (old) => withEntry(parseLog(old), entry), store());
}

export async function clearErrorLog(): Promise<void> {
  await set(KEY, [], store());
}

/** Content script side. Never throws; after an extension update there is nowhere to log to. */
export function sendError(site: string, where: string, error: unknown): void {
  const message: ErrorMessage = { type: 'postpause:error', site, where, message: scrubMessage(describe(error)) };
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // Extension context invalidated.
  }
}

export function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** Background side. */
export function handleErrorLogMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isErrorMessage(message)) return undefined;
    return appendError({ at: Date.now(), site: message.site, where: message.where, message: message.message }).then(
      () => ({ ok: true }),
      () => ({ ok: false }),
    );
  });
}
