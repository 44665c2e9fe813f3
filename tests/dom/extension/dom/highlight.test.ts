/**
 * Where the ::highlight() rules go. Firefox 140 refuses `root.adoptedStyleSheets = [...]` from a content
 * script (the array crosses Firefox's wrappers and it throws "not iterable"), which left every highlight
 * unpainted; the page's own objects (wrappedJSObject) accept a sheet made by the page's own constructor.
 * These doubles reproduce each browser's behaviour; tests/e2e-firefox/compose.test.ts checks the pixels
 * in the real Firefox 140 and 153.
 */
import { describe, expect, it } from 'vitest';
import { ensureHighlightStyles } from '../../../../extension/dom/highlight.ts';

const RULE = /::highlight\(postpause-high\)/;

/** A CSSStyleSheet double: replaceSync keeps the text. */
class FakeSheet {
  text = '';
  replaceSync(css: string) {
    this.text = css;
  }
}

/** A root whose adoptedStyleSheets setter behaves like Firefox 140's wrapper for a content script's array. */
function firefox140Root(pageSheets: FakeSheet[]) {
  const pageRoot = { adoptedStyleSheets: pageSheets as unknown[] };
  const doc = document.implementation.createHTMLDocument('page');
  Object.defineProperty(doc, 'adoptedStyleSheets', {
    configurable: true,
    get: () => pageRoot.adoptedStyleSheets,
    set: () => {
      throw new TypeError('Document.adoptedStyleSheets setter: Value being assigned is not iterable.');
    },
  });
  Object.defineProperty(doc, 'wrappedJSObject', { value: pageRoot });
  return { doc, pageRoot };
}

const contentWindow = (pageWindow?: object) =>
  ({ CSSStyleSheet: FakeSheet, ...(pageWindow ? { wrappedJSObject: pageWindow } : {}) }) as unknown as Window;

describe('ensureHighlightStyles', () => {
  it('adopts a constructed sheet where the browser allows it (Chromium, Firefox 153)', () => {
    const doc = document.implementation.createHTMLDocument('page');
    let sheets: unknown[] = [];
    Object.defineProperty(doc, 'adoptedStyleSheets', { configurable: true, get: () => sheets, set: (v: unknown[]) => (sheets = [...v]) });
    expect(ensureHighlightStyles(doc, contentWindow())).toBe('adopted');
    expect(sheets).toHaveLength(1);
    expect((sheets[0] as FakeSheet).text).toMatch(RULE);
    expect(doc.querySelector('style')).toBeNull();
    // Once per root.
    expect(ensureHighlightStyles(doc, contentWindow())).toBe('none');
    expect(sheets).toHaveLength(1);
  });

  it('Firefox 140: when the assignment throws, the page\'s own sheet and array are adopted, keeping the page\'s sheets', () => {
    const pagesOwn = new FakeSheet();
    const { doc, pageRoot } = firefox140Root([pagesOwn]);
    class PageSheet extends FakeSheet {}
    const pageWindow = { CSSStyleSheet: PageSheet, Array };
    expect(ensureHighlightStyles(doc, contentWindow(pageWindow))).toBe('adopted-page');
    expect(pageRoot.adoptedStyleSheets).toHaveLength(2);
    expect(pageRoot.adoptedStyleSheets[0]).toBe(pagesOwn);
    const ours = pageRoot.adoptedStyleSheets[1];
    expect(ours).toBeInstanceOf(PageSheet);
    expect((ours as FakeSheet).text).toMatch(RULE);
    expect(doc.querySelector('style')).toBeNull();
  });

  it('falls back to a <style> element when no sheet can be adopted at all', () => {
    const { doc } = firefox140Root([]);
    expect(ensureHighlightStyles(doc, contentWindow())).toBe('style');
    const style = doc.head.querySelector('style[data-postpause="highlights"]');
    expect(style?.textContent).toMatch(RULE);
  });

  it('styles a shadow root in the shadow root itself', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    Object.defineProperty(shadow, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new TypeError('not iterable');
      },
    });
    expect(ensureHighlightStyles(shadow, contentWindow())).toBe('style');
    expect(shadow.querySelector('style')?.textContent).toMatch(RULE);
    expect(document.head.querySelector('style[data-postpause]')).toBeNull();
    host.remove();
  });
});
