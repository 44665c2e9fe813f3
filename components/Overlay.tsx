import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../lib/engine/types.ts';
import { FindingCard, type FixOutcome } from './FindingCard.tsx';
import { ClauseLine } from './ClauseLine.tsx';
import type { QuickFix } from './quick-fix.ts';
import type { Note } from '../lib/notes/note-kinds.ts';

export interface OverlayProps {
  findings: readonly Finding[];
  /** Back to the post, text untouched. Also Escape. */
  onEdit(): void;
  /** Send the post as it is. */
  onPostAnyway(): void;
  /** Absolute URL for a clause link, or null for no link (relative links point into the extension). */
  resolveUrl?(url: string): string | null;
  /** Opens links the page may not navigate to itself (extension pages); returns true when it did. */
  openLink?(href: string): boolean;
  /** Follows the page's own theme where the host can tell; otherwise the system setting. */
  theme?: 'light' | 'dark' | 'auto';
  /** Quick fixes by finding index (null: none for that finding). Offered only with `onFix`. */
  fixes?: readonly (QuickFix | null)[];
  /** Apply the quick fix of finding `index` in the post; resolves once it has been checked. */
  onFix?(index: number): Promise<FixOutcome>;
  /** Gentle notes (school hours, media, public audience) shown after the findings; never a reason to hold a post. */
  notes?: readonly Note[];
}

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The dialog's keyboard rules: Escape = "Edit post", Tab and Shift+Tab wrap round inside the dialog.
 * Exported so a host that has to catch keys before the page does (capture phase on window) can apply
 * the same rules there.
 */
export function handleOverlayKey(e: KeyboardEvent, dialog: HTMLElement, onEdit: () => void): void {
  if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    onEdit();
    return;
  }
  if (e.key !== 'Tab') return;
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  const inside = active instanceof Node && dialog.contains(active);
  if (e.shiftKey && (active === first || !inside)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !inside)) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * "If in doubt, don't post": a modal dialog listing what PostPause noticed. Calm wording, the safe choice
 * first and focused, Escape = Edit, Tab kept inside the dialog.
 */
export function Overlay({ findings, onEdit, onPostAnyway, resolveUrl, openLink, theme = 'auto', fixes, onFix, notes = [] }: OverlayProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const edit = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);

  // Layout effect: focus moves during the render that shows the dialog, so a key pressed straight after
  // the send cannot land in the page behind it. "Edit post" stays in view below the scrolling findings, so
  // focusing it scrolls nothing: the dialog opens at its top, heading first, at any size or zoom.
  useLayoutEffect(() => {
    edit.current?.focus({ preventScroll: true });
    if (body.current) body.current.scrollTop = 0;
  }, []);

  const onKeyDown = (e: KeyboardEvent) => dialog.current && handleOverlayKey(e, dialog.current, onEdit);

  const count = findings.length;
  return (
    <div class="pp-backdrop" data-theme={theme} onMouseDown={(e) => e.target === e.currentTarget && (e.preventDefault(), edit.current?.focus({ preventScroll: true }))}>
      <div
        ref={dialog}
        class="pp-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="pp-title"
        aria-describedby="pp-summary"
        onKeyDown={onKeyDown}
      >
        <div ref={body} class="pp-body">
          <h2 id="pp-title" class="pp-title">
            If in doubt, don't post
          </h2>
          <p id="pp-summary" class="pp-summary">
            {count === 1 ? 'One thing' : `${count} things`} in this post may go against your school's social media policy. Nothing has
            been posted yet.
          </p>
          <ul class="pp-findings">
            {findings.map((f, i) => (
              // Index too: a thread's boxes can have findings at the same offsets.
              <li key={`${i}:${f.ruleId}:${f.start}`}>
                <FindingCard
                  finding={f}
                  href={resolveUrl ? resolveUrl(f.clause.url) : f.clause.url}
                  openLink={openLink}
                  fix={fixes?.[i] ?? null}
                  {...(onFix ? { onFix: () => onFix(i) } : {})}
                />
              </li>
            ))}
          </ul>
          {notes.length ? (
            <ul class="pp-findings pp-notes" aria-label="Also worth a look">
              {notes.map((n) => {
                const href = resolveUrl ? resolveUrl(n.clause.url) : n.clause.url;
                return (
                  <li key={n.kind}>
                    <div class="pp-card pp-low pp-note" data-note={n.kind}>
                      <p class="pp-reason">{n.message}</p>
                      <ClauseLine clause={n.clause} href={href} openLink={openLink} />
                    </div>
                  </li>
                );
              })}
            </ul>
          ) : null}
          <p class="pp-footnote">Checked on this device by PostPause. Your post was not sent anywhere.</p>
        </div>
        <div class="pp-actions">
          <button ref={edit} type="button" class="pp-button pp-primary" onClick={onEdit}>
            Edit post
          </button>
          <button type="button" class="pp-button pp-secondary" onClick={onPostAnyway}>
            Post anyway
          </button>
        </div>
      </div>
    </div>
  );
}
