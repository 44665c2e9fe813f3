/**
 * Styles for the checklist in the popup, the full page, the welcome page and the on-page panel's
 * shadow root. A string, not a .css import, so the content script needs no web-accessible file. Pixel
 * sizes because host pages set their own root font size; colours meet WCAG AA in both themes.
 */
export const CHECKLIST_CSS = /* css */ `
.ppc {
  --ppc-bg: #ffffff; --ppc-fg: #1b1f24; --ppc-muted: #4a5561; --ppc-card: #f5f7f9; --ppc-border: #c9d1d9;
  --ppc-accent: #0b5cad; --ppc-accent-fg: #ffffff; --ppc-ok: #0f766e; --ppc-due: #a15c07; --ppc-track: #dde3e8;
  --ppc-focus: #6b2fa3;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ppc-fg); background: var(--ppc-bg); box-sizing: border-box;
}
@media (prefers-color-scheme: dark) {
  .ppc {
    --ppc-bg: #1e2329; --ppc-fg: #eef1f4; --ppc-muted: #b6c0ca; --ppc-card: #2a3038; --ppc-border: #48515c;
    --ppc-accent: #8cc4ff; --ppc-accent-fg: #0d1b2a; --ppc-ok: #5fd0c2; --ppc-due: #f5c26b; --ppc-track: #3a424c;
    --ppc-focus: #f2b600;
  }
}
.ppc *, .ppc *::before, .ppc *::after { box-sizing: inherit; }
.ppc h1 { font-size: 17px; margin: 0 0 4px; }
.ppc h2 { font-size: 15px; margin: 0; }
.ppc p { margin: 0 0 6px; }
.ppc a:not(.ppc-btn) { color: var(--ppc-accent); }
.ppc :focus-visible { outline: 3px solid var(--ppc-focus); outline-offset: 2px; }
.ppc-muted { color: var(--ppc-muted); font-size: 13px; }
.ppc-summary { display: flex; gap: 12px; align-items: center; margin: 8px 0 10px; }
.ppc-summary p { margin: 0; }
.ppc-ring { flex: none; }
.ppc-ring-track { stroke: var(--ppc-track); }
.ppc-ring-ok { stroke: var(--ppc-ok); transition: stroke-dasharray .3s; }
.ppc-ring-text { fill: var(--ppc-fg); font-size: 11px; font-weight: 600; }
.ppc-actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0 10px; }
.ppc-btn {
  font: inherit; font-size: 13px; border-radius: 8px; padding: 5px 10px; cursor: pointer; text-decoration: none;
  border: 1px solid var(--ppc-border); background: var(--ppc-card); color: var(--ppc-fg); display: inline-block;
}
.ppc-btn:hover { border-color: var(--ppc-accent); }
.ppc-btn[aria-disabled="true"] { cursor: progress; }
.ppc-btn-primary { background: var(--ppc-accent); color: var(--ppc-accent-fg); border-color: var(--ppc-accent); }
.ppc-btn-link { background: none; border: none; padding: 5px 4px; color: var(--ppc-accent); text-decoration: underline; }
.ppc-platforms { list-style: none; margin: 0; padding: 0; }
.ppc-platform { border: 1px solid var(--ppc-border); border-radius: 10px; margin: 0 0 8px; background: var(--ppc-bg); }
.ppc-platform > summary {
  display: flex; align-items: center; gap: 10px; padding: 8px 10px; cursor: pointer; list-style: none;
}
.ppc-platform > summary::-webkit-details-marker { display: none; }
.ppc-platform > summary::after { content: "▸"; margin-left: auto; color: var(--ppc-muted); }
.ppc-platform[open] > summary::after { content: "▾"; }
.ppc-platform-body { padding: 0 10px 6px; }
.ppc-count { color: var(--ppc-muted); font-size: 13px; }
.ppc-due-count { color: var(--ppc-due); font-weight: 600; }
.ppc-items { list-style: none; margin: 0; padding: 0; }
.ppc-item { border-top: 1px solid var(--ppc-border); padding: 8px 0; }
.ppc-item-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px; justify-content: space-between; }
.ppc-item-label { font-weight: 600; }
.ppc-chip { flex: none; max-width: 100%; overflow-wrap: anywhere; font-size: 12px; border-radius: 999px; padding: 1px 8px; border: 1px solid currentColor; white-space: nowrap; }
.ppc-chip-ok { color: var(--ppc-ok); }
.ppc-chip-due { color: var(--ppc-due); font-weight: 600; }
.ppc-chip-unchecked { color: var(--ppc-muted); }
.ppc-what { margin: 2px 0; }
.ppc-rec { margin: 2px 0; }
.ppc-rec strong { font-weight: 600; }
.ppc-where { color: var(--ppc-muted); font-size: 13px; margin: 2px 0; }
.ppc-why { margin: 4px 0; font-size: 13px; }
.ppc-why summary { cursor: pointer; color: var(--ppc-accent); }
.ppc-quote { margin: 4px 0 0; padding: 4px 8px; border-left: 3px solid var(--ppc-border); color: var(--ppc-muted); font-style: italic; }
.ppc-item-actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 6px; }
.ppc-footer { margin-top: 12px; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.ppc-note { background: var(--ppc-card); border-radius: 8px; padding: 6px 8px; font-size: 13px; margin: 0 0 6px; }
.ppc-confirm { background: var(--ppc-card); border: 1px solid var(--ppc-due); border-radius: 8px; padding: 8px; }
.ppc-page .ppc-platforms { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(420px, 100%), 1fr)); gap: 10px; align-items: start; }
.ppc-page .ppc-platform { margin: 0; }
.ppc-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
