/**
 * The send guard: catches a site's "send" (a click on its submit control, or its send key in a composer)
 * in the capture phase on window, before any of the page's own handlers, and holds it back only when the
 * text being sent has findings. Everything is synchronous, because a send can only be stopped inside the
 * event that starts it; the text is read at that moment, not taken from an earlier analysis.
 *
 * Fails open: if anything in here throws, the event goes on to the page untouched. A clean post passes
 * straight through with nothing but a text read and a (usually cached) analysis in its way.
 */
import type { Finding } from '../../lib/engine/types.ts';
import type { Surface, SubmitKey } from '../../lib/sites/types.ts';
import { readComposerText } from './read-text.ts';
import { ariaSuggestionsOpen } from './suggestions.ts';
import {
  compileSurfaces,
  composerOnPath,
  controlOnPath,
  isDisabled,
  pressable,
  targetForComposer,
  targetForControl,
  targetForForm,
  type SendTarget,
} from './compose-target.ts';

export interface BlockedSend extends SendTarget {
  /** The text of each composer at the moment of the send. */
  texts: string[];
  findings: Finding[];
  via: 'click' | 'key' | 'submit';
  /** Held without analysis because `hold()` said the analyser is not ready yet (`findings` is empty). */
  held?: boolean;
}

export interface SendGuardOptions {
  surfaces: readonly Surface[];
  /** Must be synchronous and must not throw (the analyser never throws). */
  analyze(text: string): Finding[];
  /**
   * True while the analyser is not ready (still loading): a send with text is then held without analysis
   * and handed to onBlocked with `held: true`, for the caller to decide once it can (send it with
   * sendAnyway, or show why not). A send with no text at all is let through.
   */
  hold?(): boolean;
  /** Called inside the blocked event, after it has been stopped. */
  onBlocked(send: BlockedSend): void;
  /** Aborting removes every listener (pass WXT's ctx.signal). */
  signal?: AbortSignal;
  /** False lets every send through (extension context invalidated, site switched off). */
  isActive?(): boolean;
  /** A send went through untouched (no findings, or already confirmed): the compose is over. */
  onPassed?(target: SendTarget): void;
  /** Observer: every send the guard recognised, held or not, before it decides (the site health record). */
  onRecognised?(target: SendTarget): void;
  /** A problem inside PostPause; the send it happened in was let through. */
  onError?(error: unknown): void;
  /** The languages whose send words count (default: the page's lang and the browser's languages). */
  languages?: readonly string[];
  win?: Window;
}

export interface SendGuard {
  /**
   * Send a blocked post after all: exactly one send, by the surface's replay method, with the guard
   * bypassed for that one synchronous dispatch. False when there is nothing left to send it with.
   */
  sendAnyway(send: BlockedSend): boolean;
  /**
   * When the guard last recognised a send from this composer (performance.now()), or null: lets a watcher
   * tell a send the guard saw from text that left a watched box some other way (the site changed).
   */
  lastRecognised(composer: Element): number | null;
}

/** How long a text confirmed with "Post anyway" passes without being held again. */
const CONFIRMED_MS = 30_000;

