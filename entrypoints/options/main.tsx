import { render } from 'preact';
import { App } from './App';
import '@/components/tokens.css';
import './style.css';

const root = document.getElementById('app');
if (!root) throw new Error('options.html has no #app element');
render(<App />, root);
