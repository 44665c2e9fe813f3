/**
 * Styles for the overlay's shadow root. A string (not a .css import) so the content script needs no
 * extra web-accessible file and the page's CSP never sees a stylesheet request. Pixel sizes because the
 * host page sets its own root font size; colours meet WCAG AA in both themes.
 */
export const OVERLAY_CSS = /* css */ `
:host { all: initial; }
.pp-backdrop {
  --pp-bg: #ffffff; --pp-fg: #1b1f24; --pp-muted: #4a5561; --pp-card: #f5f7f9; --pp-border: #c9d1d9;
  --pp-accent: #0b5cad; --pp-accent-fg: #ffffff; --pp-focus: #6b2fa3; --pp-high: #b3261e; --pp-medium: #8a5a00; --pp-low: #3c6e47;
  position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; padding: 16px;
  /* Its own z-index: the host and WXT's wrapper make no stacking context, so without it a page's
     positioned elements (Draft's editor container has z-index 1) paint over the dialog. */
  z-index: 2147483647;
  background: rgba(15, 20, 25, 0.55); box-sizing: border-box;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--pp-fg);
}
@media (prefers-color-scheme: dark) {
  .pp-backdrop[data-theme="auto"] {
    --pp-bg: #1e2329; --pp-fg: #eef1f4; --pp-muted: #b6c0ca; --pp-card: #2a3038; --pp-border: #48515c;
    --pp-accent: #8cc4ff; --pp-accent-fg: #0d1b2a; --pp-focus: #f2b600; --pp-high: #ffb4ab; --pp-medium: #f5c26b; --pp-low: #9fd6a8;
  }
}
.pp-backdrop[data-theme="dark"] {
  --pp-bg: #1e2329; --pp-fg: #eef1f4; --pp-muted: #b6c0ca; --pp-card: #2a3038; --pp-border: #48515c;
  --pp-accent: #8cc4ff; --pp-accent-fg: #0d1b2a; --pp-focus: #f2b600; --pp-high: #ffb4ab; --pp-medium: #f5c26b; --pp-low: #9fd6a8;
}
/* The findings scroll; the heading starts in view and the two choices stay in view below them, so
   focusing "Edit post" never scrolls the heading away (any size, 200% zoom, a phone-width window). */
.pp-dialog {
  box-sizing: border-box; width: min(560px, 100%); max-height: calc(100vh - 32px); overflow: auto;
  display: flex; flex-direction: column;
  background: var(--pp-bg); color: var(--pp-fg); border: 1px solid var(--pp-border); border-radius: 14px;
  box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
}
.pp-body { flex: 1 1 auto; min-height: 96px; overflow: auto; padding: 20px 22px 4px; }
.pp-body:focus-visible { outline: 3px solid var(--pp-focus); outline-offset: -3px; }
@media (prefers-reduced-motion: no-preference) {
  .pp-dialog { animation: pp-in 160ms ease-out; }
  @keyframes pp-in { from { opacity: 0; transform: translateY(6px); } to { opacity: 1; transform: none; } }
}
.pp-title { margin: 0 0 6px; font-size: 21px; line-height: 1.25; font-weight: 700; }
.pp-summary { margin: 0 0 14px; color: var(--pp-muted); }
.pp-findings { list-style: none; margin: 0 0 12px; padding: 0; display: grid; gap: 10px; }
.pp-card { background: var(--pp-card); border-radius: 10px; padding: 12px 14px; border-left: 4px solid var(--pp-low); }
.pp-card.pp-medium { border-left-color: var(--pp-medium); }
.pp-card.pp-high { border-left-color: var(--pp-high); }
.pp-card p { margin: 0 0 6px; }
.pp-card-head { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: baseline; }
.pp-match { font-weight: 700; overflow-wrap: anywhere; white-space: pre-wrap; }
.pp-tag { font-size: 13px; color: var(--pp-muted); }
.pp-clause { font-size: 14px; }
.pp-policy { color: var(--pp-muted); }
.pp-quote { margin: 4px 0 0; padding: 0 0 0 10px; border-left: 2px solid var(--pp-border); font-size: 14px; color: var(--pp-muted); }
a { color: var(--pp-accent); text-decoration: underline; text-underline-offset: 2px; }
.pp-actions { flex: none; display: flex; flex-wrap: wrap; gap: 10px; justify-content: flex-end; padding: 12px 22px 16px; border-top: 1px solid var(--pp-border); }
.pp-button {
  font: inherit; font-weight: 600; border-radius: 999px; padding: 9px 18px; cursor: pointer; min-height: 44px;
  border: 2px solid var(--pp-accent);
}
.pp-primary { background: var(--pp-accent); color: var(--pp-accent-fg); }
.pp-secondary { background: transparent; color: var(--pp-fg); border-color: var(--pp-border); }
.pp-button:focus-visible, a:focus-visible { outline: 3px solid var(--pp-focus); outline-offset: 2px; }
.pp-fix { margin-top: 8px; }
.pp-small { min-height: 36px; padding: 5px 14px; font-size: 14px; background: transparent; color: var(--pp-accent); border-color: var(--pp-accent); }
.pp-small[aria-disabled="true"] { cursor: progress; border-style: dashed; }
.pp-fix-status { margin: 4px 0 0; font-size: 14px; }
.pp-fix-status:empty { display: none; }
.pp-fix-status:focus { outline: none; }
.pp-fix-status:focus-visible { outline: 3px solid var(--pp-focus); outline-offset: 2px; }
.pp-card.pp-fixed { opacity: 0.75; }
.pp-card.pp-fixed .pp-match { text-decoration: line-through; }
.pp-footnote { margin: 0 0 12px; font-size: 13px; color: var(--pp-muted); }
/* Forced colours (Windows contrast themes) flatten both buttons to the same outline: keep the safe
   choice filled, in the theme's own Highlight pair, and the other one plain. */
@media (forced-colors: active) {
  .pp-card { border: 1px solid CanvasText; }
  .pp-primary { forced-color-adjust: none; background: Highlight; color: HighlightText; border: 3px solid Highlight; }
  .pp-secondary { background: Canvas; color: CanvasText; border: 2px dashed CanvasText; }
  .pp-button:focus-visible, a:focus-visible { outline-color: CanvasText; }
}
`;
