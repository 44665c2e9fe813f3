import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { siteForPage, type SiteAdapter } from '../../lib/sites/index.ts';
import { withExtraSelectors, type ExtraSurfaceSelectors } from '../../lib/sites/extra-selectors.ts';
import { installSendGuard, type SendGuard } from '../../extension/dom/send-guard.ts';
import { watchSiteHealth } from '../../extension/dom/site-health-watch.ts';
import { tell } from '../../extension/messages/send.ts';
import { ENGINE_FILE } from '../../extension/compose/engine-api.ts';
import { createEngineLoader, importByUrl } from '../../extension/compose/engine-loader.ts';
import { createSendGate } from '../../extension/compose/send-gate.ts';
import { onFirstComposerTouch } from '../../extension/compose/first-touch.ts';
import { createReport } from '../../extension/compose/report.ts';

/**
 * Where to import the engine from. On a site, the web-accessible file by the URL the browser gives (in
 * Chrome a per-session dynamic URL, so pages cannot probe for PostPause). On the extension's own pages (the
 * Try page) that dynamic origin is not the page's 'self' in its CSP, so the file is imported from the page's
 * own origin instead.
 */
function engineUrl(): string {
  return /^(chrome|moz)-extension:$/.test(location.protocol) ? `${location.origin}${ENGINE_FILE}` : browser.runtime.getURL(ENGINE_FILE);
}

export interface StartOptions {
  /** The compose boxes to guard; by default the site this page belongs to. */
  site?: SiteAdapter;
  /** Check even when the settings switch this site off (the extension's own "Try PostPause" page). */
  alwaysOn?: boolean;
}

/**
 * Wire one page at document_start, carrying nothing of the engine: guard its sends, keep the site health
 * record, and load the compose engine (entrypoints/compose-engine) when a composer is first touched, or
 * when a send comes first (that send is held until the engine decides it). Anything that goes wrong lets
 * the post through (fail open).
 */
export function startCompose(ctx: ContentScriptContext, opts: StartOptions = {}): void {
  const site = opts.site ?? siteForPage(location.href);
  if (!site) return;
  const report = createReport(site.id, () => ctx.isValid);

  let guard: SendGuard | null = null;
  const sendAnyway: SendGuard['sendAnyway'] = (send) => guard?.sendAnyway(send) ?? false;
  const engine = createEngineLoader(
    { ctx, site, report, guard: { sendAnyway }, alwaysOn: opts.alwaysOn === true, setExtraSelectors: (next) => rewire(next) },
    // The engine's URL is resolved when it is needed, not at page load.
    () => importByUrl(engineUrl())(),
  );
  const load = () => void engine.load().catch(() => undefined);
  const gate = createSendGate({ engine, sendAnyway, alive: () => ctx.isValid, onError: (where, err) => report(where)(err) });

  /** The send guard, the site health record and the first-touch watch, for the surfaces in force. */
  const wire = (adapter: SiteAdapter, signal: AbortSignal) => {
    const health = watchSiteHealth({
      surfaces: adapter.surfaces,
      report: (event) => tell({ type: 'postpause:site-health', site: adapter.id, event }),
      signal,
      isActive: gate.isActive,
      onError: report('site-health'),
    });
    guard = installSendGuard({
      surfaces: adapter.surfaces,
      signal,
      onError: report('send-guard'),
      ...gate,
      hold() {
        const hold = gate.hold();
        if (hold) load();
        return hold;
      },
      onRecognised: (target) => health.recognised(target.composers),
    });
    if (engine.state() === 'idle') onFirstComposerTouch(adapter.surfaces, load, { signal, onError: report('first-touch') });
  };

  // The school's extra selectors for this site (setting siteSelectors) come with the configuration, which
  // the engine reads: it hands them here, and a change re-wires the page.
  let extra: Readonly<Record<string, ExtraSurfaceSelectors>> | undefined;
  let wired = new AbortController();
  function rewire(next: typeof extra): void {
    if (JSON.stringify(next ?? {}) === JSON.stringify(extra ?? {}) || ctx.signal.aborted) return;
    extra = next;
    wired.abort();
    wired = new AbortController();
    wire(withExtraSelectors(site!, extra), wired.signal);
  }
  ctx.signal.addEventListener('abort', () => wired.abort());
  wire(site, wired.signal);
}
