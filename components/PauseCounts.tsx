import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../lib/engine/types.ts';
import type { PauseCounts as Counts } from '../lib/records/pause-counts.ts';

const CATEGORY_NAME = { pupil: 'Pupils', school: 'Your school', personal: 'Personal details', tone: 'Tone' } satisfies Record<Category, string>;

const PAUSE_COUNTS_CSS = `
.ppn { margin-top: 14px; padding-top: 10px; border-top: 1px solid var(--ppc-border, #c9d1d9); }
.ppn h2 { font-size: 15px; margin: 0 0 4px; }
.ppn-totals { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6px; margin: 8px 0; }
.ppn-totals div { background: var(--ppc-card, #f5f7f9); border-radius: 8px; padding: 6px 4px; text-align: center; }
.ppn-totals dt { font-size: 12px; color: var(--ppc-muted, #4a5561); }
.ppn-totals dd { margin: 0; font-size: 18px; font-weight: 700; }
.ppn-table { width: 100%; border-collapse: collapse; font-size: 13px; }
.ppn-table th, .ppn-table td { text-align: left; padding: 3px 4px; border-bottom: 1px solid var(--ppc-border, #c9d1d9); }
.ppn-table td { text-align: right; }
.ppn-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

export interface PauseCountsProps {
  load(): Promise<Counts>;
}

/**
 * The member of staff's own tally: how often PostPause paused a post and what they did next. Numbers
 * only; nothing about the posts themselves is ever kept.
 */
export function PauseCounts({ load }: PauseCountsProps) {
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(() => {
    load().then(setCounts, () => setCounts(null));
  }, [load]);
  if (!counts) return null;
  const t = counts.total;
  const since = new Date(counts.since).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <section class="ppn" aria-labelledby="ppn-title" data-testid="pause-counts">
      <style>{PAUSE_COUNTS_CSS}</style>
      <h2 id="ppn-title">Your pauses</h2>
      {t.shown === 0 ? (
        <p class="ppc-muted">No posts paused yet. Counts only, kept on this device: never what you wrote.</p>
      ) : (
        <>
          <p class="ppc-muted">
            Since {since}, kept on this device (counts only, never what you wrote).
          </p>
          <dl class="ppn-totals">
            <div>
              <dt>Paused</dt>
              <dd data-count="shown">{t.shown}</dd>
            </div>
            <div>
              <dt>Edited</dt>
              <dd data-count="edited">{t.edited}</dd>
            </div>
            <div>
              <dt>Quick fixes</dt>
              <dd data-count="fixed">{t.fixed}</dd>
            </div>
            <div>
              <dt>Posted anyway</dt>
              <dd data-count="posted">{t.posted}</dd>
            </div>
          </dl>
          <table class="ppn-table">
            <caption class="ppn-sr">Pauses by kind of finding</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Paused</th>
                <th scope="col">Edited</th>
                <th scope="col">Posted anyway</th>
              </tr>
            </thead>
            <tbody>
              {CATEGORIES.filter((c) => counts.byCategory[c].shown > 0).map((c) => (
                <tr key={c} data-category={c}>
                  <th scope="row">{CATEGORY_NAME[c]}</th>
                  <td>{counts.byCategory[c].shown}</td>
                  <td>{counts.byCategory[c].edited}</td>
                  <td>{counts.byCategory[c].posted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
