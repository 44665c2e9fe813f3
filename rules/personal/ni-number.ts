import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';

// HMRC format: two prefix letters (first not D F I Q U V; second not D F I O Q U V), six digits, suffix
// A-D. Printed as "AB 12 34 56 C" or run together.
const NINO = /(?<![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ \u00A0]?(\d{2})[ \u00A0]?(\d{2})[ \u00A0]?(\d{2})[ \u00A0]?([A-D])(?![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])/gi;
const NOT_ALLOCATED = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

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
      for (const m of doc.text.matchAll(NINO)) {
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
