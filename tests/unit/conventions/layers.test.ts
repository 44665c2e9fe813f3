/**
 * The layer rules in eslint.config.js, proved on small snippets placed (virtually) in each folder: a crossing
 * in either direction is an error, and the allowed direction is clean. The real tree is linted by `npm run
 * lint`; this keeps the rules themselves from silently going slack.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './policy-text.ts';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

const CROSSINGS: [string, string, string][] = [
  ['the engine importing the extension', 'lib/engine/zz.ts', "import { x } from '../../extension/dom/focus.ts';\nexport const y = x;\n"],
  ['a rule importing UI', 'rules/tone/zz.ts', "import { h } from 'preact';\nexport const y = h;\n"],
  ['the engine importing Node', 'lib/policy/zz.ts', "import fs from 'node:fs';\nexport const y = fs;\n"],
  ['the engine importing a command line', 'lib/engine/zz.ts', "import { x } from '../../cli/scan-core.ts';\nexport const y = x;\n"],
  ['the engine using the DOM', 'lib/sites/zz.ts', 'export const y = () => document.title;\n'],
  ['the extension importing a component', 'extension/dom/zz.ts', "import { x } from '../../components/Overlay.tsx';\nexport const y = x;\n"],
  ['the extension importing an entrypoint', 'extension/storage/zz.ts', "import x from '../../entrypoints/background.ts';\nexport const y = x;\n"],
  ['a component importing an entrypoint', 'components/zz.ts', "import x from '../entrypoints/background.ts';\nexport const y = x;\n"],
  ['a command line importing the extension', 'cli/zz.ts', "import { x } from '../extension/dom/focus.ts';\nexport const y = x;\n"],
  ['a command line importing WXT', 'cli/zz.ts', "import { browser } from 'wxt/browser';\nexport const y = browser;\n"],
  ['an entrypoint importing a command line', 'entrypoints/zz.ts', "import { x } from '../cli/scan-core.ts';\nexport const y = x;\n"],
  ['storage used outside extension/storage', 'components/zz.ts', "import { browser } from 'wxt/browser';\nexport const y = () => browser.storage.local.get('k');\n"],
  ['IndexedDB used outside extension/storage', 'extension/dom/zz.ts', "import { get } from 'idb-keyval';\nexport const y = get;\n"],
  ['runtime messaging outside extension/messages', 'extension/dom/zz.ts', "import { browser } from 'wxt/browser';\nexport const y = () => browser.runtime.sendMessage({});\n"],
];

const ALLOWED: [string, string, string][] = [
  ['a rule importing the engine', 'rules/tone/zz.ts', "import type { Rule } from '../../lib/engine/rule.ts';\nexport type Y = Rule;\n"],
  ['the extension importing the engine', 'extension/dom/zz.ts', "import { SITES } from '../../lib/sites/index.ts';\nexport const y = SITES;\n"],
  ['a component importing the extension', 'components/zz.ts', "import { MIRROR_MARK_CSS } from '../extension/dom/highlight.ts';\nexport const y = MIRROR_MARK_CSS;\n"],
  ['a command line importing the engine and Node', 'cli/zz.ts', "import fs from 'node:fs';\nimport { createAnalyzer } from '../lib/index.ts';\nexport const y = [fs, createAnalyzer];\n"],
  ['storage inside extension/storage', 'extension/storage/zz.ts', "import { browser } from 'wxt/browser';\nexport const y = () => browser.storage.local.get('k');\n"],
];

describe('layer boundaries (lint)', () => {
  // Loading the TypeScript parser and config the first time takes seconds on a busy machine.
  beforeAll(() => problems('lib/engine/warm-up.ts', 'export {};\n'), 120_000);

  it.each(CROSSINGS)('fails on %s', async (_name, file, code) => {
    expect(await problems(file, code)).not.toEqual([]);
  }, 30_000);

  it.each(ALLOWED)('allows %s', async (_name, file, code) => {
    expect(await problems(file, code)).toEqual([]);
  }, 30_000);
});
