import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../lib/engine/doc.ts';
import { innocentSpans } from './teasing.ts';

/** The spans as a scan of the whole text finds them (what innocentSpans did before its word gate). */
function scanned(text: string): [number, number][] {
  if (!/dick|cock|tit|tzu|puss|dumb|bitch/i.test(text)) return [];
  const innocent = /\b(?:moby|spotted)\s+dick\b|\bdick\s+(?:whittington|turpin|van\s+dyke|francis|emery)\b|\bcock-a-(?:leekie|doodle(?:-doo)?)\b|\b(?:blue|great|coal|marsh|willow|crested|long-tailed)\s+tits?\b|\bshih\s+tzus?\b|\bpussy\s*willows?\b|\bdumb\s*waiters?\b|\bbitch(?:es)?\b(?=[^.!?\n]{0,60}\b(?:litter|pups|puppies|whelp\w*|in\s+season|on\s+heat)\b)|\b(?:champion|breeding|brood|show)\s+bitch(?:es)?\b/gi;
  return [...text.matchAll(innocent)].map((m) => [m.index, m.index + m[0].length]);
}

/** Innocent compounds and loaded words in other cases, inside longer words, beside joiners, prefixes, accents, invisible and look-alike characters. */
const PIECES = [
  'Moby Dick', 'MOBY DICK', 'spotted dick', 'Dick Turpin', 'cock-a-leekie', 'Cock-a-doodle-doo', 'blue tits', 'Great Tit', 'shih tzus', 'Shih Tzu',
  'pussy willow', 'dumbwaiter', 'dumb waiters', 'our bitch had her litter', 'show bitches', 'champion bitch', 'titles', 'competition', 'cockpit',
  'Dickens', 'dumbo', 'pussycat', 'bitchy', "tit's", '#dick', '@Dickens', 'x-dick', "o'tit", 'dïck', 'di\u200bck', 'ＤＩＣＫ', 'tiſ', 'TIT', 'tzu-ish',
  'dick_', '_tit', '9dumb', 'puss9', 'nothing loaded here', 'the litter tray', 'pups', '.', ' ', '',
];

describe('innocentSpans', () => {
  it('finds what a scan of the whole text finds', () => {
    let found = 0;
    for (const a of PIECES) {
      for (const b of PIECES) {
        const text = `${a} and ${b}, then ${a}${b}`;
        // Rules read the normalised text (doc.text), as the scan did.
        const doc = createDoc(text);
        const want = scanned(doc.text);
        if (want.length) found++;
        expect(innocentSpans(doc), text).toEqual(want);
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
