/**
 * Notices when a site has changed under PostPause, for the content-free health record
 * (lib/records/site-health.ts): a compose box seen on this page, and a box PostPause watched that was sent
 * without passing through the send guard (the adapter did not recognise the send).
 *
 * Cheap and engine-free: a few passive capture listeners and, only after a send-like gesture, up to three
 * timed looks at whether the box is now empty. It never reads what was written beyond "empty or not" and
 * never touches the page.
 *
 * A send that went out unrecognised looks like this: the member of staff typed into a box (it has text),
 * then made a send-like gesture (Enter in the box, or a click on a button next to it), and within a few
 * seconds the site emptied or removed the box, with no recognised send of that box in between. What does
 * NOT count, because it would be a false alarm:
 * - the member of staff clearing the box themselves (an input that leaves it empty, Backspace/Delete or
 *   cut after the gesture);
 * - leaving the page or following a link (no button gesture, and the page's timers die with it);
 * - closing or cancelling (buttons labelled close, cancel, discard... in several languages), buttons far
 *   from the box or in another dialog (a "Discard post?" confirmation);
 * - a box the site re-rendered (replaced by another box of the same kind that still has text);
 * - anything after a send the guard recognised, including the "Post anyway" replay of a held send, until
 *   the member of staff types again;
 * - a site switched off (`isActive` false): the guard lets its sends through unrecognised on purpose.
 */
import type { HealthEvent } from '../../lib/records/site-health.ts';
import type { Surface } from '../../lib/sites/types.ts';
import { compileSurfaces, composerOnPath, type CompiledSurface } from './compose-target.ts';

export interface SiteHealthWatchOptions {
  surfaces: readonly Surface[];
  /** Send the event on (fire and forget); never given any text. */
  report(event: HealthEvent): void;
  signal?: AbortSignal;
  isActive?(): boolean;
  onError?(error: unknown): void;
  /** Whether an event is the member of staff's own (default: `isTrusted`; the page's scripts do not count). */
  isUserEvent?(e: Event): boolean;
  /** When to look at the box after a send-like gesture, in ms (sites empty it after their request returns). */
  checkAfterMs?: readonly number[];
  win?: Window;
}

export interface SiteHealthWatch {
  /** The guard recognised a send of these composers (held or let through): not a miss, whatever follows. */
  recognised(composers: readonly Element[]): void;
}

/** Generous: a site answers a post within seconds; later than this the box emptying is something else. */
export const CHECK_AFTER_MS: readonly number[] = [300, 1500, 5000];
/** How many ancestors apart a send button and its box may be (Meta and LinkedIn nest them deeply). */
const NEAR_LEVELS = 16;
const BUTTONISH = 'button, [role="button"], input[type="submit"], input[type="button"]';
const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"]';
/**
 * Buttons that close or throw away a box rather than send it: matched as whole words in the label, test id
 * or text. English, Welsh, French, Polish, German, Spanish, Italian, Dutch, Portuguese, Urdu.
 */
