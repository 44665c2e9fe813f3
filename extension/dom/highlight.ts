/**
 * Mark findings inside a composer without touching it. Editors own their DOM (Lexical reverts foreign
 * nodes, Draft.js breaks), so contenteditables get CSS Custom Highlights (ranges painted by the browser,
 * no nodes added); textareas have no DOM text to point at, so they get a mirror: a copy of the text laid
 * out like the textarea, drawn over it in PostPause's own shadow root, transparent except for the marks.
 */
import type { Finding, Severity } from '../../lib/engine/types.ts';
import { rangeFor, type ComposerText } from './read-text.ts';

/** One highlight per severity, so the page can never confuse ours with its own (names are global). */
export const HIGHLIGHT_NAMES = { high: 'postpause-high', medium: 'postpause-medium', low: 'postpause-low' } as const satisfies Record<Severity, string>;

/**
 * Only colour, background and decoration may style a highlight. A tint plus an underline: visible on
 * light and dark pages and to people who cannot tell the tints apart.
 */
const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.high}) { background-color: rgba(255, 120, 90, 0.32); text-decoration: underline wavy rgb(200, 40, 30); text-decoration-thickness: 1.5px; }
::highlight(${HIGHLIGHT_NAMES.medium}) { background-color: rgba(255, 196, 0, 0.34); text-decoration: underline wavy rgb(176, 112, 0); text-decoration-thickness: 1.5px; }
::highlight(${HIGHLIGHT_NAMES.low}) { background-color: rgba(120, 190, 255, 0.30); text-decoration: underline dotted rgb(30, 100, 170); text-decoration-thickness: 1.5px; }
@media (forced-colors: active) {
  ::highlight(${HIGHLIGHT_NAMES.high}), ::highlight(${HIGHLIGHT_NAMES.medium}), ::highlight(${HIGHLIGHT_NAMES.low}) { background-color: Highlight; color: HighlightText; }
}
`;

/** Mirror marks for textareas use the same colours. */
export const MIRROR_MARK_CSS = `
.pp-mirror { position: fixed; overflow: hidden; pointer-events: none; color: transparent; box-sizing: border-box;
  white-space: pre-wrap; overflow-wrap: break-word; word-wrap: break-word; border-style: solid; border-color: transparent; margin: 0; }
