import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { siteForPage } from '../../lib/sites/index.ts';
import type { SiteAdapter } from '../../lib/sites/types.ts';
import { installSendGuard, type BlockedSend } from '../../extension/dom/send-guard.ts';
import { watchComposers } from '../../extension/dom/compose-watch.ts';
import { createCaretMemory } from '../../extension/dom/focus.ts';
import { createCachedAnalyzer } from './analysis.ts';
import { watchConfig } from './config.ts';
import { createOverlayHost } from './overlay.tsx';
import { createComposeUx } from './compose-ux.ts';
import { createNotes } from './notes.tsx';

/**
 * Wire one page: guard its sends, analyse its composers as they change, show the overlay when a send has
 * findings. Anything that goes wrong in here lets the post through (fail open) and is logged to this
 * page's console and PostPause's local error log (options page), never with the post's text.
 */
export interface StartOptions {
  /** The compose boxes to guard; by default the site this page belongs to. */
  site?: SiteAdapter;
  /** Check even when the settings switch this site off (the extension's own "Try PostPause" page). */
  alwaysOn?: boolean;
}

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
  try {
    const stop = watchConfig((config) => {
      try {
        enabled = opts.alwaysOn === true || !config.enabledSites || config.enabledSites.includes(site.id);
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

  const guard = installSendGuard({
    surfaces: site.surfaces,
    analyze: analyzer.analyze,
    signal: ctx.signal,
    isActive,
    onError: ux.report('send-guard'),
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

  watchComposers({ surfaces: site.surfaces, analyze: analyzer.analyze, signal: ctx.signal, isActive,
    onError: ux.report('analysis'),
    ...ux.watch,
    onFocus(composer, surface) {
      ux.watch.onFocus?.(composer, surface);
      if (isActive()) notes?.onFocus(composer);
    },
  });
}
