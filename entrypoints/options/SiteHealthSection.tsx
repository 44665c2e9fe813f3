/**
 * "How PostPause is doing on each site": the content-free site health record (lib/records/site-health.ts)
 * in plain words, so a member of staff or IT can tell when a site has changed and report it. Counts and
 * dates only, from this device.
 */
import { useEffect, useState } from 'preact/hooks';
import { summariseHealth, type HealthRecord, type SiteHealthSummary } from '../../lib/records/site-health.ts';
import type { DayNumber } from '../../lib/privacy/dates.ts';
import { SITES } from '../../lib/sites/index.ts';

const NAMES: Record<string, string> = Object.fromEntries(SITES.map((s) => [s.id, s.name]));

export interface SiteHealthSectionProps {
  load(): Promise<HealthRecord>;
  clear(): Promise<void>;
  today(): DayNumber;
}

export function SiteHealthSection({ load, clear, today }: SiteHealthSectionProps) {
  const [rows, setRows] = useState<SiteHealthSummary[] | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    load().then(
      (r) => setRows(summariseHealth(r, NAMES, today())),
      () => setRows([]),
    );
  }, [load, today]);
  if (!rows) return null;
  const needsLook = rows.filter((r) => r.status === 'check').length;
  return (
    <section aria-labelledby="site-health-heading" data-testid="site-health">
      <h2 id="site-health-heading">How PostPause is doing on each site</h2>
      <p class="hint">
        Counted on this device only: when a post was last checked on each site, and any sends that went out from a box PostPause was watching without being checked
        (a sign the site has changed). Never what you wrote.
      </p>
      {rows.length === 0 ? (
        <p class="hint">Nothing yet: this fills in as you use the sites.</p>
      ) : (
        <>
          {needsLook > 0 && (
            <p class="site-health-alert">
              <strong>Worth reporting:</strong> PostPause may not be recognising every send on {needsLook === 1 ? 'one site' : `${needsLook} sites`}. Please tell your school's IT team
              which site and what you were doing.
            </p>
          )}
          <ul class="site-health">
            {rows.map((r) => (
              <li key={r.site} data-site={r.site} data-status={r.status}>
                {r.status === 'check' && <span class="tag">Check</span>} {r.text}
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() =>
              void clear().then(() => {
                setRows([]);
                setStatus('Counts cleared.');
              })
            }
          >
            Start counting again
          </button>
        </>
      )}
      <p class="hint" role="status">
        {status}
      </p>
    </section>
  );
}
