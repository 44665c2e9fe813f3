import { useEffect, useState } from 'preact/hooks';
import { formatDay } from '../../lib/privacy/dates.ts';
import type { ChecklistModel, PlatformView } from '../../lib/privacy/model.ts';
import { ItemRow } from './ItemRow.tsx';
import { ProgressRing } from './ProgressRing.tsx';

export interface ChecklistProps {
  model: ChecklistModel;
  timeZone: string;
  resolveUrl: (url: string) => string | null;
  onMark: (ids: string[], checked: boolean) => void;
  /** 'popup': folded platforms, folded reasons. 'page': everything open, in columns. */
  variant: 'popup' | 'page';
  busy?: boolean;
}

function platformCount(p: PlatformView) {
  return (
    <span class="ppc-count">
      {p.progress.ok} of {p.progress.total} up to date
      {p.progress.due ? <span class="ppc-due-count"> · {p.progress.due} due</span> : null}
    </span>
  );
}

/** Overall progress, then one foldable section per platform with its items. */
export function Checklist({ model, timeZone, resolveUrl, onMark, variant, busy = false }: ChecklistProps) {
  const { overall } = model;
  // In the popup every platform starts folded, so its items (most of the checklist's DOM) are not drawn
  // for the first paint: they follow once it is on screen (Preact runs effects after the next paint), or
  // at once when a platform is opened before that.
  const [bodies, setBodies] = useState(variant === 'page');
  useEffect(() => setBodies(true), []);
  return (
    <section aria-label="Privacy checklist">
      <div class="ppc-summary">
        <ProgressRing progress={overall} size={56} label="All platforms" />
        <div>
          <p data-testid="overall">
            <strong>
              {overall.ok} of {overall.total}
            </strong>{' '}
            checks up to date
            {overall.due ? <span class="ppc-due-count"> · {overall.due} due</span> : null}
          </p>
          <p class="ppc-muted">
            Every {model.intervalDays} days, as {model.policyName} asks.
            {model.nextDueAt !== undefined && !overall.due ? ` Next due ${formatDay(model.nextDueAt, timeZone)}.` : ''}
          </p>
        </div>
      </div>
      <ul class="ppc-platforms">
        {model.platforms.map((p) => (
          <li key={p.id}>
            <details class="ppc-platform" open={variant === 'page'} data-platform={p.id} onToggle={(e) => e.currentTarget.open && setBodies(true)}>
              <summary>
                <ProgressRing progress={p.progress} size={32} label={p.name} />
                <span>
                  <h2>{p.name}</h2>
                  {platformCount(p)}
                </span>
              </summary>
              {bodies && (
                <div class="ppc-platform-body">
                  {p.note ? <p class="ppc-note">{p.note}</p> : null}
                  {p.home ? (
                    <p>
                      <a class="ppc-btn" href={p.home} target="_blank" rel="noopener noreferrer" data-testid="open-home">
                        Open {p.name} ↗
                      </a>
                    </p>
                  ) : null}
                  <ul class="ppc-items">
                    {p.items.map((item) => (
                      <ItemRow key={item.id} item={item} timeZone={timeZone} resolveUrl={resolveUrl} onMark={onMark} whyOpen={variant === 'page'} busy={busy} />
                    ))}
                  </ul>
                </div>
              )}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
