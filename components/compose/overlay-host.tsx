import { render } from 'preact';
import { resolvePolicyUrl } from '../../extension/runtime/policy-link.ts';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Finding } from '../../lib/engine/types.ts';
import type { Note } from '../../lib/notes/note-kinds.ts';
import { Overlay, handleOverlayKey } from '../Overlay.tsx';
import type { FixOutcome } from '../FindingCard.tsx';
import type { QuickFix } from '../quick-fix.ts';
import { OVERLAY_CSS } from '../overlay-styles.ts';
import { pageTheme } from '../../extension/dom/page-theme.ts';
import { openExtensionPage } from '../../extension/runtime/open-page.ts';
import { makePageInert } from '../../extension/dom/page-inert.ts';

export type Choice = 'edit' | 'post';

export interface OverlayExtras {
  /** Quick fixes by finding index, and how to apply one. */
  fixes?: readonly (QuickFix | null)[];
  onFix?(index: number): Promise<FixOutcome>;
  /** Gentle notes showing beside the composer, listed after the findings. */
  notes?: readonly Note[];
}

export interface OverlayHost {
  /** Show the findings; resolves with the choice. Null when an overlay is already open (a repeat send). */
  show(findings: readonly Finding[], extras?: OverlayExtras): Promise<Choice> | null;
  /** True while the overlay is shown. */
  isOpen(): boolean;
  /** True when focus (or an event) is inside the overlay. */
  contains(target: EventTarget | null): boolean;
}

/** Events from inside the overlay stopped before any page listener (see `shield`). */
const SHIELDED_EVENTS = ['focus', 'focusin', 'keydown', 'keyup', 'keypress'];

/** Events from inside the overlay that must not bubble on to the page's own handlers (shortcuts, "click outside"). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'focusin', 'focusout', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'];

export async function createOverlayHost(ctx: ContentScriptContext): Promise<OverlayHost> {
  let current: { findings: readonly Finding[]; extras: OverlayExtras; choose(c: Choice): void } | null = null;
  /** Undoes the page's inertness; set while the overlay is open. */
  let restorePage: (() => void) | null = null;

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
      // WXT's modal wrapper is position: fixed, which makes a stacking context of its own: without a
      // z-index of its own, page elements with any z-index (Draft's editor has 1) paint over the dialog.
      container.parentElement?.style.setProperty('z-index', '2147483647');
      render(
        <Overlay
          findings={c.findings}
          onEdit={() => c.choose('edit')}
          onPostAnyway={() => c.choose('post')}
          resolveUrl={resolvePolicyUrl}
          openLink={openExtensionPage}
          theme={pageTheme(document)}
          {...(c.extras.fixes ? { fixes: c.extras.fixes } : {})}
          {...(c.extras.onFix ? { onFix: fixWithPageLive(c.extras.onFix) } : {})}
          {...(c.extras.notes?.length ? { notes: c.extras.notes } : {})}
        />,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });

  // A quick fix types into the page's editor, which an inert page refuses (focus cannot go there): the page
  // is live again only while the editor takes the edit; focus comes straight back to the dialog.
  const fixWithPageLive =
    (onFix: (index: number) => Promise<FixOutcome>) =>
    async (index: number): Promise<FixOutcome> => {
      restorePage?.();
      restorePage = null;
      try {
        return await onFix(index);
      } finally {
        if (current) restorePage = makePageInert(ui.shadowHost);
      }
    };

  // While the overlay is open the page must not hear focus or key events from inside it: a modal's focus
  // trap (X's layers, react-native-web's ModalFocusTrap) would pull focus back into the compose dialog,
  // and a capture-phase Escape handler would close it. Listening on window in the capture phase puts us
  // before every page listener; the overlay's own key rules are applied here, then the event stops.
  // Default actions (Enter/Space pressing a button, Tab moving focus) are not affected.
  const shield = (e: Event) => {
    if (!current || !e.composedPath().includes(ui.shadowHost)) return;
    if (e.type === 'keydown') {
      const dialog = ui.shadow.querySelector<HTMLElement>('[role="dialog"]');
      const c = current;
      if (dialog) handleOverlayKey(e as KeyboardEvent, dialog, () => c.choose('edit'));
    }
    e.stopImmediatePropagation();
  };
  for (const type of SHIELDED_EVENTS) window.addEventListener(type, shield, { capture: true, signal: ctx.signal });

  return {
    isOpen: () => current !== null,
    contains: (target) => target instanceof Node && (target === ui.shadowHost || ui.shadowHost.contains(target) || ui.shadow.contains(target)),
    show(findings, extras = {}) {
      if (current) return null;
      return new Promise<Choice>((resolve) => {
        current = {
          findings,
          extras,
          choose(choice) {
            if (current === null) return;
            current = null;
            restorePage?.();
            restorePage = null;
            ui.remove();
            resolve(choice);
          },
        };
        ui.mount();
        // aria-modal alone leaves the page's composer and Post button to screen readers: everything
        // beside the overlay is inert until a choice is made.
        restorePage = makePageInert(ui.shadowHost);
      });
    },
  };
}

