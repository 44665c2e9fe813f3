import type { Rule } from '../lib/engine/rule.ts';
import personalEmail from './personal/email.ts';
import personalUkPostcode from './personal/uk-postcode.ts';
import toneProfanity from './tone/profanity.ts';

/**
 * The rule registry, sorted by id. Every rule file in rules/<category>/ must be listed here (the
 * convention test in tests/unit/conventions.test.ts fails otherwise).
 */
export const RULES: readonly Rule[] = [
  personalEmail,
  personalUkPostcode,
  toneProfanity,
];
