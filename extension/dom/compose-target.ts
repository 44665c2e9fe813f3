/**
 * Work out what a send event would post: which composer(s) and which submit control, using a surface's
 * selectors. A composer and its control are paired by the smallest ancestor that holds both, which is how
 * the sites lay them out (X's compose dialog, a thread with several boxes and one "Post all" button).
 */
import type { Surface } from '../../lib/sites/types.ts';
import { sendWords } from '../../lib/sites/send-words.ts';

export interface SendTarget {
  surface: Surface;
  /** Every composer this send posts, in document order (a thread has several). */
  composers: Element[];
  /** The enabled control that sends them, when one was found. */
  control: Element | null;
  /** The form whose submit event this was (surfaces with `formSubmit`), for replay without a control. */
  form?: HTMLFormElement;
}

/** How far up from a composer or control to look for its partner: the sites nest them well within this. */
const MAX_DEPTH = 40;
/**
 * How far up from a button found only by its text (Surface.submitControlTexts) to look for its box; the
 * smallest scope holding one must hold exactly one.
 */
const NEAR_DEPTH = 6;
/** Elements that can be a button found by its text. */
const BUTTONISH = 'button, [role="button"], input[type="submit"]';
/** A form's submit buttons, by their explicit type (a stable hook, whatever the label's language). */
const FORM_SUBMIT = 'button[type="submit"], input[type="submit"]';
/** A dialog: a control inside one sends the composers inside the same one (Threads, Instagram's Share). */
const DIALOG = '[role="dialog"], dialog, [aria-modal="true"]';

/** Surfaces with every selector checked once, so one bad selector in site data cannot break the others. */
export interface CompiledSurface {
  surface: Surface;
  composer: string;
  control: string;
  /**
   * Surface.submitControlTexts in English and in the page's and browser's languages, lower-cased. Read at
   * the moment of a send: the page's lang may only be set after the guard starts (document_start), or
   * change in a single-page app.
   */
  texts(): ReadonlySet<string>;
  /**
   * For a fallback surface (Surface.fallback): the composers the site's own surfaces claim, which the
   * fallback leaves to them. Empty otherwise.
   */
  claimed: string;
  /** Surface.shadowComposers whose selectors all parse. */
  shadow: readonly (readonly string[])[];
}

/** The languages whose send words count: the page's (`<html lang>`) and the browser's. */
export function pageLanguages(doc: Document): string[] {
  const nav = doc.defaultView?.navigator;
  return [doc.documentElement?.lang ?? '', ...(nav?.languages ?? []), nav?.language ?? ''].filter((l) => l !== '');
}

export function compileSurfaces(surfaces: readonly Surface[], doc: Document, languages?: readonly string[]): CompiledSurface[] {
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
  const claimed = valid(surfaces.filter((s) => !s.fallback).flatMap((s) => s.composers)).join(', ');
  return surfaces
    .map((surface) => ({
      surface,
      composer: valid(surface.composers).join(', '),
      control: valid(surface.submitControls).join(', '),
      texts: wordsFor(surface.submitControlTexts ?? [], doc, languages),
      claimed: surface.fallback ? claimed : '',
      shadow: (surface.shadowComposers ?? []).filter((chain) => chain.length >= 2 && valid(chain).length === chain.length),
    }))
    .filter((c) => c.composer !== '');
}

/** The send words of one surface, recomputed only when the languages change. */
function wordsFor(english: readonly string[], doc: Document, fixed?: readonly string[]): () => ReadonlySet<string> {
  const none: ReadonlySet<string> = new Set();
  if (english.length === 0) return () => none;
  let key = '';
  let words = none;
  return () => {
    const langs = fixed ?? pageLanguages(doc);
    const k = langs.join(',');
    if (words === none || k !== key) {
      key = k;
      words = new Set(sendWords(english, langs).map(normLabel));
    }
    return words;
  };
}

const isElement = (t: unknown): t is Element => typeof t === 'object' && t !== null && (t as Node).nodeType === 1;

/** The first element on an event's path that is a composer of one of the surfaces. */
export function composerOnPath(path: readonly EventTarget[], surfaces: readonly CompiledSurface[]): { surface: CompiledSurface; composer: Element } | null {
  for (const t of path) {
    if (!isElement(t)) continue;
    for (const s of surfaces) if (t.matches(s.composer) || s.shadow.some((chain) => matchesChain(t, chain))) return { surface: s, composer: t };
  }
  return null;
}

/**
 * The first element on an event's path that is a submit control of one of the surfaces: by the surface's
 * selectors (stable hooks: test ids, icons), as the submit button of a form holding one of its composers,
 * or by its accessible name. `control` is the pressable element itself: when a selector names a wrapper
 * (Facebook's #focused-state-composer-submit) it is the role=button inside it that was clicked.
 */
