import type { Theme } from '../../lib/engine/types.ts';
import type { PackResolution } from '../../lib/policy/resolve-pack.ts';
import type { ResolvedConfig } from '../../lib/policy/resolver.ts';
import { listPacks } from '../../lib/policy/packs/index.ts';
import type { Save } from './controls.tsx';
import { Setting } from './Setting.tsx';

const THEME_LABEL = {
  'pupil-identification': 'naming or identifying pupils',
  'pupil-images': 'pupil photos',
  'staff-identification': 'identifying staff',
  'personal-details': 'personal details',
  'location-sharing': 'sharing locations',
  'offensive-content': 'offensive content',
  grievances: 'complaints about work',
  confidential: 'confidential matters',
  'contact-with-pupils': 'contact with pupils',
  'working-hours': 'posting in working hours',
  'privacy-settings': 'privacy settings',
  general: 'anything else',
} satisfies Record<Theme, string>;

/**
 * The policy findings link to: pick a built-in pack (unless the school fixed it), read its clauses,
 * open the full document. Everything shown is the pack in force, so what staff read here is what the
 * overlay will cite.
 */
export function PackSection({ resolved, inForce, errors, save }: { resolved: ResolvedConfig; inForce: PackResolution; errors: Partial<Record<string, string>>; save: Save }) {
  const { pack, source } = inForce;
  const link = resolved.config.policyUrl ?? pack.url;
  const themesFor = (clauseId: string) =>
    (Object.entries(pack.themes) as [Theme, string | null][]).filter(([, c]) => (c ?? pack.generalClause) === clauseId).map(([t]) => THEME_LABEL[t]);
  return (
    <section aria-labelledby="pack-heading" data-section="pack">
      <h2 id="pack-heading">Social media policy</h2>
      <p class="intro">Each thing PostPause points out links to the clause of this policy it falls under.</p>
      <Setting
        name="policyPack"
        label="Policy"
        resolved={resolved}
        error={errors.policyPack}
        hint={source === 'custom' ? "Your school has provided its own policy pack, which is used instead." : undefined}
        onReset={() => save('policyPack', undefined)}
      >
        {({ id, disabled, describedBy }) => (
          <select
            id={id}
            value={resolved.config.policyPack}
            disabled={disabled || source === 'custom'}
            aria-describedby={describedBy || undefined}
            onChange={(e) => save('policyPack', e.currentTarget.value)}
          >
            {listPacks().map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Setting>
      <p>
        <strong data-testid="pack-name">{pack.name}</strong> ({pack.version}){' '}
        {/^https:\/\//.test(link) && (
          <a href={link} target="_blank" rel="noopener noreferrer" data-testid="policy-link">
            Open the full policy
          </a>
        )}
      </p>
      <details open>
        <summary>Clauses PostPause links to ({pack.clauses.length})</summary>
        <ul class="clauses" data-testid="pack-clauses">
          {pack.clauses.map((c) => {
            const themes = themesFor(c.id);
            return (
              <li key={c.id} data-clause={c.id}>
                <strong>
                  {c.id ? `${c.id} ` : ''}
                  {c.title}
                </strong>
                <blockquote>{c.quote}</blockquote>
                {themes.length > 0 && <span class="themes">Used for: {themes.join(', ')}</span>}
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
