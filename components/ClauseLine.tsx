import type { Clause } from '../lib/engine/types.ts';

export interface ClauseLineProps {
  clause: Clause;
  /** Where the clause's link goes once resolved (the school's copy, or a page of ours); none: plain text. */
  href: string | null | undefined;
  /** Opens the link itself (an extension page cannot be opened by the page's own link); true = handled. */
  openLink?(href: string): boolean;
}

/** "Policy name: 4.2 — Clause title", the title linked when there is somewhere to go. Findings and notes share it. */
export function ClauseLine({ clause, href, openLink }: ClauseLineProps) {
  const name = clause.id ? `${clause.id} — ${clause.title}` : clause.title;
  return (
    <p class="pp-clause">
      <span class="pp-policy">{clause.policy}: </span>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" onClick={(e) => openLink?.(href) && e.preventDefault()}>
          {name}
        </a>
      ) : (
        <span>{name}</span>
      )}
    </p>
  );
}
