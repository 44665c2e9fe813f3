/**
 * What PostPause remembers about privacy checks: dates only. Which items were checked and when, when
 * reminders were snoozed until, when the last notification went out, and when the reminder clock
 * started (install or reset). No settings values, no account names, nothing about the sites.
 *
 * Pure transitions on a plain object; extension/storage/privacy-state.ts persists it.
 */

export interface PrivacyState {
  v: 1;
  /** When reminders started counting (install or reset): never-checked items fall due a term after it. */
  startedAt?: string;
  /** Item id (`facebook/audience`) -> ISO instant it was last marked checked. */
  checked: Record<string, string>;
  /** Reminders (badge and notifications) are quiet until this instant. */
  snoozedUntil?: string;
  /** The last reminder notification, for the once-a-week limit. */
  lastNotifiedAt?: string;
}

export function emptyState(now?: number): PrivacyState {
  return now === undefined ? { v: 1, checked: {} } : { v: 1, startedAt: iso(now), checked: {} };
}

export function iso(instant: number): string {
  return new Date(instant).toISOString();
}

/** ISO instant -> ms, or undefined for anything that is not a real date. */
export function instant(value: string | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const t = Date.parse(value);
  return Number.isFinite(t) ? t : undefined;
}

const ITEM_ID = /^[a-z0-9-]{1,64}\/[a-z0-9-]{1,64}$/;

/**
 * Read whatever is stored defensively: a corrupt or future-format record loses only the bad parts, so
 * a bug can never wipe someone's check dates wholesale.
 */
export function parseState(raw: unknown): PrivacyState {
  const out = emptyState();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const r = raw as Record<string, unknown>;
  const date = (v: unknown) => (typeof v === 'string' && instant(v) !== undefined ? iso(instant(v)!) : undefined);
  const startedAt = date(r.startedAt);
  if (startedAt) out.startedAt = startedAt;
  const snoozedUntil = date(r.snoozedUntil);
  if (snoozedUntil) out.snoozedUntil = snoozedUntil;
  const lastNotifiedAt = date(r.lastNotifiedAt);
  if (lastNotifiedAt) out.lastNotifiedAt = lastNotifiedAt;
  if (r.checked && typeof r.checked === 'object' && !Array.isArray(r.checked)) {
    for (const [id, v] of Object.entries(r.checked as Record<string, unknown>)) {
      const d = date(v);
      if (d && ITEM_ID.test(id)) out.checked[id] = d;
    }
  }
  return out;
}

export function withChecked(state: PrivacyState, ids: readonly string[], at: number): PrivacyState {
  const checked = { ...state.checked };
  for (const id of ids) if (ITEM_ID.test(id)) checked[id] = iso(at);
  return { ...state, checked };
}

export function withoutChecked(state: PrivacyState, ids: readonly string[]): PrivacyState {
  const checked = { ...state.checked };
  for (const id of ids) delete checked[id];
  return { ...state, checked };
}

export function withSnooze(state: PrivacyState, until: number | undefined): PrivacyState {
  const next = { ...state };
  if (until === undefined) delete next.snoozedUntil;
  else next.snoozedUntil = iso(until);
  return next;
}

export function withNotified(state: PrivacyState, at: number): PrivacyState {
  return { ...state, lastNotifiedAt: iso(at) };
}

/** First run: start the reminder clock once, keeping any dates already there. */
export function withStarted(state: PrivacyState, now: number): PrivacyState {
  return state.startedAt ? state : { ...state, startedAt: iso(now) };
}
