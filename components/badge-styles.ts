/**
 * The status badge and textarea-mirror layer, in PostPause's own shadow root. Small, calm, never
 * clickable (pointer-events: none), so it cannot get in the way of the site. Pixel sizes because sites
 * set their own root font size; both themes meet WCAG AA contrast.
 */
import { MIRROR_MARK_CSS } from '../extension/dom/highlight.ts';

export const BADGE_CSS = /* css */ `
:host { all: initial; }
.pp-layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; pointer-events: none; }
.pp-badge {
  --pp-bg: #ffffff; --pp-fg: #1b1f24; --pp-border: #c9d1d9; --pp-ok: #2e7d46; --pp-warn: #a15c07;
  position: fixed; box-sizing: border-box; display: none; align-items: center; gap: 6px; height: 22px; padding: 0 9px 0 7px;
  border: 1px solid var(--pp-border); border-radius: 999px; background: var(--pp-bg); color: var(--pp-fg);
  font: 600 12px/20px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  white-space: nowrap; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.18); pointer-events: none; user-select: none;
}
.pp-badge[data-shown="true"] { display: inline-flex; }
.pp-badge .pp-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--pp-ok); flex: none; }
.pp-badge[data-state="findings"] .pp-dot { background: var(--pp-warn); }
.pp-badge[data-state="findings"] { border-color: var(--pp-warn); }
.pp-badge[data-theme="dark"] { --pp-bg: #1e2329; --pp-fg: #eef1f4; --pp-border: #48515c; --pp-ok: #7fd49a; --pp-warn: #f5c26b; }
@media (prefers-color-scheme: dark) {
  .pp-badge[data-theme="auto"] { --pp-bg: #1e2329; --pp-fg: #eef1f4; --pp-border: #48515c; --pp-ok: #7fd49a; --pp-warn: #f5c26b; }
}
@media (prefers-reduced-motion: no-preference) {
  .pp-badge { transition: border-color 160ms ease-out; }
}
@media (forced-colors: active) {
  .pp-badge { border-color: CanvasText; }
  .pp-badge .pp-dot { background: CanvasText; }
}
.pp-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
${MIRROR_MARK_CSS}
`;
