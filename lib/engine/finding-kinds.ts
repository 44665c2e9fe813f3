import type { Category, Finding } from './types.ts';

/**
 * What kind of thing each finding is, in plain words, for text that stands in for the highlights: the
 * badge's screen-reader announcement says "2 things to check: a pupil's name, an email address" rather
 * than only showing coloured words. Never the words themselves (a pupil's name must not be read out or
 * stored anywhere).
 */
const KIND_BY_RULE: Readonly<Record<string, string>> = {
  'pupil/child-name': "a pupil's name",
  'pupil/roster-name': "a pupil's name",
  'school/school-name': "your school's name",
  'school/known-school': "a school's name",
  'school/school-pattern': "a school's name",
  'school/staff-group': 'saying where you work',
  'school/staff-identity': 'saying where you work',
  'personal/address': 'a street address',
  'personal/date-of-birth': 'a date of birth',
  'personal/email': 'an email address',
  'personal/location': 'where you are or when your home is empty',
  'personal/nhs-number': 'an NHS number',
  'personal/ni-number': 'a National Insurance number',
  'personal/phone': 'a phone number',
  'personal/uk-postcode': 'a postcode',
  'personal/vehicle-reg': 'a car registration',
  'tone/confidential': 'something confidential',
  'tone/discrimination': 'hateful wording',
  'tone/grievance': 'a complaint or rant',
  'tone/insult': 'an insult',
  'tone/offensive-language': 'hostile wording',
  'tone/profanity': 'swearing',
  'tone/shouting': 'shouting',
  'tone/threat': 'a threat',
};

const KIND_BY_CATEGORY: Readonly<Record<Category, string>> = {
  pupil: "a pupil's name",
  school: 'your school',
  personal: 'personal details',
  tone: 'the tone',
};

/** The kind of one finding, e.g. "an email address". */
export function findingKind(f: Pick<Finding, 'ruleId' | 'category'>): string {
  return KIND_BY_RULE[f.ruleId] ?? KIND_BY_CATEGORY[f.category] ?? 'something to check';
}

/** "Clear", "1 thing to check: a phone number", "3 things to check: a pupil's name, an email address". */
export function describeFindings(findings: readonly Pick<Finding, 'ruleId' | 'category'>[]): string {
  const n = findings.length;
  if (n === 0) return 'Clear';
  const kinds = [...new Set(findings.map(findingKind))];
  return `${n === 1 ? '1 thing' : `${n} things`} to check: ${kinds.join(', ')}`;
}
