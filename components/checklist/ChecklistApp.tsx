import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PostPauseConfig } from '../../lib/policy/config.ts';
import { resolvePack } from '../../lib/policy/resolve-pack.ts';
import { formatDay } from '../../lib/privacy/dates.ts';
import { isSnoozed, reminderSettings, snoozeUntil } from '../../lib/privacy/due.ts';
import { buildChecklist } from '../../lib/privacy/model.ts';
import { instant, type PrivacyState } from '../../lib/privacy/state.ts';
import { Checklist } from './Checklist.tsx';
import { CHECKLIST_CSS } from './styles.ts';
import { usePageMark } from '../page-marks.ts';

import type { ChecklistSource } from '../../lib/privacy/checklist-source.ts';

export type { ChecklistSource };

export interface ChecklistAppProps {
  source: ChecklistSource;
  variant: 'popup' | 'page';
  timeZone: string;
  /** The clock, injectable so tests (and the browser tests' fake clock) control "today". */
  now?: () => number;
  resolveUrl?: (url: string) => string | null;
  /** Link to the full-page checklist (popup only). */
  fullPageUrl?: string;
}

const sameAsGiven = (url: string) => url || null;

export function ChecklistApp({ source, variant, timeZone, now = Date.now, resolveUrl = sameAsGiven, fullPageUrl }: ChecklistAppProps) {
  const [state, setState] = useState<PrivacyState | null>(null);
  const [config, setConfig] = useState<PostPauseConfig>({});
  const [busy, setBusy] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** What the last action did, for screen readers (the region is always there, so the first change is read). */
  const [announcement, setAnnouncement] = useState('');
  /** Where keyboard focus goes after the next render, when the control that had it went away. */
  const focusNext = useRef<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const targets = focusNext.current;
    if (!targets || !root.current) return;
    // Alternatives in order of preference, separated by ' || '; the checklist itself as the last resort.
    const el = targets.split(' || ').reduce<HTMLElement | null>((found, t) => found ?? root.current!.querySelector<HTMLElement>(t), null);
    if (!el) return;
    focusNext.current = null;
    el.focus();
  });

  // A layout effect, not an effect: the read starts as soon as the "Loading" line is committed, not a
  // frame later (Preact runs plain effects after the next paint).
  useLayoutEffect(() => {
    source.load().then(
      (r) => {
        setState(r.state);
        setConfig(r.config);
      },
      () => setError('PostPause could not read its saved check dates. Try closing and reopening this window.'),
    );
  }, [source]);
  useEffect(() => source.watchConfig?.(setConfig), [source]);

  const run = useCallback(async (fn: () => Promise<PrivacyState>, done: string, focus?: string) => {
    setBusy(true);
    try {
      setState(await fn());
      setError(null);
      if (focus) focusNext.current = focus;
      // A repeated message (marking two items in a row) must still be read: clear, then set.
      setAnnouncement('');
      setTimeout(() => setAnnouncement(done), 50);
    } catch {
      setError('That did not save. Please try again.');
    } finally {
      setBusy(false);
    }
  }, []);

  const clockNow = now();
  const model = useMemo(
    () =>
      state &&
      buildChecklist({
        state,
        settings: reminderSettings(config),
        pack: resolvePack(config).pack,
        ...(config.policyUrl ? { policyUrl: config.policyUrl } : {}),
        clock: { now: clockNow, timeZone },
      }),
    [state, config, clockNow, timeZone],
  );

  usePageMark('content', model !== null);

  if (error && !state) return <p role="alert">{error}</p>;
  if (!state || !model) return <p class="ppc-muted">Loading your checklist…</p>;

  const snoozed = isSnoozed(state, clockNow);
  const snoozedUntil = instant(state.snoozedUntil);
  const labelOf = (id: string) => model.platforms.flatMap((p) => p.items.map((i) => ({ i, p }))).find((x) => x.i.id === id);
  const onMark = (ids: string[], checked: boolean) => {
    const found = ids.length === 1 ? labelOf(ids[0]!) : undefined;
    const what = found ? `${found.p.name}: ${found.i.label}` : `${ids.length} checks`;
    void run(
      () => source.mark(ids, checked, now()),
      checked ? `${what} marked checked today.` : `${what}: check date removed.`,
      ids.length === 1 ? `[data-item="${CSS.escape(ids[0]!)}"] [data-testid="mark"]` : undefined,
    );
  };
  const snooze = (days: number) => {
    const until = snoozeUntil(days, { now: now(), timeZone });
    void run(() => source.snooze(until), `Reminders snoozed until ${formatDay(until, timeZone)}.`, '[data-focus="snooze-off"]');
  };

  return (
    <div class={`ppc ppc-${variant}`} ref={root} tabIndex={-1} data-focus="checklist">
      <style>{CHECKLIST_CSS}</style>
      <p class="ppc-sr" role="status" data-testid="checklist-status">
        {announcement}
      </p>
      {error ? <p role="alert">{error}</p> : null}

      <div class="ppc-actions">
        {fullPageUrl ? (
          <a class="ppc-btn" href={fullPageUrl} target="_blank" rel="noopener noreferrer">
            Open full checklist
          </a>
        ) : null}
        {snoozed && snoozedUntil !== undefined ? (
          <>
            <span class="ppc-muted" data-testid="snoozed">
              Reminders snoozed until {formatDay(snoozedUntil, timeZone)}.
            </span>
            <button
              type="button"
              class="ppc-btn ppc-btn-link"
              aria-disabled={busy ? 'true' : undefined}
              data-focus="snooze-off"
              onClick={() => !busy && void run(() => source.snooze(undefined), 'Reminders are back on.', '[data-focus="snooze"] || [data-focus="checklist"]')}
            >
              Turn reminders back on
            </button>
          </>
        ) : model.overall.due ? (
          <>
            <button type="button" class="ppc-btn" aria-disabled={busy ? 'true' : undefined} data-focus="snooze" onClick={() => !busy && snooze(1)}>
              Remind me tomorrow
            </button>
            <button type="button" class="ppc-btn" aria-disabled={busy ? 'true' : undefined} onClick={() => !busy && snooze(7)}>
              Snooze for a week
            </button>
          </>
        ) : null}
      </div>
      <Checklist model={model} timeZone={timeZone} resolveUrl={resolveUrl} onMark={onMark} variant={variant} busy={busy} />
      <div class="ppc-footer">
        <span class="ppc-muted">Only the dates you tick are saved, on this device. PostPause never changes a site’s settings.</span>
        {confirmReset ? (
          <div class="ppc-confirm" role="group" aria-label="Confirm reset">
            <p>Forget every check date and start again?</p>
            <button
              type="button"
              class="ppc-btn"
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => {
                if (busy) return;
                setConfirmReset(false);
                focusNext.current = '[data-focus="reset"]';
                void run(() => source.reset(now()), 'Checklist reset: every check date has been forgotten.', '[data-focus="reset"]');
              }}
            >
              Yes, reset
            </button>{' '}
            <button
              type="button"
              class="ppc-btn ppc-btn-link"
              data-focus="reset-cancel"
              onClick={() => {
                focusNext.current = '[data-focus="reset"]';
                setConfirmReset(false);
                setAnnouncement('Reset cancelled. Nothing was changed.');
              }}
            >
              Cancel
            </button>
          </div>
        ) : (
          <button
            type="button"
            class="ppc-btn ppc-btn-link"
            data-focus="reset"
            onClick={() => {
              // The safe choice gets focus when the question appears.
              focusNext.current = '[data-focus="reset-cancel"]';
              setConfirmReset(true);
            }}
          >
            Reset checklist
          </button>
        )}
      </div>
    </div>
  );
}
