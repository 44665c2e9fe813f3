/**
 * How the compose scripts report their own failures: a line in the page's console and PostPause's local
 * error log (options page), never with the post's text. After an extension update the old script keeps
 * running with a dead runtime; that is expected and not reported.
 */
import { reportError } from '../runtime/report-error.ts';

export type Report = (where: string) => (err: unknown) => void;

export function createReport(siteId: string, isValid: () => boolean, send: typeof reportError = reportError): Report {
  return (where) => (err) => {
    const message = err instanceof Error ? err.message : String(err);
    if (message.includes('Extension context invalidated') || !isValid()) return;
    console.warn(`[PostPause] ${where}: let the page carry on after an internal error:`, message);
    send(siteId, where, err);
  };
}
