/**
 * The school's extra selectors (setting siteSelectors), listed read-only: IT sets them through managed
 * policy to patch a site that changed (docs/deploying.md, "Fixing a site that changed").
 */
import type { ResolvedConfig } from '../../lib/policy/resolver.ts';
import type { ExtraSurfaceSelectors } from '../../lib/sites/extra-selectors.ts';
import { SITES } from '../../lib/sites/index.ts';
import { Setting } from './Setting.tsx';

const LISTS: [keyof ExtraSurfaceSelectors, string][] = [
  ['composers', 'Compose boxes'],
  ['submitControls', 'Send buttons'],
  ['submitKeys', 'Send keys'],
];

export function SiteSelectorsSetting({ resolved, errors }: { resolved: ResolvedConfig; errors: Partial<Record<string, string>> }) {
  const extra = resolved.config.siteSelectors;
  if (!extra || Object.keys(extra).length === 0) return null;
  const name = (id: string) => SITES.find((s) => s.id === id)?.name ?? id;
  return (
    <Setting name="siteSelectors" label="Site fixes" group resolved={resolved} error={errors.siteSelectors} hint="Extra ways to find compose boxes and send buttons, added by your school's IT team for sites that changed.">
      {() => (
        <ul class="site-selectors" data-testid="site-selectors">
          {Object.entries(extra).map(([site, surfaces]) =>
            Object.entries(surfaces).map(([surface, lists]) => (
              <li key={`${site}/${surface}`} data-site={site} data-surface={surface}>
                <strong>
                  {name(site)}, {surface}
                </strong>
                <dl>
                  {LISTS.filter(([k]) => lists[k]?.length).map(([k, label]) => (
                    <div key={k}>
                      <dt>{label}</dt>
                      {lists[k]!.map((v) => (
                        <dd key={v}>
                          <code>{v}</code>
                        </dd>
                      ))}
                    </div>
                  ))}
                </dl>
              </li>
            )),
          )}
        </ul>
      )}
    </Setting>
  );
}
