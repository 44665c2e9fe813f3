/**
 * Policy packs: a school social media policy as data. A pack quotes its clauses verbatim and maps each
 * theme a rule can raise to the clause that covers it. A theme the policy has no clause for maps to null
 * and falls back to the pack's general "if in doubt" clause: a pack never invents a clause.
 *
 * The format is documented for schools in docs/policy-packs.md; custom packs are checked by
 * validatePack() in custom-pack.ts, the same validator the built-in packs are tested against.
 */
import type { Clause, Theme } from '../engine/types.ts';

export interface PackClause {
  /** As numbered in the document ("5.iv", "4.1") or a heading slug where the policy is unnumbered. */
  id: string;
  /**
   * Unique handle used by the mappings when one numbered clause is cited for two different passages
   * (5.iii of one policy covers both confidentiality and offensive posts). Defaults to `id`.
   */
  key?: string;
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
  /**
   * Full-document URL (https), the extension's bundled guide page ("guide.html"), or "" when no public
   * copy is known: findings then carry no link until the school sets `policyUrl`, which always wins.
   */
  url: string;
  /** Why the URL is what it is (where it was found, or why it is empty). Not shown to staff. */
  urlNote?: string;
  /** Clause key used when a theme has no clause of its own. */
  generalClause: string;
  clauses: PackClause[];
  /** Every theme, mapped to a clause key, or null where this policy has no clause for it (fallback). */
  themes: Record<Theme, string | null>;
  /**
   * Optional overrides for a rule, or a privacy-checklist item ("checklist/<kind>"), that this policy covers
   * more precisely than its theme does: id -> clause key. Preferred over the theme mapping.
   */
  rules?: Record<string, string>;
}

/** The handle mappings use for a clause. */
export function clauseKey(c: PackClause): string {
  return c.key ?? c.id;
}

/** The bundled page the default pack links to (relative to the extension's root). */
export const GUIDE_PAGE = 'guide.html';

/**
 * Resolve the clause a finding falls under: a per-rule override first, then the theme mapping, then the
 * pack's general clause (flagged `fallback` so the UI can say the policy has nothing more specific).
 * A configured policyUrl replaces the pack's link.
 */
export function clauseFor(pack: PolicyPack, theme: Theme, policyUrl?: string, ruleId?: string): Clause {
  const specific = (ruleId !== undefined ? pack.rules?.[ruleId] : undefined) ?? pack.themes[theme] ?? null;
  const find = (key: string | null) => (key === null ? undefined : pack.clauses.find((x) => clauseKey(x) === key));
  let c = find(specific);
  const fallback = !c;
  c ??= find(pack.generalClause) ?? pack.clauses[0];
  // No public copy known: link to the bundled guide page showing this pack's quoted clauses, so every
  // finding still has somewhere to read more.
  const base = policyUrl ?? (pack.url || `${GUIDE_PAGE}?pack=${encodeURIComponent(pack.id)}`);
  if (!c) return { policy: pack.name, id: '', title: "If in doubt, don't post", quote: '', url: base, fallback: true };
  const onGuide = base.startsWith(GUIDE_PAGE);
  const anchor = c.anchor ?? (onGuide ? clauseKey(c) : undefined);
  const url = anchor ? `${base}#${anchor}` : c.page ? `${base}#page=${c.page}` : base;
  const out: Clause = { policy: pack.name, id: c.id, title: c.title, quote: c.quote, url };
  if (fallback) out.fallback = true;
  return out;
}
