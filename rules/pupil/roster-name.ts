import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { docWords, schoolContextNear, type Word } from '../../lib/engine/context/index.ts';
import { compileRoster, type RosterFormType } from '../../lib/engine/roster/index.ts';
import { isChildName, isCommonName, isNameWord } from './shared/first-names.ts';
import { nicknameVariants } from '../../lib/engine/roster/index.ts';
import { ageAfter, authorAfterTitle, weakCueNear, agentAtSentenceStart, characterUse, nameSlotInLowerCase, childEvidenceAfter, childRoleAfter, dateOrPlaceUse, famousAt, isAdultOrFamily, isMonthName, isTitleAfterVerb, nounUse, partOfOtherName } from './shared/person-cues.ts';

const REASONS: Record<RosterFormType | 'first-rare', string> = {
  full: "This looks like the name of a pupil on your school's roster (full name).",
  'init-last': "This looks like a pupil on your school's roster (initial and surname), which is enough to identify them.",
  'first-init': "This looks like a pupil on your school's roster (first name and surname initial), which is enough to identify them.",
  joined: "This hashtag or handle looks like the name of a pupil on your school's roster.",
  first: "This is the first name of a pupil on your school's roster, in a post about school.",
  'first-rare': "This is the first name of a pupil on your school's roster. It is unusual enough to identify them even on its own.",
};

/** How far (in words) school talk may be from a first name for the name to count as a pupil's. */
const CONTEXT_RADIUS = 40;
const NAME_WORD_RADIUS = 10;

/** A post written all in lower case: capitalisation is no evidence either way. */
function lowerCaseStyle(doc: Doc, words: readonly Word[]): boolean {
  // Acronyms ("PE") and a lone "I" say nothing about whether the writer capitalises names.
  return doc.memo('pupil:lower-case-style', () => words.length >= 3 && !words.some((w) => w.cap && !w.upper && w.norm !== 'i'));
}

/**
 * Names of the school's own pupils, matched against the keyed hashes in configuration (docs/roster-hashing.md).
 * Full names, "J. Smith", "Jack S." and #JackSmith always count; a first name alone counts when the post is
 * about school or the name is unusual.
 */
export default defineRule({
  meta: {
    id: 'pupil/roster-name',
    category: 'pupil',
    severity: 'high',
    // Matches the school's own roster: more specific than the generic child-name rule on the same span.
    precedence: 1,
    theme: 'pupil-identification',
    description: "Names of pupils on your school's list (the list is scrambled, so the names themselves are never stored).",
    replacement: 'a pupil',
  },
  create(config) {
    const hashes = config.rosterHashes ?? [];
    const secret = config.rosterSecret;
    if (hashes.length === 0 || !secret || (config.rosterScheme && config.rosterScheme !== 'hmac-sha256-16')) return () => [];
    const roster = compileRoster(hashes, secret);
    return (doc) => {
      const matches = roster.find(doc);
      if (matches.length === 0) return [];
      const words = docWords(doc);
      const hits: Hit[] = [];
      for (const m of matches) {
        const first = words[m.from]!;
        const last = words[m.to - 1]!;
        if (m.type !== 'first') {
          hits.push({ start: first.start, end: last.end, reason: REASONS[m.type] });
          continue;
        }
        const len = m.to - m.from;
        const norm = len === 1 ? first.norm : words.slice(m.from, m.to).map((w) => w.norm).join(' ');
        const looksLikeName = first.cap || first.prefix !== '' || lowerCaseStyle(doc, words);
        if (!looksLikeName) continue;
        if (isAdultOrFamily(words, m.from, len) || famousAt(words, m.from) > 0 || partOfOtherName(words, m.from, len)) continue;
        if (isTitleAfterVerb(words, m.from) && !first.possessive) continue;
        if (nounUse(doc.text, words, m.from, len) || characterUse(words, m.from)) continue;
        const wordLike = isNameWord(first.norm);
        if (wordLike && first.sentenceStart && !first.possessive && !agentAtSentenceStart(words, m.from) && !childRoleAfter(words, m.from, len)) continue;
        if (!first.cap && !first.prefix && !nameSlotInLowerCase(words, m.from)) continue;
        // "a week in Florence", "back in May": a place or a date.
        if (len === 1 && dateOrPlaceUse(words, m.from, wordLike)) continue;
        if (authorAfterTitle(words, m.from)) continue;
        const childish = childEvidenceAfter(words, m.from, len) || childRoleAfter(words, m.from, len) || ageAfter(doc.text, words, m.from, len);
        if (isMonthName(first.norm) && !childish) continue;
        // A pupil on the roster near lesson words ("science fair project") is enough; a word-name needs a real cue.
        const inContext = childish || schoolContextNear(doc, m.from, wordLike ? NAME_WORD_RADIUS : CONTEXT_RADIUS, len) || (!wordLike && weakCueNear(words, m.from, 12, true));
        // Rare: given to fewer than ~30 babies in five recent years, not a short form, not a word; and written
        // as a name, so "Zephyrine" counts on its own and "Jax" or "Sandy" do not.
        const rare = len === 1 && !wordLike && norm.length >= 4 && !isChildName(norm) && !isCommonName(norm) && nicknameVariants(norm).length === 0;
        if (!inContext && !rare) continue;
        hits.push({ start: first.start, end: last.end, reason: inContext ? REASONS.first : REASONS['first-rare'], severity: inContext ? 'high' : 'medium' });
      }
      return hits;
    };
  },
});
