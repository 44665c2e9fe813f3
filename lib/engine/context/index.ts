/** Shared per-post facts for name and school rules: words, school-context cues, school-name vocabulary. */
export { docWords, type Word } from './words.ts';
export { schoolCues, schoolContextNear, hasSchoolContext, type SchoolCues } from './school-cues.ts';
export { SCHOOL_TYPE_WORDS, SCHOOL_QUALIFIER_WORDS, isSchoolNameTail, schoolNameCore, schoolNameVariants } from './school-vocab.ts';
