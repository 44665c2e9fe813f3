import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords, type Word } from '../../lib/engine/context/index.ts';
import { TAG_PREFIXES } from '../../lib/engine/roster/index.ts';
import { isChildName, isEnglishWord, isKnownName, isRareName, nameShapeScore } from './shared/first-names.ts';
import { famousAt } from './shared/person-cues.ts';

/** A child's handle carries a year group: @jb_year6, @ollie_y7, @mia.year5. Staff handles start with a title. */
const YEAR_HANDLE = /@([A-Za-z]{2,20})[._-]?(?:y|yr|year)(\d{1,2})(?![A-Za-z0-9])/gi;
/** A handle ending in a birth year of today's pupils (2008-2022), after a separator: @little_leo_2016, @amara.2012. */
const BORN_HANDLE = /(?<![\w@])@([A-Za-z][A-Za-z._-]{1,24}?)[._-]?(20(?:0[89]|1\d|2[0-2]))(?![A-Za-z0-9])/g;
const STAFF_HANDLE = /^(?:mr|mrs|miss|ms|mx|dr|sir|teacher|head|deputy|senco|the|team|class|our|my)/i;

/** Is this folded word a first name (a list holds it, or it is name-shaped and no English word)? */
function nameWord(norm: string): boolean {
  if (norm.length < 2 || /[^a-z]/.test(norm)) return false;
  if (isChildName(norm) || isRareName(norm)) return true;
  // After a cheer word a short name-shaped part is enough (#GoTemi, #WellDoneKemi); English words stay out.
  return norm.length >= 3 && !isKnownName(norm) && !isEnglishWord(norm) && nameShapeScore(norm) >= TAG_SHAPE_MIN;
}

/** The hashtag's name part written as a capitalised word mid-sentence elsewhere in the post. */
function writtenAsName(words: readonly Word[], at: number, norm: string): boolean {
  if (norm.length < 3 || /[^a-z]/.test(norm) || nameShapeScore(norm) < TAG_SHAPE_MIN) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // ... after a lower-case word ("our Nadifa", "to Nadifa"), not inside a run of capitals ("Go Team Blue").
    if (k !== at && w.norm === norm && w.cap && !w.upper && !w.prefix && !w.sentenceStart && k > 0 && !words[k - 1]!.cap && !words[k - 1]!.prefix) return true;
  }
  return false;
}

/** Name-shape score (see first-names.ts) a hashtag's name part needs when no list holds it. */
const TAG_SHAPE_MIN = 0.3;

/**
 * Hashtags and handles with a child's name inside: #WellDoneDami, #GoMaisie, #ProudOfZikora, and handles
 * with a year group (@jb_year6). Without a roster the name is judged by the name lists and shape model;
 * the cheer word in front says it is about someone being praised.
 */
export default defineRule({
  meta: {
    id: 'pupil/name-tag',
    category: 'pupil',
    severity: 'medium',
    theme: 'pupil-identification',
    description: 'Hashtags and handles with a child\'s name inside (#WellDoneDami, #GoMaisie) or a year group in a handle (@jb_year6).',
  },
  create() {
    return (doc) => {
      const hits: Hit[] = [];
      const words = docWords(doc);
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!;
        if (w.prefix !== '#' || w.norm.length < 5) continue;
        const n = w.norm.replace(/\d+$/, '');
        const p = TAG_PREFIXES.find((t) => n.startsWith(t) && n.length - t.length >= 2);
        if (!p) continue;
        // The name part as written: #WellDoneDami -> "Dami"; #ProudOfSiennaGrace -> "Sienna".
        const body = w.text.replace(/\d+$/, '');
        const rest = body.slice(p.length);
        const parts = rest.match(/\p{Lu}\p{Ll}+/gu);
        const firstPart = parts && rest.startsWith(parts[0]!) ? parts[0]!.toLowerCase() : rest.toLowerCase();
        // ... or the post writes the same word as a name elsewhere ("Cheering on our Nadifa ... #GoNadifa"): a name
        // the lists miss (or that an English word list also holds) is still a name when the writer capitalises it mid-sentence.
        if (!nameWord(firstPart) && !writtenAsName(words, i, firstPart)) continue;
        if (famousAt([{ ...w, norm: firstPart }, ...(parts && parts[1] ? [{ ...w, norm: parts[1].toLowerCase() }] : [])], 0) > 0) continue;
        hits.push({ start: w.start, end: w.end, reason: "This hashtag cheers on someone by first name, which in a school post is usually a pupil. A hashtag is searchable, so it can identify a child." });
      }
      // A handle with a first name and a birth year of today's pupils: @little_leo_2016, @amara.2012.
      if (doc.text.includes('@')) {
        BORN_HANDLE.lastIndex = 0;
        for (let m = BORN_HANDLE.exec(doc.text); m; m = BORN_HANDLE.exec(doc.text)) {
          const body = m[1]!.toLowerCase();
          if (STAFF_HANDLE.test(body)) continue;
          const parts = body.split(/[._-]+/).filter(Boolean);
          if (!parts.some((p) => isChildName(p) || isRareName(p))) continue;
          hits.push({ start: m.index, end: m.index + m[0].length, reason: "This handle has a first name and a recent birth year, so it probably belongs to a pupil. Mentioning a pupil's account in public links them to you and the school." });
        }
      }
      YEAR_HANDLE.lastIndex = 0;
      for (let m = YEAR_HANDLE.exec(doc.text); m; m = YEAR_HANDLE.exec(doc.text)) {
        if (STAFF_HANDLE.test(m[1]!)) continue;
        const y = Number(m[2]);
        if (y < 1 || y > 13) continue;
        hits.push({ start: m.index, end: m.index + m[0].length, reason: 'This handle includes a year group, so it probably belongs to a pupil. Mentioning a pupil\'s account in public links them to you and the school.' });
      }
      return hits;
    };
  },
});
