/**
 * Read what a member of staff has typed, as the site will post it, straight from the editor's DOM.
 *
 * Editors keep their real state in private objects (Draft.js, Lexical) that a content script cannot see,
 * so the DOM is the only shared truth. Rules: each block element is a line; a `<br>` breaks a line unless
 * it is the last thing in its block (editors put one in empty blocks so they have height); emoji images
 * count as their alt text; NBSP reads as a space. Every other character is kept, so offsets in the text
 * map 1:1 onto text-node offsets (see `segments`), which is what highlighting needs.
 */

export interface TextSegment {
  node: Text;
  /** Offsets of this node's characters in the read text; node offset = text offset - start. */
  start: number;
  end: number;
}

export interface ComposerText {
  text: string;
  /** Text nodes in reading order (empty for textareas, which have no DOM text to point at). */
  segments: TextSegment[];
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const NBSP = /\u00A0/g;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const isElement = (n: Node): n is Element => n.nodeType === ELEMENT_NODE;
const isText = (n: Node): n is Text => n.nodeType === TEXT_NODE;
const isBlock = (n: Node): boolean => isElement(n) && BLOCKS.has(n.tagName);

/** A textarea or text input: its value is the text. */
export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

export function readComposerText(el: Element): ComposerText {
  if (isTextField(el)) return { text: el.value, segments: [] };

  let out = '';
  let lines = 0;
  let open = false;
  const segments: TextSegment[] = [];

  const openLine = () => {
    if (lines > 0) out += '\n';
    lines++;
    open = true;
  };
  const ensureLine = () => {
    if (!open) openLine();
  };

  const walk = (node: Node): void => {
    if (isText(node)) {
      const data = node.data;
      if (data.length === 0) return;
      ensureLine();
      segments.push({ node, start: out.length, end: out.length + data.length });
      out += data.replace(NBSP, ' ');
      return;
    }
    if (!isElement(node) || SKIPPED.has(node.tagName)) return;
    if (node.tagName === 'BR') {
      ensureLine();
      if (!isLastInBlock(node, el)) open = false;
      return;
    }
    if (node.tagName === 'IMG') {
      const alt = node.getAttribute('alt') ?? '';
      if (alt) {
        ensureLine();
        out += alt;
      }
      return;
    }
    const block = node !== el && isBlock(node);
    if (block) open = false;
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) open = false;
  };

  walk(el);
  return { text: out, segments };
}

/** True when nothing visible follows `br` before the end of its block (so it does not start a new line). */
function isLastInBlock(br: Node, root: Node): boolean {
  let n: Node = br;
  while (n !== root) {
    for (let s = n.nextSibling; s; s = s.nextSibling) if (hasContent(s)) return false;
    const p = n.parentNode;
    if (!p || p === root || isBlock(p)) return true;
    n = p;
  }
  return true;
}

function hasContent(n: Node): boolean {
  if (isText(n)) return n.data.length > 0;
  if (!isElement(n) || SKIPPED.has(n.tagName)) return false;
  if (n.tagName === 'BR' || n.tagName === 'IMG' || BLOCKS.has(n.tagName)) return true;
  for (let c = n.firstChild; c; c = c.nextSibling) if (hasContent(c)) return true;
  return false;
}

/**
 * A DOM Range over [start, end) of a read text, for highlighting. Null when the span does not fall on
 * text nodes (e.g. it is inside an emoji's alt text, or the composer is a textarea).
 */
export function rangeFor(read: ComposerText, start: number, end: number, doc: Document): Range | null {
  const first = read.segments.find((s) => start >= s.start && start < s.end);
  const last = read.segments.find((s) => end > s.start && end <= s.end);
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}
