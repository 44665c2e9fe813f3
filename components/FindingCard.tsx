import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Category, Finding } from '../lib/engine/types.ts';
import type { QuickFix } from './quick-fix.ts';
import { ClauseLine } from './ClauseLine.tsx';

const CATEGORY_LABEL = {
  pupil: 'Could identify a pupil',
  school: 'Identifies your school',
  personal: 'Personal details',
  tone: 'Tone',
} satisfies Record<Category, string>;

const SEVERITY_LABEL = { low: 'Worth a look', medium: 'Check this', high: 'Important' } as const;

/** Long matches (a pasted paragraph) are shortened for the card; the full text is in the post. */
const MAX_MATCH = 80;

/** What became of a quick fix: applied and checked, or the editor did not take it. */
export type FixOutcome = 'done' | 'unchanged' | 'changed';

export interface FindingCardProps {
  finding: Finding;
  /** Absolute link for the clause, or null to show the clause without a link. */
  href: string | null;
  /** Opens a link the page itself may not navigate to (an extension page); true when it did. */
  openLink?(href: string): boolean;
  /** A quick fix offered for this finding, and how to apply it. */
  fix?: QuickFix | null;
  onFix?(): Promise<FixOutcome>;
}

const FIX_FAILED: Record<Exclude<FixOutcome, 'done'>, string> = {
  unchanged: "This box didn't accept the change, so your text is as it was. Please edit it yourself.",
  changed: 'The box changed the text in an unexpected way. Please check your post before sending it.',
};

/** One finding: what was matched, why it matters, and the policy clause it falls under. All text, no HTML. */
export function FindingCard({ finding: f, href, openLink, fix, onFix }: FindingCardProps) {
  const [state, setState] = useState<'idle' | 'working' | FixOutcome>('idle');
  const status = useRef<HTMLParagraphElement>(null);
  const match = f.text.length > MAX_MATCH ? `${f.text.slice(0, MAX_MATCH - 1)}…` : f.text;
  // The button goes away once the fix is done: focus moves to the result in the same render, so it is
  // never left on the page behind the dialog, not even for a frame.
  useLayoutEffect(() => {
    if (state !== 'idle' && state !== 'working') status.current?.focus({ preventScroll: true });
  }, [state]);
  const apply = () => {
    if (!onFix || state !== 'idle') return;
    setState('working');
    onFix().then(setState, () => setState('unchanged'));
  };
  return (
    <article class={`pp-card pp-${f.severity}${state === 'done' ? ' pp-fixed' : ''}`} data-rule={f.ruleId}>
      <p class="pp-card-head">
        <span class="pp-match">{match}</span>
        <span class="pp-tag">
          {CATEGORY_LABEL[f.category] ?? f.category} · {SEVERITY_LABEL[f.severity]}
        </span>
      </p>
      <p class="pp-reason">{f.reason}</p>
      <ClauseLine clause={f.clause} href={href} openLink={openLink} />
      {f.clause.quote ? <blockquote class="pp-quote">“{f.clause.quote}”</blockquote> : null}
      {fix && onFix ? (
        <div class="pp-fix">
          {state === 'idle' || state === 'working' ? (
            // aria-disabled, not disabled: a disabled button loses keyboard focus to the page.
            <button type="button" class="pp-button pp-small" onClick={apply} aria-disabled={state === 'working' ? 'true' : undefined}>
              {fix.label}
            </button>
          ) : null}
          <p class="pp-fix-status" role="status" tabIndex={-1} ref={status}>
            {state === 'done' ? `Replaced with “${fix.replacement}”.` : state === 'unchanged' || state === 'changed' ? FIX_FAILED[state] : ''}
          </p>
        </div>
      ) : null}
    </article>
  );
}
