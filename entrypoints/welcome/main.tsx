import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/checklist/Welcome.tsx';
import { CHECKLIST_CSS } from '../../components/checklist/styles.ts';
import type { PostPauseConfig } from '../../lib/policy/config.ts';
import { clauseFor } from '../../lib/policy/pack.ts';
import { resolvePack } from '../../lib/policy/resolve-pack.ts';
import { usePageMark } from '../../components/page-marks.ts';
import { watchResolvedConfig } from '../../extension/storage/config.ts';

function WelcomePage() {
  const [config, setConfig] = useState<PostPauseConfig | null>(null);
  const [managed, setManaged] = useState(false);
  // This page opens as the extension is installed, when the school's policy takes seconds to be readable:
  // show it at once from the user's settings and the defaults, and follow when the policy arrives.
  useEffect(
    () =>
      watchResolvedConfig(
        (r) => {
          setConfig(r.config);
          setManaged(r.managed);
        },
        { provisionalAfterMs: 0 },
      ),
    [],
  );
  usePageMark('content', config !== null);
  if (!config) return null;
  const { pack } = resolvePack(config);
  // The general clause's link is the policy document itself (with the school's own policyUrl applied).
  const url = clauseFor(pack, 'general', config.policyUrl).url.replace(/#.*$/, '');
  return (
    <main class="ppc" style={{ maxWidth: '760px', margin: '0 auto', padding: '24px', minHeight: '100vh' }}>
      <style>{CHECKLIST_CSS}</style>
      <Welcome
        config={config}
        pack={pack}
        policyHref={url ? new URL(url, location.href).href : null}
        checklistUrl={browser.runtime.getURL('/checklist.html')}
        tryUrl={browser.runtime.getURL('/try.html')}
        managed={managed}
      />
    </main>
  );
}

render(<WelcomePage />, document.getElementById('app')!);
