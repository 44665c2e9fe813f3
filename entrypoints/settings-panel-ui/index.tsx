import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { SettingsPanel } from '../../components/checklist/SettingsPanel.tsx';
import { resolvePolicyUrl } from '../../extension/runtime/policy-link.ts';
import { ask } from '../../extension/messages/send.ts';
import type { PrivacyPageReply } from '../../extension/messages/contract.ts';
import { pageItems } from '../../lib/privacy/pages.ts';
import { registerPanel, type SettingsPanelUi } from '../../extension/privacy/panel-api.ts';

/**
 * A small PostPause panel on a platform's own privacy settings pages, listing that page's checklist
 * items so they can be marked checked without leaving. It only reads the URL; it never touches the
 * page's settings. Check dates live in the extension, so every read and write goes via the background.
 *
 * Not injected into pages: the settings-page watch (extension/privacy/panel-watch.ts, in the scripts the
 * sites' pages get) imports this file, web-accessible to those sites only, on a settings page.
 */
export default defineUnlistedScript(() => {
  registerPanel({ start: startPanel });
});

function startPanel(ctx: ContentScriptContext): SettingsPanelUi {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let page: PrivacyPageReply | null = null;
  let busy = false;
  let generation = 0;
  let href = location.href;

  const draw = () => {
    if (ui?.mounted && page) render(<SettingsPanel page={page} onMark={mark} resolveUrl={resolvePolicyUrl} busy={busy} />, ui.mounted);
  };

  const refresh = async () => {
    const mine = ++generation;
    // Off the settings pages (the person navigated on): decide locally before waking the background.
    const reply = pageItems(href) ? await ask({ type: 'postpause:privacy-page', url: href }) : null;
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
    if (mine !== generation || ctx.isInvalid) return;
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

  return {
    show(next) {
      href = next;
      void refresh();
    },
  };
}
