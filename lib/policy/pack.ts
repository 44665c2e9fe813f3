/**
 * Policy packs: a school social media policy as data. A pack quotes its clauses verbatim and maps each
 * theme a rule can raise to the clause that covers it. A theme the policy has no clause for maps to null
 * and falls back to the pack's general "if in doubt" clause: a pack never invents a clause.
 */
import type { Clause, Theme } from '../engine/types.ts';

export interface PackClause {
  /** As numbered in the document ("5.iv", "4.1") or a heading slug where the policy is unnumbered. */
  id: string;
  title: string;
  /** Short verbatim quote (whitespace-normalised) from the policy document. */
  quote: string;
  /** Optional anchor (appended as #anchor) or PDF page (appended as #page=N) for the link. */
  anchor?: string;
  page?: number;
}

export interface PolicyPack {
  id: string;
  /** Policy name as shown to staff. */
  name: string;
  /** Version or date of the document. */
  version: string;
  /** Full-document URL; a school's configured policyUrl overrides it. */
  url: string;
  /** Clause id used when a theme has no clause of its own. */
  generalClause: string;
  clauses: PackClause[];
  /** Every theme, mapped to a clause id, or null where this policy has no clause for it (fallback). */
  themes: Record<Theme, string | null>;
}

/** Resolve the clause a theme falls under in a pack, applying the general fallback and the URL override. */
export function clauseFor(pack: PolicyPack, theme: Theme, policyUrl?: string): Clause {
  const id = pack.themes[theme] ?? pack.generalClause;
  const c = pack.clauses.find((x) => x.id === id) ?? pack.clauses.find((x) => x.id === pack.generalClause) ?? pack.clauses[0];
  const base = policyUrl ?? pack.url;
  if (!c) return { policy: pack.name, id: '', title: 'If in doubt, don\'t post', quote: '', url: base };
  const url = c.anchor ? `${base}#${c.anchor}` : c.page ? `${base}#page=${c.page}` : base;
  return { policy: pack.name, id: c.id, title: c.title, quote: c.quote, url };
}
