import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords, type Word } from '../../lib/engine/context/index.ts';
import { isKnownSchoolStem } from './shared/school-stems.ts';
import { schoolKeyWord } from './shared/school-key.ts';

/** Small Welsh words inside school names: "Ysgol y Wern", "Ysgol Bro Morgannwg", "Ysgol Pen y Bryn", "Ysgol Dewi Sant". */
const WELSH_JOINERS = new Set(['y', 'yr', "'r", 'r', 'a', 'ac', 'i', 'o', 'ar', 'yn', 'bro', 'cwm', 'pen', 'glan', 'bryn', 'nant', 'llan']);
/** After "Ysgol": words that make it a joke, a restaurant or a street, not a school. */
const NOT_AFTER = new Set(['street', 'st', 'road', 'rd', 'lane', 'kitchen', 'cafe', 'café', 'bar', 'pub', 'restaurant', 'hotel']);
/** Kinds of schooling that are no school a member of staff works at: "Ysgol Sul" (Sunday school), "Ysgol Haf" (summer school). */
const NOT_A_SCHOOL = new Set(['sul', 'haf']);

/** Welsh kind-of-school words between "Ysgol" and the name: primary, Welsh-medium, comprehensive, secondary, community, infants, juniors. */
const WELSH_TYPE = new Set(['gynradd', 'gymraeg', 'gyfun', 'uwchradd', 'gymuned', 'gymunedol', 'babanod', 'iau', 'feithrin', 'wirfoddol']);
const MAX_STEM = 6;

/**
 * "ysgol [gymraeg] <a school on the lists>" in any case ("ysgol y garnedd", "ysgol gyfun cwm rhondda"): the
 * index of the name's last word, or -1. The lists are those of known-school (schools in England and Wales).
 */
function listedAfter(words: readonly Word[], i: number): number {
  let j = i + 1;
  while (j < words.length && j <= i + 3 && WELSH_TYPE.has(words[j]!.norm) && !words[j]!.sentenceStart) j++;
  let best = -1;
  let key = '';
  for (let k = j; k < words.length && k < j + MAX_STEM; k++) {
    const x = words[k]!;
    if (x.sentenceStart || x.prefix) break;
    key = key ? `${key} ${schoolKeyWord(x.norm)}` : schoolKeyWord(x.norm);
    if (isKnownSchoolStem(key)) best = k;
  }
  return best;
}

/**
 * Welsh-medium schools: "Ysgol Glan Clwyd", "Ysgol y Wern", "Ysgol Gymraeg Bro Morgannwg", "Ysgol Gyfun Cwm
 * Rhondda", "YGG Pontardawe", "our Ysgol". "Ysgol" is Welsh for school (YGG: Ysgol Gynradd Gymraeg), so "Ysgol"
 * and the capitalised words after it are a school's name; written in lower case ("ysgol y garnedd") it is one
 * when the words after it are a school on the lists of schools in England and Wales.
 */
