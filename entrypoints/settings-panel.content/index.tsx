import { render } from 'preact';
import { resolvePolicyUrl } from '../../extension/runtime/policy-link.ts';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SettingsPanel } from '../../components/checklist/SettingsPanel.tsx';
import { pageItems, settingsMatchPatterns } from '../../lib/privacy/pages.ts';
import { ask } from '../../extension/messages/send.ts';
import type { PrivacyPageReply } from '../../extension/messages/contract.ts';

/**
 * A small PostPause panel on a platform's own privacy settings pages, listing that page's checklist
 * items so they can be marked checked without leaving. It only reads the URL; it never touches the
 * page's settings. Check dates live in the extension, so every read and write goes via the background.
 */
export default defineContentScript({
  matches: settingsMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    startPanel(ctx);
  },
});

function startPanel(ctx: ContentScriptContext) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let page: PrivacyPageReply | null = null;
  let busy = false;
  let generation = 0;

  const draw = () => {
    if (ui?.mounted && page) render(<SettingsPanel page={page} onMark={mark} resolveUrl={resolvePolicyUrl} busy={busy} />, ui.mounted);
  };

  const refresh = async () => {
    const mine = ++generation;
    // Most pages of these sites are not settings pages: decide locally before waking the background.
    const reply = pageItems(location.href) ? await ask({ type: 'postpause:privacy-page', url: location.href }) : null;
    if (mine !== generation || ctx.isInvalid) return;
    page = reply && Array.isArray(reply.items) && reply.items.length ? reply : null;
    if (!page) {
      ui?.remove();
      return;
    }
    ui ??= await createShadowRootUi(ctx, {
      name: 'postpause-privacy-panel',
      position: 'inline',
      // Outside the page's body: the site's own DOM is left as it is.
      anchor: () => document.documentElement,
      append: 'last',
      mode: 'open',
      isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'focusin', 'focusout'],
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    if (!ui.mounted) ui.mount();
    draw();
  };

  async function mark(ids: string[], checked: boolean) {
    busy = true;
    draw();
    await ask({ type: 'postpause:privacy-mark', ids, checked });
    busy = false;
    await refresh();
  }

  ctx.addEventListener(window, 'wxt:locationchange', () => void refresh());
  void refresh();
}
