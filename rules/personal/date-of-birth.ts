import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit, Severity } from '../../lib/engine/types.ts';
import { DATE_SRC, YEAR_SRC } from './shared/dates.ts';
import { digitStretches } from '../../lib/engine/text.ts';
import { DIGIT_WINDOW_SPACES, digitWindows, matchesInDigitWindows, type Stretch } from './shared/digit-windows.ts';

// Anchors that introduce a birth date. Each is followed (sticky, bounded) by the date itself.
const LABEL = /\b(?:d\.?o\.?b\.?|date of birth|birth ?date)(?![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])/gi;
const LABEL_DATE = new RegExp(`[\\s:=-]{0,4}(?:is\\s)?(?:${DATE_SRC})(?![A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])`, 'iy');
const BORN = /\bborn\b/gi;
const BORN_DATE = new RegExp(`\\s(?:on\\s)?(?:${DATE_SRC})(?![A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])|\\s(?:in\\s)?${YEAR_SRC}\\b|\\s(?:in\\s)?['’]\\d{2}\\b`, 'iy');
// "b. 1986", "b.14/02/1983": the abbreviation of "born" in a bio line.
const B_ABBR = /(?<![A-Za-z\u00C0-\u024F0-9.])b\.(?=\s?['’]?\d)/gi;
const B_DATE = new RegExp(`\\s?(?:${DATE_SRC})(?![A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])|\\s?${YEAR_SRC}\\b`, 'iy');
// An older relative's birth year is family history, not the writer's date of birth ("my nan was born in 1931").
const ELDER_BEFORE = /\b(?:nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|great[- ]\w+|parents|mum|mam|mom|mother|dad|father|uncle|aunt|auntie|aunty|great)\b[^.!?\n]{0,20}$/i;
// Whose birth it is: the writer or their family, not Roald Dahl.
const FIRST_PERSON_BEFORE = /\b(?:i|i'm|i was|me|my|we|our|(?:my|our) (?:son|daughter|boy|girl|little one|baby|twins|kids|children|husband|wife|partner))\b[^.!?\n]{0,25}$/i;
const BIRTHDAY = /\b(?:my|our)\s(?:\d{1,3}(?:st|nd|rd|th)\s)?(?:birthday|bday|b-day)(?:\s(?:is|was|falls)|['’]s)?(?:\son)?[,:]?\s/gi;
const BIRTHDAY_DATE = new RegExp(`(?:${DATE_SRC}|today|tomorrow)(?![A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF0-9])`, 'iy');
// "It's my 40th birthday", "it's my birthday today": the day itself; "it's my birthday on Friday" names a weekday, not a date,
// and "it's my birthday next week" or "in two weeks" a stretch of days.
const ITS_MY_BIRTHDAY = /\b(?:it'?s|it’s|it is)\s(?:my|our)\s(?:\d{1,3}(?:st|nd|rd|th)\s)?(?:birthday|bday)(?:\s(?:today|tomorrow))?\b(?!\s+(?:on|this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s+(?:(?:next|this)\s+(?:week|weekend|month)|week|month|soon|coming\s+up|in\s+(?:a|one|two|three|four|\d{1,2})\s+(?:days?|weeks?|months?|fortnight))\b)/gi;

// "Turning 40 on 12 October": an age and the day it changes give the whole date of birth.
const TURNING = new RegExp(`\\b(?:turning|turn|i['’]ll be|i will be|i['’]m|i am|we['’]re|he['’]s|she['’]s|he will be|she will be)\\s(?:\\d{1,3}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eighteen|sixteen|twenty-one|twenty one)\\s(?:on|this)\\s(?:${DATE_SRC})(?![A-Za-z\\u00C0-\\u024F0-9])`, 'gi');
// A full numeric date from a year old enough to be a birth year ("since 2/22/1974"), not an event's date.
const OLD_DATE = /(?<![A-Za-z0-9/.-])(?:[12]\d|3[01]|0?[1-9])([/.-])(?:[12]\d|3[01]|0?[1-9])\1(19[2-9]\d|200\d|201[0-2])(?![A-Za-z0-9/.-])/g;
const EVENT_BEFORE = /\b(?:founded|established|est\.?|opened|built|died|death|passed|married|wedding|anniversary|war|battle|published|released|landing|match|game|final|trip|visit|concert|record|invoice|order|ref|since the|from|between|until|till|to|and|on the|dated|photo|pic|picture|taken|flashback|throwback|tbt)\b[^.!?\n]{0,20}$/i;

interface Span {
  start: number;
  end: number;
  severity: Severity;
  /** Only part of a birth date (year, or "today"). */
  partial: boolean;
}

function follow(text: string, anchorEnd: number, re: RegExp): number {
  re.lastIndex = anchorEnd;
  const m = re.exec(text);
  return m ? anchorEnd + m[0].length : -1;
}

/** A date a few words after a bare label ("DOB for the race entry: 30/09/1992", "wants DOB as 12.09.85"). */
const DATE_NEAR = /\d{1,2}\s?[./-]\s?\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19[2-9]\d|20[0-2]\d)\b/i;
/** Someone asking for one: "send me your DOB", "what's your date of birth", "DM me your d.o.b". */
const LABEL_ASKED = /\b(?:send|dm|pm|message|tell|give|what['’]?s|what\s+is|need|needs|want|wants|ask|asks|asking|asked|enter|type|confirm|share|post|pop)\s+(?:me\s+|us\s+)?(?:your|my|their|his|her|the)?\s*$/i;

/**
 * `windows`: the stretches of `text` around its digits (shared/digit-windows.ts). OLD_DATE and TURNING hold a digit
 * (every DATE_SRC form does) and at most nine spaces, and look one character out with a class that spaces pass or
 * \b, so they are scanned there only.
 */
export function findBirthDates(text: string, windows: readonly Stretch[] = digitStretches(text, DIGIT_WINDOW_SPACES)): Span[] {
  const out: Span[] = [];
  const lower = text.toLowerCase();
  for (const m of matchesInDigitWindows(text, OLD_DATE, windows)) {
    if (EVENT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // Followed by "to" / "-" and another date: a period ("1/9/1978 - 3/4/1990"), not a birthday.
    if (/^\s*(?:-|–|to|until)\s*\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, severity: 'medium', partial: false });
  }
  if (!/born|birth|dob|d\.o\.b|bday|b-day|turn|i'll be|i’ll be|i will be|i'm|i’m|i am|we're|we’re|he's|she's|he will|she will|\bb\./.test(lower)) return out;
  // Each pattern below holds a word of its own (case-insensitively): posts without it skip the pattern's scan.
  if (lower.includes('birth') || lower.includes('dob') || lower.includes('d.o') || lower.includes('do.b')) for (const m of text.matchAll(LABEL)) {
    const end = follow(text, m.index + m[0].length, LABEL_DATE);
    // A label with no date near it and no one asked for one talks about the field, not anyone's date (session
    // places9): "Never put your date of birth online", "'Date of birth' on the form was left blank".
    if (end === -1 && !LABEL_ASKED.test(text.slice(Math.max(0, m.index - 30), m.index)) && !DATE_NEAR.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    // "DOB" on its own still asks for, or offers, a date of birth; the date makes it high.
    out.push({ start: m.index, end: end === -1 ? m.index + m[0].length : end, severity: end === -1 ? 'low' : 'high', partial: end === -1 });
  }
  if (lower.includes('born')) for (const m of text.matchAll(BORN)) {
    const end = follow(text, m.index + m[0].length, BORN_DATE);
    if (end === -1) continue;
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    // "Born 3/4/1985 and still feel 21": a sentence that starts with "Born" is about the writer.
    const dateText = text.slice(m.index + m[0].length, end);
    // "She was born on 1/27/1952": a pronoun and a full modern date is someone's date of birth; "Roald Dahl was
    // born on 13 September 1916" (a named, historical figure) is not.
    const thirdPerson = /\b(?:he|she|they)\s+(?:was|were)\s*$/i.test(lead) && /(?:19[2-9]\d|20\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2})\s*$/.test(dateText);
    // "40 today, born 1986": an age today names the writer as much as "I" does.
    const ageToday = /\b(?:\d{1,3}|thirty|forty|fifty|sixty|seventy)\s+today\b[^.!?\n]{0,6}$/i.test(lead);
    if (!FIRST_PERSON_BEFORE.test(lead) && !/(?:^|[.!?\n])\s*$/.test(lead) && !thirdPerson && !ageToday) continue;
    const yearOnly = /^\s(?:in\s)?(?:\d{4}|['’]\d{2})$/.test(text.slice(m.index + m[0].length, end));
    if (yearOnly && ELDER_BEFORE.test(lead)) continue;
    out.push({ start: m.index, end, severity: yearOnly ? 'low' : 'high', partial: yearOnly });
  }
  if (lower.includes('b.')) for (const m of text.matchAll(B_ABBR)) {
    const end = follow(text, m.index + m[0].length, B_DATE);
    if (end === -1) continue;
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    if (ELDER_BEFORE.test(lead)) continue;
    const yearOnly = /^\s?\d{4}$/.test(text.slice(m.index + m[0].length, end));
    // A bare year needs the writer: "Me, b. 1986"; a whole date is a date of birth whoever wrote it.
    if (yearOnly && !/(?:\b(?:me|i|myself)\b[\s,:(-]*|^\s*)$/i.test(lead)) continue;
    out.push({ start: m.index, end, severity: yearOnly ? 'low' : 'high', partial: yearOnly });
  }
  const birthday = lower.includes('birthday') || lower.includes('bday') || lower.includes('b-day');
  if (birthday) for (const m of text.matchAll(BIRTHDAY)) {
    const end = follow(text, m.index + m[0].length, BIRTHDAY_DATE);
    if (end !== -1) out.push({ start: m.index, end, severity: 'medium', partial: /(?:today|tomorrow)$/i.test(text.slice(m.index, end)) });
  }
  for (const m of matchesInDigitWindows(text, TURNING, windows)) out.push({ start: m.index, end: m.index + m[0].length, severity: 'high', partial: false });
  // Same severity as the form above and at least as long, so the analyser keeps this one where both match.
  if (birthday) for (const m of text.matchAll(ITS_MY_BIRTHDAY)) out.push({ start: m.index, end: m.index + m[0].length, severity: 'medium', partial: true });
  return out;
}

export default defineRule({
  meta: {
    id: 'personal/date-of-birth',
    category: 'personal',
    severity: 'high',
    theme: 'personal-details',
    description: 'Dates of birth ("born 3/4/1985", "DOB", "my birthday is ...").',
  },
  create() {
    return (doc): Hit[] =>
      findBirthDates(doc.text, digitWindows(doc)).map(({ partial, ...s }) => ({
        ...s,
        reason:
          partial
            ? 'This gives away part of a date of birth. Birthdays and birth years are used to guess passwords and answer security questions.'
            : 'This is a date of birth. Together with your name it is enough for identity fraud, so keep it off public posts.',
      }));
  },
});
