/**
 * The compose content script is injected at document_start into every page of every supported site, so it
 * must carry nothing of the engine: no rules, lexicons, model, roster matcher, policy packs or UI. Those are
 * in entrypoints/compose-engine, imported when someone starts writing. This walks the script's static
 * imports (type-only imports are erased from the bundle and skipped) and fails on any that reaches them.
 *
 * Then both page scripts (compose at document_start, settings-panel at document_idle) are bundled here the
 * way wxt.config.ts builds them (the browser's own API object in place of webextension-polyfill, the
 * settings pages as a few URL strings) and checked: what is in the bundle, and its gzip size against a
 * budget. The settings panel's UI (Preact, the checklist) is loaded on a settings page only
 * (entrypoints/settings-panel-ui), so it must be in neither.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { settingsPageList } from '../../../lib/privacy/pages.ts';
import { REPO_ROOT } from './policy-text.ts';

const ENTRY = 'entrypoints/compose.content/index.ts';
const FORBIDDEN: [RegExp, string][] = [
  [/^rules\//, 'rules and lexicons'],
  [/^lib\/index\.ts$/, 'the engine entry'],
  [/^lib\/engine\//, 'the analyser'],
  [/^lib\/policy\//, 'policy packs and configuration'],
  [/^lib\/notes\//, 'the notes'],
  [/^components\//, 'the UI'],
  [/^entrypoints\/compose-engine\//, 'the engine entry'],
];
const FORBIDDEN_PACKAGES = ['preact', 'compromise', 'obscenity', '@noble/hashes'];

/** Value imports (and re-exports) of one file: `import type` and `export type` are erased. */
function imports(file: string): string[] {
  const src = readFileSync(resolve(REPO_ROOT, file), 'utf8');
  const out: string[] = [];
  const re = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const m of src.matchAll(re)) if (!m[1]) out.push(m[2]!);
  return out;
}

function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of imports(file)) {
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const target = relative(REPO_ROOT, resolve(REPO_ROOT, dirname(file), spec));
      if (!existsSync(resolve(REPO_ROOT, target))) throw new Error(`${file}: cannot resolve ${spec}`);
      visit(target);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the document_start content script stays lean', () => {
  const { files, packages } = graph(ENTRY);

  it('reaches its own wiring, the send guard and the loader', () => {
    expect(files).toContain('extension/dom/send-guard.ts');
    expect(files).toContain('extension/compose/engine-loader.ts');
    expect(files.size).toBeGreaterThan(5);
  });

  it('imports nothing of the engine or the UI', () => {
    const bad = [...files].flatMap((f) => FORBIDDEN.filter(([re]) => re.test(f)).map(([, what]) => `${f} (${what})`));
    expect(bad).toEqual([]);
    expect([...packages].filter((p) => FORBIDDEN_PACKAGES.some((b) => p === b || p.startsWith(`${b}/`)))).toEqual([]);
  });
});

/**
 * Gzip budget for each page script, bundled and minified. The ceiling for the document_start script
 * is 60 KB; today it is about 11 KB (site adapters, send guard, loaders, WXT's context), so this budget
 * leaves room for more sites while catching any library, lexicon or UI that slips in.
 */
const GZIP_BUDGET = 24 * 1024;
const PAGE_SCRIPTS = ['entrypoints/compose.content/index.ts', 'entrypoints/settings-panel.content/index.ts'];
/** Modules no page script may contain (bundle paths, relative to the repository). */
const NOT_IN_PAGE_SCRIPTS: [RegExp, string][] = [
  [/^node_modules\/preact\//, 'Preact (the panel and overlay UI)'],
  [/^node_modules\/webextension-polyfill\//, 'webextension-polyfill'],
  [/^components\//, 'UI components'],
  [/^entrypoints\/settings-panel-ui\//, 'the settings panel UI'],
  [/^entrypoints\/compose-engine\//, 'the compose engine'],
  [/^lib\/privacy\/platforms\.ts$/, 'the privacy checklist data'],
  [/^rules\//, 'rules and lexicons'],
];

async function bundle(entry: string): Promise<{ code: Uint8Array; inputs: string[] }> {
  const out = await build({
    entryPoints: [resolve(REPO_ROOT, entry)],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'iife',
    logLevel: 'silent',
    // As wxt.config.ts builds the page scripts.
    alias: {
      'wxt/browser': '@wxt-dev/webextension-polyfill/browser',
      'webextension-polyfill': resolve(REPO_ROOT, 'extension/runtime/browser-native.ts'),
    },
    define: {
      __POSTPAUSE_SETTINGS_PAGES__: JSON.stringify(settingsPageList()),
      __POSTPAUSE_SETTINGS_PANEL_MATCHES__: '[]',
    },
  });
  return { code: out.outputFiles[0]!.contents, inputs: Object.keys(out.metafile.inputs) };
}

describe.each(PAGE_SCRIPTS)('the page script %s, as built', (entry) => {
  it('holds no UI, no polyfill, no checklist data and no engine', async () => {
    const { inputs } = await bundle(entry);
    expect(inputs).toContain('extension/privacy/panel-watch.ts');
    const bad = inputs.flatMap((f) => NOT_IN_PAGE_SCRIPTS.filter(([re]) => re.test(f)).map(([, what]) => `${f} (${what})`));
    expect(bad).toEqual([]);
  });

  it(`stays within ${GZIP_BUDGET / 1024} KB gzip`, async () => {
    const { code } = await bundle(entry);
    const gz = gzipSync(code, { level: 9 }).length;
    expect(gz).toBeGreaterThan(1000);
    expect(gz).toBeLessThanOrEqual(GZIP_BUDGET);
  });
});
