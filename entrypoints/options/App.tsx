import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ConfigKey } from '../../lib/policy/config.ts';
import { resolvePack } from '../../lib/policy/resolve-pack.ts';
import { describeProblem, unknownRuleProblems, type ResolvedConfig, type ResolvedProblem } from '../../lib/policy/resolver.ts';
import type { ConfigStore } from '../../extension/storage/config-store.ts';
import { PLATFORMS } from '../../lib/privacy/platforms.ts';
import { SITES } from '../../lib/sites/index.ts';
import { ChoicesSetting, LinesSetting, NumberSetting, TextSetting, type Save } from './controls.tsx';
import { PackSection } from './PackSection.tsx';
import { MastodonSection } from './MastodonSection.tsx';
import { SiteSelectorsSetting } from './SiteSelectorsSetting.tsx';
import { POLICY_PENDING_ID, PolicyPending } from './Setting.tsx';
import { usePageMark } from '../../components/page-marks.ts';

/**
 * The user's own settings are shown at once when the school's policy is not known yet (it can take
 * seconds the first time in a browser session): disabled and marked pending, so nothing waits for it.
 * The policy as last read in this session is asked for first and normally answers before this.
 */
const PROVISIONAL_AFTER_MS = 0;

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((label, i) => ({ id: i + 1, label: label.slice(0, 3), title: label }));

/** A check as the options page lists it. */
export interface RuleInfo {
  id: string;
  description: string;
}

/**
 * The checks' ids and descriptions, from the rule registry. The rules bring the engine's lexicons and
 * patterns (most of the page's script by size) and are needed only for the "Checks" section at the
 * bottom: they load in their own chunk once the settings are on screen.
 */
export const loadRuleList = (): Promise<readonly RuleInfo[]> =>
  import('../../rules/index.ts').then(({ RULES }) => RULES.map((r) => ({ id: r.meta.id, description: r.meta.description })));

