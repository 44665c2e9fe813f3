/**
 * Whether the page is showing a dark theme, so the overlay can match it. Sites such as X have their own
 * dark modes that ignore the system setting; we read the page's background colour. "auto" (follow the
 * system) when the page does not say.
 */
export function pageTheme(doc: Document): 'light' | 'dark' | 'auto' {
  const view = doc.defaultView;
  if (!view) return 'auto';
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgba = parseColor(view.getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.35 ? 'dark' : 'light';
  }
  return 'auto';
}

function parseColor(c: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(c.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
