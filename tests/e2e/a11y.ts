/**
 * Accessibility measurements in the real browser: axe-core, contrast computed from the colours the
 * browser actually rendered (getComputedStyle of each element, composited over the backgrounds behind
 * it, through open shadow roots), and the focus ring of whatever has keyboard focus.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's WCAG 2.0-2.2 A/AA rules and its best practices on the page (or only inside `include`, a CSS
 * selector such as the overlay's host). Injected through the debugger protocol, so the extension pages'
 * CSP (no inline scripts) does not apply.
 */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  // axe's colour-contrast rule reads opacity too: measure the settled page (see settleAnimations).
  await settleAnimations(page);
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(sel ? { include: [[sel]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include ?? null);
}

export interface ContrastIssue {
  text: string;
  ratio: number;
  needed: number;
  fg: string;
  bg: string;
}

export interface FocusRing {
  /** What has focus (tag, text). */
  element: string;
  style: string;
  width: number;
  color: string;
  /** The colour the ring is drawn on. */
  against: string;
  ratio: number;
}

/**
 * Runs in the page: colour helpers shared by the contrast and focus-ring checks, installed once as
 * window.__ppA11y (evaluate cannot pass functions).
 */
function installColourTools(): void {
  type RGBA = [number, number, number, number];
  const w = window as unknown as { __ppA11y?: unknown };
  if (w.__ppA11y) return;
  const parse = (c: string): RGBA => {
    const m = /^rgba?\(([^)]+)\)$/.exec(c.trim());
    if (!m) throw new Error(`unexpected colour format: ${c}`);
    const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
  };
  const over = (top: RGBA, bottom: RGBA): RGBA => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const ch = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
    return [ch(0), ch(1), ch(2), a];
  };
  const lum = (c: RGBA) => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const ratio = (a: RGBA, b: RGBA) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
    return (x + 0.05) / (y + 0.05);
  };
  const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  /** The opaque colour behind an element's content: its own background and every ancestor's, composited. */
  const backgroundOf = (el: Element | null): RGBA => {
    const layers: RGBA[] = [];
    for (let e = el; e; e = parentOf(e)) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    let out: RGBA = getComputedStyle(document.documentElement).colorScheme.includes('dark') ? [18, 18, 18, 1] : [255, 255, 255, 1];
    for (const l of layers.reverse()) out = over(l, out);
    return out;
  };
  const opacityOf = (el: Element): number => {
    let o = 1;
    for (let e: Element | null = el; e; e = parentOf(e)) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const css = (c: RGBA) => `rgb(${c.slice(0, 3).map((v) => Math.round(v)).join(', ')})`;
  w.__ppA11y = { parse, over, ratio, backgroundOf, opacityOf, css, parentOf };
}

/**
 * Brings every finite animation and transition on the page, in every open shadow root too, to its end, so
 * colours are measured as a person sees them once things settle. Waiting for them is not enough: a
 * headless page that is not producing frames (a busy machine, a background tab) leaves an entrance fade
 * at opacity 0 or part-way through indefinitely, and document.getAnimations() does not list animations
 * inside shadow roots at all.
 */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    for (const root of roots) {
      for (const a of root.getAnimations()) {
        if (Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity)) a.finish();
      }
    }
  });
}

/** Every visible piece of text under `root` (a selector; the whole document by default), including open shadow roots, below its needed contrast. */
export async function contrastIssues(page: Page, root?: string): Promise<ContrastIssue[]> {
  await settleAnimations(page);
  await page.evaluate(installColourTools);
  return page.evaluate((sel) => {
    type RGBA = [number, number, number, number];
    const t = (window as unknown as { __ppA11y: { parse(c: string): RGBA; over(a: RGBA, b: RGBA): RGBA; ratio(a: RGBA, b: RGBA): number; backgroundOf(e: Element): RGBA; opacityOf(e: Element): number; css(c: RGBA): string } }).__ppA11y;
    const out: { text: string; ratio: number; needed: number; fg: string; bg: string }[] = [];
    let measured = 0;
    const visit = (node: Element | ShadowRoot) => {
      for (const el of [...(node instanceof Element ? [node] : []), ...node.querySelectorAll('*')]) {
        if (el.shadowRoot && el !== node) visit(el.shadowRoot);
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
        if (!own) continue;
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        // Visually hidden text (screen-reader only) has no colour to see.
        if (r.width <= 1 || r.height <= 1 || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || s.clipPath === 'inset(50%)') continue;
        if ((el as HTMLButtonElement).disabled) continue;
        measured++;
        const bg = t.backgroundOf(el);
        const fgRaw = t.parse(s.color);
        const fg = t.over([fgRaw[0], fgRaw[1], fgRaw[2], fgRaw[3] * t.opacityOf(el)], bg);
        const size = parseFloat(s.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
        const needed = large ? 3 : 4.5;
        const ratio = t.ratio(fg, bg);
        if (ratio < needed) out.push({ text: own.slice(0, 60), ratio: Math.round(ratio * 100) / 100, needed, fg: t.css(fg), bg: t.css(bg) });
      }
    };
    const start = sel ? document.querySelector(sel) : document.documentElement;
    if (!start) throw new Error(`nothing matches ${sel}`);
    if (start.shadowRoot) visit(start.shadowRoot);
    visit(start);
    // An empty list must mean "all text passes", never "no text was visible to measure".
    if (measured === 0) throw new Error(`no visible text to measure under ${sel ?? 'the document'}`);
    return out;
  }, root ?? null);
}

/** The focus ring of what has keyboard focus now (inside shadow roots too), and its contrast with what it is drawn on. */
export async function focusRing(page: Page): Promise<FocusRing | null> {
  await page.evaluate(installColourTools);
  return page.evaluate(() => {
    type RGBA = [number, number, number, number];
    const t = (window as unknown as { __ppA11y: { parse(c: string): RGBA; over(a: RGBA, b: RGBA): RGBA; ratio(a: RGBA, b: RGBA): number; backgroundOf(e: Element | null): RGBA; css(c: RGBA): string; parentOf(e: Element): Element | null } }).__ppA11y;
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    // A ring outside the element is drawn on its parent's background; an inset one on its own.
    const against = parseFloat(s.outlineOffset) >= 0 ? t.backgroundOf(t.parentOf(el)) : t.backgroundOf(el);
    const c = t.parse(s.outlineColor);
    const ring = t.over(c, against);
    const label = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || el.id}"`;
    return { element: label, style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: t.css(ring), against: t.css(against), ratio: Math.round(t.ratio(ring, against) * 100) / 100 };
  });
}

/** The deep active element (through open shadow roots), described. */
export const activeDescription = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return 'none';
    const text = (el.textContent ?? '').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${text ? ` "${text}"` : ''}`;
  });

/** True when the page scrolls sideways. */
export const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** RGB of screenshot pixels at CSS-pixel points, decoded by the browser itself (no image library). */
export async function pixelsAt(page: Page, png: Buffer, points: { x: number; y: number }[]): Promise<number[][]> {
  return page.evaluate(
    async ([b64, pts]) => {
      // An <img> from a data: URL: pages' CSPs commonly allow data: images but not fetch().
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return pts.map((p) => [...g.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data.slice(0, 3)]);
    },
    [png.toString('base64'), points] as const,
  );
}
