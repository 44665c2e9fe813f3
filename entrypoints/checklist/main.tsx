import { render } from 'preact';
import { ChecklistApp } from '../../components/checklist/ChecklistApp.tsx';
import { systemTimeZone } from '../../lib/privacy/dates.ts';
import { extensionChecklistSource } from '../../extension/reminders/checklist-source.ts';

function ChecklistPage() {
  return (
    <main class="ppc" style={{ maxWidth: '1200px', margin: '0 auto', padding: '20px 24px', minHeight: '100vh' }}>
      <h1>Privacy check-up</h1>
      <p class="ppc-muted">
        Your school’s policy asks you to check your privacy and security settings regularly, because platforms change them often
        and with little or no warning. Open each settings page, compare it with the recommendation, and mark it checked.
        PostPause only remembers the date; it never reads or changes your settings.
      </p>
      <ChecklistApp source={extensionChecklistSource} variant="page" timeZone={systemTimeZone()} />
    </main>
  );
}

render(<ChecklistPage />, document.getElementById('app')!);
