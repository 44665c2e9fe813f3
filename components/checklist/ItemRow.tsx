import { useRef } from 'preact/hooks';
import { formatDay } from '../../lib/privacy/dates.ts';
import type { ChecklistItemView } from '../../lib/privacy/model.ts';

export interface ItemRowProps {
  item: ChecklistItemView;
  timeZone: string;
  /** Turn a clause link into an absolute one (the default pack links to a page bundled in the extension). */
  resolveUrl: (url: string) => string | null;
  onMark: (ids: string[], checked: boolean) => void;
  /** Open "Why" by default (full page) or keep it folded (popup, panel). */
  whyOpen?: boolean;
  /** Hide the settings button (the on-page panel is already on that page). */
  hideOpen?: boolean;
  busy?: boolean;
}

function statusText(item: ChecklistItemView, timeZone: string): { text: string; cls: string } {
  const s = item.status;
  if (s.state === 'due') {
    return { text: s.checkedAt === undefined ? 'Due: not checked yet' : `Due: last checked ${formatDay(s.checkedAt, timeZone)}`, cls: 'due' };
  }
  if (s.state === 'ok') return { text: `Checked ${formatDay(s.checkedAt!, timeZone)}`, cls: 'ok' };
  return { text: 'Not checked yet', cls: 'unchecked' };
}

/** One setting to check: what, the recommended value, why (the school's clause), a link and "Checked". */
export function ItemRow({ item, timeZone, resolveUrl, onMark, whyOpen = false, hideOpen = false, busy = false }: ItemRowProps) {
  const status = statusText(item, timeZone);
  const clauseUrl = item.clause.url ? resolveUrl(item.clause.url) : null;
  const clauseName = item.clause.id ? `${item.clause.id} — ${item.clause.title}` : item.clause.title;
  const upToDate = item.status.state === 'ok';
  const mark = useRef<HTMLButtonElement>(null);
  // aria-disabled, not disabled, while saving: a disabled button drops keyboard focus to the page.
  const waiting = busy ? 'true' : undefined;
  const act = (checked: boolean) => {
    if (busy) return;
    onMark([item.id], checked);
    // "Undo" disappears once the date is gone: focus goes to this item's "Mark checked" beside it.
    if (!checked) mark.current?.focus();
  };
  return (
    <li class="ppc-item" data-item={item.id} data-state={item.status.state}>
      <div class="ppc-item-head">
        <span class="ppc-item-label">{item.label}</span>
        <span class={`ppc-chip ppc-chip-${status.cls}`} data-testid="status">
          {status.text}
        </span>
      </div>
      <p class="ppc-what">{item.what}</p>
      <p class="ppc-rec">
        <strong>Recommended:</strong> {item.recommended}
      </p>
      {item.where ? <p class="ppc-where">{item.url ? item.where : `Where: ${item.where}`}</p> : null}
      <details class="ppc-why" open={whyOpen}>
        <summary>Why this matters</summary>
        <p>{item.why}</p>
        <p>
          <span>{item.clause.policy}: </span>
          {clauseUrl ? (
            <a href={clauseUrl} target="_blank" rel="noopener noreferrer">
              {clauseName}
            </a>
          ) : (
            <span>{clauseName}</span>
          )}
          {item.clause.fallback ? <span class="ppc-muted"> (the policy’s general rule)</span> : null}
        </p>
        {item.clause.quote ? <blockquote class="ppc-quote">“{item.clause.quote}”</blockquote> : null}
      </details>
      <div class="ppc-item-actions">
        {item.url && !hideOpen ? (
          <a class="ppc-btn" href={item.url} target="_blank" rel="noopener noreferrer" data-testid="open-settings">
            Open settings ↗
          </a>
        ) : null}
        {upToDate ? (
          <button type="button" class="ppc-btn ppc-btn-link" aria-disabled={waiting} onClick={() => act(false)}>
            Undo
          </button>
        ) : null}
        <button
          ref={mark}
          type="button"
          class={`ppc-btn ${upToDate ? '' : 'ppc-btn-primary'}`}
          aria-disabled={waiting}
          onClick={() => act(true)}
          data-testid="mark"
        >
          {upToDate ? 'Mark checked today' : 'Mark checked'}
        </button>
      </div>
    </li>
  );
}
