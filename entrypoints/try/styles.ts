/** The Try page, on top of the checklist's styles (colours, buttons, focus ring, dark theme). */
export const TRY_CSS = /* css */ `
.try { max-width: 720px; margin: 0 auto; padding: 20px 16px 48px; min-height: 100vh; font-size: 15px; }
.try h1 { font-size: 22px; margin: 0 0 8px; }
.try h2 { font-size: 16px; margin: 0 0 8px; }
.try section { border: 1px solid var(--ppc-border); border-radius: 12px; padding: 14px 16px; margin: 14px 0; background: var(--ppc-bg); }
.try-setup { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(150px, 100%), 1fr)); gap: 8px; margin: 0 0 8px; }
.try-setup div { background: var(--ppc-card); border-radius: 8px; padding: 6px 8px; }
.try-setup dt { font-size: 12px; color: var(--ppc-muted); }
.try-setup dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.try-box {
  min-height: 110px; padding: 10px 12px; border: 1px solid var(--ppc-border); border-radius: 10px; background: var(--ppc-bg);
  color: var(--ppc-fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 6px;
}
.try-box:empty::before { content: "What's happening at school today?"; color: var(--ppc-muted); }
.try-box:focus-visible { outline: 3px solid var(--ppc-focus); outline-offset: 2px; }
.try-actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
.try-actions .ppc-btn { font-size: 15px; padding: 7px 16px; border-radius: 999px; min-height: 40px; }
.try-posted { margin: 8px 0 0; }
`;
