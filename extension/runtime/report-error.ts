/**
 * A content script's report that PostPause itself failed (the send was let through): scrubbed of anything
 * that looks like personal data before it leaves the page, then logged by the background.
 */
import { describeError, scrubMessage } from '../../lib/records/error-log.ts';
import { tell } from '../messages/send.ts';

export function reportError(site: string, where: string, error: unknown): void {
  tell({ type: 'postpause:error', site, where, message: scrubMessage(describeError(error)) });
}
