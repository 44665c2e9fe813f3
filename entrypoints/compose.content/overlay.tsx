import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Finding } from '../../lib/engine/types.ts';
import { Overlay } from '../../components/Overlay.tsx';
import { OVERLAY_CSS } from '../../components/overlay-styles.ts';
import { pageTheme } from '../../lib/dom/page-theme.ts';

export type Choice = 'edit' | 'post';

export interface OverlayHost {
  /** Show the findings; resolves with the choice. Null when an overlay is already open (a repeat send). */
  show(findings: readonly Finding[]): Promise<Choice> | null;
}

/** Events from inside the overlay that must not reach the page's own handlers (shortcuts, focus traps). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'focusin', 'focusout', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'];

export async function createOverlayHost(ctx: ContentScriptContext): Promise<OverlayHost> {
  let current: { findings: readonly Finding[]; choose(c: Choice): void } | null = null;

  const ui = await createShadowRootUi(ctx, {
    name: 'postpause-overlay',
    position: 'modal',
    zIndex: 2147483647,
    // Outside the page's body and far from the editor: the page's own DOM is never changed.
    anchor: () => document.documentElement,
    append: 'last',
    mode: 'open',
    isolateEvents: ISOLATED_EVENTS,
    css: OVERLAY_CSS,
    onMount(container) {
      const c = current;
      if (!c) return;
      render(
        <Overlay findings={c.findings} onEdit={() => c.choose('edit')} onPostAnyway={() => c.choose('post')} resolveUrl={resolveUrl} theme={pageTheme(document)} />,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });

  return {
    show(findings) {
      if (current) return null;
      return new Promise<Choice>((resolve) => {
        current = {
          findings,
          choose(choice) {
            if (current === null) return;
            current = null;
            ui.remove();
            resolve(choice);
          },
        };
        ui.mount();
      });
    },
  };
}

/**
 * Links in the overlay: https links as they are, relative ones (the default pack's bundled guide) into
 * the extension. Anything else, or an extension that has been reloaded under the page, gets no link.
 */
function resolveUrl(url: string): string | null {
  try {
    if (/^https:\/\//i.test(url)) return new URL(url).href;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
    return browser.runtime.getURL(`/${url.replace(/^\/+/, '')}` as '/');
  } catch {
    return null;
  }
}
