/**
 * Why a piece of JSON could not be read, without quoting it. The JavaScript engine's own message can
 * quote the start of the text ("Unexpected token 'J', "Jack Smith"... is not valid JSON"), and a file
 * given as configuration may be a class list: only the kind of mistake and its line and column are kept.
 */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  if (at) {
    const kind = message.slice(0, at.index).replace(/\s*in JSON\s*$/, '').replace(/\s+/g, ' ').trim();
    return `${lowerFirst(kind || 'unexpected text')} at ${place(text, Number(at[1]))}`;
  }
  if (/unexpected end/i.test(message)) return 'it ends too early (a closing } or ] or " is missing)';
  if (/unexpected token/i.test(message) || /is not valid JSON/.test(message)) {
    return 'it has text outside double quotes (every name and text value in JSON must be in "double quotes")';
  }
  return 'it is not valid JSON';
}

function place(text: string, pos: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return `line ${line}, column ${col}`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
