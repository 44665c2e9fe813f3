import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { PostPauseConfig } from '../../lib/policy/config.ts';
import { resolvePack } from '../../lib/policy/resolve-pack.ts';
import { formatDay } from '../../lib/privacy/dates.ts';
import { isSnoozed, reminderSettings, snoozeUntil } from '../../lib/privacy/due.ts';
import { buildChecklist } from '../../lib/privacy/model.ts';
import { instant, type PrivacyState } from '../../lib/privacy/state.ts';
import { Checklist } from './Checklist.tsx';
import { CHECKLIST_CSS } from './styles.ts';

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

  useEffect(() => {
    source.load().then(
      (r) => {
        setState(r.state);
        setConfig(r.config);
      },
      () => setError('PostPause could not read its saved check dates. Try closing and reopening this window.'),
    );
  }, [source]);
  useEffect(() => source.watchConfig?.(setConfig), [source]);

  const run = useCallback(async (fn: () => Promise<PrivacyState>) => {
    setBusy(true);
    try {
      setState(await fn());
      setError(null);
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

  if (error && !state) return <p role="alert">{error}</p>;
  if (!state || !model) return <p class="ppc-muted">Loading your checklist…</p>;

  const snoozed = isSnoozed(state, clockNow);
  const snoozedUntil = instant(state.snoozedUntil);
  const onMark = (ids: string[], checked: boolean) => void run(() => source.mark(ids, checked, now()));
  const snooze = (days: number) => void run(() => source.snooze(snoozeUntil(days, { now: now(), timeZone })));

  return (
    <div class={`ppc ppc-${variant}`}>
      <style>{CHECKLIST_CSS}</style>
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
            <button type="button" class="ppc-btn ppc-btn-link" disabled={busy} onClick={() => void run(() => source.snooze(undefined))}>
              Turn reminders back on
            </button>
          </>
        ) : model.overall.due ? (
          <>
            <button type="button" class="ppc-btn" disabled={busy} onClick={() => snooze(1)}>
              Remind me tomorrow
            </button>
            <button type="button" class="ppc-btn" disabled={busy} onClick={() => snooze(7)}>
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
              disabled={busy}
              onClick={() => {
                setConfirmReset(false);
                void run(() => source.reset(now()));
              }}
            >
              Yes, reset
            </button>{' '}
            <button type="button" class="ppc-btn ppc-btn-link" onClick={() => setConfirmReset(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <button type="button" class="ppc-btn ppc-btn-link" onClick={() => setConfirmReset(true)}>
            Reset checklist
          </button>
        )}
      </div>
    </div>
  );
}
