/**
 * Every message between PostPause's parts, in one place: one discriminated union, one prefix
 * ("postpause:"), one validator per type and the reply each one gets. Content scripts and extension pages
 * send these (send.ts); the background answers them through one router (router.ts).
 *
 * Messages carry no post text: counts, categories, ids, dates and PostPause's own error messages only.
 */
import { CATEGORIES, type Category } from '../../lib/engine/types.ts';
import type { ChecklistItemView } from '../../lib/privacy/model.ts';
import { PAUSE_OUTCOMES, type PauseOutcome } from '../../lib/records/pause-counts.ts';
import { HEALTH_EVENTS, SITE_ID, type HealthEvent } from '../../lib/records/site-health.ts';

/** The items the on-page privacy panel shows for one settings page. */
export interface PrivacyPageReply {
  platformName: string;
  /** True when these are the items of this exact page; false: the platform's whole list. */
  exact: boolean;
  items: ChecklistItemView[];
  timeZone: string;
}

export interface Ack {
  ok: boolean;
}

/**
 * Message type -> [message fields, reply]. Adding a message means one entry here, one validator below and
 * one handler in the background's router; TypeScript then checks senders and the handler alike.
 */
export interface Contract {
  /**
   * From a compose content script: a composer gained focus or input (`active: true`, at most every 30 s),
   * or the post was sent / the composer lost focus (`false`). Each `true` is a two-minute lease during
   * which reminder notifications wait.
   */
  'postpause:compose-activity': [{ active: boolean }, Ack];
  /** From an extension page after it changed check dates: refresh the badge now. */
  'postpause:privacy-changed': [Record<never, never>, Ack];
  /** From the on-page panel: the items for this settings page (content scripts cannot read our storage). */
  'postpause:privacy-page': [{ url: string }, PrivacyPageReply | null];
  /** From the on-page panel: mark these items checked now (or clear them with `checked: false`). */
  'postpause:privacy-mark': [{ ids: string[]; checked: boolean }, Ack];
  /** From a compose content script: what happened when a send was paused (numbers only, for the popup). */
  'postpause:pause-outcome': [{ outcome: PauseOutcome; categories: Category[] }, Ack];
  /** From a content script: PostPause itself failed somewhere (already scrubbed of personal data). */
  'postpause:error': [{ site: string; where: string; message: string }, Ack];
  /** From a content script: open one of our pages (e.g. "guide.html#G4") in a new tab. */
  'postpause:open-page': [{ path: string }, Ack];
  /**
   * From a compose content script: a compose box was seen, a send was recognised, or a watched box was sent
   * without passing through the guard (lib/records/site-health.ts). The site's id and the event only.
   */
  'postpause:site-health': [{ site: string; event: HealthEvent }, Ack];
}

export type MessageType = keyof Contract;
export type MessageOf<T extends MessageType> = { type: T } & Contract[T][0];
export type ReplyOf<T extends MessageType> = Contract[T][1];
export type Message = { [T in MessageType]: MessageOf<T> }[MessageType];

export const COMPOSE_LEASE_MS = 2 * 60_000;

/** Only our own top-level pages, optionally with an anchor: nothing else can be opened this way. */
const PAGE = /^[a-z0-9-]+\.html(#[A-Za-z0-9._-]*)?$/;

const isString = (v: unknown): v is string => typeof v === 'string';

/** The shape each message type must have; anything else is not ours and gets no answer. */
const VALID: { [T in MessageType]: (m: Record<string, unknown>) => boolean } = {
  'postpause:compose-activity': (m) => typeof m.active === 'boolean',
  'postpause:privacy-changed': () => true,
  'postpause:privacy-page': (m) => isString(m.url),
  'postpause:privacy-mark': (m) => Array.isArray(m.ids) && m.ids.every(isString) && typeof m.checked === 'boolean',
  'postpause:pause-outcome': (m) =>
    PAUSE_OUTCOMES.includes(m.outcome as PauseOutcome) && Array.isArray(m.categories) && m.categories.every((c) => CATEGORIES.includes(c as Category)),
  'postpause:error': (m) => isString(m.site) && isString(m.where) && isString(m.message),
  'postpause:open-page': (m) => isString(m.path) && PAGE.test(m.path),
  'postpause:site-health': (m) => isString(m.site) && SITE_ID.test(m.site) && HEALTH_EVENTS.includes(m.event as HealthEvent),
};

export function isMessage(m: unknown): m is Message {
  if (!m || typeof m !== 'object') return false;
  const type = (m as { type?: unknown }).type;
  return isString(type) && Object.hasOwn(VALID, type) && VALID[type as MessageType](m as Record<string, unknown>);
}