export function OptionsApp({ store, loadRules = loadRuleList }: { store: Pick<ConfigStore, 'watch' | 'changeSetting'>; loadRules?: () => Promise<readonly RuleInfo[]> }) {
  const [resolved, setResolved] = useState<ResolvedConfig | null>(null);
  const [provisional, setProvisional] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [rules, setRules] = useState<readonly RuleInfo[] | 'failed' | null>(null);
  // The school's policy can take seconds to arrive the first time in a browser session: show the user's
  // own settings at once, marked as such and not changeable, and the full picture when it comes.
  useEffect(
    () =>
      store.watch(
        (r, info) => {
          setResolved(r);
          setProvisional(info.provisional);
        },
        { provisionalAfterMs: PROVISIONAL_AFTER_MS },
      ),
    [store],
  );

  const inForce = useMemo(() => (resolved ? resolvePack(resolved.config) : null), [resolved]);
  const shown = inForce !== null;
  // The rule list only after the settings have painted, so its loading never holds them up.
  useEffect(() => {
    if (!shown) return;
    let live = true;
    const frame = requestAnimationFrame(() =>
      setTimeout(
        () =>
          void loadRules().then(
            (list) => live && setRules(list),
            () => live && setRules('failed'),
          ),
        0,
      ),
    );
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [shown, loadRules]);

  usePageMark('content', inForce !== null);
  usePageMark('settled', inForce !== null && !provisional);

  if (!resolved || !inForce) return <main aria-busy="true">Loading settings…</main>;

  const save: Save = (key, value) => {
    // Nothing can be changed before the school's policy is known (the controls are disabled meanwhile).
    if (provisional) return;
    void store.changeSetting(key, value).then((r) => {
      setErrors((e) => ({ ...e, [key]: r.ok ? undefined : `Not saved: ${/^(must|is|has|entry)\b/.test(r.message) ? `this ${r.message}` : r.message}.` }));
      if (r.ok) setResolved(r.resolved);
    });
  };
  const common = { resolved, errors, save };

  // Pack problems (unknown id, invalid custom pack) belong to whichever layer supplied the setting.
  const packProblems: ResolvedProblem[] = inForce.problems.map((p) => ({ ...p, source: resolved.sources[p.key as ConfigKey] === 'managed' ? 'managed' : 'user' }));
  const problems = [...resolved.problems, ...packProblems, ...(Array.isArray(rules) ? unknownRuleProblems(resolved, rules.map((r) => r.id)) : [])];
  // Notices (an older roster without its key check) change nothing: shown apart, not as problems.
  const notices = problems.filter((p) => p.notice);
  const schoolProblems = problems.filter((p) => p.source === 'managed' && !p.notice);
  const ownProblems = problems.filter((p) => p.source === 'user' && !p.notice);
  const rosterCount = resolved.config.rosterHashes?.length ?? 0;

  return (
    <PolicyPending.Provider value={provisional}>
      <main>
        <h1>PostPause settings</h1>
        <p class="intro">Everything PostPause checks stays on this device. These settings only change what it looks for and which policy it quotes.</p>
        {provisional && (
          <p class="hint" role="status" id={POLICY_PENDING_ID} data-testid="policy-pending">
            Checking for settings from your school… Settings can be changed once this is done.
          </p>
        )}
        <p class="intro">
          <a href={browser.runtime.getURL('/try.html')} target="_blank" rel="noopener noreferrer" data-testid="try-link">
            Try PostPause
          </a>{' '}
          with a practice post to see these settings at work (for IT leads: to check that your school’s pupil list is working).
        </p>

        {resolved.managed && (
          <section class="managed" role="status" data-testid="managed-banner">
            <div>
              <strong>Managed by your school</strong>
              <p class="hint">
                Your school's IT team has set up PostPause{resolved.sources.schoolName === 'managed' ? ` for ${resolved.config.schoolName}` : ''}. Settings marked
                “Set by your school” or “Locked by your school” cannot be changed here.
              </p>
            </div>
          </section>
        )}

        {schoolProblems.length > 0 && (
          <section class="problems" aria-labelledby="problems-heading" data-testid="policy-problems">
            <h2 id="problems-heading">Problems with your school's settings</h2>
            <p class="hint">PostPause used its own defaults instead. Please pass this on to your school's IT team.</p>
            <ul>
              {schoolProblems.map((p, i) => (
                <li key={`${p.key}-${i}`} data-key={p.key}>
                  {describeProblem(p)}
                </li>
              ))}
            </ul>
          </section>
        )}
        {notices.length > 0 && (
          <ul class="hint notices" data-testid="policy-notices">
            {notices.map((p, i) => (
              <li key={`${p.key}-${i}`} data-key={p.key}>
                {describeProblem(p)}
              </li>
            ))}
          </ul>
        )}
        {ownProblems.length > 0 && (
          <section class="problems" aria-labelledby="own-problems-heading" data-testid="user-problems">
            <h2 id="own-problems-heading">Saved settings that could not be used</h2>
            <ul>
              {ownProblems.map((p, i) => (
                <li key={`${p.key}-${i}`}>{describeProblem(p)}</li>
              ))}
            </ul>
          </section>
        )}

        <PackSection resolved={resolved} inForce={inForce} errors={errors} save={save} />

        <section aria-labelledby="school-heading">
          <h2 id="school-heading">Your school</h2>
          <p class="intro">PostPause points out posts that name or locate your school.</p>
          <TextSetting {...common} name="schoolName" label="School name" placeholder="Woodbridge Junior School" />
          <LinesSetting {...common} name="schoolAliases" label="Other names" hint="One per line, e.g. WJS or Woodbridge Juniors." />
          <TextSetting {...common} name="schoolPostcode" label="Postcode" placeholder="DE55 4FY" />
          <TextSetting {...common} name="schoolDomain" label="Web domain" placeholder="myschool.sch.uk" />
          <div class="setting" data-setting="rosterHashes" data-lock={resolved.sources.rosterHashes === 'managed' ? 'set-by-school' : undefined}>
            <span class="label">Pupil names</span>
            <div class="control">
              <p class="hint" data-testid="roster-status">
                {provisional
                  ? 'Checking whether your school has provided a pupil list…'
                  : rosterCount > 0
                  ? `Your school has provided its pupil list as ${rosterCount.toLocaleString('en-GB')} scrambled name forms: PostPause can recognise these names in a post, but the names themselves are not stored on this device.`
                  : "No pupil list has been provided. Your school's IT team can add one (see the deployment guide)."}
              </p>
            </div>
          </div>
        </section>

        <section aria-labelledby="sites-heading">
          <h2 id="sites-heading">Where PostPause checks posts</h2>
          <ChoicesSetting {...common} name="enabledSites" label="Sites" mode="only" options={SITES.map((s) => ({ id: s.id, label: s.name }))} />
          <MastodonSection {...common} />
          <SiteSelectorsSetting {...common} />
        </section>

        <section aria-labelledby="hours-heading">
          <h2 id="hours-heading">School hours</h2>
          <TextSetting {...common} type="time" name="schoolHoursStart" label="School day starts" />
          <TextSetting {...common} type="time" name="schoolHoursEnd" label="School day ends" />
          <ChoicesSetting {...common} name="schoolDays" label="School days" mode="exact" options={DAYS} />
        </section>

        <section aria-labelledby="reminders-heading">
          <h2 id="reminders-heading">Privacy check reminders</h2>
          <NumberSetting {...common} name="reminderIntervalDays" label="Remind me every (days)" min={1} max={3650} />
          <ChoicesSetting {...common} name="reminderPlatforms" label="Platforms" mode="only" options={PLATFORMS.map((p) => ({ id: p.id, label: p.name }))} />
        </section>

        <section aria-labelledby="checks-heading">
          <h2 id="checks-heading">Checks</h2>
          {Array.isArray(rules) ? (
            <ChoicesSetting
              {...common}
              name="disabledRules"
              label="Checks that run"
              mode="except"
              column
              options={rules.map((r) => ({ id: r.id, label: r.description, title: r.id }))}
            />
          ) : (
            <p class="hint" role="status" data-testid="checks-loading">
              {rules === 'failed' ? 'The list of checks could not be loaded. Please close this page and open it again.' : 'Loading the list of checks…'}
            </p>
          )}
        </section>
      </main>
    </PolicyPending.Provider>
  );
}
