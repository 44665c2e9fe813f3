import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../lib/sites/types.ts';
import type { PostPauseConfig } from '../../lib/policy/config.ts';
import type { PolicyPack } from '../../lib/policy/pack.ts';
import { resolvePack } from '../../lib/policy/resolve-pack.ts';
import { NOTE_KINDS, noteFor, type Note, type NoteKind } from '../../lib/notes/note-kinds.ts';
import { dismissedToday, workingHoursNote } from '../../lib/notes/working-hours.ts';
import { watchNoteSignals } from '../../extension/dom/note-watch.ts';
import { pageTheme } from '../../extension/dom/page-theme.ts';
import { placeBadge, type Box } from '../../extension/dom/badge-place.ts';
import { spotIsFree } from '../../extension/dom/free-spot.ts';
import { createFixedHost } from '../../extension/dom/fixed-host.ts';
import { resolvePolicyUrl } from '../../extension/runtime/policy-link.ts';
import { openExtensionPage } from '../../extension/runtime/open-page.ts';
import { browserStorage } from '../../extension/storage/browser-storage.ts';
import { readHoursDismissedOn, writeHoursDismissedOn } from '../../extension/storage/hours-dismissal.ts';
import { GentleNotes, GENTLE_NOTES_CSS } from '../GentleNotes.tsx';

/** storage.local key of the local date ("YYYY-MM-DD") "Not today" was chosen on: nothing else is kept. */

export const NOTES_TAG = 'postpause-notes';

export interface Notes {
  configure(config: PostPauseConfig): void;
  /** A composer got focus: the notes sit next to it, and school hours are checked now. */
  onFocus(composer: Element): void;
  /** A post went through: its attachment is gone with it. */
  onPassed(): void;
  /** The notes showing now, for the overlay of a held post. */
  current(): Note[];
  clear(): void;
}

/** How often the notes re-check their place while shown, for layout moves no event tells us about. */
const FOLLOW_MS = 400;

/**
 * The gentle notes on one page: school hours, media attached, a public audience. They live in their
 * own shadow root on <html>, beside the composer, and never hold a post back.
 */
export function createNotes(ctx: ContentScriptContext, site: SiteAdapter, onError: (err: unknown) => void, isActive: () => boolean): Notes {
  let config: PostPauseConfig = {};
  let pack: PolicyPack = resolvePack({}).pack;
  const active = new Set<NoteKind>();
  let anchor: Element | null = null;
  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  let interval = 0;

  let dismissedOn: unknown;
  const loaded = readHoursDismissedOn(browserStorage())
    .then((day) => {
      dismissedOn = day;
    })
    .catch(onError);

  const guard = <A extends unknown[]>(fn: (...a: A) => void) => (...a: A) => {
    try {
      fn(...a);
    } catch (err) {
      onError(err);
    }
  };

  const ensureHost = (): HTMLElement => {
    if (host?.isConnected && container) return container;
    const made = createFixedHost(document, NOTES_TAG);
    host = made.host;
    const shadow = made.shadow;
    const style = document.createElement('style');
    style.textContent = GENTLE_NOTES_CSS;
    container = document.createElement('div');
    shadow.append(style, container);
    // Keys and clicks on the notes are ours: a page's shortcuts or "click outside" must not hear them.
    for (const type of ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'pointerdown', 'focusin']) host.addEventListener(type, (e) => e.stopPropagation());
    document.documentElement.append(host);
    return container;
  };

  const place = guard(() => {
    const panel = host?.shadowRoot?.querySelector<HTMLElement>('.pp-notes');
    if (!panel) return;
    const size = { width: panel.offsetWidth, height: panel.offsetHeight };
    // Hidden while hit-testing: elementFromPoint must see the page under the note, not the note itself.
    panel.style.visibility = 'hidden';
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    // Same rule as the badge: never cover the page's buttons or the text being written. Our own layers
    // (badge, notes) do not count as the page.
    const isFree = spotIsFree(document, (el) => el.tagName.toLowerCase().startsWith('postpause-'), anchor ?? undefined);
    const r = anchor?.isConnected ? anchor.getBoundingClientRect() : null;
    let spot: Box | null = null;
    if (r && (r.width > 0 || r.height > 0)) {
      const p = placeBadge({ left: r.left, top: r.top, width: r.width, height: r.height }, size, viewport, isFree);
      if (p?.free) spot = p;
    }
    if (!spot) {
      // No composer, or nowhere free beside it: a free bottom corner of the window.
      const corners = [
        { left: viewport.width - size.width - 16, top: viewport.height - size.height - 16, ...size },
        { left: 16, top: viewport.height - size.height - 16, ...size },
      ];
      spot = corners.find((c) => c.left >= 0 && c.top >= 0 && isFree(c)) ?? null;
    }
    // Nowhere free at all: a gentle note is not worth hiding a button for.
    panel.style.visibility = spot ? '' : 'hidden';
    if (!spot) return;
    panel.style.left = `${spot.left}px`;
    panel.style.top = `${spot.top}px`;
  });

  const current = () => NOTE_KINDS.filter((k) => active.has(k)).map((k) => noteFor(k, pack, config.policyUrl));

  const draw = guard(() => {
    const notes = current();
    if (notes.length === 0) {
      if (container) render(null, container);
      host?.remove();
      host = null;
      container = null;
      if (interval) window.clearInterval(interval);
      interval = 0;
      return;
    }
    const into = ensureHost();
    render(
      <GentleNotes notes={notes} onDismiss={dismiss} resolveUrl={resolvePolicyUrl} openLink={openExtensionPage} theme={pageTheme(document)} />,
      into,
    );
    place();
    if (!interval) interval = window.setInterval(place, FOLLOW_MS);
  });

  function dismiss(kind: NoteKind) {
    if (kind !== 'working-hours') return;
    const { day } = workingHoursNote(new Date(), config);
    dismissedOn = day;
    active.delete(kind);
    draw();
    writeHoursDismissedOn(browserStorage(), day).catch(onError);
  }

  const set = (kind: NoteKind, on: boolean) => {
    if (on && !isActive()) return;
    if (on === active.has(kind)) return;
    if (on) active.add(kind);
    else active.delete(kind);
    draw();
  };

  const checkHours = async () => {
    await loaded;
    const now = new Date();
    set('working-hours', workingHoursNote(now, config).inHours && !dismissedToday(dismissedOn, now));
  };

  const watch = site.notes
    ? watchNoteSignals({
        hints: site.notes,
        signal: ctx.signal,
        onError,
        onMedia: guard(() => set('media', true)),
        onAudience: guard((isPublic: boolean) => set('audience', isPublic)),
      })
    : null;

  const onScroll = () => {
    if (host) window.requestAnimationFrame(place);
  };
  window.addEventListener('scroll', onScroll, { capture: true, passive: true, signal: ctx.signal });
  window.addEventListener('resize', onScroll, { passive: true, signal: ctx.signal });

  const clear = guard(() => {
    active.clear();
    draw();
  });
  ctx.onInvalidated(clear);

  return {
    configure: guard((next: PostPauseConfig) => {
      config = next;
      pack = resolvePack(next, { previous: pack }).pack;
      // The school day may have changed under a composer in use (or the settings arrived after its focus).
      if (anchor?.isConnected) checkHours().catch(onError);
      if (active.size) draw();
    }),
    onFocus: guard((composer: Element) => {
      anchor = composer;
      watch?.check();
      checkHours().catch(onError);
      place();
    }),
    onPassed: guard(() => set('media', false)),
    current,
    clear,
  };
}
