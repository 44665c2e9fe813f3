import { defineConfig } from 'vitest/config';

/**
 * The Firefox end-to-end tests (tests/e2e-firefox/) run once per Firefox: Debian's firefox-esr (153 in Dec 2026) and
 * Firefox 140 ESR, the oldest the manifest accepts, unpacked beside it by scripts/setup.sh.
 */
const FIREFOXES = [
  { name: 'firefox', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', major: '' },
  { name: 'firefox-140', path: process.env.FIREFOX_140_PATH ?? '.browsers/firefox-140/usr/lib/firefox-esr/firefox-esr', major: '140' },
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'rules/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
        test: {
          name: 'dom',
          include: ['tests/dom/**/*.test.ts', 'tests/dom/**/*.test.tsx'],
          environment: 'happy-dom',
          // A timeout here only catches a hang. Vitest's 5 s default is a speed budget in disguise: the options
          // page's first-paint test (1.4 s alone) ran past it once on a machine four times over-committed.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the machine has 2 cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...FIREFOXES.map((f) => ({
        test: {
          name: f.name,
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          env: { POSTPAUSE_FIREFOX: f.path, POSTPAUSE_FIREFOX_MAJOR: f.major },
          // One browser at a time: the machine has 2 cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      })),
    ],
  },
});
