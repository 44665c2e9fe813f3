// Lint keeps the layers honest. The top-level folders are the layers, and each may import only the layers
// below it (docs/contributing.md has the picture):
//
//   lib/, rules/      pure engine: text + configuration in, findings out; runs in Node and the browser
//   extension/        browser and DOM services (storage, DOM reading/guarding, reminders, runtime messages)
//   components/       Preact UI, fed by props
//   entrypoints/      WXT wiring only
//   cli/              Node command lines over the pure engine
//
// Every folder's rule lists what it may not import, so a crossing fails in either direction.
import tseslint from 'typescript-eslint';

const DOM_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'chrome', 'browser', 'HTMLElement', 'Element', 'Node', 'fetch', 'XMLHttpRequest'];

const BROWSER_PACKAGES = ['wxt', 'wxt/*', '#imports', '@wxt-dev/*', 'webextension-polyfill', 'idb-keyval'];
const UI_PACKAGES = ['preact', 'preact/*'];
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'readline'];

const layer = (name) => ({ group: [`**/${name}/**`, `${name}/**`] });

/** One `no-restricted-imports` rule: each entry is [layer or package patterns, why]. */
function forbid(entries) {
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: entries.map(([group, message]) => ({ group: Array.isArray(group) ? group : layer(group).group, message })),
      },
    ],
  };
}

const STORAGE_SYNTAX = [
  {
    selector: "MemberExpression[property.name='storage'][object.name=/^(browser|chrome)$/]",
    message: 'Only extension/storage/ touches browser storage: add a function there.',
  },
  {
    selector: "ImportDeclaration[source.value='idb-keyval']",
    message: 'Only extension/storage/ touches browser storage (IndexedDB included): add a function there.',
  },
];
const MESSAGING_SYNTAX = [
  {
    selector: "MemberExpression[property.name=/^(sendMessage|onMessage)$/][object.property.name='runtime']",
    message: 'Messages go through extension/messages (contract.ts, send.ts) and the background router.',
  },
];
const LAYERED = ['entrypoints/**', 'components/**', 'extension/**', 'lib/**', 'rules/**', 'cli/**'];
const STORAGE_HOME = ['extension/storage/**'];
const MESSAGING_HOME = ['extension/messages/**', 'entrypoints/background.ts'];

/** no-restricted-syntax can only be set once per file, so each folder gets the restrictions that apply to it. */
function restrictedSyntax() {
  return [
    { files: LAYERED, ignores: [...STORAGE_HOME, ...MESSAGING_HOME], rules: { 'no-restricted-syntax': ['error', ...STORAGE_SYNTAX, ...MESSAGING_SYNTAX] } },
    { files: STORAGE_HOME, rules: { 'no-restricted-syntax': ['error', ...MESSAGING_SYNTAX] } },
    { files: MESSAGING_HOME, rules: { 'no-restricted-syntax': ['error', ...STORAGE_SYNTAX] } },
  ];
}

const PURE_MESSAGE = 'lib/ and rules/ are the pure engine: no browser, DOM, UI, Node or command-line code.';

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
    // The pure engine.
    files: ['lib/**/*.ts', 'rules/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      ...forbid([
        ['extension', PURE_MESSAGE],
        ['components', PURE_MESSAGE],
        ['entrypoints', PURE_MESSAGE],
        ['cli', PURE_MESSAGE],
        ['tests', PURE_MESSAGE],
        [BROWSER_PACKAGES, PURE_MESSAGE],
        [UI_PACKAGES, PURE_MESSAGE],
        [NODE_BUILTINS, 'The engine runs in the browser too: no Node built-ins (Node-only code goes in cli/).'],
      ]),
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'The engine is pure: no DOM or browser globals.' }))],
    },
  },
  {
    // Browser and DOM services: below the UI and the wiring.
    files: ['extension/**/*.ts', 'extension/**/*.tsx'],
    rules: forbid([
      ['components', 'extension/ is below the UI: components import extension/, never the other way.'],
      ['entrypoints', 'extension/ is below the wiring: entrypoints import extension/, never the other way.'],
      ['cli', 'cli/ is Node-only.'],
      [NODE_BUILTINS, 'extension/ runs in the browser: no Node built-ins.'],
    ]),
  },
  {
    // Preact UI: fed by props; may use the pure engine and the extension's services, never the wiring.
    files: ['components/**/*.ts', 'components/**/*.tsx'],
    rules: forbid([
      ['entrypoints', 'components/ is below the wiring: entrypoints import components, never the other way.'],
      ['cli', 'cli/ is Node-only.'],
      [NODE_BUILTINS, 'components/ run in the browser: no Node built-ins.'],
    ]),
  },
  {
    // WXT wiring: everything browser-side, nothing Node-only.
    files: ['entrypoints/**/*.ts', 'entrypoints/**/*.tsx'],
    rules: forbid([
      ['cli', 'cli/ is Node-only.'],
      [NODE_BUILTINS, 'entrypoints run in the browser: no Node built-ins.'],
    ]),
  },
  {
    // Node command lines over the pure engine.
    files: ['cli/**/*.ts'],
    rules: forbid([
      ['extension', 'cli/ runs in Node: it uses the pure engine (lib/, rules/), not the extension.'],
      ['components', 'cli/ runs in Node: no UI.'],
      ['entrypoints', 'cli/ runs in Node: no extension entrypoints.'],
      [BROWSER_PACKAGES, 'cli/ runs in Node: no browser packages.'],
      [UI_PACKAGES, 'cli/ runs in Node: no UI.'],
    ]),
  },
  // Only the storage module touches browser storage (so "no post text in storage" is checked in one place),
  // and only the message module and the background's router use runtime messaging (one typed contract).
  ...restrictedSyntax(),
  {
    // Nothing in the extension may write raw HTML from data.
    files: ['entrypoints/**', 'components/**', 'extension/**', 'lib/**', 'rules/**'],
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