.pp-mirror mark { color: transparent; border-radius: 2px; }
.pp-mirror mark.pp-high { background-color: rgba(255, 120, 90, 0.32); text-decoration: underline wavy rgb(200, 40, 30); }
.pp-mirror mark.pp-medium { background-color: rgba(255, 196, 0, 0.34); text-decoration: underline wavy rgb(176, 112, 0); }
.pp-mirror mark.pp-low { background-color: rgba(120, 190, 255, 0.30); text-decoration: underline dotted rgb(30, 100, 170); }
`;

type HighlightCtor = new (...ranges: AbstractRange[]) => Set<AbstractRange> & { priority: number };
interface HighlightApi {
  highlights: Map<string, Set<AbstractRange>>;
  Highlight: HighlightCtor;
}

/** The Highlight API of a window, or null (Firefox < 140, Safari < 17.2, happy-dom). */
export function highlightApi(win: Window): HighlightApi | null {
  const css = (win as unknown as { CSS?: { highlights?: Map<string, Set<AbstractRange>> } }).CSS;
  const Ctor = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Ctor ? { highlights: css.highlights, Highlight: Ctor } : null;
}

const styled = new WeakSet<Document | ShadowRoot>();

/** Firefox's view of a page object from a content script: the page's own object behind the wrapper. */
interface Waivable {
  wrappedJSObject?: unknown;
}
interface PageRoot {
  adoptedStyleSheets: CSSStyleSheet[];
}
interface PageWindow {
  CSSStyleSheet: new () => CSSStyleSheet;
  Array: new () => CSSStyleSheet[];
}

/**
 * Put the ::highlight rules where the composer is styled: its document, or its shadow root when it is
 * not slotted into the light DOM. A constructed sheet, not a <style>: the page's CSP does not apply to
 * it and nothing is added to the page's DOM. Returns how the rules were attached (for tests):
 *  - "adopted": a sheet of the content script's own world adopted by the root (Chromium, Firefox 153);
 *  - "adopted-page": Firefox 140, where assigning our array through Firefox's wrappers throws ("not
 *    iterable"): a sheet made in the page's own world (wrappedJSObject) and adopted there;
 *  - "style": a <style> element as the last resort;
 *  - "none": no way to style (or already styled).
 */
export function ensureHighlightStyles(root: Document | ShadowRoot, win: Window): 'adopted' | 'adopted-page' | 'style' | 'none' {
  if (styled.has(root)) return 'none';
  styled.add(root);
  const Sheet = (win as Window & typeof globalThis).CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in root) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      if (root.adoptedStyleSheets.includes(sheet)) return 'adopted';
    } catch {
      // Firefox 140: the assignment throws through the wrappers. Try the page's own objects below.
    }
    if (adoptInPageWorld(root, win)) return 'adopted-page';
  }
  try {
    const doc = 'host' in root ? root.ownerDocument : root;
    const style = doc.createElement('style');
    style.dataset.postpause = 'highlights';
    style.textContent = HIGHLIGHT_CSS;
    if ('host' in root) root.append(style);
    else (root.head ?? root.documentElement).append(style);
    return 'style';
  } catch {
    // Nowhere to put the rules: the ranges are still registered, only unstyled; the badge and the
    // overlay carry on.
    return 'none';
  }
}

/** Firefox only: the sheet and the array are made by the page's own constructors, so no wrapper is crossed. */
function adoptInPageWorld(root: Document | ShadowRoot, win: Window): boolean {
  const pageRoot = (root as unknown as Waivable).wrappedJSObject as PageRoot | undefined;
  const pageWin = (win as unknown as Waivable).wrappedJSObject as PageWindow | undefined;
  if (!pageRoot || !pageWin?.CSSStyleSheet || !pageWin.Array) return false;
  try {
    const sheet = new pageWin.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    const sheets = new pageWin.Array();
    const current = pageRoot.adoptedStyleSheets;
    for (let i = 0; i < current.length; i++) sheets.push(current[i]!);
    sheets.push(sheet);
    pageRoot.adoptedStyleSheets = sheets;
    return pageRoot.adoptedStyleSheets.length === sheets.length && pageRoot.adoptedStyleSheets[sheets.length - 1] === sheet;
  } catch {
    return false;
  }
}

/** The ranges of a composer's findings, as highlighted; kept per composer so each can be replaced. */
export interface HighlightLayer {
  /** Replace one composer's highlights (an empty list clears them). Returns the highlighted texts. */
  set(composer: Element, read: ComposerText, findings: readonly Finding[]): string[];
  clear(composer: Element): void;
  /** The text under every current highlight, per composer, in order: for tests and the badge host. */
  texts(composer: Element): string[];
  dispose(): void;
}

export function createHighlightLayer(win: Window): HighlightLayer {
  const api = highlightApi(win);
  const byComposer = new Map<Element, { range: Range; severity: Severity }[]>();
  const registry = new Map<Severity, Set<AbstractRange>>();

  const ensureRegistered = (severity: Severity): Set<AbstractRange> | null => {
    if (!api) return null;
    let h = registry.get(severity);
    if (!h) {
      const made = new api.Highlight();
      made.priority = severity === 'high' ? 3 : severity === 'medium' ? 2 : 1;
      h = made;
      registry.set(severity, h);
    }
    // The page could have deleted ours (or a reload of the extension left a dead one): re-register.
    if (api.highlights.get(HIGHLIGHT_NAMES[severity]) !== h) api.highlights.set(HIGHLIGHT_NAMES[severity], h);
    return h;
  };

  const clear = (composer: Element) => {
    const old = byComposer.get(composer);
    if (!old) return;
    for (const { range, severity } of old) registry.get(severity)?.delete(range);
    byComposer.delete(composer);
  };

  return {
    set(composer, read, findings) {
      clear(composer);
      if (!api || findings.length === 0) return [];
      const doc = composer.ownerDocument;
      const root = composer.getRootNode() as Document | ShadowRoot;
      ensureHighlightStyles('host' in root && root.host ? root : doc, win);
      const entries: { range: Range; severity: Severity }[] = [];
      for (const f of findings) {
        const range = rangeFor(read, f.start, f.end, doc);
        if (!range) continue;
        ensureRegistered(f.severity)?.add(range);
        entries.push({ range, severity: f.severity });
      }
      byComposer.set(composer, entries);
      return entries.map((e) => e.range.toString());
    },
    clear,
    texts(composer) {
      return (byComposer.get(composer) ?? []).map((e) => e.range.toString());
    },
    dispose() {
      for (const c of [...byComposer.keys()]) clear(c);
      if (api) for (const [severity, h] of registry) if (api.highlights.get(HIGHLIGHT_NAMES[severity]) === h) api.highlights.delete(HIGHLIGHT_NAMES[severity]);
    },
  };
}
