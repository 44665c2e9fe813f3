import { describe, expect, it } from 'vitest';
import { rangeFor, readComposerText } from '../../../../extension/dom/read-text.ts';

function editor(html: string): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute('contenteditable', 'true');
  // Test markup only: building real editors' DOM shapes by hand.
  host.innerHTML = html;
  document.body.replaceChildren(host);
  return host;
}

/** Draft.js markup for a list of lines, as X renders it (empty lines hold a lone <br data-text>). */
function draft(lines: string[]): string {
  const leaf = (t: string) => (t ? `<span data-offset-key="k-0-0"><span data-text="true">${t}</span></span>` : `<span data-offset-key="k-0-0"><br data-text="true"></span>`);
  return `<div data-contents="true">${lines
    .map((t, i) => `<div data-block="true" data-editor="e" data-offset-key="b${i}-0-0"><div data-offset-key="b${i}-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr">${leaf(t)}</div></div>`)
    .join('')}</div>`;
}

describe('readComposerText', () => {
  it.each([
    [['Hello world']],
    [['Line one', 'Line two']],
    [['a', '', 'b']],
    [['', 'a']],
    [['a', '']],
    [['']],
    [['  two spaces in front', 'trailing space ']],
  ])('reads Draft.js blocks %j as the lines X posts', (lines) => {
    expect(readComposerText(editor(draft(lines))).text).toBe(lines.join('\n'));
  });

  it('reads Lexical / ProseMirror paragraphs, with <br> line breaks inside a paragraph', () => {
    expect(readComposerText(editor('<p>one<br>two</p><p><br></p><p>three</p>')).text).toBe('one\ntwo\n\nthree');
    expect(readComposerText(editor('<p>a<br><br></p><p>b</p>')).text).toBe('a\n\nb');
  });

  it('reads inline text with no blocks, emoji images as their alt text, NBSP as a space', () => {
    expect(readComposerText(editor('Hi\u00A0<b>there</b> <img alt="🙂" src="data:,"> ok')).text).toBe('Hi there 🙂 ok');
  });

  it('ignores scripts and styles, keeps zero-width characters (the engine folds them)', () => {
    expect(readComposerText(editor('<style>p{}</style>Ja\u200Bck')).text).toBe('Ja\u200Bck');
  });

  it('reads a textarea by its value', () => {
    const ta = document.createElement('textarea');
    ta.value = 'line 1\nline 2';
    expect(readComposerText(ta)).toEqual({ text: 'line 1\nline 2', segments: [] });
  });

  it('maps offsets back onto text nodes for highlighting', () => {
    const el = editor(draft(['Email jo@example.com', 'and <b>more</b>']));
    const read = readComposerText(el);
    const start = read.text.indexOf('jo@');
    const range = rangeFor(read, start, start + 'jo@example.com'.length, document)!;
    expect(range.toString()).toBe('jo@example.com');
    // A span across two text nodes ("and " + "more").
    const across = read.text.indexOf('d mo');
    expect(rangeFor(read, across, across + 4, document)!.toString()).toBe('d mo');
    expect(rangeFor(readComposerText(document.createElement('textarea')), 0, 1, document)).toBeNull();
  });
});
