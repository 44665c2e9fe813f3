// Lint keeps the layers honest: the pure engine (lib/engine, lib/policy, lib/sites, rules) may not touch
// the DOM, browser.* or WXT, so it runs unchanged in Node (CLI, tests, benchmarks) and in the extension.
import tseslint from 'typescript-eslint';

const PURE = ['lib/engine/**', 'lib/policy/**', 'lib/sites/**', 'lib/privacy/**', 'lib/nudges/**', 'rules/**'];
const DOM_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'chrome', 'browser', 'HTMLElement', 'Element', 'Node', 'fetch', 'XMLHttpRequest'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/**/*.js', 'tests/e2e/.artifacts/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: PURE.map((p) => `${p.replace('/**', '')}/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*', 'webextension-polyfill'], message: 'The engine is pure: no WXT or browser imports.' },
            { group: ['**/lib/dom/**', '**/lib/storage/**', '**/components/**', '**/entrypoints/**', 'preact', 'preact/*', 'idb-keyval'], message: 'The engine is pure: no DOM, storage or UI imports.' },
            { group: ['node:*', 'fs', 'path'], message: 'The engine runs in the browser too: no Node built-ins (Node-only code goes in lib/cli).' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'The engine is pure: no DOM or browser globals.' }))],
    },
  },
  {
    // Nothing in the extension may write raw HTML from data.
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'No raw HTML from data.' },
        { property: 'outerHTML', message: 'No raw HTML from data.' },
        { property: 'insertAdjacentHTML', message: 'No raw HTML from data.' },
      ],
    },
  },
);
