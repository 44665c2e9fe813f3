import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { digitWindows, matchesInDigitWindows } from './shared/digit-windows.ts';

// HMRC format: two prefix letters (first not D F I Q U V; second not D F I O Q U V), six digits, suffix
// A-D. Printed as "AB 12 34 56 C" or run together.
const NINO = /(?<![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ \u00A0]?(\d{2})[ \u00A0]?(\d{2})[ \u00A0]?(\d{2})[ \u00A0]?([A-D])(?![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])/gi;
const NOT_ALLOCATED = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
/** Any two letters, six digits and a suffix when the post calls it a National Insurance number ("my NI number QQ 12 34 56 C"). */
const ANY_NINO = /(?<![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])[A-Z]{2}[ \u00A0.-]{0,2}\d{2}[ \u00A0.-]{0,2}\d{2}[ \u00A0.-]{0,2}\d{2}[ \u00A0.-]{0,2}[A-D](?![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])/gi;
const NAMED = /\b(?:ni|nat(?:ional)?\.?\s+ins(?:urance)?)(?:\s+(?:number|num|no)\b\.?|\s*:)[^!?\n]{0,30}$/i;

export default defineRule({
  meta: {
    id: 'personal/ni-number',
    category: 'personal',
    severity: 'high',
    theme: 'personal-details',
    description: 'National Insurance numbers.',
  },
  create() {
    return (doc): Hit[] => {
      const hits: Hit[] = [];
      const seen = new Set<number>();
      // Both patterns hold six digits and at most eight spaces, and look one character out with a class that spaces
      // pass: only the stretches around the post's digits can hold a match (shared/digit-windows.ts).
      const windows = digitWindows(doc);
      for (const m of matchesInDigitWindows(doc.text, ANY_NINO, windows)) {
        if (!NAMED.test(doc.text.slice(Math.max(0, m.index - 50), m.index))) continue;
        seen.add(m.index);
        hits.push({ start: m.index, end: m.index + m[0].length, reason: 'This looks like a National Insurance number, which can be used for identity fraud. Keep it private.' });
      }
      for (const m of matchesInDigitWindows(doc.text, NINO, windows)) {
        if (seen.has(m.index)) continue;
        const prefix = m[1]!.toUpperCase();
        // Lower-case runs like "ab123456c" are rare in prose but common in codes; require capitals there.
        if (NOT_ALLOCATED.has(prefix) || m[0] !== m[0].toUpperCase()) continue;
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          reason: 'This looks like a National Insurance number, which can be used for identity fraud. Keep it private.',
        });
      }
      return hits;
    };
  },
});
