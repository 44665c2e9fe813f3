import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { siteForPage, type SiteAdapter } from '../../lib/sites/index.ts';
import { withExtraSelectors, type ExtraSurfaceSelectors } from '../../lib/sites/extra-selectors.ts';
import { watchSiteHealth } from '../../extension/dom/site-health-watch.ts';
import { tell } from '../../extension/messages/send.ts';
import { installSendGuard, type BlockedSend } from '../../extension/dom/send-guard.ts';
import { watchComposers } from '../../extension/dom/compose-watch.ts';
import { createCaretMemory } from '../../extension/dom/focus.ts';
import { createCachedAnalyzer } from './analysis.ts';
import { watchConfig } from './config.ts';
import { createOverlayHost } from './overlay.tsx';
import { createComposeUx } from './compose-ux.ts';
import { createNotes } from './notes.tsx';

export interface StartOptions {
  /** The compose boxes to guard; by default the site this page belongs to. */
  site?: SiteAdapter;
  /** Check even when the settings switch this site off (the extension's own "Try PostPause" page). */
  alwaysOn?: boolean;
}

/**
 * Wire one page: guard its sends, analyse its composers as they change, show the overlay when a send has
 * findings. Anything that goes wrong in here lets the post through (fail open) and is logged to this
 * page's console and PostPause's local error log (options page), never with the post's text.
 */
export function startCompose(ctx: ContentScriptContext, opts: StartOptions = {}): void {
  const site = opts.site ?? siteForPage(location.href);
  if (!site) return;

  // Built-in defaults from the first moment, so no send slips past while the configuration loads.
  const analyzer = createCachedAnalyzer();
  const carets = createCaretMemory(site.surfaces, document, ctx.signal);
  let enabled = true;
  const isActive = () => enabled && ctx.isValid;
  // Gentle notes (school hours, media, public audience): never part of the send decision.
  let notes: ReturnType<typeof createNotes> | null = null;
  const ux = createComposeUx(ctx, site, analyzer.analyze, carets, () => notes?.current() ?? []);
  const onError = ux.report('content-script');
  try {
    notes = createNotes(ctx, site, ux.report('notes'), isActive);
  } catch (err) {
    ux.report('notes')(err);
  }
  // The school's extra selectors for this site (setting siteSelectors): a change re-wires the page.
  let wired: AbortController | null = null;
  let extra: Readonly<Record<string, ExtraSurfaceSelectors>> | undefined;
  const rewire = (next: typeof extra) => {
    if (JSON.stringify(next ?? {}) === JSON.stringify(extra ?? {})) return;
    extra = next;
    if (!wired || ctx.signal.aborted) return;
    wired.abort();
    wired = new AbortController();
    wire(withExtraSelectors(site, extra), wired.signal);
  };
  try {
    const stop = watchConfig((config) => {
      try {
        enabled = opts.alwaysOn === true || !config.enabledSites || config.enabledSites.includes(site.id);
        rewire(config.siteSelectors?.[site.id]);
        analyzer.configure(config);
        notes?.configure(config);
        if (!enabled) notes?.clear();
        if (enabled) ctx.requestIdleCallback(() => analyzer.warm(), { timeout: 3000 });
        else ux.clear();
      } catch (err) {
        onError(err);
      }
    });
    ctx.onInvalidated(stop);
  } catch (err) {
    onError(err);
  }

  const overlay = createOverlayHost(ctx);
  overlay.catch(ux.report('overlay'));

  /** The choice for a blocked send: 'post' also when the overlay cannot be shown (fail open). */
  async function decide(send: BlockedSend): Promise<'edit' | 'post' | 'repeat'> {
    try {
      return await ux.decide(send, overlay);
    } catch (err) {
      ux.report('overlay')(err);
      const composer = send.composers.find((c) => c.isConnected);
      if (composer) carets.restore(composer);
      return 'post';
    }
  }

  /**
   * The send guard, the analysis as composers change and the site health record, for the site's surfaces
   * with the school's extra selectors (setting siteSelectors); wired again when those change.
   */
  function wire(adapter: SiteAdapter, signal: AbortSignal): void {
    const health = watchSiteHealth({
      surfaces: adapter.surfaces,
      report: (event) => tell({ type: 'postpause:site-health', site: adapter.id, event }),
      signal,
      isActive,
      onError: ux.report('site-health'),
    });
    const guard = installSendGuard({
      surfaces: adapter.surfaces,
      analyze: analyzer.analyze,
      signal,
      isActive,
      onError: ux.report('send-guard'),
      onRecognised: (target) => health.recognised(target.composers),
      onPassed() {
        ux.onPassed();
        notes?.onPassed();
      },
      onBlocked(send) {
        void decide(send).then((choice) => {
          // Back in the box ("Edit post" lands on the first finding), then for "Post anyway" send it once.
          if (choice === 'post') guard.sendAnyway(send);
        });
      },
    });
    watchComposers({ surfaces: adapter.surfaces, analyze: analyzer.analyze, signal, isActive,
      onError: ux.report('analysis'),
      ...ux.watch,
      onFocus(composer, surface) {
        ux.watch.onFocus?.(composer, surface);
        if (isActive()) notes?.onFocus(composer);
      },
    });
  }

  wired = new AbortController();
  ctx.signal.addEventListener('abort', () => wired?.abort());
  wire(withExtraSelectors(site, extra), wired.signal);
}
