import type { Category, Finding } from '../lib/engine/types.ts';

const CATEGORY_LABEL = {
  pupil: 'Could identify a pupil',
  school: 'Identifies your school',
  personal: 'Personal details',
  tone: 'Tone',
} satisfies Record<Category, string>;

const SEVERITY_LABEL = { low: 'Worth a look', medium: 'Check this', high: 'Important' } as const;

/** Long matches (a pasted paragraph) are shortened for the card; the full text is in the post. */
const MAX_MATCH = 80;

export interface FindingCardProps {
  finding: Finding;
  /** Absolute link for the clause, or null to show the clause without a link. */
  href: string | null;
  /** Opens a link the page itself may not navigate to (an extension page); true when it did. */
  openLink?(href: string): boolean;
}

/** One finding: what was matched, why it matters, and the policy clause it falls under. All text, no HTML. */
export function FindingCard({ finding: f, href, openLink }: FindingCardProps) {
  const match = f.text.length > MAX_MATCH ? `${f.text.slice(0, MAX_MATCH - 1)}…` : f.text;
  const clauseName = f.clause.id ? `${f.clause.id} — ${f.clause.title}` : f.clause.title;
  return (
    <article class={`pp-card pp-${f.severity}`} data-rule={f.ruleId}>
      <p class="pp-card-head">
        <span class="pp-match">{match}</span>
        <span class="pp-tag">
          {CATEGORY_LABEL[f.category] ?? f.category} · {SEVERITY_LABEL[f.severity]}
        </span>
      </p>
      <p class="pp-reason">{f.reason}</p>
      <p class="pp-clause">
        <span class="pp-policy">{f.clause.policy}: </span>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" onClick={(e) => openLink?.(href) && e.preventDefault()}>
            {clauseName}
          </a>
        ) : (
          <span>{clauseName}</span>
        )}
      </p>
      {f.clause.quote ? <blockquote class="pp-quote">“{f.clause.quote}”</blockquote> : null}
    </article>
  );
}
