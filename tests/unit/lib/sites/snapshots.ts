/**
 * Offline HTML snapshots of the site fixtures (written by tests/fixtures/sites/lexical-snapshots.ts),
 * loaded into a happy-dom document with their declarative shadow roots attached, for checking the site
 * adapters' selectors and the composer/control pairing without a browser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { SITES, type SiteAdapter } from '../../../../lib/sites/index.ts';
import { compileSurfaces, composerOnPath, controlOnPath, type CompiledSurface } from '../../../../extension/dom/compose-target.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/sites');

export function loadSnapshot(file: string): Document {
  const html = readFileSync(resolve(FIXTURES, file), 'utf8');
  const win = new Window({ url: 'https://fixture.test/' });
  const doc = new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  attachShadowRoots(doc);
  return doc;
}

/** happy-dom does not parse <template shadowrootmode>: attach each one by hand, inner ones too. */
function attachShadowRoots(root: ParentNode): void {
  for (const t of [...root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')]) {
    const host = t.parentElement!;
    const shadow = host.attachShadow({ mode: 'open', delegatesFocus: t.hasAttribute('shadowrootdelegatesfocus') });
    shadow.append(t.content);
    t.remove();
    attachShadowRoots(shadow);
  }
}

export function site(id: string): SiteAdapter {
  const s = SITES.find((x) => x.id === id);
  if (!s) throw new Error(`no site ${id}`);
  return s;
}

/** An event's composed path from this element: ancestors, through shadow roots to their hosts. */
export function pathOf(el: Element): Element[] {
  const path: Element[] = [];
  for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined) ?? null) path.push(n);
  return path;
}

export interface Probe {
  surfaces: CompiledSurface[];
  /** Which surface a key press in this element belongs to (undefined: none). */
  composerSurface(el: Element): string | undefined;
  /** Which surface a click on this element is a send of (undefined: none). */
  controlSurface(el: Element): string | undefined;
}

export function probe(doc: Document, siteId: string): Probe {
  const surfaces = compileSurfaces(site(siteId).surfaces, doc);
  return {
    surfaces,
    composerSurface: (el) => composerOnPath(pathOf(el), surfaces)?.surface.surface.id,
    controlSurface: (el) => controlOnPath(pathOf(el), surfaces)?.surface.surface.id,
  };
}

export function one(root: ParentNode, selector: string): Element {
  const found = root.querySelectorAll(selector);
  if (found.length !== 1) throw new Error(`${found.length} elements match ${selector}`);
  return found[0]!;
}

/** The element whose whole text is `text` and that matches `selector`. */
export function byText(root: ParentNode, selector: string, text: string): Element {
  const found = [...root.querySelectorAll(selector)].filter((e) => e.textContent?.trim() === text);
  if (found.length !== 1) throw new Error(`${found.length} ${selector} with text ${text}`);
  return found[0]!;
}
