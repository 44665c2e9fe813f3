/**
 * Conventions every detector rule keeps (in the spirit of Refined GitHub's features.test.ts): one rule per
 * file at rules/<category>/<name>.ts, registered in rules/index.ts, its meta.id equal to its path, a table
 * test of valid and invalid examples beside it, and a line in docs/detection.md. Adding a rule file without
 * the rest fails here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../rules/index.ts';
import { CATEGORIES } from '../../../lib/engine/types.ts';
import type { Rule } from '../../../lib/engine/rule.ts';
import { REPO_ROOT } from './policy-text.ts';

const RULES_DIR = path.join(REPO_ROOT, 'rules');
/** Folders under rules/<category>/ that hold helpers shared by that category's rules, not rules. */
const HELPER_DIRS = new Set(['shared']);

function ruleFiles(): { category: string; name: string; file: string }[] {
  const out: { category: string; name: string; file: string }[] = [];
  for (const category of readdirSync(RULES_DIR)) {
    const dir = path.join(RULES_DIR, category);
    if (!statSync(dir).isDirectory() || category === 'lexicons') continue;
    for (const entry of readdirSync(dir)) {
      if (HELPER_DIRS.has(entry) || !entry.endsWith('.ts') || entry.endsWith('.test.ts')) continue;
      out.push({ category, name: entry.slice(0, -3), file: path.join(dir, entry) });
    }
  }
  return out;
}

const files = ruleFiles();
const detectionDoc = readFileSync(path.join(REPO_ROOT, 'docs/detection.md'), 'utf8');

describe('rule conventions', () => {
  it('finds the rule files (the test itself is not vacuous)', () => {
    expect(files.length).toBeGreaterThanOrEqual(RULES.length);
    expect(files.length).toBeGreaterThan(10);
  });

  it('rules/ holds only category folders and lexicons, besides the registry', () => {
    for (const entry of readdirSync(RULES_DIR)) {
      if (entry === 'index.ts') continue;
      expect(['lexicons', ...CATEGORIES], `unexpected rules/${entry}`).toContain(entry);
    }
  });

  it('the registry is sorted by id with no duplicates', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(files.map((f) => [`rules/${f.category}/${f.name}.ts`, f] as const))('%s', (_label, { category, name, file }) => {
    const id = `${category}/${name}`;

    it('is registered in rules/index.ts with meta.id equal to its path', async () => {
      const mod = (await import(file)) as { default?: Rule };
      expect(mod.default, `${file} must default-export its rule`).toBeDefined();
      expect(mod.default!.meta.id).toBe(id);
      expect(mod.default!.meta.category).toBe(category);
      expect(RULES, `${id} is not listed in rules/index.ts`).toContain(mod.default);
    });

    it('has a table test with valid and invalid examples', () => {
      const test = file.replace(/\.ts$/, '.test.ts');
      expect(existsSync(test), `missing ${path.relative(REPO_ROOT, test)}`).toBe(true);
      const src = readFileSync(test, 'utf8');
      expect(src).toMatch(/testRule\(/);
      expect(src).toMatch(/\bvalid\s*:/);
      expect(src).toMatch(/\binvalid\s*:/);
    });

    it('is explained in docs/detection.md', () => {
      expect(detectionDoc, `docs/detection.md does not mention \`${id}\``).toContain(`\`${id}\``);
    });
  });
});
