/**
 * The engine's vocabulary. Everything here is plain data so findings can cross from the content script
 * to the overlay, the CLI and tests unchanged.
 */

/** What kind of risk a finding is. Further categories may be added; keep the union and CATEGORIES in sync. */
export type Category = 'pupil' | 'school' | 'personal' | 'tone';
export const CATEGORIES: readonly Category[] = ['pupil', 'school', 'personal', 'tone'];

export type Severity = 'low' | 'medium' | 'high';

/**
 * A policy theme: the thing a school policy has a clause about. Rules name a theme; each policy pack maps
 * themes to its own clause ids, falling back to its "if in doubt" clause where it has none.
 */
export type Theme =
  | 'pupil-identification'
  | 'pupil-images'
  | 'staff-identification'
  | 'personal-details'
  | 'location-sharing'
  | 'offensive-content'
  | 'grievances'
  | 'confidential'
  | 'contact-with-pupils'
  | 'working-hours'
  | 'privacy-settings'
  | 'general';

export const THEMES: readonly Theme[] = [
  'pupil-identification',
  'pupil-images',
  'staff-identification',
  'personal-details',
  'location-sharing',
  'offensive-content',
  'grievances',
  'confidential',
  'contact-with-pupils',
  'working-hours',
  'privacy-settings',
  'general',
];

/** The clause of the active policy a finding falls under. */
export interface Clause {
  /** Policy (pack) name, e.g. "Woodbridge Junior School Social Media Policy". */
  policy: string;
  /** Clause id as numbered in the document ("5.iv", "4.1") or a heading slug. */
  id: string;
  title: string;
  /** Short verbatim quote from the policy document. */
  quote: string;
  /** Link to the full policy document (with anchor/page where known); "" when none is known. */
  url: string;
  /** True when the policy has no clause for this theme and its general "if in doubt" clause is cited. */
  fallback?: boolean;
}

export interface Finding {
  category: Category;
  ruleId: string;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** text.slice(start, end) of the original text. */
  text: string;
  severity: Severity;
  /** Plain-English explanation, written for the member of staff. */
  reason: string;
  clause: Clause;
  /** The rule's safe rewording, when it has one (see RuleMeta.replacement). */
  replacement?: string;
}

/** What a rule reports; the analyser adds category, rule id, matched text and clause. */
export interface Hit {
  start: number;
  end: number;
  reason: string;
  /** Overrides the rule's default severity for this hit. */
  severity?: Severity;
  /** Overrides the rule's theme for this hit (e.g. a tone rule that found a grievance). */
  theme?: Theme;
}
