/**
 * Conventions every site adapter keeps: one file per site in lib/sites/, registered in SITES, a fixture page
 * under tests/fixtures/sites/, an end-to-end test that serves a page at one of the site's real URLs, and a row
 * in the README's "Where it works" table. Adding an adapter without the rest fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES, siteForUrl } from '../../../lib/sites/index.ts';
import type { SiteAdapter } from '../../../lib/sites/types.ts';
import { REPO_ROOT } from './policy-text.ts';

const SITES_DIR = path.join(REPO_ROOT, 'lib/sites');
/** Files in lib/sites that are not one site's adapter. */
const NOT_ADAPTERS = new Set(['index.ts', 'types.ts', 'generic.ts', 'send-words.ts', 'extra-selectors.ts', 'selector-syntax.ts']);

const adapterFiles = readdirSync(SITES_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_ADAPTERS.has(f));

/**
 * Every https origin the end-to-end tests (and the fixture modules they serve) use, mapped to the adapter
 * that would run there.
 */
function sitesInE2e(): Set<string> {
  const seen = new Set<string>();
  for (const dir of ['tests/e2e', 'tests/fixtures/sites']) {
    for (const f of readdirSync(path.join(REPO_ROOT, dir), { recursive: true }) as string[]) {
      if (!f.endsWith('.ts')) continue;
      for (const m of readFileSync(path.join(REPO_ROOT, dir, f), 'utf8').matchAll(/https:\/\/[a-z0-9.-]+\.[a-z]+/g)) {
        const site = siteForUrl(`${m[0]}/`);
        if (site) seen.add(site.id);
      }
    }
  }
  return seen;
}

function readmeSiteRows(): string[] {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Where it works'));
  return section.slice(0, section.indexOf('\n## ', 3)).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| site'));
}

describe('site adapter conventions', () => {
  const e2eSites = sitesInE2e();
  const rows = readmeSiteRows();

  it('finds the adapters (the test itself is not vacuous)', () => {
    expect(adapterFiles.length).toBeGreaterThan(5);
    expect(rows.length).toBeGreaterThan(5);
  });

  describe.each(adapterFiles)('lib/sites/%s', (file) => {
    const id = file.slice(0, -3);
    let adapter: SiteAdapter | undefined;

    it('exports an adapter whose id is its file name, registered in SITES', async () => {
      const mod = (await import(path.join(SITES_DIR, file))) as Record<string, unknown>;
      adapter = Object.values(mod).find((v): v is SiteAdapter => !!v && typeof v === 'object' && (v as SiteAdapter).id === id && Array.isArray((v as SiteAdapter).surfaces));
      expect(adapter, `${file} exports no adapter with id "${id}"`).toBeDefined();
      expect(SITES.map((s) => s.id), `${id} is not registered in lib/sites/index.ts`).toContain(id);
    });

    it('has a fixture page', () => {
      const dir = path.join(REPO_ROOT, 'tests/fixtures/sites');
      expect(existsSync(path.join(dir, `${id}.ts`)) || existsSync(path.join(dir, id, 'index.html')), `no fixture for ${id} in tests/fixtures/sites`).toBe(true);
    });

    it('is exercised by an end-to-end test at one of its real URLs', () => {
      expect([...e2eSites], `no e2e test serves a page at a ${id} URL`).toContain(id);
    });

    it('has a row in the README site table', () => {
      const site = SITES.find((s) => s.id === id)!;
      const word = site.name.split(/[\s(]/)[0]!;
      expect(rows.some((r) => r.includes(word)), `README "Where it works" has no row for ${site.name}`).toBe(true);
    });
  });
});
