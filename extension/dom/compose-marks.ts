/**
 * What a member of staff sees while typing: the findings highlighted inside each composer and a small
 * status badge beside it ("Clear" / "2 things to check"). Everything lives outside the editor: CSS
 * highlights (no nodes) for contenteditables, and a shadow root on <html> for badges and textarea
 * mirrors. Several composers on a page each get their own badge; a composer that leaves the page takes
 * its marks with it.
 */
import { spotIsFree } from './free-spot.ts';
import { createFixedHost } from './fixed-host.ts';
import type { Finding } from '../../lib/engine/types.ts';
import { placeBadge } from './badge-place.ts';
import { createHighlightLayer } from './highlight.ts';
import { createTextareaMirror, type TextareaMirror } from './highlight-mirror.ts';
import { readComposerText, isTextField, type ComposerText } from './read-text.ts';
import { pageTheme } from './page-theme.ts';
import { describeFindings } from '../../lib/engine/finding-kinds.ts';

export const MARKS_TAG = 'postpause-marks';

export interface ComposeMarksOptions {
  /** Styles for the shadow root (components/badge-styles.ts). */
  css: string;
  win?: Window;
  signal?: AbortSignal;
  /** False once PostPause should be gone from the page (extension reloaded): every mark is removed. */
  isActive?(): boolean;
  onError?(error: unknown): void;
}

export interface ComposerState {
  read: ComposerText;
  findings: Finding[];
}

export interface ComposeMarks {
  /** A fresh analysis of a composer: redraw its highlights and badge. */
  update(composer: Element, read: ComposerText, findings: Finding[]): void;
  /**
   * The composer changed since its last analysis: move its highlights onto the same words in the new
   * text (so they follow edits between analyses), dropping any whose words are gone.
   */
  follow(composer: Element): void;
  /** The last analysis of a composer, with findings moved by `follow`. */
  state(composer: Element): ComposerState | undefined;
  /** Forget a composer (hides its badge and marks). */
  forget(composer: Element): void;
  /** Remove every mark and the layer. */
  dispose(): void;
}

interface Entry {
  /** Composer box, viewport and badge size at the last placement: unchanged means nothing to redo. */
  placedFor: string;
  read: ComposerText;
  findings: Finding[];
  badge: HTMLElement;
  label: HTMLElement;
  mirror: TextareaMirror | null;
  /** The last text announced for this composer ('' before its first finding): unchanged is not re-read. */
  announced: string;
  slot: number;
  observer: ResizeObserver | null;
}

/** Elements a badge must never cover. */

/**
 * A live region's first change is only read once assistive technology has seen the (empty) region: the
 * first announcement waits this long after the region is made.
 */
const LIVE_REGION_SETTLE_MS = 300;

/** How often badges re-check their place while shown, for layout moves no event tells us about. */
const FOLLOW_MS = 400;

