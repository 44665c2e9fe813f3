/**
 * Notice the first time someone starts writing on a page: focus, input or a pointer press in a composer
 * of the site's surfaces. That is when the compose engine is loaded; a page that is only read never
 * loads it. The listeners are passive and go away after the first touch.
 */
import type { Surface } from '../../lib/sites/types.ts';
import { compileSurfaces, composerOnPath } from '../dom/compose-target.ts';

const EVENTS = ['focusin', 'input', 'pointerdown'] as const;

export function onFirstComposerTouch(
  surfaces: readonly Surface[],
  touched: () => void,
  opts: { signal?: AbortSignal; win?: Window; onError?(err: unknown): void } = {},
): void {
  const win = opts.win ?? window;
  const stop = new AbortController();
  opts.signal?.addEventListener('abort', () => stop.abort(), { once: true });
  let compiled: ReturnType<typeof compileSurfaces> | null = null;
  const onEvent = (e: Event) => {
    try {
      compiled ??= compileSurfaces(surfaces, win.document);
      if (!composerOnPath(e.composedPath(), compiled)) return;
      stop.abort();
      touched();
    } catch (err) {
      opts.onError?.(err);
    }
  };
  for (const type of EVENTS) win.addEventListener(type, onEvent, { capture: true, passive: true, signal: stop.signal });
}

/** The composer focus is in now, looking through open shadow roots, if it is one of the surfaces'. */
export function focusedComposer(surfaces: readonly Surface[], doc: Document = document): { composer: Element; surface: Surface } | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return null;
  // The path an event from it would take, composed across shadow roots.
  const path: EventTarget[] = [];
  for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) path.push(n);
  const hit = composerOnPath(path, compileSurfaces(surfaces, doc));
  return hit ? { composer: hit.composer, surface: hit.surface.surface } : null;
}
