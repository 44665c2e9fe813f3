/**
 * Replace a span of a composer's text (a quick fix such as "Sam" -> "a pupil") the way its editor
 * accepts: editors keep their own model of the text, so writing to the DOM is reverted (Lexical), breaks
 * the editor (Draft.js) or loses the caret. Each editor gets the one input it handles as a user edit
 * (measured in headless Chromium against the real editors; see docs/site-notes.md):
 *
 *   Lexical       beforeinput insertReplacementText with a DataTransfer (keeps newlines)
 *   Draft.js      a paste event carrying text/plain
 *   Quill 1       execCommand('insertText')
 *   ProseMirror   execCommand('insertText') (TipTap)
 *   textarea      execCommand('insertText') (keeps the browser's undo)
 *   other         execCommand('insertText')
 *
 * Editors may cancel any of these and execCommand reports success regardless, so the result is checked
 * by reading the text back. If the text is not exactly what was asked for, the caller is told and
 * nothing else is tried: a second technique could apply the change twice.
 */
import type { Surface } from '../../lib/sites/types.ts';
import { isTextField, rangeFor, readComposerText } from './read-text.ts';

export type EditorKind = Surface['editor'];

export type ReplaceResult =
  /** The text now reads exactly as asked. */
  | { ok: true; text: string }
  /** `unchanged`: the editor ignored the edit. `changed`: it did something else (the text is left as it is). `stale`: the words were not where expected. */
  | { ok: false; reason: 'unchanged' | 'changed' | 'stale' | 'unsupported' };

export interface ReplaceRequest {
  start: number;
  end: number;
  /** The words expected at [start, end); if they moved, the nearest copy is replaced. */
  expected: string;
  replacement: string;
}

/** How long to wait for an editor to re-render after the edit before reading it back (generous: busy machines). */
const VERIFY_MS = 1000;

export async function replaceText(composer: Element, editor: EditorKind, req: ReplaceRequest): Promise<ReplaceResult> {
  const doc = composer.ownerDocument;
  const win = doc.defaultView;
  if (!win) return { ok: false, reason: 'unsupported' };
  const before = readComposerText(composer);
  const start = locate(before.text, req);
  if (start < 0) return { ok: false, reason: 'stale' };
  const end = start + req.expected.length;
  const wanted = before.text.slice(0, start) + req.replacement + before.text.slice(end);

  // Editors only take input while focused; whatever had focus (the overlay's quick-fix button) gets it
  // back as soon as the edit is in, so it is away only while the editor takes the selection.
  const returnTo = deepActiveElement(doc);
  const giveFocusBack = () => {
    if (returnTo && returnTo !== composer && !composer.contains(returnTo) && returnTo.isConnected) returnTo.focus({ preventScroll: true });
  };
  const el = composer as HTMLElement;
  el.focus({ preventScroll: true });
  if (isTextField(composer)) {
    composer.setSelectionRange(start, end);
  } else {
    const range = rangeFor(before, start, end, doc);
    const sel = doc.getSelection();
    if (!range || !sel) {
      giveFocusBack();
      return { ok: false, reason: 'unsupported' };
    }
    sel.removeAllRanges();
    sel.addRange(range);
  }
  // Editors copy the DOM selection into their model on selectionchange, which is queued: let it run
  // (and the frame after it, where React-based editors commit), with a cap for a busy or hidden page.
  await selectionSettled(doc, win);

  const kind = isTextField(composer) ? 'textarea' : editor;
  try {
    if (kind === 'lexical') {
      const dt = new (win as Window & typeof globalThis).DataTransfer();
      dt.setData('text/plain', req.replacement);
      const Ctor = (win as Window & typeof globalThis).InputEvent;
      composer.dispatchEvent(new Ctor('beforeinput', { inputType: 'insertReplacementText', dataTransfer: dt, bubbles: true, cancelable: true, composed: true }));
    } else if (kind === 'draft') {
      const dt = new (win as Window & typeof globalThis).DataTransfer();
      dt.setData('text/plain', req.replacement);
      const Ctor = (win as Window & typeof globalThis).ClipboardEvent;
      composer.dispatchEvent(new Ctor('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
    } else {
      doc.execCommand('insertText', false, req.replacement);
    }
  } catch {
    return { ok: false, reason: 'unsupported' };
  } finally {
    giveFocusBack();
  }

  const deadline = win.performance.now() + VERIFY_MS;
  let now = readComposerText(composer).text;
  while (now !== wanted && win.performance.now() < deadline) {
    await frames(win, 1);
    now = readComposerText(composer).text;
  }
  if (now === wanted) return { ok: true, text: now };
  return { ok: false, reason: now === before.text ? 'unchanged' : 'changed' };
}

/** The focused element, inside open shadow roots too (the overlay's button, not its host). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active && active !== doc.body && 'focus' in active ? (active as HTMLElement) : null;
}

/** Where the expected words are: at the given offset if still there, else the nearest copy. */
export function locate(text: string, req: Pick<ReplaceRequest, 'start' | 'expected'>): number {
  if (!req.expected) return -1;
  if (text.startsWith(req.expected, req.start)) return req.start;
  let best = -1;
  for (let i = text.indexOf(req.expected); i >= 0; i = text.indexOf(req.expected, i + 1)) {
    if (best < 0 || Math.abs(i - req.start) < Math.abs(best - req.start)) best = i;
  }
  return best;
}

/**
 * Put the selection on [start, end) of a composer and bring it into view: "Edit post" lands on the
 * first finding. Text is never changed.
 */
export function selectSpan(composer: Element, start: number, end: number): boolean {
  const doc = composer.ownerDocument;
  (composer as HTMLElement).focus({ preventScroll: true });
  if (isTextField(composer)) {
    composer.setSelectionRange(start, end);
    scrollFieldTo(composer, start);
    return true;
  }
  const read = readComposerText(composer);
  const range = rangeFor(read, start, end, doc);
  const sel = doc.getSelection();
  if (!range || !sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  const target = range.startContainer.parentElement;
  target?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  return true;
}

/** Scroll a textarea so the line holding `offset` is visible (browsers only do this on typing). */
function scrollFieldTo(field: HTMLTextAreaElement | HTMLInputElement, offset: number): void {
  if (field.tagName !== 'TEXTAREA' || field.scrollHeight <= field.clientHeight) return;
  const lines = field.value.slice(0, offset).split('\n').length;
  const total = field.value.split('\n').length;
  field.scrollTop = Math.max(0, ((lines - 1) / Math.max(1, total)) * field.scrollHeight - field.clientHeight / 3);
  field.scrollIntoView?.({ block: 'nearest' });
}

function selectionSettled(doc: Document, win: Window): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      doc.removeEventListener('selectionchange', onChange);
      void frames(win, 2).then(resolve);
    };
    const onChange = () => finish();
    doc.addEventListener('selectionchange', onChange);
    win.setTimeout(finish, 200);
  });
}

function frames(win: Window, n: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : win.requestAnimationFrame(() => step(left - 1)));
    // rAF does not run in background tabs; a timeout keeps a fix from hanging there.
    win.setTimeout(resolve, 50 * n);
    step(n);
  });
}