export function createComposeMarks(opts: ComposeMarksOptions): ComposeMarks {
  const win = opts.win ?? window;
  const doc = win.document;
  const entries = new Map<Element, Entry>();
  const highlights = createHighlightLayer(win);
  let host: HTMLElement | null = null;
  let layer: HTMLElement | null = null;
  let frame = 0;
  let interval = 0;
  /** One polite live region for every badge: the count and the kinds of finding, in words. */
  let live: HTMLElement | null = null;
  let liveSince = 0;
  let liveTimer = 0;
  const announce = (text: string) => {
    if (liveTimer) win.clearTimeout(liveTimer);
    const wait = Math.max(0, liveSince + LIVE_REGION_SETTLE_MS - win.performance.now());
    liveTimer = win.setTimeout(() => {
      liveTimer = 0;
      if (live) live.textContent = text;
    }, wait);
  };

  const ensureLayer = (): HTMLElement => {
    if (host?.isConnected && layer) return layer;
    // Out of the page's layout and hit-testing entirely; children are fixed-position.
    const made = createFixedHost(doc, MARKS_TAG, { passThrough: true });
    host = made.host;
    const shadow = made.shadow;
    try {
      const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(opts.css);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      // Browsers where a content script cannot adopt sheets (Firefox's wrappers): a <style> in our own root.
      const style = doc.createElement('style');
      style.textContent = opts.css;
      shadow.append(style);
    }
    layer = doc.createElement('div');
    layer.className = 'pp-layer';
    live = doc.createElement('div');
    live.className = 'pp-sr';
    live.setAttribute('role', 'status');
    live.dataset.live = 'badge';
    liveSince = win.performance.now();
    shadow.append(layer, live);
    doc.documentElement.append(host);
    // Entries made for an old host (the page replaced <html>'s children) re-attach their nodes.
    for (const e of entries.values()) {
      layer.append(e.badge);
      if (e.mirror) layer.append(e.mirror.element);
    }
    return layer;
  };

  const isFree = (skip: Element) => spotIsFree(doc, (el) => el === host || el.tagName.toLowerCase().startsWith('postpause-'), skip);

  const placeOne = (composer: Element, e: Entry, force = true) => {
    e.mirror?.place();
    const r = composer.getBoundingClientRect();
    const key = `${r.left},${r.top},${r.width},${r.height},${win.innerWidth},${win.innerHeight},${e.label.textContent}`;
    if (!force && key === e.placedFor) return;
    e.placedFor = key;
    const visible = composer.isConnected && r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < win.innerHeight;
    const hasText = e.read.text.trim() !== '';
    if (!visible || !hasText) {
      e.badge.dataset.shown = 'false';
      return;
    }
    // Measure at its natural size (it is not shown until placed, so this never flashes).
    e.badge.style.visibility = 'hidden';
    e.badge.dataset.shown = 'true';
    const size = { width: e.badge.offsetWidth, height: e.badge.offsetHeight };
    const spot = placeBadge({ left: r.left, top: r.top, width: r.width, height: r.height }, size, { width: doc.documentElement.clientWidth, height: win.innerHeight }, isFree(composer), e.slot);
    e.badge.style.visibility = '';
    if (!spot || !spot.free) {
      e.badge.dataset.shown = 'false';
      return;
    }
    e.slot = spot.slot;
    e.badge.style.left = `${spot.left}px`;
    e.badge.style.top = `${spot.top}px`;
  };

  const placeAll = () => {
    frame = 0;
    try {
      if (!(opts.isActive?.() ?? true)) return dispose();
      for (const [composer, e] of entries) {
        if (!composer.isConnected) forget(composer);
        else placeOne(composer, e, false);
      }
      if (entries.size === 0 && interval) {
        win.clearInterval(interval);
        interval = 0;
      }
    } catch (err) {
      opts.onError?.(err);
    }
  };
  const schedule = () => {
    if (!frame && entries.size) frame = win.requestAnimationFrame(placeAll);
  };

  const listen = { capture: true, passive: true, signal: opts.signal } as const;
  win.addEventListener('scroll', schedule, listen);
  win.addEventListener('resize', schedule, listen);
  function dispose() {
    for (const c of [...entries.keys()]) forget(c);
    highlights.dispose();
    host?.remove();
    host = null;
    layer = null;
    if (interval) win.clearInterval(interval);
    if (frame) win.cancelAnimationFrame(frame);
    if (liveTimer) win.clearTimeout(liveTimer);
    live = null;
    liveTimer = 0;
    interval = 0;
    frame = 0;
  }
  opts.signal?.addEventListener('abort', dispose);

  const entryFor = (composer: Element, read: ComposerText): Entry => {
    let e = entries.get(composer);
    if (e) return e;
    const parent = ensureLayer();
    const badge = doc.createElement('div');
    badge.className = 'pp-badge';
    badge.dataset.shown = 'false';
    const sr = doc.createElement('span');
    sr.className = 'pp-sr';
    sr.textContent = 'PostPause: ';
    const dot = doc.createElement('span');
    dot.className = 'pp-dot';
    dot.setAttribute('aria-hidden', 'true');
    const label = doc.createElement('span');
    badge.append(sr, dot, label);
    parent.append(badge);
    const mirror = isTextField(composer) ? createTextareaMirror(composer, parent) : null;
    const RO = (win as Window & typeof globalThis).ResizeObserver;
    const observer = RO ? new RO(schedule) : null;
    observer?.observe(composer);
    e = { placedFor: '', read, findings: [], badge, label, mirror, announced: '', slot: 0, observer };
    entries.set(composer, e);
    if (!interval) interval = win.setInterval(schedule, FOLLOW_MS);
    return e;
  };

  const draw = (composer: Element, e: Entry) => {
    const marked = e.mirror ? (e.mirror.render(e.read.text, e.findings), e.mirror.texts()) : highlights.set(composer, e.read, e.findings);
    // For people checking what PostPause marked (and for the tests): the words highlighted, on our own
    // element, never on the page's editor.
    e.badge.dataset.highlights = JSON.stringify(marked);
  };

  function forget(composer: Element) {
    const e = entries.get(composer);
    if (!e) return;
    highlights.clear(composer);
    e.mirror?.remove();
    e.badge.remove();
    e.observer?.disconnect();
    entries.delete(composer);
  }

  return {
    update(composer, read, findings) {
      const e = entryFor(composer, read);
      e.read = read;
      e.findings = findings;
      const n = findings.length;
      e.badge.dataset.state = n ? 'findings' : 'clear';
      e.badge.dataset.count = String(n);
      e.badge.dataset.theme = pageTheme(doc);
      e.label.textContent = n === 0 ? 'Clear' : n === 1 ? '1 thing to check' : `${n} things to check`;
      // Read out only what changed; a box that starts clear is not news.
      const said = describeFindings(findings);
      if (said !== e.announced && (e.announced !== '' || n > 0)) {
        e.announced = said;
        announce(`PostPause: ${said}`);
      }
      draw(composer, e);
      placeOne(composer, e);
      e.badge.dataset.updatedAt = String(win.performance.now());
    },
    follow(composer) {
      const e = entries.get(composer);
      if (!e) return;
      const read = readComposerText(composer);
      if (read.text === e.read.text && e.mirror === null) {
        // Same text, but an editor may have re-rendered its nodes: ranges must point at the live ones.
        e.read = read;
        draw(composer, e);
        return;
      }
      e.findings = moveFindings(e.read.text, read.text, e.findings);
      e.read = read;
      draw(composer, e);
      schedule();
    },
    state(composer) {
      const e = entries.get(composer);
      return e ? { read: e.read, findings: e.findings } : undefined;
    },
    forget,
    dispose,
  };
}

