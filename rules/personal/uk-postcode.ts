import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { businessOwned } from './shared/business.ts';
import { digitWindows, matchesInDigitWindows } from './shared/digit-windows.ts';

/**
 * UK postcode shapes with the letters Royal Mail allows in each position (so "EH1 JS" or "1A1 1AA" never
 * match): A9, A99, AA9, AA99, A9A, AA9A outward codes, then a digit and two letters. The space is
 * optional (people write "de554fy"); GIR 0AA is the one historic exception.
 */
const OUTWARD = '(?:[A-PR-UWYZ](?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]))';
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';
export const POSTCODE_RE = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])(?:${OUTWARD}[ \\u00A0]?${INWARD}|GIR[ \\u00A0]?0AA)(?![A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])`, 'gi');

/**
 * The inward code split after its digit, as people type it in a hurry or pasted from a form ("B97 6 HT",
 * "PO19 8 DJ"): capitals only, so "y5 2 pe" and other runs of words and numbers stay clear.
 */
const SPLIT_RE = new RegExp(`(?<![A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])(${OUTWARD})[ \\u00A0]{0,3}[0-9][ \\u00A0]{1,3}[ABD-HJLNP-UW-Z]{2}(?![A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])`, 'g');
/** Year groups and classes that look like an outward code: "Y5 2 PE lessons", "P3 1 RE" (Sheffield's S1-S9 stay postcodes). */
const NOT_SPLIT_OUTWARD = /^(?:Y|P)\d$/;

export function normalisePostcode(s: string): string {
  return s.toUpperCase().replace(/[\s\u00A0]+/g, '');
}

export default defineRule({
  meta: {
    id: 'personal/uk-postcode',
    category: 'personal',
    severity: 'high',
    theme: 'personal-details',
    description: 'UK postcodes, which narrow a home down to a handful of addresses.',
  },
  create(config) {
    // The school's own postcode identifies the school, which the school rules report; it is not a home.
    const school = config.schoolPostcode ? normalisePostcode(config.schoolPostcode) : '';
    return (doc): Hit[] => {
      const hits: Hit[] = [];
      // Both patterns hold a digit and at most six spaces, and look one character out with a class that spaces pass:
      // only the stretches around the post's digits can hold a match (shared/digit-windows.ts).
      const windows = digitWindows(doc);
      for (const m of matchesInDigitWindows(doc.text, SPLIT_RE, windows)) {
        if (NOT_SPLIT_OUTWARD.test(m[1]!) || (school && normalisePostcode(m[0]) === school) || businessOwned(doc.text, m.index, m.index + m[0].length, 'postcode')) continue;
        hits.push({ start: m.index, end: m.index + m[0].length, reason: 'This looks like a UK postcode. A postcode narrows a home down to a few houses, so it can show people where you (or someone else) live.' });
      }
      for (const m of matchesInDigitWindows(doc.text, POSTCODE_RE, windows)) {
        if ((school && normalisePostcode(m[0]) === school) || businessOwned(doc.text, m.index, m.index + m[0].length, 'postcode')) continue;
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          reason: 'This looks like a UK postcode. A postcode narrows a home down to a few houses, so it can show people where you (or someone else) live.',
        });
      }
      return hits;
    };
  },
});