export function controlOnPath(path: readonly EventTarget[], surfaces: readonly CompiledSurface[]): { surface: CompiledSurface; control: Element } | null {
  // The site's own surfaces along the whole path first: a button the generic fallback would take by its
  // label ("Post") may sit inside a control the site's adapter names (Reddit's r-post-form-submit-button).
  for (const group of [surfaces.filter((s) => !s.surface.fallback), surfaces.filter((s) => s.surface.fallback)]) {
    for (let i = 0; i < path.length; i++) {
      const t = path[i];
      if (!isElement(t)) continue;
      for (const s of group) {
        if ((s.control && t.matches(s.control)) || isFormSubmitFor(t, s) || isTextControl(t, s)) {
          return { surface: s, control: innermostButton(path.slice(0, i)) ?? pressable(t) };
        }
      }
    }
  }
  return null;
}

/** The button-like element nearest to the matched one among the elements inside it on the path. */
function innermostButton(inner: readonly EventTarget[]): Element | null {
  for (let i = inner.length - 1; i >= 0; i--) {
    const t = inner[i];
    if (isElement(t) && t.matches(BUTTONISH)) return t;
  }
  return null;
}

/** The element a click must reach: the control itself if it is a button, else the button inside it. */
export function pressable(el: Element): Element {
  return el.matches(BUTTONISH) ? el : (el.querySelector(BUTTONISH) ?? el);
}

/** A form's submit button whose form holds a composer of the surface (LinkedIn's TipTap comment box). */
function isFormSubmitFor(el: Element, s: CompiledSurface): boolean {
  if (!el.matches(FORM_SUBMIT)) return false;
  const form = (el as HTMLButtonElement | HTMLInputElement).form;
  return !!form && unclaimed(composersIn(form, s), s).length > 0;
}

const normLabel = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A button whose whole text or aria-label is one of the surface's send words ("Post", "Reply"). */
function isTextControl(el: Element, s: CompiledSurface): boolean {
  const texts = s.texts();
  if (texts.size === 0 || !el.matches(BUTTONISH)) return false;
  const aria = el.getAttribute('aria-label');
  if (aria !== null && texts.has(normLabel(aria))) return true;
  const text = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : (el.textContent ?? '');
  // Long texts are never a one-word label; skip normalising them.
  return text.length < 40 && texts.has(normLabel(text));
}

/** Disabled controls do not send (X disables "Post" while the box is empty or over the limit). */
export function isDisabled(el: Element): boolean {
  const off = (e: Element) => e.matches(':disabled') || e.getAttribute('aria-disabled') === 'true';
  return off(el) || off(pressable(el));
}

/** Parent, stepping out of shadow roots to their host (Reddit puts composers in custom elements). */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode() as Node & { host?: Element };
  return root && root !== el && isElement(root.host) ? root.host : null;
}

/** An element at the end of a shadow chain: it matches the last selector, its shadow host the one before... */
function matchesChain(el: Element, chain: readonly string[]): boolean {
  let cur: Element = el;
  for (let i = chain.length - 1; i >= 0; i--) {
    if (!cur.matches(chain[i]!)) return false;
    if (i === 0) return true;
    const host = (cur.getRootNode() as Node & { host?: Element }).host;
    if (!isElement(host)) return false;
    cur = host;
  }
  return false;
}

/** Elements at the end of a shadow chain, from `scope` (itself included) down through open shadow roots. */
function queryChain(scope: Element, chain: readonly string[]): Element[] {
  let found = [...(scope.matches(chain[0]!) ? [scope] : []), ...scope.querySelectorAll(chain[0]!)];
  for (const sel of chain.slice(1)) found = found.flatMap((host) => (host.shadowRoot ? [...host.shadowRoot.querySelectorAll(sel)] : []));
  return found;
}

/**
 * Every open shadow host in the document (nested ones too). One walk of the page per send event: the list
 * is kept until the current task's microtasks run, so the many scopes one send looks through share it.
 */
let hostCache: { doc: Document; hosts: Element[] } | null = null;
function shadowHosts(doc: Document): Element[] {
  if (hostCache?.doc === doc) return hostCache.hosts;
  const hosts: Element[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      hosts.push(el);
      visit(el.shadowRoot);
    }
  };
  visit(doc);
  hostCache = { doc, hosts };
  queueMicrotask(() => (hostCache = null));
  return hosts;
}

/** `node` is `scope` or inside it, counting shadow trees as inside their host. */
function composedContains(scope: Element, node: Element): boolean {
  for (let cur: Element | null = node; cur; cur = parentOf(cur)) if (cur === scope) return true;
  return false;
}

/**
 * Every element matching `selector` inside `scope`, also inside the open shadow roots under it (LinkedIn's
 * share box under #interop-outlet, XChat under xchatEmbedRoute).
 */
export function deepQueryAll(scope: Element, selector: string): Element[] {
  const found = [...scope.querySelectorAll(selector)];
  for (const host of shadowHosts(scope.ownerDocument)) {
    if (composedContains(scope, host)) found.push(...host.shadowRoot!.querySelectorAll(selector));
  }
  return found.length > 1 ? [...new Set(found)] : found;
}

/** The surface's composers inside `scope`, through open shadow roots and Surface.shadowComposers chains. */
function composersIn(scope: Element, s: CompiledSurface): Element[] {
  const found = deepQueryAll(scope, s.composer);
  for (const chain of s.shadow) found.push(...queryChain(scope, chain));
  return [...new Set(found)];
}

