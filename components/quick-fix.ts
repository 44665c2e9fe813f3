import type { Finding } from '../lib/engine/types.ts';

export interface QuickFix {
  /** What the words become. */
  replacement: string;
  /** The button's text. */
  label: string;
}

/**
 * A one-click rewording for findings that have an obvious safe alternative: a child's name becomes
 * "a pupil", the school's name "my school". Other findings (contact details, tone) need the member of
 * staff's own judgement, so they get no quick fix.
 */
export function quickFixFor(f: Finding): QuickFix | null {
  const replacement = REPLACEMENTS[f.ruleId];
  if (!replacement || f.text.includes('\n')) return null;
  // Keep a possessive: "Sam's" -> "a pupil's".
  const possessive = /['’]s$/i.exec(f.text)?.[0] ?? '';
  const word = replacement + possessive;
  return { replacement: word, label: `Replace with “${word}”` };
}

const REPLACEMENTS: Partial<Record<string, string>> = {
  'pupil/child-name': 'a pupil',
  'pupil/roster-name': 'a pupil',
  'school/school-name': 'my school',
  'school/known-school': 'my school',
  'school/school-pattern': 'my school',
};
