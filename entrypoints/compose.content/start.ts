import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { siteForPage } from '../../lib/sites/index.ts';
import { installSendGuard, type BlockedSend } from '../../lib/dom/send-guard.ts';
import { watchComposers } from '../../lib/dom/compose-watch.ts';
import { createCaretMemory } from '../../lib/dom/focus.ts';
import { createCachedAnalyzer } from './analysis.ts';
import { watchConfig } from './config.ts';
import { createOverlayHost } from './overlay.tsx';

/**
 * Wire one page: guard its sends, analyse its composers as they change, show the overlay when a send has
 * findings. Anything that goes wrong in here lets the post through (fail open) and is logged to this
 * page's console only, never with the post's text.
 */
export function startCompose(ctx: ContentScriptContext): void {
  const site = siteForPage(location.href);
  if (!site) return;

  // Built-in defaults from the first moment, so no send slips past while the configuration loads.
  const analyzer = createCachedAnalyzer();
  let enabled = true;
  try {
    const stop = watchConfig((config) => {
      try {
        enabled = !config.enabledSites || config.enabledSites.includes(site.id);
        analyzer.configure(config);
        if (enabled) ctx.requestIdleCallback(() => analyzer.warm(), { timeout: 3000 });
      } catch (err) {
        onError(err);
      }
    });
    ctx.onInvalidated(stop);
  } catch (err) {
    onError(err);
  }

  const isActive = () => enabled && ctx.isValid;
  const overlay = createOverlayHost(ctx);
  const carets = createCaretMemory(site.surfaces, document, ctx.signal);
  overlay.catch(onError);

  const guard = installSendGuard({
    surfaces: site.surfaces,
    analyze: analyzer.analyze,
    signal: ctx.signal,
    isActive,
    onError,
    onBlocked(send) {
      void decide(send).then((choice) => {
        if (choice === 'repeat') return;
        // Back in the box first, as it was before the send, then (for "Post anyway") send it once.
        const composer = send.composers.find((c) => c.isConnected);
        if (composer) carets.restore(composer);
        if (choice === 'post') guard.sendAnyway(send);
      });
    },
  });

  /** The choice for a blocked send: 'post' also when the overlay cannot be shown (fail open). */
  async function decide(send: BlockedSend): Promise<'edit' | 'post' | 'repeat'> {
    try {
      const shown = (await overlay).show(send.findings);
      return shown ? await shown : 'repeat';
    } catch (err) {
      onError(err);
      return 'post';
    }
  }

  watchComposers({ surfaces: site.surfaces, analyze: analyzer.analyze, signal: ctx.signal, isActive, onError });
}

function onError(err: unknown): void {
  // After an extension update the old script keeps running with a dead runtime; that is expected.
  const message = err instanceof Error ? err.message : String(err);
  if (message.includes('Extension context invalidated')) return;
  console.warn('[PostPause] let a send through after an internal error:', message);
}
