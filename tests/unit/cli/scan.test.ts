import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function scan(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/scan.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmpFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'postpause-scan-'));
  const f = join(dir, name);
  writeFileSync(f, content);
  return f;
}

// Each test starts Node processes (tsx compiles on start): seconds each on a busy shared machine.
describe('scan command', { timeout: 60_000 }, () => {
  it('prints readable findings for a risky post', () => {
    const r = scan(['Email me at jane.doe@example.com if you want the details']);
    expect(r.code).toBe(0);
    expect(r.out).toContain("If in doubt, don't post");
    expect(r.out).toContain('[personal] "jane.doe@example.com"');
    expect(r.out).toMatch(/Policy: .+clause/);
  });

  it('says so when there is nothing to check', () => {
    const r = scan(['Lovely sunny walk by the river this morning.']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe('No findings: nothing here looks risky.');
  });

  it('answers every JSON line, including empty, huge and invalid ones', () => {
    const huge = 'word '.repeat(20_000); // 100,000 characters
    const lines = [
      JSON.stringify({ id: 'a', text: '' }),
      JSON.stringify({ id: 'b', text: huge }),
      '{not json',
      JSON.stringify({ id: 'd' }),
      '',
      JSON.stringify({ id: 'e', text: 'write to jane.doe@example.com' }),
      JSON.stringify([1, 2]),
    ];
    const r = scan(['--jsonl'], lines.join('\n') + '\n');
    expect(r.code).toBe(0);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(6); // the blank line is skipped, every other line answered in order
    expect(out[0]).toEqual({ id: 'a', findings: [] });
    expect(out[1]).toEqual({ id: 'b', findings: [] });
    expect(out[2]).toMatchObject({ id: null, line: 3, error: expect.stringContaining('invalid JSON') });
    expect(out[3]).toMatchObject({ id: 'd', error: expect.stringContaining('"text" must be a string') });
    expect(out[4].id).toBe('e');
    const f = out[4].findings.find((x: { ruleId: string }) => x.ruleId === 'personal/email');
    expect(f).toMatchObject({ category: 'personal', text: 'jane.doe@example.com', start: 9, end: 29, severity: expect.any(String) });
    expect(f.clause).toMatchObject({ policy: expect.any(String), id: expect.any(String), title: expect.any(String), url: expect.any(String) });
    expect(out[5]).toMatchObject({ id: null, line: 7, error: expect.stringContaining('JSON object') });
  });

  it('rejects a malformed config file with one line naming the bad key, exit 2', () => {
    const f = tmpFile('bad.json', JSON.stringify({ schoolName: 'Woodbridge Junior School', schoolPostcode: 'NOT A POSTCODE' }));
    const r = scan(['--config', f, 'hello']);
    expect(r.code).toBe(2);
    const errLines = r.err.split('\n').filter((l) => l.startsWith('scan:'));
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toContain('"schoolPostcode"');
    expect(r.out).toBe('');
  });

  it('rejects an unknown key, and a file that is not JSON', () => {
    const f1 = tmpFile('bad.json', JSON.stringify({ schoolNmae: 'x' }));
    expect(scan(['--config', f1, 'x'])).toMatchObject({ code: 2, err: expect.stringContaining('"schoolNmae" is not a PostPause setting') });
    const f2 = tmpFile('bad.json', '{ "schoolName": ');
    expect(scan(['--config', f2, 'x'])).toMatchObject({ code: 2, err: expect.stringContaining('not valid JSON') });
    expect(scan(['--config', '/nonexistent/postpause.json', 'x'])).toMatchObject({ code: 2, err: expect.stringContaining('cannot read config file') });
  });

  it('uses a valid config file', () => {
    const f = tmpFile('ok.json', JSON.stringify({ schoolName: 'Woodbridge Junior School' }));
    const r = scan(['--config', f, '--jsonl'], JSON.stringify({ id: 1, text: 'hello' }) + '\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ id: 1, findings: [] });
  });

  it('explains bad usage with exit 2', () => {
    expect(scan(['--frobnicate']).code).toBe(2);
    expect(scan(['--jsonl', 'text too']).code).toBe(2);
  });
});
