import type { Finding } from '../lib/engine/types.ts';

export interface QuickFix {
  /** What the words become. */
  replacement: string;
  /** The button's text. */
  label: string;
}

/**
 * A one-click rewording for findings whose rule names a safe alternative (RuleMeta.replacement): a child's
 * name becomes "a pupil", the school's name "my school". Other findings (contact details, tone) need the
 * member of staff's own judgement, so they get no quick fix.
 */
export function quickFixFor(f: Finding): QuickFix | null {
  const replacement = f.replacement;
  if (!replacement || f.text.includes('\n')) return null;
  // Keep a possessive: "Sam's" -> "a pupil's".
  const possessive = /['’]s$/i.exec(f.text)?.[0] ?? '';
  const word = replacement + possessive;
  return { replacement: word, label: `Replace with “${word}”` };
}
