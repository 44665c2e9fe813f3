import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { digitWindows, matchesInDigitWindows } from './shared/digit-windows.ts';

/** NHS number check digit (modulus 11, weights 10..2). */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || /^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

// Printed NHS numbers are grouped 3-3-4; a bare run of ten digits only counts next to the words "NHS" or
// "health number", since one random number in eleven passes the check digit.
const GROUPED = /(?<![0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])\d{3}[ \u00A0-]\d{3}[ \u00A0-]\d{4}(?![0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/g;
const BARE = /(?<![0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])\d{10}(?![0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/g;
/** Ten digits in any grouping of single spaces or hyphens. */
const ODD = /(?<![0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])\d(?:[ \u00A0-]?\d){9}(?![0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/g;
/**
 * "my NHS number", "NHS no.", "NHS number:" right before the digits, or a few words before them ("NHS number for the
 * form: ...", session places8), and "nhs:" as a label.
 */
const NAMED = /\bnhs\s+(?:number|no\.?|num|#)(?:\s*(?:is|was|:)?\s*|[^\d.!?\n]{0,25}[:\-–]\s*)$|\bnhs\s*[:\-–]\s*$/i;
const CONTEXT = /\b(?:nhs|health (?:service )?(?:no|number)|chi (?:no|number))\b/i;

export default defineRule({
  meta: {
    id: 'personal/nhs-number',
    category: 'personal',
    severity: 'high',
    theme: 'personal-details',
    description: 'NHS numbers (checked with the NHS check digit).',
  },
  create() {
    return (doc): Hit[] => {
      const { text } = doc;
      const hits: Hit[] = [];
      const reason = 'This looks like an NHS number. It is a health record identifier and should never be shared publicly.';
      // The three patterns hold ten digits and at most nine spaces, and look one character out with a class that spaces
      // pass: only the stretches around the post's digits can hold a match (shared/digit-windows.ts).
      const windows = digitWindows(doc);
      for (const m of matchesInDigitWindows(text, GROUPED, windows)) {
        // Named as an NHS number just before it, it is one even when the check digit fails (a typo, or the
        // NHS's own example number, 485 777 3456, pasted as a joke still teaches the shape).
        if (isValidNhsNumber(m[0].replace(/\D/g, '')) || NAMED.test(text.slice(Math.max(0, m.index - 40), m.index))) hits.push({ start: m.index, end: m.index + m[0].length, reason });
      }
      for (const m of matchesInDigitWindows(text, BARE, windows)) {
        const near = text.slice(Math.max(0, m.index - 40), m.index);
        if ((CONTEXT.test(near) && isValidNhsNumber(m[0])) || NAMED.test(near)) hits.push({ start: m.index, end: m.index + 10, reason });
      }
      // Named, in any grouping ("NHS no: 4857 773 456", "nhs number 485-7773456").
      if (/\bnhs\b/i.test(text)) {
        for (const m of matchesInDigitWindows(text, ODD, windows)) {
          if (hits.some((h) => h.start < m.index + m[0].length && m.index < h.end)) continue;
          if (NAMED.test(text.slice(Math.max(0, m.index - 40), m.index))) hits.push({ start: m.index, end: m.index + m[0].length, reason });
        }
      }
      return hits;
    };
  },
});
