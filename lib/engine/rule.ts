import type { Category, Hit, Severity, Theme } from './types.ts';
import type { Token } from './text.ts';
import type { PostPauseConfig } from '../policy/config.ts';

export interface RuleMeta {
  /** Stable id, `<category>/<name>`, e.g. "personal/uk-postcode". */
  id: string;
  category: Category;
  /** Default severity of this rule's hits. */
  severity: Severity;
  /** The policy theme whose clause a hit is linked to (a hit may override it). */
  theme: Theme;
  /** One sentence for the README and the options page: what this rule catches. */
  description: string;
  /**
   * Breaks ties when two rules of one category report the same span at the same severity: the higher
   * precedence wins (default 0). Rules that use school configuration (a roster, the school's own name)
   * outrank generic lexicon rules, because their reasons are more specific.
   */
  precedence?: number;
  /**
   * A safe rewording for this rule's findings ("a pupil", "my school"), offered in the overlay as a one-click
   * quick fix. Left out where only the member of staff can judge (contact details, tone).
   */
  replacement?: string;
}

/**
 * One post being analysed. Built once per analyze() call and shared by every rule so the text is
 * tokenized once; `memo` lets rules share other derived facts (e.g. "is there school context?").
 */
export interface Doc {
  /** The normalised text (lib/engine/normalise.ts). Hits are offsets into this text. */
  readonly text: string;
  /** The post as written. */
  readonly original: string;
  /** The span of `original` that the span [start, end) of `text` came from. */
  toOriginal(start: number, end: number): [number, number];
  readonly tokens: readonly Token[];
  memo<T>(key: string, compute: () => T): T;
}

/** A configured detector: pure function of the document. */
export type Detector = (doc: Doc) => Hit[];

export interface Rule {
  meta: RuleMeta;
  /**
   * Called once per configuration (not per post): precompile lexicons, roster sets, regexes here so the
   * per-post cost does not depend on configuration size.
   */
  create(config: Readonly<PostPauseConfig>): Detector;
}

/** Identity helper that type-checks a rule module's default export. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