/** Drops the composers a fallback surface leaves to the site's own surfaces. */
const unclaimed = (found: Element[], s: CompiledSurface): Element[] => (s.claimed ? found.filter((c) => !c.matches(s.claimed)) : found);

function smallestScope(from: Element, find: (scope: Element) => Element[], maxDepth = MAX_DEPTH): { scope: Element; found: Element[] } | null {
  let el: Element | null = from;
  for (let depth = 0; el && depth < maxDepth; depth++, el = parentOf(el)) {
    const found = find(el);
    if (found.length) return { scope: el, found };
  }
  return null;
}

/** What clicking this control sends. Null when no composer belongs to it. */
export function targetForControl(control: Element, s: CompiledSurface): SendTarget | null {
  if (s.control !== '' && nearSelector(control, s.control)) {
    const hit = smallestScope(control, (el) => composersIn(el, s));
    const composers = hit ? unclaimed(hit.found, s) : [];
    return composers.length ? { surface: s.surface, composers, control } : null;
  }
  // The submit button of a form: the composers in that form.
  const form = control.matches(FORM_SUBMIT) ? (control as HTMLButtonElement | HTMLInputElement).form : null;
  if (form) {
    const composers = unclaimed(composersIn(form, s), s);
    if (composers.length) return { surface: s.surface, composers, control, form };
  }
  // Found by its text only. Inside a dialog it sends every box in that dialog (a Threads thread of several
  // posts, Instagram's "Share" in the header far above the caption); the dialog must hold one.
  const dialog = closestComposed(control, DIALOG);
  if (dialog) {
    const composers = unclaimed(composersIn(dialog, s), s);
    if (composers.length) return { surface: s.surface, composers, control };
  }
  // Elsewhere it must sit right next to exactly one box, or it is some other button (and next to a box the
  // site's own surfaces know, it is one of the site's buttons).
  const hit = smallestScope(control, (el) => composersIn(el, s), NEAR_DEPTH);
  const composers = hit && hit.found.length === 1 ? unclaimed(hit.found, s) : [];
  return composers.length ? { surface: s.surface, composers, control } : null;
}

/** The control matches the selector, or is the button inside a wrapper it names (a few levels up). */
function nearSelector(control: Element, selector: string): boolean {
  let cur: Element | null = control;
  for (let depth = 0; cur && depth < 4; depth++, cur = parentOf(cur)) if (cur.matches(selector)) return true;
  return false;
}

/** The nearest ancestor (itself included, stepping out of shadow roots) matching `selector`. */
function closestComposed(el: Element, selector: string): Element | null {
  for (let cur: Element | null = el; cur; cur = parentOf(cur)) if (cur.matches(selector)) return cur;
  return null;
}

/**
 * What a send key pressed in this composer sends, with the control that would send it (for replay; it
 * may be disabled, in which case the site will not send either).
 */
export function targetForComposer(composer: Element, s: CompiledSurface): SendTarget {
  const buttons = (found: Element[]) => [...new Set(found.map(pressable))];
  const form = (composer as HTMLTextAreaElement).form ?? closestComposed(composer, 'form');
  const hit =
    (s.control ? smallestScope(composer, (el) => buttons(deepQueryAll(el, s.control))) : null) ??
    (form ? ((found) => (found.length ? { scope: form, found } : null))(deepQueryAll(form, FORM_SUBMIT)) : null) ??
    (s.texts().size ? smallestScope(composer, (el) => deepQueryAll(el, BUTTONISH).filter((b) => isTextControl(b, s)), NEAR_DEPTH) : null);
  if (!hit) return { surface: s.surface, composers: [composer], control: null };
  const composers = composersIn(hit.scope, s);
  const control = hit.found.find((c) => !isDisabled(c)) ?? hit.found[0] ?? null;
  return { surface: s.surface, composers: composers.length ? composers : [composer], control };
}

/**
 * What submitting this form sends, for surfaces with `formSubmit`: the composers inside it and its send
 * control. Null when the form holds no composer (a search box, a login form).
 */
export function targetForForm(form: HTMLFormElement, surfaces: readonly CompiledSurface[], submitter: Element | null): SendTarget | null {
  for (const s of surfaces) {
    if (!s.surface.formSubmit) continue;
    const composers = unclaimed(composersIn(form, s), s);
    if (composers.length === 0) continue;
    const controls = [
      ...(s.control ? deepQueryAll(form, s.control).map(pressable) : []),
      ...deepQueryAll(form, FORM_SUBMIT),
      ...deepQueryAll(form, BUTTONISH).filter((c) => isTextControl(c, s)),
    ];
    // requestSubmit() has no submitter (some DOMs report the form itself).
    const button = submitter && submitter !== form && submitter.matches(BUTTONISH) ? submitter : null;
    const control = button ?? controls.find((c) => !isDisabled(c)) ?? null;
    return { surface: s.surface, composers, control, form };
  }
  return null;
}
