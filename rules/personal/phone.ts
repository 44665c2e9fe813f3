import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';

// A run that starts like a phone number and continues with digits and the separators people type.
// One flat class with a bounded repeat: no nested quantifiers, so no catastrophic backtracking.
const CANDIDATE = /(?<![\p{L}\p{N}+])(?:\+\s?|\(\s?)?\d[\d \u00A0().-]{7,20}\d(?![\p{L}\p{N}])/gu;
// UK numbers: 01/02 geographic, 03 non-geographic, 07 mobile, 08 freephone/shared-cost.
const UK = /^0(?:[1-3]\d{8,9}|7\d{9}|8\d{8,9})$/;

/** Digits of a candidate as a national number ("+44 (0)7700 900123" -> "07700900123"), or null. */
export function ukNationalDigits(raw: string): string | null {
  let s = raw.replace(/\(0\)/, '');
  const intl = /^\+\s?44|^0044/.test(s);
  if (/^\+/.test(s) && !intl) return null;
  s = s.replace(/\D/g, '');
  if (intl) s = '0' + s.replace(/^(?:00)?44/, '');
  return UK.test(s) ? s : null;
}

export default defineRule({
  meta: {
    id: 'personal/phone',
    category: 'personal',
    severity: 'high',
    theme: 'personal-details',
    description: 'UK phone numbers (mobile or landline, +44 or 0, spaced or not).',
  },
  create() {
    return (doc): Hit[] => {
      const hits: Hit[] = [];
      for (const m of doc.text.matchAll(CANDIDATE)) {
        const raw = m[0];
        // Separators must look like phone grouping, not arithmetic or a date range ("0121-2024").
        if (/[.-].*[.-].*[.-]/.test(raw) && !/^\+?[\d ]+$/.test(raw.replace(/[.-]/g, ' '))) continue;
        if (!ukNationalDigits(raw)) continue;
        hits.push({
          start: m.index,
          end: m.index + raw.length,
          reason: 'This looks like a UK phone number. Anyone who sees the post could call or message it, and numbers are hard to change.',
        });
      }
      return hits;
    };
  },
});
