/**
 * Analyse composers as they change, so results are ready (and cached) before the send and drive the
 * highlights and status badge. A short pause after the last keystroke triggers an analysis; while typing
 * goes on without pauses one still runs every `minIntervalMs`, and never more often than that. Only
 * reads: never touches the editor.
 */
import type { Finding } from '../../lib/engine/types.ts';
import type { Surface } from '../../lib/sites/types.ts';
import { compileSurfaces, composerOnPath } from './compose-target.ts';
import { readComposerText, type ComposerText } from './read-text.ts';

export interface ComposeWatchOptions {
  surfaces: readonly Surface[];
  analyze(text: string): Finding[];
  onResult?(composer: Element, read: ComposerText, findings: Finding[], surface: Surface): void;
  /** Every input in a composer, straight away (before any analysis): for highlights that follow edits. */
  onInput?(composer: Element, surface: Surface): void;
  /** Focus entered a composer / left it (relatedTarget = where it went, if known). */
  onFocus?(composer: Element, surface: Surface): void;
  onBlur?(composer: Element, to: EventTarget | null): void;
  /** Pause after the last keystroke before analysing. */
  delayMs?: number;
  /** Analyses of one composer are at least this far apart, and a change waits no longer than this. */
  minIntervalMs?: number;
  signal?: AbortSignal;
  isActive?(): boolean;
  onError?(error: unknown): void;
  win?: Window;
}

interface Pending {
  timer: number;
  /** When the first change not yet analysed happened. */
  firstAt: number;
}

export function watchComposers(opts: ComposeWatchOptions): void {
  const win = opts.win ?? window;
  const surfaces = compileSurfaces(opts.surfaces, win.document);
  const pending = new Map<Element, Pending>();
  const lastRun = new WeakMap<Element, number>();
  const delay = opts.delayMs ?? 150;
  const minInterval = opts.minIntervalMs ?? 300;
  const now = () => win.performance.now();

  const run = (composer: Element, surface: Surface) => {
    pending.delete(composer);
    if (opts.signal?.aborted || !(opts.isActive?.() ?? true) || !composer.isConnected) return;
    lastRun.set(composer, now());
    try {
      const read = readComposerText(composer);
      opts.onResult?.(composer, read, opts.analyze(read.text), surface);
    } catch (err) {
      opts.onError?.(err);
    }
  };

  const schedule = (composer: Element, surface: Surface) => {
    const t = now();
    const old = pending.get(composer);
    if (old) win.clearTimeout(old.timer);
    const firstAt = old?.firstAt ?? t;
    const last = lastRun.get(composer) ?? -Infinity;
    const due = Math.min(Math.max(t + delay, last + minInterval), Math.max(firstAt + minInterval, last + minInterval));
    pending.set(composer, { firstAt, timer: win.setTimeout(() => run(composer, surface), Math.max(0, due - t)) });
  };

  // Editors that handle keys themselves (Draft.js on Backspace, Enter, paste) change the DOM without an
  // input event: once a composer has been focused, its mutations count as input too.
  const observed = new WeakSet<Element>();
  const observers: MutationObserver[] = [];
  const observe = (composer: Element, surface: Surface) => {
    const MO = (win as Window & typeof globalThis).MutationObserver;
    if (observed.has(composer) || !MO || composer.tagName === 'TEXTAREA' || composer.tagName === 'INPUT') return;
    observed.add(composer);
    const mo = new MO(() => {
      try {
        if (!(opts.isActive?.() ?? true)) return;
        opts.onInput?.(composer, surface);
        schedule(composer, surface);
      } catch (err) {
        opts.onError?.(err);
      }
    });
    mo.observe(composer, { subtree: true, childList: true, characterData: true });
    observers.push(mo);
  };

  const onEvent = (e: Event) => {
    try {
      if (!(opts.isActive?.() ?? true)) return;
      const hit = composerOnPath(e.composedPath(), surfaces);
      if (!hit) return;
      const surface = hit.surface.surface;
      if (e.type === 'focusout') {
        opts.onBlur?.(hit.composer, (e as FocusEvent).relatedTarget);
        return;
      }
      observe(hit.composer, surface);
      if (e.type === 'input') {
        // Contenteditables are followed by their mutations (which an input event always comes with).
        if (!observed.has(hit.composer)) opts.onInput?.(hit.composer, surface);
      } else {
        opts.onFocus?.(hit.composer, surface);
      }
      schedule(hit.composer, surface);
    } catch (err) {
      opts.onError?.(err);
    }
  };

  const listen = { capture: true, passive: true, signal: opts.signal } as const;
  win.addEventListener('input', onEvent, listen);
  // A draft restored by the site is analysed when the box gets focus, before anything is typed.
  win.addEventListener('focusin', onEvent, listen);
  win.addEventListener('focusout', onEvent, listen);
  opts.signal?.addEventListener('abort', () => {
    for (const p of pending.values()) win.clearTimeout(p.timer);
    pending.clear();
    for (const mo of observers) mo.disconnect();
  });
}