/**
 * Findings of `before` moved onto `after`: each keeps its place when its words are still there, else
 * moves to the nearest copy of its words (allowing for the length change), else is dropped.
 */
export function moveFindings(before: string, after: string, findings: readonly Finding[]): Finding[] {
  if (before === after) return [...findings];
  // Edits happen in one place: the unchanged prefix and suffix bound it.
  let pre = 0;
  while (pre < before.length && pre < after.length && before[pre] === after[pre]) pre++;
  let suf = 0;
  while (suf < before.length - pre && suf < after.length - pre && before[before.length - 1 - suf] === after[after.length - 1 - suf]) suf++;
  const delta = after.length - before.length;
  const out: Finding[] = [];
  for (const f of findings) {
    let start: number;
    if (f.end <= pre) start = f.start;
    else if (f.start >= before.length - suf) start = f.start + delta;
    else start = nearest(after, f.text, f.start, f.start + delta);
    if (start < 0 || after.slice(start, start + f.text.length) !== f.text) continue;
    out.push({ ...f, start, end: start + f.text.length });
  }
  return out;
}

function nearest(text: string, needle: string, ...around: number[]): number {
  if (!needle) return -1;
  let best = -1;
  let bestDist = Infinity;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const d = Math.min(...around.map((a) => Math.abs(i - a)));
    if (d < bestDist) {
      best = i;
      bestDist = d;
    }
  }
  return best;
}
