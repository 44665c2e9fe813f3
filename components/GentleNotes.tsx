import type { Note, NoteKind } from '../lib/notes/note-kinds.ts';

export interface GentleNotesProps {
  notes: readonly Note[];
  /** "Not today" on a dismissible note. */
  onDismiss?(kind: NoteKind): void;
  /** Absolute URL for a clause link, or null for no link. */
  resolveUrl?(url: string): string | null;
  /** Opens links the page may not navigate to itself (extension pages); returns true when it did. */
  openLink?(href: string): boolean;
  theme?: 'light' | 'dark' | 'auto';
}

/**
 * The gentle notes beside a composer: school hours, media attached, a public audience. A polite live
 * region, never a dialog: nothing here holds a post back or takes focus. All text, no HTML.
 */
export function GentleNotes({ notes, onDismiss, resolveUrl, openLink, theme = 'auto' }: GentleNotesProps) {
  return (
    <div class="pp-notes" data-theme={theme} role="status" aria-live="polite" aria-label="PostPause notes">
      {notes.map((n) => {
        const href = resolveUrl ? resolveUrl(n.clause.url) : n.clause.url;
        const clauseName = n.clause.id ? `${n.clause.id} — ${n.clause.title}` : n.clause.title;
        return (
          <div key={n.kind} class="pp-note" data-kind={n.kind}>
            <p class="pp-note-text">{n.message}</p>
            <p class="pp-note-foot">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" title={n.clause.quote} onClick={(e) => openLink?.(href) && e.preventDefault()}>
                  {clauseName}
                </a>
              ) : (
                <span title={n.clause.quote}>{clauseName}</span>
              )}
              {n.dismissible && onDismiss ? (
                <button type="button" class="pp-note-dismiss" onClick={() => onDismiss(n.kind)}>
                  Not today
                </button>
              ) : null}
            </p>
          </div>
        );
      })}
    </div>
  );
}

export const GENTLE_NOTES_CSS = /* css */ `
:host { all: initial; }
.pp-notes {
  --pp-bg: #ffffff; --pp-fg: #1b1f24; --pp-muted: #4a5561; --pp-border: #c9d1d9; --pp-accent: #0b5cad; --pp-warn: #a15c07; --pp-focus: #6b2fa3;
  position: fixed; box-sizing: border-box; display: flex; flex-direction: column; gap: 6px; width: 320px; max-width: calc(100vw - 16px);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--pp-fg);
  pointer-events: none;
}
.pp-notes[data-theme="dark"] { --pp-bg: #1e2329; --pp-fg: #eef1f4; --pp-muted: #b6c0ca; --pp-border: #48515c; --pp-accent: #8cc4ff; --pp-warn: #f5c26b; --pp-focus: #f2b600; }
@media (prefers-color-scheme: dark) {
  .pp-notes[data-theme="auto"] { --pp-bg: #1e2329; --pp-fg: #eef1f4; --pp-muted: #b6c0ca; --pp-border: #48515c; --pp-accent: #8cc4ff; --pp-warn: #f5c26b; --pp-focus: #f2b600; }
}
.pp-note {
  pointer-events: none; box-sizing: border-box; padding: 8px 10px; background: var(--pp-bg); border: 1px solid var(--pp-border);
  border-left: 3px solid var(--pp-warn); border-radius: 8px; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.18);
}
.pp-note p { margin: 0; }
.pp-note-foot { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: 4px !important; color: var(--pp-muted); font-size: 12px; }
.pp-note a { color: var(--pp-accent); }
/* Only the note's own controls take clicks; anywhere else a click reaches the page underneath. */
.pp-note a, .pp-note button { pointer-events: auto; }
.pp-note-dismiss {
  font: inherit; font-weight: 600; color: var(--pp-accent); background: transparent; border: 1px solid var(--pp-border); border-radius: 999px;
  padding: 1px 10px; cursor: pointer;
}
.pp-note a:focus-visible, .pp-note-dismiss:focus-visible { outline: 3px solid var(--pp-focus); outline-offset: 2px; }
@media (forced-colors: active) { .pp-note { border-color: CanvasText; } }
`;
