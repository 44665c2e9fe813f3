/**
 * The text of the sentence around a word, read at most 200 characters each way so a run-on post with no full stops
 * stays linear. Shared by staff-identity (a job the writer has left) and writer-event (someone else's event).
 */
import type { Doc } from '../../../lib/engine/rule.ts';
import type { Word } from '../../../lib/engine/context/index.ts';

export function sentenceAround(doc: Doc, w: Word): string {
  let a = w.start;
  while (a > 0 && w.start - a < 200 && !/[.!?\n]/.test(doc.text[a - 1]!)) a--;
  let b = w.end;
  while (b < doc.text.length && b - w.end < 200 && !/[.!?\n]/.test(doc.text[b]!)) b++;
  return doc.text.slice(a, b);
}
