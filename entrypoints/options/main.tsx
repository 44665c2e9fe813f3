import { render } from 'preact';
import { configStore } from '../../lib/storage/config.ts';
import { OptionsApp } from './App.tsx';
import './style.css';

render(<OptionsApp store={configStore()} />, document.getElementById('app')!);
