import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { businessOwned } from './shared/business.ts';

// A run that starts like a phone number and continues with digits and the separators people type.
// One flat class with a bounded repeat: no nested quantifiers, so no catastrophic backtracking.
const CANDIDATE = /(?<![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9+])(?:\+\s?|\(\s?)?\d[\d \u00A0().-]{7,20}\d(?![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])/g;
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

// Any country's number, when the words around it say it is a phone number ("call me on", "mobile",
// "-Fax", "not answering at"): 7 to 15 digits with the usual separators.
const ANY_NUMBER = /(?<![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])(?:\+\s?)?\(?\d[\d \u00A0().-]{5,20}\d(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF0-9])/gi;
const PHONE_CUE_BEFORE = /\b(?:call|calling|ring|text|txt|phone|mobile|mob|tel|telephone|fax|cell|landline|whats ?app|number|no\.?|reach (?:me|us|you)|answering(?: at)?|contact(?: me| us)?(?: on)?)\b[^\d\n]{0,14}$/i;
const PHONE_CUE_AFTER = /^[\s,-]{0,3}(?:office|fax|mobile|cell|home|work|tel)\b/i;
const NOT_PHONE_LABEL = /\b(?:order|tracking|booking|reference|ref|account|acct|invoice|case|ticket|membership|member|customer|serial|policy|confirmation|flight|parcel|reg|registration|license|licence|passport|claim|receipt|transaction|sort code|urn|dfe|upn|candidate|centre|staff|employee|payroll|student|pupil|item|product|model|part|batch|lot|voucher|gift card|card)\s*(?:number|no\.?|#|num|id|code)?(?:\s+(?:is|was))?[\s:#.-]{0,4}$/i;
// Strong international shapes that need no cue: +CC..., (0xx) xxx-xxxx, 555-123-4567, 555.123.4567.
const STRONG = /^(?:\+\s?\d{1,3}[\s.-]?\(?\d|\(\d{2,4}\)\s?\d{2,4}[\s-]\d{3,4}$|\d{3}([.-])\d{3}\1\d{4}(?:\s?x\d{1,6})?$|(?:001|00)[\s.-]?\d)/;

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

/** Numbers in other countries' formats, only where the shape or the words around say "phone". */
export function findOtherPhones(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(ANY_NUMBER)) {
    const raw = m[0];
    const digits = digitCount(raw.replace(/(?:x|ext\.?)\s?\d+$/i, ''));
    if (digits < 7 || digits > 15) continue;
    // Dates, times and money are never phone numbers.
    if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(raw) || /^\d{4}-\d{4}$/.test(raw)) continue;
    const beforeText = text.slice(Math.max(0, m.index - 30), m.index);
    if (/[£$€]\s?$/.test(beforeText)) continue;
    // NHS numbers are grouped 3-3-4 too; the NHS rule reports those.
    if (/\bnhs\b|\bnumber of\b/i.test(beforeText)) continue;
    // "Order number 100234987", "booking ref", "tracking no.": reference numbers, not phones.
    if (NOT_PHONE_LABEL.test(beforeText)) continue;
    const cue = PHONE_CUE_BEFORE.test(beforeText) || PHONE_CUE_AFTER.test(text.slice(m.index + raw.length, m.index + raw.length + 10));
    if (cue || STRONG.test(raw)) out.push({ start: m.index, end: m.index + raw.length });
  }
  return out;
}

// A number read out in words: "oh-seven-nine-five-two, four-four-one, eight-three-two", "zero seven seven double one ...".
const DIGIT_WORD = '(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|treble|triple)';
const SPELLED = new RegExp(`\\b${DIGIT_WORD}(?:[\\s,.-]{1,3}${DIGIT_WORD}){9,16}\\b`, 'gi');
const DIGIT_VALUE: Record<string, number> = { zero: 0, oh: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

/** Digits of a number written in words, or null when the words are not a whole UK phone number. */
export function spelledDigits(words: string): string | null {
  let out = '';
  let repeat = 1;
  for (const w of words.toLowerCase().split(/[\s,.-]+/).filter(Boolean)) {
    if (w === 'double') repeat = 2;
    else if (w === 'treble' || w === 'triple') repeat = 3;
    else {
      out += String(DIGIT_VALUE[w]).repeat(repeat);
      repeat = 1;
    }
  }
  return UK.test(out) ? out : null;
}

/** A digit next to a letter O, and the digit-and-O runs around it. */
const LETTER_O = /\d[Oo]|[Oo]\d/;
const LETTER_O_RUN = /(?<![A-Za-z])(?:\+\s?)?[\dOo][\dOo \u00A0().-]{7,20}[\dOo](?![A-Za-z])/g;

export default defineRule({
  meta: {
    id: 'personal/phone',
    category: 'personal',
    severity: 'high',
    theme: 'personal-details',
    description: 'UK phone numbers (mobile or landline, +44 or 0, spaced or not), and other countries\' numbers written as phone numbers.',
  },
  create() {
    return (doc): Hit[] => {
      const hits: Hit[] = [];
      // Letter O typed for zero ("077OO 9OO 461"): read such runs with zeros, offsets unchanged.
      const text = LETTER_O.test(doc.text) ? doc.text.replace(LETTER_O_RUN, (run) => (/\d.*\d.*\d/.test(run) ? run.replace(/[Oo]/g, '0') : run)) : doc.text;
      for (const m of text.matchAll(CANDIDATE)) {
        const raw = m[0];
        // Separators must look like phone grouping, not arithmetic or a date range ("0121-2024").
        if (/[.-].*[.-].*[.-]/.test(raw) && !/^\+?[\d ]+$/.test(raw.replace(/[.-]/g, ' '))) continue;
        if (!ukNationalDigits(raw) || businessOwned(doc.text, m.index, m.index + raw.length, 'phone')) continue;
        hits.push({
          start: m.index,
          end: m.index + raw.length,
          reason: 'This looks like a UK phone number. Anyone who sees the post could call or message it, and numbers are hard to change.',
        });
      }
      if (/\b(?:zero|oh|nought)\b/i.test(doc.text)) {
        for (const m of doc.text.matchAll(SPELLED)) {
          if (spelledDigits(m[0])) hits.push({ start: m.index, end: m.index + m[0].length, reason: 'This is a phone number written out in words. Anyone who sees the post could still call or message it.' });
        }
      }
      const seen = new Set(hits.map((h) => h.start));
      for (const o of findOtherPhones(doc.text)) {
        if (seen.has(o.start) || hits.some((h) => o.start < h.end && h.start < o.end) || businessOwned(doc.text, o.start, o.end, 'phone')) continue;
        hits.push({ ...o, severity: 'medium', reason: 'This looks like a phone number. Anyone who sees the post could call or message it.' });
      }
      return hits;
    };
  },
});
