import type { Rule } from '../lib/engine/rule.ts';

/**
 * The rule registry, sorted by id. Every rule file in rules/<category>/ must be listed here (the
 * convention test in tests/unit/conventions.test.ts fails otherwise).
 */
export const RULES: readonly Rule[] = [];
