/**
 * Text files as IT leads really produce them: UTF-8 with or without a byte-order mark, UTF-16 (Windows
 * PowerShell 5.1 writes UTF-16 LE with a BOM for `Out-File` and `>`; Excel's "Unicode Text" too; other tools
 * write big-endian or leave the BOM out) and, for CSV exports only, Excel's plain Windows-1252 "CSV".
 */
import { readFileSync } from 'node:fs';
import { describeJsonError } from '../lib/policy/json-error.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** UTF-8 was expected but some bytes were not UTF-8; they became U+FFFD (`fallback: 'replace'`). */
  unreadable: boolean;
}

/**
 * Decode bytes, choosing the encoding from the byte-order mark, or for BOM-less UTF-16 from where the zero
 * bytes fall (ASCII text in UTF-16 has a zero in every other byte). Bytes that are not UTF-8 either become
 * U+FFFD (`replace`, for JSON: the validator then names the setting) or are read as Windows-1252.
 */
export function decodeText(bytes: Uint8Array, fallback: 'replace' | 'windows-1252'): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), fallback);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', unreadable: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', unreadable: false };
  const guess = utf16WithoutBom(bytes);
  if (guess) return { text: new TextDecoder(guess).decode(bytes), encoding: guess, unreadable: false };
  return utf8(bytes, fallback);
}

function utf8(bytes: Uint8Array, fallback: 'replace' | 'windows-1252'): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', unreadable: false };
  } catch {
    // Windows-1252 maps every byte, so this cannot fail.
    if (fallback === 'windows-1252') return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', unreadable: false };
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8', unreadable: true };
  }
}

/** UTF-16 without a BOM: in the first 1,000 bytes, zero bytes fill one side of most byte pairs and never the other. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 1000) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.3 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

export class TextFileError extends Error {}

/** Read a whole file, or a one-line reason (never a stack trace) naming the file. */
export function readBytes(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'unreadable');
    throw new TextFileError(`cannot read ${what} ${file} (${why})`);
  }
}

/** The encoding as the message to an IT lead names it. */
export function encodingName(e: TextEncoding): string {
  return { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252 (ANSI)' }[e];
}

/**
 * A JSON file in any of the encodings above. The error names the file, the kind of mistake and where,
 * never the text itself (a roster saved under the wrong name must not be printed).
 */
export function readJsonFile(file: string, what: string): { value: unknown; encoding: TextEncoding; unreadable: boolean } {
  const decoded = decodeText(readBytes(file, what), 'replace');
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new TextFileError(`${what} ${file} is empty`);
  try {
    return { value: JSON.parse(text), encoding: decoded.encoding, unreadable: decoded.unreadable };
  } catch (e) {
    const read = decoded.encoding === 'utf-8' ? '' : ` (read as ${encodingName(decoded.encoding)})`;
    throw new TextFileError(`${what} ${file} is not valid JSON${read}: ${describeJsonError(e, text)}`);
  }
}

/** A note for output when a JSON file had bytes that are not UTF-8. */
export function unreadableNote(file: string): string {
  return `${file} is not all UTF-8 (it was probably saved as ANSI or Latin-1): characters that could not be read show as "\uFFFD". Save it as UTF-8 and run again.`;
}
