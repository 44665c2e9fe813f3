/**
 * Messages between the extension's parts about privacy checks and reminders. Plain data, one
 * discriminated union; the background answers in extension/reminders/background.ts.
 *
 * For the compose content script (the only message it needs to send):
 *
 *   browser.runtime.sendMessage({ type: 'postpause:compose-activity', active: true });
 *
 * Send `active: true` when a composer gains focus or receives input (at most every 30 seconds is plenty)
 * and `active: false` when the post is sent or discarded or the composer loses focus. Each `true` is a
 * two-minute lease: while any tab holds one, reminder notifications wait. A closed tab or a lost message
 * can therefore only delay a reminder by two minutes, never let one appear in the middle of a post.
 * The badge still updates; only notifications wait.
 */
import type { ChecklistItemView } from '../../lib/privacy/model.ts';

export const COMPOSE_LEASE_MS = 2 * 60_000;

export type PrivacyMessage =
  /** From a compose content script: see above. */
  | { type: 'postpause:compose-activity'; active: boolean }
  /** From an extension page after it changed check dates: refresh the badge now. */
  | { type: 'postpause:privacy-changed' }
  /** From the on-page panel: the items for this settings page (content scripts cannot read the extension's storage). */
  | { type: 'postpause:privacy-page'; url: string }
  /** From the on-page panel: mark these items checked now (or clear them with `checked: false`). */
  | { type: 'postpause:privacy-mark'; ids: string[]; checked: boolean };

export interface PrivacyPageReply {
  platformName: string;
  /** True when these are the items of this exact page; false: the platform's whole list. */
  exact: boolean;
  items: ChecklistItemView[];
  timeZone: string;
}

export function isPrivacyMessage(m: unknown): m is PrivacyMessage {
  if (!m || typeof m !== 'object') return false;
  const t = (m as { type?: unknown }).type;
  return t === 'postpause:compose-activity' || t === 'postpause:privacy-changed' || t === 'postpause:privacy-page' || t === 'postpause:privacy-mark';
}
