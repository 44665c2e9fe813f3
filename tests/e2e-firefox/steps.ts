/**
 * What a person does and sees, in Firefox through puppeteer-core (no getByRole over BiDi): type into a
 * composer, send, find the overlay "If in doubt, don't post" and press its buttons, read the badge, the
 * page's CSS.highlights and the screen's pixels. Post texts are shared with the Chromium tests.
 */
import type { Page } from 'puppeteer-core';
import { inflateSync } from 'node:zlib';
import { pollUntil } from './harness.ts';

export { CLEAN, RISKY } from '../e2e/constants.ts';
export const OVERLAY_TITLE = "If in doubt, don't post";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const sent = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);
/** The composer's text as its own editor reports it (Lexical's state, a textarea's value). */
export const editorText = (page: Page, name: string): Promise<string> =>
  page.evaluate((n) => (window as unknown as { __text(n: string): string }).__text(n), name);

/** The overlay dialog's title and text, or null when there is none. */
export const overlayText = (page: Page): Promise<{ title: string; text: string } | null> =>
  page.evaluate(() => {
    const dialog = document.querySelector('postpause-overlay')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog) return null;
    const title = dialog.getRootNode() instanceof ShadowRoot ? (dialog.getRootNode() as ShadowRoot).getElementById(dialog.getAttribute('aria-labelledby') ?? '') : null;
    return { title: title?.textContent ?? '', text: dialog.innerText };
  });

export async function waitForFixture(page: Page): Promise<void> {
  await pollUntil(page, () => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true, undefined, 10_000, 'the fixture page to be ready');
}

/** Clicks the element and waits until it (or something inside it, or its shadow tree) has focus. */
export async function focusBox(page: Page, selector: string): Promise<void> {
  await page.click(selector);
  await pollUntil(
    page,
    (sel) => {
      const el = document.querySelector(sel);
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return !!el && !!a && (el === a || el.contains(a) || (el.shadowRoot?.contains(a) ?? false));
    },
    selector,
    5_000,
    `focus in ${selector}`,
  );
}

/** Waits for the overlay to be shown (visible, with its title) and returns its text. */
export async function waitForOverlay(page: Page): Promise<string> {
  await pollUntil(
    page,
    (title) => {
      const dialog = document.querySelector('postpause-overlay')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
      const r = dialog?.getBoundingClientRect();
      return !!dialog && !!r && r.width > 0 && r.height > 0 && dialog.innerText.includes(title);
    },
    OVERLAY_TITLE,
    10_000,
    'the overlay',
  );
  const o = await overlayText(page);
  if (!o) throw new Error('the overlay went away');
  if (o.title !== OVERLAY_TITLE) throw new Error(`the overlay's title is ${JSON.stringify(o.title)}`);
  return o.text;
}

/** Presses one of the overlay's buttons by its text, with a real click. */
export async function overlayButton(page: Page, name: 'Post anyway' | 'Edit post'): Promise<void> {
  const buttons = await page.$$('postpause-overlay >>> [role="dialog"] button');
  for (const b of buttons) {
    if ((await b.evaluate((el) => el.textContent?.trim())) === name) {
      await b.click();
      return;
    }
  }
  throw new Error(`no "${name}" button in the overlay`);
}

export async function waitForOverlayGone(page: Page): Promise<void> {
  await pollUntil(page, () => !document.querySelector('postpause-overlay')?.shadowRoot?.querySelector('[role="dialog"]'), undefined, 10_000, 'the overlay to close');
}

/** "Post anyway", then long enough that a second (duplicate) send would have shown up. */
export async function postAnyway(page: Page): Promise<void> {
  await overlayButton(page, 'Post anyway');
  await waitForOverlayGone(page);
  await sleep(300);
}

/** A short wait for anything asynchronous (an overlay that should not come), then no overlay. */
export async function expectNoOverlay(page: Page): Promise<void> {
  await sleep(300);
  const o = await overlayText(page);
  if (o) throw new Error(`unexpected overlay: ${o.text.slice(0, 200)}`);
}

export interface Badge {
  count: number;
  text: string;
  highlights: string[];
}

/**
 * Waits for the badge beside the composer to mark exactly `texts` (in any order). Not just a count: while
 * the text is still being analysed, an earlier state can have the same count ("...example.co", or
 * "abo" before "about").
 */
