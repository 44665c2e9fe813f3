import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../lib/engine/doc.ts';
import { digitWindows, matchesInDigitWindows } from './digit-windows.ts';

describe('matchesInDigitWindows', () => {
  // Patterns of the kind the number rules scan: a digit, few spaces, one-character lookarounds that spaces pass.
  const PATTERNS = [
    /(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?[ \u00A0]?\d[A-Z]{2}(?![A-Za-z0-9])/gi,
    /(?<![0-9A-Za-z])\d(?:[ \u00A0-]?\d){9}(?![0-9A-Za-z])/g,
    /\b(?:turning|i['’]ll be)\s\d{1,3}\s(?:on|this)\s(?:the\s)?\d{1,2}(?:st|nd|rd|th)?(?:\sof)?\s(?:jan|march|oct)(?:,?\s(?:19|20)\d{2})?(?![A-Za-z0-9])/gi,
  ];
  const TEXTS = [
    'postcode SW1A 1AA and sw1a1aa, then M1 4BT.',
    'NHS 485 777 3456 or 4 8 5 7 7 7 3 4 5 6 or 4857773456x',
    'I\'ll be 40 on the 3rd of March, 1990 and turning 21 this 12 oct',
    'a b c d e f g h i j k l m n 1 2 3 4 5 6 7 8 9 0 o p q r s t u v w x y z',
    'turning  40 on 3 march',
    'no digits here at all',
    '1',
    'x'.repeat(50) + ' 12 ' + 'word '.repeat(30) + 'SW1A\u00A01AA',
  ];
  it('finds what matchAll over the whole text finds', () => {
    for (const re of PATTERNS) {
      for (const text of TEXTS) {
        const doc = createDoc(text);
        const whole = [...doc.text.matchAll(re)].map((m) => [m.index, m[0]]);
        const windowed = matchesInDigitWindows(doc.text, re, digitWindows(doc)).map((m) => [m.index, m[0]]);
        expect(windowed, `${re} on ${text}`).toEqual(whole);
        expect(re.lastIndex).toBe(0);
      }
    }
  });
});