export default defineRule({
  meta: {
    id: 'school/welsh-school',
    category: 'school',
    severity: 'medium',
    theme: 'staff-identification',
    description: 'Welsh-medium school names ("Ysgol Glan Clwyd", "ysgol y wern", "YGG Pontardawe", "our Ysgol").',
    replacement: 'my school',
  },
  create() {
    return (doc) => {
      const words = docWords(doc);
      const hits: Hit[] = [];
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        if (w.prefix) continue;
        // "the Bl.6s", "the Bl6s" (session places10): a Welsh-medium year group in the plural, as its teachers say it.
        const blPlural = (w.text === 'Bl' && /^(?:[1-9]|1[0-3])s$/.test(words[i + 1]?.norm ?? '') && !words[i + 1]!.prefix) ? i + 1 : /^Bl(?:[1-9]|1[0-3])s$/.test(w.text) ? i : -1;
        if (blPlural >= 0) {
          hits.push({ start: w.start, end: words[blPlural]!.end, reason: 'This is a year group in a Welsh-medium school ("Bl." is short for Blwyddyn, Welsh for year), which narrows down where you work.', severity: 'low' });
          i = blPlural;
          continue;
        }
        // "Blwyddyn 6" / "Bl. 4": a Welsh-medium school's year group (never "Blwyddyn Newydd Dda", new year).
        if ((w.norm === 'blwyddyn' || w.norm === 'flwyddyn' || (w.text === 'Bl' && words[i + 1] !== undefined)) && /^(?:[1-9]|1[0-3])$/.test(words[i + 1]?.norm ?? '')) {
          const own = words[i + 2]?.norm === 'ni';
          hits.push({ start: w.start, end: words[i + (own ? 2 : 1)]!.end, reason: 'This is a year group in a Welsh-medium school ("Blwyddyn" is Welsh for year), which narrows down where you work.', severity: 'low' });
          i += own ? 2 : 1;
          continue;
        }
        // "dosbarth ni" (our class), "ein hysgol ni" (our school): Welsh puts "ni" (our) after the noun.
        // "Dosbarth Derbyn" (Reception), "Dosbarth Meithrin" (Nursery), "Dosbarth 3": a class of a Welsh-medium school.
        if ((w.norm === 'dosbarth' || w.norm === 'nosbarth') && /^(?:derbyn|meithrin|babanod|[1-9]|1[0-3])$/.test(words[i + 1]?.norm ?? '') && (words[i + 1]!.cap || /^\d/.test(words[i + 1]!.norm))) {
          hits.push({ start: w.start, end: words[i + 1]!.end, reason: 'This is a class in a Welsh-medium school ("Dosbarth" is Welsh for class), which narrows down where you work.', severity: 'low' });
          i += 1;
          continue;
        }
        if ((w.norm === 'dosbarth' || w.norm === 'nosbarth' || w.norm === 'hysgol') && (words[i + 1]?.norm === 'ni' || (w.norm === 'hysgol' && words[i - 1]?.norm === 'ein'))) {
          const s0 = words[i - 1]?.norm === 'ein' ? i - 1 : i;
          const e0 = words[i + 1]?.norm === 'ni' ? i + 1 : i;
          hits.push({ start: words[s0]!.start, end: words[e0]!.end, reason: 'This says "our class" or "our school" in Welsh, which tells readers you work in a school.', severity: 'low' });
          i = e0;
          continue;
        }
        // "YGG Pontardawe", "Ygg Bronllwyn": Ysgol Gynradd Gymraeg, written as initials.
        const ygg = w.norm === 'ygg' && (w.text === 'YGG' || w.text === 'Ygg');
        if (w.norm !== 'ysgol' && !ygg) continue;
        if (NOT_A_SCHOOL.has(words[i + 1]?.norm ?? '')) continue;
        const listed = listedAfter(words, i);
        if (listed > i && !NOT_AFTER.has(words[listed + 1]?.norm ?? '')) {
          hits.push({ start: w.start, end: words[listed]!.end, reason: 'This is the name of a school ("Ysgol" is Welsh for school). Naming it can identify where you work and the children you teach.' });
          i = listed;
          continue;
        }
        const prev = words[i - 1]?.norm;
        // "our Ysgol", "my ysgol": the writer's own school.
        if (!ygg && (prev === 'our' || prev === 'my') && !(words[i + 1]?.cap && !words[i + 1]!.sentenceStart)) {
          hits.push({ start: words[i - 1]!.start, end: w.end, reason: 'This says which school you work at ("ysgol" is Welsh for school).' });
          continue;
        }
        if (!w.cap) continue;
        let e = i;
        let proper = 0;
        for (let k = i + 1; k < words.length && k <= i + 6; k++) {
          const x = words[k]!;
          if (x.sentenceStart || /\d/.test(x.norm) || doc.text.slice(words[k - 1]!.end, x.start).trim() !== '') break;
          if (x.cap && !x.upper) {
            proper++;
            e = k;
            if (x.possessive) break;
            continue;
          }
          if (WELSH_JOINERS.has(x.norm) && words[k + 1]?.cap) continue;
          break;
        }
        if (proper === 0 || NOT_AFTER.has(words[i + 1]!.norm) || NOT_AFTER.has(words[e + 1]?.norm ?? '')) continue;
        // "Ysgol Gymraeg is what we call ...": kind-of-school words and no name (session places10).
        if (words.slice(i + 1, e + 1).every((x) => WELSH_TYPE.has(x.norm))) continue;
        hits.push({ start: w.start, end: words[e]!.end, reason: 'This is the name of a school ("Ysgol" is Welsh for school). Naming it can identify where you work and the children you teach.' });
        i = e;
      }
      return hits;
    };
  },
});
