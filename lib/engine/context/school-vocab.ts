import { nameWords } from '../roster/normalise.ts';

/**
 * Words that make up the "kind of school" part of a school's name (uk-school-context notes): stripping
 * them from "Woodbridge Junior School" leaves the distinctive part, "Woodbridge". Normalised forms.
 */

/** Words that on their own say "this is a school": a name followed by one of these is a school's name. */
export const SCHOOL_TYPE_WORDS = new Set([
  'school', 'schools', 'primary', 'junior', 'juniors', 'infant', 'infants', 'secondary', 'academy', 'college',
  'grammar', 'nursery', 'prep', 'preparatory', 'utc', 'jmi', 'pru',
]);

/**
 * Words that only say "school" next to a type word ("First School", "High School", "C of E Primary").
 * They are stripped with the type words but do not make a school name by themselves.
 */
export const SCHOOL_QUALIFIER_WORDS = new Set([
  'first', 'middle', 'high', 'upper', 'lower', 'sixth', 'form', 'centre', 'unit', 'studio', 'free', 'community',
  'church', 'of', 'england', 'ce', 'c', 'e', 'cofe', 'coe', 'catholic', 'rc', 'roman', 'methodist', 'voluntary',
  'aided', 'controlled', 'va', 'vc', 'foundation', 'federation', 'trust', 'county', 'endowed', 'special', 'day',
  'boarding', 'girls', 'boys', 'and', 'campus', 'international', 'independent', 'the', 'j', 'i', 'cp', 'vcp',
  'multi', 'academies', 'learning', 'education', 'pre', 'preschool', 'all', 'through', 'ecumenical', 'jewish',
  'muslim', 'islamic', 'sikh', 'hindu', 'christian', 'national', 'pupil', 'referral', 'limited', 'ltd', 'service',
  'services', 'provision', 'support', 'tuition',
]);

export function isSchoolNameTail(word: string): boolean {
  return SCHOOL_TYPE_WORDS.has(word) || SCHOOL_QUALIFIER_WORDS.has(word);
}

/**
 * The distinctive part of a school name: leading "the" and trailing type and qualifier words removed.
 * ["the", "woodbridge", "junior", "school"] -> ["woodbridge"]. Empty when nothing distinctive is left.
 */
export function schoolNameCore(words: readonly string[]): string[] {
  let s = 0;
  let e = words.length;
  if (words[0] === 'the') s = 1;
  while (e > s && isSchoolNameTail(words[e - 1]!)) e--;
  return words.slice(s, e);
}

/**
 * Word sequences under which a configured school name is matched. The word stream drops a possessive
 * "'s" ("St Mary's" -> st, mary) while a name written without the apostrophe keeps it ("St Marys" ->
 * st, marys), so a name with possessives gives both.
 */
export function schoolNameVariants(name: string): string[][] {
  const plain = nameWords(name);
  if (!/['\u2019]s\b/i.test(name)) return plain.length ? [plain] : [];
  const stripped = nameWords(name.replace(/['\u2019]s\b/gi, ''));
  return [stripped, plain].filter((w) => w.length > 0);
}
