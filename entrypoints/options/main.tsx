import { render } from 'preact';
import { configStore } from '../../extension/storage/config.ts';
import { OptionsApp } from './App.tsx';
import { ErrorLog } from '../../components/ErrorLog.tsx';
import { clearErrorLog, loadErrorLog } from '../../extension/storage/error-log.ts';
import './style.css';

render(
  <>
    <OptionsApp store={configStore()} />
    {/* PostPause's own failures, for passing on to IT (holds no post text). */}
    <div class="error-log-section">
      <ErrorLog load={loadErrorLog} clear={clearErrorLog} />
    </div>
  </>,
  document.getElementById('app')!,
);
