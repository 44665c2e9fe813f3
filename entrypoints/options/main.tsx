import { render } from 'preact';
import { configStore } from '../../extension/storage/config.ts';
import { OptionsApp } from './App.tsx';
import { ErrorLog } from '../../components/ErrorLog.tsx';
import { clearErrorLog, loadErrorLog } from '../../extension/storage/error-log.ts';
import { SiteHealthSection } from './SiteHealthSection.tsx';
import { clearSiteHealth, loadSiteHealth, today } from '../../extension/storage/site-health.ts';
import './style.css';

const todayNow = () => today();

render(
  <>
    <OptionsApp store={configStore()} />
    {/* PostPause's own failures, for passing on to IT (holds no post text). */}
    <div class="error-log-section">
      {/* When a post was last checked on each site and sends not recognised (counts and dates only). */}
      <SiteHealthSection load={loadSiteHealth} clear={clearSiteHealth} today={todayNow} />
      <ErrorLog load={loadErrorLog} clear={clearErrorLog} />
    </div>
  </>,
  document.getElementById('app')!,
);
