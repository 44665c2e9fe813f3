import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX = resolve(ROOT, '.output/firefox-mv2');

describe('Firefox build', () => {
  it('exists (npm run build:firefox ran first)', () => {
    expect(existsSync(resolve(FIREFOX, 'manifest.json')), `missing ${FIREFOX}: run npm run build:firefox`).toBe(true);
  });

  it('passes addons-linter with no errors', () => {
    const bin = resolve(ROOT, 'node_modules/.bin/addons-linter');
    const r = spawnSync(bin, [FIREFOX, '--output', 'json'], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
    const report = JSON.parse(r.stdout) as { summary: { errors: number }; errors: { code: string; message: string; file?: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);

  it('carries the stable gecko id and no Chrome key', () => {
    const m = JSON.parse(readFileSync(resolve(FIREFOX, 'manifest.json'), 'utf8'));
    expect(m.browser_specific_settings.gecko.id).toBe('postpause@postpause.dev');
    expect(m.key).toBeUndefined();
  });
});

describe('Chrome build', () => {
  it('is MV3 with the development key that fixes the extension ID', () => {
    const m = JSON.parse(readFileSync(resolve(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'));
    expect(m.manifest_version).toBe(3);
    expect(m.name).toBe('PostPause');
    expect(typeof m.key).toBe('string');
    // Nothing may reach the network: no host permissions beyond the sites we read, no remote code.
    expect(JSON.stringify(m)).not.toMatch(/unsafe-eval|http:\/\//);
  });
});
