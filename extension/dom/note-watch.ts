/**
 * Watches a page for the things the gentle notes are about (lib/notes): a photo or video attached
 * through one of the site's file inputs or shown as an attachment preview, and the audience control
 * showing "Public". Reads the page only; reports changes of state, never the post's text.
 */
import type { SiteNoteHints } from '../../lib/sites/types.ts';

export interface NoteWatchOptions {
  hints: SiteNoteHints;
  doc?: Document;
  signal?: AbortSignal;
  /** Media attached (a file chosen, or a preview appeared). */
  onMedia(): void;
  /** The audience control appeared, changed or went away: true while it says public. */
  onAudience(isPublic: boolean): void;
  onError?(error: unknown): void;
}

export interface NoteWatch {
  /** Look again now (a composer got focus). */
  check(): void;
}

/** How long page mutations are gathered before looking: sites re-render in bursts. */
const SETTLE_MS = 120;

const matchesAny = (el: Element, selectors: readonly string[]) =>
  selectors.some((s) => {
    try {
      return el.matches(s);
    } catch {
      return false;
    }
  });

const queryAny = (root: ParentNode, selectors: readonly string[]): Element[] =>
  selectors.flatMap((s) => {
    try {
      return [...root.querySelectorAll(s)];
    } catch {
      return [];
    }
  });

const rendered = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
};

/** "Public" as a word of the control's label or text, any case ("Sharing with Public.", "Public ▾"). */
export function saysPublic(el: Element, words: readonly string[]): boolean {
  const label = `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`;
  return words.some((w) => new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(label));
}

export function watchNoteSignals(opts: NoteWatchOptions): NoteWatch {
  const doc = opts.doc ?? document;
  const win = doc.defaultView ?? window;
  const { mediaInputs = [], mediaPreviews = [], audienceControls } = opts.hints;
  let audience: boolean | null = null;
  let previews = 0;
  let timer = 0;

  const guard = (fn: () => void) => () => {
    try {
      fn();
    } catch (err) {
      opts.onError?.(err);
    }
  };

  const check = guard(() => {
    timer = 0;
    const shown = queryAny(doc, mediaPreviews).filter(rendered).length;
    // A new preview (not one already reported) is a new attachment.
    if (shown > previews) opts.onMedia();
    previews = shown;
    if (audienceControls) {
      const controls = queryAny(doc, audienceControls.selectors).filter(rendered);
      const isPublic = controls.some((c) => saysPublic(c, audienceControls.publicTexts));
      if (isPublic !== audience) {
        audience = isPublic;
        opts.onAudience(isPublic);
      }
    }
  });

  if (mediaInputs.length) {
    doc.addEventListener(
      'change',
      (e) => {
        try {
          const t = e.target;
          if (t instanceof win.HTMLInputElement && t.type === 'file' && (t.files?.length ?? 0) > 0 && matchesAny(t, mediaInputs)) opts.onMedia();
        } catch (err) {
          opts.onError?.(err);
        }
      },
      { capture: true, signal: opts.signal },
    );
  }

  if (mediaPreviews.length || audienceControls) {
    const observer = new win.MutationObserver(() => {
      if (!timer) timer = win.setTimeout(check, SETTLE_MS);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'], characterData: true });
    opts.signal?.addEventListener('abort', () => {
      observer.disconnect();
      if (timer) win.clearTimeout(timer);
    });
  }

  return { check };
}
