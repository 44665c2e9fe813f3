import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { siteForPage } from '../../lib/sites/index.ts';
import { installSendGuard } from '../../extension/dom/send-guard.ts';
import { ENGINE_FILE } from '../../extension/compose/engine-api.ts';
import { createEngineLoader, importByUrl } from '../../extension/compose/engine-loader.ts';
import { createSendGate } from '../../extension/compose/send-gate.ts';
import { onFirstComposerTouch } from '../../extension/compose/first-touch.ts';
import { createReport } from '../../extension/compose/report.ts';

/**
 * Wire one page at document_start, carrying nothing of the engine: guard its sends, and load the compose
 * engine (entrypoints/compose-engine) when a composer is first touched, or when a send comes first (that
 * send is held until the engine decides it). Anything that goes wrong lets the post through (fail open).
 */
export function startCompose(ctx: ContentScriptContext): void {
  const site = siteForPage(location.href);
  if (!site) return;
  const report = createReport(site.id, () => ctx.isValid);

  const engine = createEngineLoader({ ctx, site, report, guard: { sendAnyway: (send) => guard.sendAnyway(send) } }, importByUrl(browser.runtime.getURL(ENGINE_FILE)));
  const load = () => void engine.load().catch(() => undefined);

  const gate = createSendGate({
    engine,
    sendAnyway: (send) => guard.sendAnyway(send),
    alive: () => ctx.isValid,
    onError: (where, err) => report(where)(err),
  });
  const guard = installSendGuard({
    surfaces: site.surfaces,
    signal: ctx.signal,
    onError: report('send-guard'),
    ...gate,
    hold() {
      const hold = gate.hold();
      if (hold) load();
      return hold;
    },
  });

  onFirstComposerTouch(site.surfaces, load, { signal: ctx.signal, onError: report('first-touch') });
}
