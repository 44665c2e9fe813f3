import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ChecklistApp } from '../../components/checklist/ChecklistApp.tsx';
import { systemTimeZone } from '../../lib/privacy/dates.ts';
import { extensionChecklistSource } from '../../extension/reminders/checklist-source.ts';
import { PauseCounts } from '../../components/PauseCounts.tsx';
import { loadPauseCounts } from '../../extension/storage/pause-counts.ts';

const loadCounts = () => loadPauseCounts();

function Popup() {
  return (
    <main class="ppc pp-popup">
      {/* The toolbar popup is 380 px wide; opened in a narrow window (or zoomed in) it follows the window. */}
      <style>{'.pp-popup { width: 380px; padding: 12px 14px; box-sizing: border-box; } @media (max-width: 379px) { .pp-popup { width: auto; } }'}</style>
      <h1>PostPause: privacy check-up</h1>
      <p class="ppc-muted">Platforms change privacy settings often and with little or no warning. Tick each one off as you look.</p>
      <p>
        <a href={browser.runtime.getURL('/try.html')} target="_blank" rel="noopener noreferrer" data-testid="try-link">
          Try PostPause
        </a>{' '}
        <span class="ppc-muted">: see what it does with a practice post (nothing is sent).</span>
      </p>
      <ChecklistApp
        source={extensionChecklistSource}
        variant="popup"
        timeZone={systemTimeZone()}
        fullPageUrl={browser.runtime.getURL('/checklist.html')}
      />
      <PauseCounts load={loadCounts} />
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