export function installSendGuard(opts: SendGuardOptions): SendGuard {
  const win = opts.win ?? window;
  const doc = win.document;
  // Compiled on the first event that needs them: a page that is only read never does.
  let compiledSurfaces: ReturnType<typeof compileSurfaces> | null = null;
  const surfaces = () => (compiledSurfaces ??= compileSurfaces(opts.surfaces, doc, opts.languages));
  const recognisedAt = new WeakMap<Element, number>();
  // Set only for the duration of our own synchronous replay dispatch, so exactly that one event passes.
  let bypass = false;
  const active = () => !bypass && (opts.isActive?.() ?? true);

  // A text the member of staff chose to post anyway is not held again for a while: if the replay could
  // not send it (the site changed under us), their own next press of Post must go through.
  let confirmed: { key: string; until: number } | null = null;
  const textKey = (texts: readonly string[]) => texts.join('\u0000');

  const check = (target: SendTarget, via: BlockedSend['via'], e: Event) => {
    const at = win.performance.now();
    for (const c of target.composers) recognisedAt.set(c, at);
    try {
      opts.onRecognised?.(target);
    } catch (err) {
      opts.onError?.(err);
    }
    const texts = target.composers.map((c) => readComposerText(c).text);
    const passed = () => {
      try {
        opts.onPassed?.(target);
      } catch (err) {
        opts.onError?.(err);
      }
    };
    if (confirmed && confirmed.key === textKey(texts) && Date.now() < confirmed.until) return passed();
    const held = (opts.hold?.() ?? false) && texts.some((t) => t.trim() !== '');
    const findings = held ? [] : texts.flatMap((t) => opts.analyze(t));
    if (!held && findings.length === 0) return passed();
    e.preventDefault();
    e.stopImmediatePropagation();
    const send: BlockedSend = { ...target, texts, findings, via, ...(held ? { held } : {}) };
    try {
      opts.onBlocked(send);
    } catch (err) {
      // The page never saw this event. Failing open now means sending it ourselves, once the current
      // dispatch is over (a click() inside the click it replaces would be ignored).
      opts.onError?.(err);
      win.setTimeout(() => guard.sendAnyway(send), 0);
    }
  };

  const onClick = (e: MouseEvent) => {
    if (!active()) return;
    try {
      const hit = controlOnPath(e.composedPath(), surfaces());
      if (!hit || isDisabled(hit.control)) return;
      const target = targetForControl(hit.control, hit.surface);
      if (target) check(target, 'click', e);
    } catch (err) {
      opts.onError?.(err);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!active() || e.isComposing || e.keyCode === 229 || e.key !== 'Enter') return;
    try {
      const hit = composerOnPath(e.composedPath(), surfaces());
      if (!hit || !hit.surface.surface.submitKeys.some((k) => keyMatches(k, e))) return;
      if (hit.surface.surface.suggestionLists?.some((sel) => isShown(doc, hit.composer, sel))) return;
      if (ariaSuggestionsOpen(hit.composer)) return;
      const target = targetForComposer(hit.composer, hit.surface);
      // The site's own button is disabled (empty, over the length limit): the key will not send either.
      if (target.control && isDisabled(target.control)) return;
      check(target, 'key', e);
    } catch (err) {
      opts.onError?.(err);
    }
  };

  // Only for surfaces that ask for it (Mastodon, plain forms): a click on the form's button was already
  // checked above, so this catches the other ways a form is sent (Enter in a field, requestSubmit()).
  const onSubmit = (e: SubmitEvent) => {
    if (!active()) return;
    try {
      const form = e.composedPath()[0];
      if (!form || (form as Element).tagName !== 'FORM') return;
      const target = targetForForm(form as HTMLFormElement, surfaces(), e.submitter ?? null);
      if (target) check(target, 'submit', e);
    } catch (err) {
      opts.onError?.(err);
    }
  };

  const listen = { capture: true, signal: opts.signal } as const;
  win.addEventListener('click', onClick, listen);
  win.addEventListener('keydown', onKeyDown, listen);
  if (opts.surfaces.some((s) => s.formSubmit)) win.addEventListener('submit', onSubmit, listen);

  const guard: SendGuard = {
    lastRecognised: (composer) => recognisedAt.get(composer) ?? null,
    sendAnyway(send) {
      confirmed = { key: textKey(send.texts), until: Date.now() + CONFIRMED_MS };
      bypass = true;
      try {
        // The pressable element: a selector may name the wrapper of the site's role=button.
        const usable = (c: Element | null) => (c && c.isConnected && !isDisabled(c) ? pressable(c) : null);
        const compiled = surfaces().find((s) => s.surface === send.surface);
        const first = send.composers.find((c) => c.isConnected);
        const control = usable(send.control) ?? (first && compiled ? usable(targetForComposer(first, compiled).control) : null);
        if (send.surface.replay === 'click' && control) {
          (control as HTMLElement).click();
          return true;
        }
        // A form sent without a button (Enter in a field): send the form itself.
        if (send.form?.isConnected && !control) {
          send.form.requestSubmit();
          return true;
        }
        const key = send.surface.submitKeys[0];
        if (first && key) {
          (first as HTMLElement).focus();
          first.dispatchEvent(syntheticKey(win, key));
          return true;
        }
        if (control) {
          (control as HTMLElement).click();
          return true;
        }
        return false;
      } finally {
        bypass = false;
      }
    },
  };
  return guard;
}

/**
 * A suggestion list counts only while it is rendered: sites keep closed typeahead lists in the DOM. Looked
 * for in the document and, for composers in a shadow root, in that root (XChat, LinkedIn's overlay).
 */
function isShown(doc: Document, composer: Element, selector: string): boolean {
  const root = composer.getRootNode();
  const scopes: (Document | ShadowRoot)[] = [doc, ...(root !== doc && root.nodeType === 11 && 'host' in root ? [root as ShadowRoot] : [])];
  for (const scope of scopes) for (const el of scope.querySelectorAll(selector)) if (el.getClientRects().length > 0) return true;
  return false;
}

function keyMatches(k: SubmitKey, e: KeyboardEvent): boolean {
  if (e.key !== k.key || e.altKey || e.shiftKey) return false;
  const mod = e.ctrlKey || e.metaKey;
  return k.mod === 'ctrl-or-meta' ? mod : !mod;
}

/**
 * A key press for replay. Made in the content script's isolated world, its legacy keyCode is 0 for the
 * page, so editors that read keyCode (Draft.js) ignore it: surfaces on such editors replay by 'click'.
 */
function syntheticKey(win: Window, k: SubmitKey): KeyboardEvent {
  const mac = /Mac|iPhone|iPad/.test(win.navigator.platform);
  const mod = k.mod === 'ctrl-or-meta';
  const Ctor = (win as Window & typeof globalThis).KeyboardEvent;
  return new Ctor('keydown', {
    key: k.key,
    code: 'Enter',
    bubbles: true,
    cancelable: true,
    composed: true,
    ctrlKey: mod && !mac,
    metaKey: mod && mac,
  });
}
