/**
 * Highlights for a textarea: textareas have no text nodes to put a Range on, so a mirror element in
 * PostPause's own shadow root copies the textarea's box and text layout, sits exactly over it with
 * transparent text and no pointer events, and paints marks behind the spans of the findings. The
 * textarea itself is never touched.
 */
import type { Finding } from '../../lib/engine/types.ts';

/** Computed properties that decide where each character of a textarea is laid out. */
const COPIED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontVariant', 'fontStretch', 'fontKerning', 'fontFeatureSettings',
  'letterSpacing', 'wordSpacing', 'lineHeight', 'textAlign', 'textIndent', 'textTransform', 'tabSize', 'direction', 'writingMode',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
] as const;

export interface TextareaMirror {
  readonly element: HTMLElement;
  /** Redraw the marks for this text (the textarea's value when the findings were made). */
  render(text: string, findings: readonly Finding[]): void;
  /** Follow the textarea's position, size, style and scroll. Call on scroll, resize and input. */
  place(): void;
  /** The text under each mark, in order. */
  texts(): string[];
  remove(): void;
}

export function createTextareaMirror(field: HTMLTextAreaElement | HTMLInputElement, parent: Element): TextareaMirror {
  const doc = parent.ownerDocument;
  const win = doc.defaultView!;
  const el = doc.createElement('div');
  el.className = 'pp-mirror';
  el.setAttribute('aria-hidden', 'true');
  parent.append(el);
  let marks: string[] = [];

  const place = () => {
    if (!field.isConnected) {
      el.style.display = 'none';
      return;
    }
    const r = field.getBoundingClientRect();
    const cs = win.getComputedStyle(field);
    if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || marks.length === 0) {
      el.style.display = 'none';
      return;
    }
    el.style.display = 'block';
    for (const p of COPIED) el.style[p] = cs[p];
    el.style.boxSizing = 'border-box';
    el.style.left = `${r.left}px`;
    el.style.top = `${r.top}px`;
    el.style.width = `${r.width}px`;
    el.style.height = `${r.height}px`;
    // The textarea's scrollbar takes width from its text; keep the mirror's text box the same width.
    const bl = parseFloat(cs.borderLeftWidth) || 0;
    const br = parseFloat(cs.borderRightWidth) || 0;
    const scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - bl - br);
    el.style.paddingRight = `${(parseFloat(cs.paddingRight) || 0) + scrollbar}px`;
    if (field.tagName === 'INPUT') el.style.whiteSpace = 'pre';
    el.scrollTop = field.scrollTop;
    el.scrollLeft = field.scrollLeft;
  };

  return {
    element: el,
    render(text, findings) {
      const parts: Node[] = [];
      marks = [];
      let at = 0;
      for (const f of [...findings].sort((a, b) => a.start - b.start)) {
        if (f.start < at || f.end > text.length) continue;
        if (f.start > at) parts.push(doc.createTextNode(text.slice(at, f.start)));
        const mark = doc.createElement('mark');
        mark.className = `pp-${f.severity}`;
        mark.textContent = text.slice(f.start, f.end);
        parts.push(mark);
        marks.push(mark.textContent);
        at = f.end;
      }
      // A trailing newline needs a character after it to take up its line, as in the textarea.
      parts.push(doc.createTextNode(`${text.slice(at)}\u200b`));
      el.replaceChildren(...parts);
      place();
    },
    place,
    texts: () => [...marks],
    remove: () => el.remove(),
  };
}
