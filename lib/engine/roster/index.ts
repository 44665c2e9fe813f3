/**
 * Pupil roster hashing (docs/roster-hashing.md). Shared by the policy generator, which hashes a class
 * list into `rosterHashes`, and the pupil/roster-name rule, which hashes candidate names from a post.
 */
export { ROSTER_SCHEME, createRosterHasher, hashRoster } from './hash.ts';
export { rosterForms, FORM_TYPES, type RosterPupil } from './forms.ts';
export { normaliseName, nameWords } from './normalise.ts';
export { nicknameVariants, NICKNAME_GROUPS } from './nicknames.ts';
export { compileRoster, FUNCTION_WORDS, TAG_PREFIXES, type CompiledRoster, type RosterMatch, type RosterFormType } from './match.ts';
