import { nameWords } from '../../../lib/engine/roster/normalise.ts';
import { SCHOOL_TYPE_WORDS, isSchoolNameTail } from '../../../lib/engine/context/index.ts';

export { SCHOOL_TYPE_WORDS, isSchoolNameTail };

/**
 * One folded form for a school-name word on both sides (lexicon and post): possessive "'s" and a plural
 * or possessive final "s" dropped, so "St Mary's", "St Marys" and "St Mary" meet, "&" read as "and".
 */
export function schoolKeyWord(norm: string): string {
  return norm.length >= 4 && norm.endsWith('s') && !norm.endsWith('ss') ? norm.slice(0, -1) : norm;
}

export function schoolKeyWords(name: string): string[] {
  return nameWords(name.replace(/&/g, ' and ').replace(/['\u2019]s\b/gi, '')).map(schoolKeyWord);
}

/**
 * Stems that are not a particular school even before "School": kinds of school and schooling
 * ("Sunday School", "Forest School", "Primary School"), pronouns and words from headings ("Best", "Local").
 */
export const NOT_SCHOOL_STEMS = new Set([
  'a', 'an', 'the', 'my', 'our', 'your', 'their', 'his', 'her', 'this', 'that', 'every', 'any', 'which', 'what', 'each',
  'sunday', 'summer', 'holiday', 'forest', 'beach', 'boarding', 'grammar', 'high', 'middle', 'first', 'secondary',
  'primary', 'junior', 'infant', 'free', 'special', 'faith', 'state', 'private', 'independent', 'public', 'local',
  'new', 'old', 'village', 'city', 'town', 'community', 'home', 'online', 'night', 'evening', 'film', 'drama', 'dance',
  'art', 'music', 'ski', 'driving', 'language', 'business', 'medical', 'law', 'nursery', 'prep', 'hospital', 'best',
  'good', 'great', 'top', 'outstanding', 'big', 'small', 'little', 'whole', 'same', 'other', 'next', 'last', 'previous',
  'current', 'former', 'catholic', 'church', 'christian', 'jewish', 'muslim', 'islamic', 'international', 'national',
  'military', 'police', 'football', 'rugby', 'cricket', 'tennis', 'swimming', 'swim', 'sport', 'sports', 'riding',
  'flying', 'flight', 'cookery', 'cooking', 'theatre', 'stage', 'ballet', 'performing', 'bible', 'day', 'state',
  'royal', 'comprehensive', 'mainstream', 'alternative', 'hospital', 'virtual', 'open', 'secondary', 'elementary',
  'medical', 'nursing', 'dental', 'vet', 'veterinary', 'graduate', 'postgraduate', 'summer', 'winter', 'spring',
  'autumn', 'old', 'dream', 'worst', 'favourite', 'favorite', 'real', 'proper', 'normal', 'typical', 'average', 'st',
  'all', 'school', 'schools', 'and', 'of', 'in', 'at', 'for', 'to', 'with', 'no', 'one', 'two', 'second', 'third',
]);
