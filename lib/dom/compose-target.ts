/**
 * Work out what a send event would post: which composer(s) and which submit control, using a surface's
 * selectors. A composer and its control are paired by the smallest ancestor that holds both, which is how
 * the sites lay them out (X's compose dialog, a thread with several boxes and one "Post all" button).
 */
import type { Surface } from '../sites/types.ts';

export interface SendTarget {
  surface: Surface;
  /** Every composer this send posts, in document order (a thread has several). */
  composers: Element[];
  /** The enabled control that sends them, when one was found. */
  control: Element | null;
}

/** How far up from a composer or control to look for its partner: the sites nest them well within this. */
const MAX_DEPTH = 40;

/** Surfaces with every selector checked once, so one bad selector in site data cannot break the others. */
export interface CompiledSurface {
  surface: Surface;
  composer: string;
  control: string;
}

export function compileSurfaces(surfaces: readonly Surface[], doc: Document): CompiledSurface[] {
  const probe = doc.createDocumentFragment();
  const valid = (sels: readonly string[]) =>
    sels.filter((s) => {
      try {
        probe.querySelector(s);
        return true;
      } catch {
        return false;
      }
    });
  return surfaces
    .map((surface) => ({ surface, composer: valid(surface.composers).join(', '), control: valid(surface.submitControls).join(', ') }))
    .filter((c) => c.composer !== '');
}

const isElement = (t: unknown): t is Element => typeof t === 'object' && t !== null && (t as Node).nodeType === 1;

/** The first element on an event's path that is a composer of one of the surfaces. */
export function composerOnPath(path: readonly EventTarget[], surfaces: readonly CompiledSurface[]): { surface: CompiledSurface; composer: Element } | null {
  for (const t of path) {
    if (!isElement(t)) continue;
    for (const s of surfaces) if (t.matches(s.composer)) return { surface: s, composer: t };
  }
  return null;
}

/** The first element on an event's path that is an enabled submit control of one of the surfaces. */
export function controlOnPath(path: readonly EventTarget[], surfaces: readonly CompiledSurface[]): { surface: CompiledSurface; control: Element } | null {
  for (const t of path) {
    if (!isElement(t)) continue;
    for (const s of surfaces) if (s.control && t.matches(s.control)) return { surface: s, control: t };
  }
  return null;
}

/** Disabled controls do not send (X disables "Post" while the box is empty or over the limit). */
export function isDisabled(el: Element): boolean {
  return el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true';
}

/** Parent, stepping out of shadow roots to their host (Reddit puts composers in custom elements). */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode() as Node & { host?: Element };
  return root && root !== el && isElement(root.host) ? root.host : null;
}

function smallestScope(from: Element, selector: string, accept: (found: Element) => boolean): { scope: Element; found: Element[] } | null {
  let el: Element | null = from;
  for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = parentOf(el)) {
    const found = [...el.querySelectorAll(selector)].filter(accept);
    if (found.length) return { scope: el, found };
  }
  return null;
}

/** What clicking this control sends. Null when no composer belongs to it. */
export function targetForControl(control: Element, s: CompiledSurface): SendTarget | null {
  const hit = smallestScope(control, s.composer, () => true);
  return hit ? { surface: s.surface, composers: hit.found, control } : null;
}

/**
 * What a send key pressed in this composer sends, with the control that would send it (for replay; it
 * may be disabled, in which case the site will not send either).
 */
export function targetForComposer(composer: Element, s: CompiledSurface): SendTarget {
  const hit = s.control ? smallestScope(composer, s.control, () => true) : null;
  if (!hit) return { surface: s.surface, composers: [composer], control: null };
  const composers = [...hit.scope.querySelectorAll(s.composer)];
  const control = hit.found.find((c) => !isDisabled(c)) ?? hit.found[0] ?? null;
  return { surface: s.surface, composers: composers.length ? composers : [composer], control };
}
