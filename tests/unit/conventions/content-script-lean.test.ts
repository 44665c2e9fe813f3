/**
 * The compose content script is injected at document_start into every page of every supported site, so it
 * must carry nothing of the engine: no rules, lexicons, model, roster matcher, policy packs or UI. Those are
 * in entrypoints/compose-engine, imported when someone starts writing. This walks the script's static
 * imports (type-only imports are erased from the bundle and skipped) and fails on any that reaches them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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