const DISMISS_WORDS = [
  'close', 'cancel', 'discard', 'dismiss', 'delete', 'remove', 'clear', 'back', 'not now', 'undo',
  'cau', 'canslo', 'dileu', 'fermer', 'annuler', 'supprimer', 'effacer', 'retour', 'zamknij', 'anuluj', 'usuń', 'odrzuć',
  'schließen', 'abbrechen', 'verwerfen', 'löschen', 'cerrar', 'cancelar', 'descartar', 'eliminar', 'chiudi', 'annulla',
  'elimina', 'sluiten', 'annuleren', 'verwijderen', 'fechar', 'excluir', 'بند کریں', 'منسوخ', 'حذف',
];
// Whole words in any script (\b only knows ASCII letters).
const DISMISS = new RegExp(`(?<![\\p{L}\\p{N}])(${DISMISS_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

interface Watched {
  surface: CompiledSurface;
  /** Has text the member of staff typed since the last recognised send or clearing. */
  armed: boolean;
  /** When the guard last recognised a send of it (performance.now()). */
  recognisedAt: number;
  /** When the member of staff last edited it by deleting (a key or cut). */
  deletedAt: number;
}

const isElement = (t: unknown): t is Element => typeof t === 'object' && t !== null && (t as Node).nodeType === 1;

/** Empty as the member of staff would see it: only white space and zero-width characters. */
export function looksEmpty(el: Element): boolean {
  const v = el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' ? (el as HTMLTextAreaElement).value : (el.textContent ?? '');
  return !/[^\s\u200b\u200c\u200d\u2060\ufeff]/.test(v);
}

/** Parent, stepping out of shadow roots to their host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode() as Node & { host?: Element };
  return root && root !== el && isElement(root.host) ? root.host : null;
}

/** Closest ancestor (crossing shadow roots) matching the selector. */
function closestDeep(el: Element, selector: string): Element | null {
  for (let cur: Element | null = el; cur; cur = parentOf(cur)) if (cur.matches(selector)) return cur;
  return null;
}

/** True when the button sits next to the box: in the same dialog, or (outside dialogs) a common ancestor close to the box. */
function near(button: Element, composer: Element): boolean {
  const dialog = closestDeep(composer, DIALOG);
  if (closestDeep(button, DIALOG) !== dialog) return false;
  // A compose dialog's own footer button, however deep the editor sits (Meta: 15-30 levels).
  if (dialog) return true;
  let el: Element | null = composer;
  for (let i = 0; el && i <= NEAR_LEVELS; i++, el = parentOf(el)) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') return false;
    if (el.contains(button) || (button.getRootNode() !== el.getRootNode() && containsDeep(el, button))) return true;
  }
  return false;
}

function containsDeep(scope: Element, el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = parentOf(cur)) if (cur === scope) return true;
  return false;
}

function dismisses(button: Element): boolean {
  const label = [button.getAttribute('aria-label'), button.getAttribute('data-testid'), button.getAttribute('title'), (button.textContent ?? '').slice(0, 60)]
    .filter(Boolean)
    .join(' ')
    .replace(/[_-]/g, ' ');
  return DISMISS.test(label);
}

export function watchSiteHealth(opts: SiteHealthWatchOptions): SiteHealthWatch {
  const win = opts.win ?? window;
  const doc = win.document;
  // Compiled on the first event that needs them: a page that is only read never does.
  let compiled: CompiledSurface[] | null = null;
  const surfaces = () => (compiled ??= compileSurfaces(opts.surfaces, doc));
  const checks = opts.checkAfterMs ?? CHECK_AFTER_MS;
  const watched = new Map<Element, Watched>();
  const timers = new Set<number>();
  const now = () => win.performance.now();
  const byUser = opts.isUserEvent ?? ((e: Event) => e.isTrusted);
  const active = () => !opts.signal?.aborted && (opts.isActive?.() ?? true);
  let seen = false;

  const safely =
    <A extends unknown[]>(fn: (...a: A) => void) =>
    (...a: A) => {
      try {
        fn(...a);
      } catch (err) {
        opts.onError?.(err);
      }
    };

  const track = (composer: Element, surface: CompiledSurface): Watched => {
    let w = watched.get(composer);
    if (!w) {
      w = { surface, armed: false, recognisedAt: -Infinity, deletedAt: -Infinity };
      watched.set(composer, w);
    }
    if (!seen) {
      seen = true;
      opts.report('seen');
    }
    return w;
  };

  /** Another box of the same kind, still holding text: the site re-rendered the box rather than sending it. */
  const replaced = (w: Watched) => [...doc.querySelectorAll(w.surface.composer)].some((c) => !looksEmpty(c));

  /** After a send-like gesture: did the site empty or remove these boxes without a recognised send? */
  const afterGesture = (candidates: Element[]) => {
    const at = now();
    const pending = new Set(candidates);
    const look = (last: boolean) => {
      if (!active()) return pending.clear();
      for (const composer of [...pending]) {
        const w = watched.get(composer);
        if (!w || !w.armed || w.recognisedAt >= at || w.deletedAt >= at) {
          pending.delete(composer);
          continue;
        }
        const gone = !composer.isConnected;
        if (gone || looksEmpty(composer)) {
          pending.delete(composer);
          w.armed = false;
          if (gone) watched.delete(composer);
          if (!(gone && replaced(w))) opts.report('unrecognised');
        } else if (last) pending.delete(composer);
      }
    };
    checks.forEach((ms, i) => {
      const t = win.setTimeout(
        safely(() => {
          timers.delete(t);
          look(i === checks.length - 1);
        }),
        ms,
      );
      timers.add(t);
    });
  };

  const onFocusIn = safely((e: FocusEvent) => {
    if (!active()) return;
    const hit = composerOnPath(e.composedPath(), surfaces());
    if (hit) track(hit.composer, hit.surface);
  });

  const onInput = safely((e: Event) => {
    if (!byUser(e) || !active()) return;
    const hit = composerOnPath(e.composedPath(), surfaces());
    if (!hit) return;
    const w = track(hit.composer, hit.surface);
    // Text typed arms it; an edit of theirs that leaves it empty (select all, delete) disarms it.
    w.armed = !looksEmpty(hit.composer);
    if (/^delete/.test((e as InputEvent).inputType ?? '')) w.deletedAt = now();
  });

  const onKeyDown = safely((e: KeyboardEvent) => {
    if (!byUser(e) || !active() || e.isComposing) return;
    const hit = composerOnPath(e.composedPath(), surfaces());
    if (!hit) return;
    const w = track(hit.composer, hit.surface);
    // Editors that handle deletion themselves (Draft.js) fire no input event: the key says it.
    if (e.key === 'Backspace' || e.key === 'Delete' || ((e.ctrlKey || e.metaKey) && (e.key === 'x' || e.key === 'X'))) w.deletedAt = now();
    else if (e.key === 'Enter' && !e.shiftKey && w.armed && !looksEmpty(hit.composer)) afterGesture([hit.composer]);
  });

  const onClick = safely((e: MouseEvent) => {
    if (!byUser(e) || !active() || watched.size === 0) return;
    const start = e.composedPath().find(isElement);
    const button = start ? closestDeep(start, BUTTONISH) : null;
    if (!button || dismisses(button)) return;
    // Only boxes that hold text at the moment of the gesture: one the site emptied earlier is not this send.
    const candidates = [...watched].filter(([c, w]) => w.armed && c.isConnected && near(button, c) && !looksEmpty(c)).map(([c]) => c);
    if (candidates.length) afterGesture(candidates);
  });

  const listen = { capture: true, passive: true, signal: opts.signal } as const;
  win.addEventListener('focusin', onFocusIn, listen);
  win.addEventListener('input', onInput, listen);
  win.addEventListener('keydown', onKeyDown, listen);
  win.addEventListener('click', onClick, listen);
  // Leaving the page is not a send: whatever was pending is dropped.
  win.addEventListener('pagehide', () => timers.forEach((t) => win.clearTimeout(t)), listen);
  opts.signal?.addEventListener('abort', () => timers.forEach((t) => win.clearTimeout(t)));

  return {
    recognised: safely((composers: readonly Element[]) => {
      const t = now();
      for (const c of composers) {
        const w = watched.get(c);
        if (w) {
          w.recognisedAt = t;
          w.armed = false;
        } else {
          // Recognised before we saw it (a draft restored by the site and sent without typing).
          const hit = composerOnPath([c], surfaces());
          if (hit) Object.assign(track(c, hit.surface), { recognisedAt: t });
        }
      }
      opts.report('recognised');
    }),
  };
}
