/**
 * Analyse composers as they change, a short pause after typing stops, so results are ready (and cached)
 * before the send and can drive highlights and a status badge. Only reads: never touches the editor.
 */
import type { Finding } from '../engine/types.ts';
import type { Surface } from '../sites/types.ts';
import { compileSurfaces, composerOnPath } from './compose-target.ts';
import { readComposerText, type ComposerText } from './read-text.ts';

export interface ComposeWatchOptions {
  surfaces: readonly Surface[];
  analyze(text: string): Finding[];
  onResult?(composer: Element, read: ComposerText, findings: Finding[]): void;
  /** Pause after the last keystroke before analysing. */
  delayMs?: number;
  signal?: AbortSignal;
  isActive?(): boolean;
  onError?(error: unknown): void;
  win?: Window;
}

export function watchComposers(opts: ComposeWatchOptions): void {
  const win = opts.win ?? window;
  const surfaces = compileSurfaces(opts.surfaces, win.document);
  const timers = new Map<Element, number>();
  const delay = opts.delayMs ?? 150;

  const run = (composer: Element) => {
    timers.delete(composer);
    if (opts.signal?.aborted || !(opts.isActive?.() ?? true) || !composer.isConnected) return;
    try {
      const read = readComposerText(composer);
      opts.onResult?.(composer, read, opts.analyze(read.text));
    } catch (err) {
      opts.onError?.(err);
    }
  };

  const schedule = (e: Event) => {
    try {
      const hit = composerOnPath(e.composedPath(), surfaces);
      if (!hit) return;
      const old = timers.get(hit.composer);
      if (old !== undefined) win.clearTimeout(old);
      timers.set(hit.composer, win.setTimeout(() => run(hit.composer), delay));
    } catch (err) {
      opts.onError?.(err);
    }
  };

  const listen = { capture: true, passive: true, signal: opts.signal } as const;
  win.addEventListener('input', schedule, listen);
  // A draft restored by the site is analysed when the box gets focus, before anything is typed.
  win.addEventListener('focusin', schedule, listen);
  opts.signal?.addEventListener('abort', () => {
    for (const t of timers.values()) win.clearTimeout(t);
    timers.clear();
  });
}