export async function waitForBadge(page: Page, texts: string[]): Promise<Badge> {
  const want = JSON.stringify([...texts].sort());
  const read = () =>
    page.evaluate(() =>
      [...(document.querySelector('postpause-marks')?.shadowRoot?.querySelectorAll<HTMLElement>('.pp-badge') ?? [])]
        .filter((b) => b.dataset.shown === 'true')
        .map((b) => ({ count: Number(b.dataset.count), text: b.textContent ?? '', highlights: JSON.parse(b.dataset.highlights ?? '[]') as string[] })),
    );
  const end = Date.now() + 10_000;
  for (;;) {
    const badges = await read();
    const hit = badges.find((b) => JSON.stringify([...b.highlights].sort()) === want);
    if (hit) return hit;
    if (Date.now() > end) throw new Error(`timed out waiting for the badge to mark ${want}; badges: ${JSON.stringify(badges)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What the page itself sees in CSS.highlights: PostPause's highlight names and the text under each range. */
export const pageHighlights = (page: Page): Promise<Record<string, string[]>> =>
  page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    if (reg) for (const [name, set] of reg) if (name.startsWith('postpause-')) out[name] = [...set].map((r) => r.toString()).filter(Boolean);
    return out;
  });

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The screen rectangle of the first occurrence of `text` inside the element (its text nodes, or the
 * mirror PostPause draws over a textarea is irrelevant here: for a textarea, pass the text's position
 * through `textareaRect`).
 */
export const textRect = (page: Page, selector: string, text: string): Promise<Rect> =>
  page.evaluate(
    (sel, t) => {
      const root = document.querySelector(sel);
      if (!root) throw new Error(`no ${sel}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(t);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + t.length);
        const b = r.getBoundingClientRect();
        return { x: b.left, y: b.top, width: b.width, height: b.height };
      }
      throw new Error(`no text ${JSON.stringify(t)} in ${sel}`);
    },
    selector,
    text,
  );

/**
 * Where `text` is drawn inside a textarea: measured on a copy laid out like it (a textarea has no text
 * nodes to measure). Independent of PostPause's own mirror.
 */
export const textareaRect = (page: Page, selector: string, text: string): Promise<Rect> =>
  page.evaluate(
    (sel, t) => {
      const ta = document.querySelector<HTMLTextAreaElement>(sel);
      if (!ta) throw new Error(`no ${sel}`);
      const cs = getComputedStyle(ta);
      const r = ta.getBoundingClientRect();
      const copy = document.createElement('div');
      for (const p of ['font', 'letter-spacing', 'word-spacing', 'line-height', 'padding', 'border-width', 'border-style', 'box-sizing', 'text-indent', 'tab-size']) {
        copy.style.setProperty(p, cs.getPropertyValue(p));
      }
      Object.assign(copy.style, { position: 'fixed', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, whiteSpace: 'pre-wrap', overflowWrap: 'break-word', visibility: 'hidden', borderColor: 'transparent' });
      const i = ta.value.indexOf(t);
      if (i < 0) throw new Error(`no text ${JSON.stringify(t)} in ${sel}`);
      const span = document.createElement('span');
      span.textContent = t;
      copy.append(ta.value.slice(0, i), span, ta.value.slice(i + t.length));
      document.body.append(copy);
      const b = span.getBoundingClientRect();
      copy.remove();
      return { x: b.left, y: b.top - ta.scrollTop, width: b.width, height: b.height };
    },
    selector,
    text,
  );

/** RGBA pixels of a PNG (8-bit RGB or RGBA, not interlaced: what Firefox's screenshots are). */
export function decodePng(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  while (pos < png.length) {
    const len = view.getUint32(pos);
    const type = String.fromCharCode(...png.subarray(pos + 4, pos + 8));
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = view.getUint32(pos + 8);
      height = view.getUint32(pos + 12);
      const depth = data[8];
      const colour = data[9];
      const interlace = data[12];
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour}, interlace ${interlace})`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  const prev = new Uint8Array(stride);
  const cur = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      let v = line[i]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[i] = v & 0xff;
    }
    for (let x = 0; x < width; x++) {
      out.set([cur[x * channels]!, cur[x * channels + 1]!, cur[x * channels + 2]!, channels === 4 ? cur[x * channels + 3]! : 255], (y * width + x) * 4);
    }
    prev.set(cur);
  }
  return { width, height, rgba: out };
}

/**
 * The share of a screen rectangle's pixels that carry a colour (not white, grey or black: the text and
 * the page here are greyscale, PostPause's highlight tints and underlines are not).
 */
export async function tintedShare(page: Page, rect: Rect): Promise<number> {
  const clip = { x: Math.floor(rect.x), y: Math.floor(rect.y), width: Math.max(1, Math.round(rect.width)), height: Math.max(1, Math.round(rect.height)) };
  const png = await page.screenshot({ clip, type: 'png' });
  const { width, height, rgba } = decodePng(png);
  let tinted = 0;
  for (let i = 0; i < width * height; i++) {
    const [r, g, b] = [rgba[i * 4]!, rgba[i * 4 + 1]!, rgba[i * 4 + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 24) tinted++;
  }
  return tinted / (width * height);
}
