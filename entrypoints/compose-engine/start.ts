import type { EngineHost, EngineSession } from '../../extension/compose/engine-api.ts';
import { createCachedAnalyzer } from '../../extension/compose/cached-analyzer.ts';
import { watchEngineConfig } from '../../extension/compose/engine-config.ts';
import { focusedComposer } from '../../extension/compose/first-touch.ts';
import { watchComposers } from '../../extension/dom/compose-watch.ts';
import { createCaretMemory } from '../../extension/dom/focus.ts';
import { readComposerText } from '../../extension/dom/read-text.ts';
import type { BlockedSend } from '../../extension/dom/send-guard.ts';
import type { PostPauseConfig } from '../../lib/policy/config.ts';
import type { SiteAdapter, Surface } from '../../lib/sites/types.ts';
import { withExtraSelectors } from '../../lib/sites/extra-selectors.ts';
import { watchConfig } from '../../extension/storage/config.ts';
import { createComposeUx } from '../../components/compose/compose-ux.ts';
import { createNotes } from '../../components/compose/notes-host.tsx';
import { createOverlayHost } from '../../components/compose/overlay-host.tsx';

/**
 * Start the engine on one page, once a composer was touched (or a send came first): configuration, live
 * analysis of the composers, highlights, notes and the overlay. Resolves when the configuration is known
 * and the composer in use has been analysed; anything that fails later lets the post through.
 */
export async function startEngine({ ctx, site, guard, report, setExtraSelectors, alwaysOn }: EngineHost): Promise<EngineSession> {
  const analyzer = createCachedAnalyzer();
  const carets = createCaretMemory(site.surfaces, document, ctx.signal);
  let enabled = true;
  const isActive = () => enabled && ctx.isValid;
  // Gentle notes (school hours, media, public audience): never part of the send decision.
  let notes: ReturnType<typeof createNotes> | null = null;
  const ux = createComposeUx(ctx, analyzer.analyze, carets, report, () => notes?.current() ?? []);
  const watch = {
    ...ux.watch,
    onFocus(composer: Element, surface: Surface) {
      ux.watch.onFocus?.(composer, surface);
      if (isActive()) notes?.onFocus(composer);
    },
  };
  const onError = report('content-script');
  try {
    notes = createNotes(ctx, site, report('notes'), isActive);
  } catch (err) {
    report('notes')(err);
  }

  // The live analysis as composers change, for the site's surfaces with the school's extra selectors
  // (setting siteSelectors); wired again, with the page's send guard, when those change.
  let extra: string | undefined;
  let watching: AbortController | null = null;
  const watchFor = (adapter: SiteAdapter) => {
    watching?.abort();
    watching = new AbortController();
    const signal = watching.signal;
    ctx.signal.addEventListener('abort', () => watching?.abort(), { once: true });
    watchComposers({ surfaces: adapter.surfaces, analyze: analyzer.analyze, signal, isActive, onError: report('analysis'), ...watch });
  };
  const applySelectors = (next: PostPauseConfig) => {
    const mine = next.siteSelectors?.[site.id];
    const key = JSON.stringify(mine ?? {});
    if (key === extra) return;
    const first = extra === undefined;
    extra = key;
    setExtraSelectors(mine);
    if (!first || mine) watchFor(withExtraSelectors(site, mine));
  };

  const config = watchEngineConfig(watchConfig, (next) => {
    try {
      applySelectors(next);
      enabled = alwaysOn === true || !next.enabledSites || next.enabledSites.includes(site.id);
      analyzer.configure(next);
      notes?.configure(next);
      if (!enabled) {
        notes?.clear();
        ux.clear();
      }
    } catch (err) {
      onError(err);
    }
  });
  ctx.onInvalidated(config.stop);

  const overlay = createOverlayHost(ctx);
  overlay.catch(report('overlay'));

  /** The choice for a blocked send: 'post' also when the overlay cannot be shown (fail open). */
  async function decide(send: BlockedSend): Promise<'edit' | 'post' | 'repeat'> {
    try {
      return await ux.decide(send, overlay);
    } catch (err) {
      report('overlay')(err);
      const composer = send.composers.find((c) => c.isConnected);
      if (composer) carets.restore(composer);
      return 'post';
    }
  }

  if (!watching) watchFor(site);

  await config.ready;

  // The focus that loaded the engine happened before the watch above: treat it as the first focus now,
  // which is also the first analysis (lexicons and model load lazily) done before the engine reports ready.
  try {
    const now = focusedComposer(site.surfaces);
    if (now && isActive()) {
      ux.watch.onFocus?.(now.composer, now.surface);
      const read = readComposerText(now.composer);
      ux.watch.onResult?.(now.composer, read, analyzer.analyze(read.text), now.surface);
      // The gentle notes (school hours: a time-zone formatter, ~15 ms the first time) come just after ready.
      const { composer } = now;
      ctx.setTimeout(() => {
        try {
          if (isActive() && composer.isConnected) notes?.onFocus(composer);
        } catch (err) {
          report('notes')(err);
        }
      }, 0);
    }
  } catch (err) {
    report('analysis')(err);
  }
  // The rules' lexicons and model load lazily: while the page is idle, before the first send needs them,
  // one sample post per idle slice so no single task stalls typing.
  const warmNext = () =>
    ctx.requestIdleCallback(() => {
      try {
        if (isActive() && analyzer.warm()) warmNext();
      } catch (err) {
        report('analysis')(err);
      }
    }, { timeout: 3000 });
  warmNext();

  return {
    analyze: analyzer.analyze,
    enabled: isActive,
    onBlocked(send) {
      void decide(send).then((choice) => {
        // Back in the box ("Edit post" lands on the first finding), then for "Post anyway" send it once.
        if (choice === 'post') guard.sendAnyway(send);
      });
    },
    onPassed() {
      ux.onPassed();
      notes?.onPassed();
    },
  };
}
