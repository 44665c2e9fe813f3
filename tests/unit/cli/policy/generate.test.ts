/**
 * Every output format, parsed back the way the browser or OS would read it, must carry exactly the
 * configuration in config.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parsePlist } from 'plist';
import { afterAll, describe, expect, it } from 'vitest';
import { buildConfig, PolicyInputError, policyFiles, sizeWarnings, type OutputFile } from '../../../../cli/policy/generate.ts';
import { DEV_CHROME_ID, FIREFOX_ID } from '../../../../cli/policy/ids.ts';
import { packHashes, policyValues, regFile, stableUuid, unpackHashes } from '../../../../cli/policy/formats.ts';
import { validateConfig } from '../../../../lib/policy/config.ts';
import { hashRoster } from '../../../../lib/engine/roster/index.ts';

const SECRET = 'test-secret-0123456789abcdef';
const EDGE_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ids = { chrome: DEV_CHROME_ID, edge: EDGE_ID, firefox: FIREFOX_ID };
const pupils = [
  { forename: 'Jack', surname: 'Smith' },
  { forename: 'Zoë', surname: "O'Neil-Brown", preferred: 'Zo' },
];
// A complete custom pack: the generator refuses one the extension would refuse (issue 15).
const OUR_PACK = {
  id: 'ours',
  name: 'Our social media policy',
  version: '2026',
  url: 'https://woodbridge.sch.uk/policies/social-media.pdf',
  generalClause: '1',
  clauses: [{ id: '1', title: 'If in doubt', quote: 'If in doubt, do not post.' }],
};
const config = buildConfig({
  schoolName: 'Woodbridge "Juniors" \\ Ysgol Gymraeg Bro Ŵyn',
  aliases: ['WJS'],
  postcode: 'DE55 4FY',
  domain: 'woodbridge.derbyshire.sch.uk',
  pack: 'default',
  customPack: OUR_PACK,
  policyUrl: 'https://woodbridge.sch.uk/policies/social-media.pdf',
  locked: ['disabledRules', 'policyPack'],
  base: {
    schoolDays: [1, 2, 3, 4, 5],
    reminderIntervalDays: 30,
    schoolHoursStart: '08:45',
    siteSelectors: { linkedin: { share: { composers: ['div.share-editor [contenteditable="true"]'], submitControls: ["button[aria-label='Post']"], submitKeys: ['Ctrl+Enter'] } } },
  },
  pupils,
  secret: SECRET,
});
const values = policyValues(config);
const files = policyFiles(config, ids);
const file = (path: string): OutputFile => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f;
};
const text = (path: string) => {
  const d = file(path).data;
  return typeof d === 'string' ? d : d.toString('utf8');
};

/** Minimal .reg reader: sections, deletions, REG_SZ, REG_DWORD and hex(1) values. */
function parseReg(buf: Buffer): { deleted: string[]; keys: Map<string, Map<string, string | number>> } {
  expect([...buf.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const lines = buf.subarray(2).toString('utf16le').split('\r\n');
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  const keys = new Map<string, Map<string, string | number>>();
  const deleted: string[] = [];
  let current: Map<string, string | number> | undefined;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    let m;
    if ((m = /^\[-(.+)\]$/.exec(line))) deleted.push(m[1]!);
    else if ((m = /^\[(.+)\]$/.exec(line))) keys.set(m[1]!, (current = new Map()));
    else if ((m = /^"((?:[^"\\]|\\.)*)"=(.*)$/.exec(line))) {
      const name = m[1]!.replace(/\\(.)/g, '$1');
      const raw = m[2]!;
      let v: string | number;
      if (raw.startsWith('dword:')) v = parseInt(raw.slice(6), 16);
      else if (raw.startsWith('hex(1):')) v = Buffer.from(raw.slice(7).split(',').map((h) => parseInt(h, 16))).toString('utf16le').replace(/\0$/, '');
      else if (/^"((?:[^"\\]|\\.)*)"$/.test(raw)) v = raw.slice(1, -1).replace(/\\(.)/g, '$1');
      else throw new Error(`bad .reg line: ${line}`);
      current!.set(name, v);
    } else throw new Error(`bad .reg line: ${line}`);
  }
  return { deleted, keys };
}

/** Rebuild the policy object the way Chrome reads the registry: values, and numbered subkeys as lists. */
function registryToPolicy(reg: ReturnType<typeof parseReg>, root: string): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(reg.keys.get(root)!);
  for (const [path, vals] of reg.keys) {
    if (!path.startsWith(`${root}\\`)) continue;
    const entries = [...vals].sort((a, b) => Number(a[0]) - Number(b[0]));
    entries.forEach(([n], i) => expect(n).toBe(String(i + 1)));
    out[path.slice(root.length + 1)] = entries.map(([, v]) => v);
  }
  return out;
}

describe('buildConfig', () => {
  it('hashes the roster with the shared hasher, and keeps no names', () => {
    expect(config.rosterHashes).toEqual(hashRoster(SECRET, pupils));
    expect(config.rosterScheme).toBe('hmac-sha256-16');
    const all = files.map((f) => (typeof f.data === 'string' ? f.data : f.path.endsWith('.reg') ? f.data.subarray(2).toString('utf16le') : f.data.toString('utf8'))).join('\n');
    for (const name of ['Jack', 'Smith', 'Zoë', 'Neil']) expect(all).not.toContain(name);
  });

  it('produces a configuration the validator accepts unchanged', () => {
    expect(validateConfig(config)).toEqual({ config, problems: [] });
  });

  it('refuses unknown packs and invalid settings with the validator\'s words', () => {
    expect(() => buildConfig({ schoolName: 'A', pack: 'no-such-pack' })).toThrow(/unknown policy pack "no-such-pack" \(built-in packs: .*default/);
    expect(() => buildConfig({ schoolName: 'A', postcode: 'nowhere' })).toThrow(
      new PolicyInputError('setting "schoolPostcode" must be a UK postcode such as "DE55 4FY", got "nowhere"\nNothing was written. Fix these and run again.'),
    );
    expect(() => buildConfig({ schoolName: 'A', locked: ['colour'] })).toThrow(/setting "locked" names settings PostPause does not have/);
  });
});

describe('output formats', () => {
  it('config.json is the plain configuration', () => {
    expect(JSON.parse(text('config.json'))).toEqual(config);
    expect(JSON.parse(text('config.json')).customPack).toEqual(OUR_PACK);
  });

  it('policy formats carry the custom pack as JSON text (the schema type), which the validator accepts back', () => {
    expect(values.customPack).toBe(JSON.stringify(OUR_PACK));
    expect(validateConfig(values).config).toEqual(config);
  });

  it('policy formats carry the extra site selectors as JSON text too, quotes and all', () => {
    expect(typeof values.siteSelectors).toBe('string');
    expect(JSON.parse(values.siteSelectors as string)).toEqual(config.siteSelectors);
    expect(config.siteSelectors!.linkedin!.share!.composers).toEqual(['div.share-editor [contenteditable="true"]']);
  });

  it('Linux JSON uses lower-case "extensions" and the Chrome ID', () => {
    expect(JSON.parse(text('linux/postpause.json'))).toEqual({ '3rdparty': { extensions: { [DEV_CHROME_ID]: values } } });
  });

  it('Google Admin console JSON wraps each value in {"Value": ...}', () => {
    const admin = JSON.parse(text('google-admin/policy-for-extensions.json')) as Record<string, { Value: unknown }>;
    expect(Object.fromEntries(Object.entries(admin).map(([k, v]) => [k, v.Value]))).toEqual(values);
    expect(Object.values(admin).every((v) => Object.keys(v).join() === 'Value')).toBe(true);
  });

  it('Firefox policies.json uses 3rdparty.Extensions and the gecko ID', () => {
    expect(JSON.parse(text('firefox/policies.json'))).toEqual({ policies: { '3rdparty': { Extensions: { [FIREFOX_ID]: values } } } });
  });

  it.each([
    ['chrome', DEV_CHROME_ID, 'Google\\Chrome'],
    ['edge', EDGE_ID, 'Microsoft\\Edge'],
  ] as const)('%s .reg parses back to the same policy, deleting the old key first', (vendor, id, path) => {
    const reg = parseReg(file(`windows/${vendor}.reg`).data as Buffer);
    const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${path}\\3rdparty\\extensions\\${id}\\policy`;
    expect(reg.deleted).toEqual([root]);
    expect(registryToPolicy(reg, root)).toEqual(values);
    expect(typeof reg.keys.get(root)!.get('reminderIntervalDays')).toBe('number');
  });

  it('.reg writes values with line breaks as hex(1) so they survive', () => {
    const reg = parseReg(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(regFile({ schoolName: 'Two\r\nlines', x: ['a"b\\c'] }, 'chrome', DEV_CHROME_ID), 'utf16le')]));
    const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${DEV_CHROME_ID}\\policy`;
    expect(registryToPolicy(reg, root)).toEqual({ schoolName: 'Two\r\nlines', x: ['a"b\\c'] });
  });

  it('the PowerShell script embeds the same policy (JSON here-string + packed roster) for both browsers', () => {
    const buf = file('windows/postpause-policy.ps1').data as Buffer;
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const ps = buf.subarray(3).toString('utf8');
    expect(ps).not.toMatch(/[^\r]\n/);
    const json = /\$policy = @'\r\n([\s\S]*?)\r\n'@ \| ConvertFrom-Json/.exec(ps)![1]!;
    const packed = /\$rosterPacked = '([A-Za-z0-9+/=]*)'/.exec(ps)![1]!;
    expect({ ...JSON.parse(json), rosterHashes: unpackHashes(packed) }).toEqual(values);
    expect(ps).toContain(`'SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${DEV_CHROME_ID}\\policy'`);
    expect(ps).toContain(`'SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${EDGE_ID}\\policy'`);
    expect(ps).toContain('RegistryView]::Registry64');
  });

  it('packs and unpacks roster hashes losslessly', () => {
    const h = ['0123456789abcdef', 'ffffffffffffffff', '0000000000000000'];
    expect(unpackHashes(packHashes(h))).toEqual(h);
    expect(unpackHashes('')).toEqual([]);
  });

  it.each([
    ['chrome', `com.google.Chrome.extensions.${DEV_CHROME_ID}`],
    ['edge', `com.microsoft.Edge.extensions.${EDGE_ID}`],
  ] as const)('%s .mobileconfig is a valid profile whose payload is the extension policy domain', (vendor, domain) => {
    const profile = parsePlist(text(`macos/${vendor}.mobileconfig`)) as Record<string, unknown>;
    expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1, PayloadScope: 'System', PayloadIdentifier: `dev.postpause.policy.${vendor}` });
    const [payload, ...others] = profile.PayloadContent as Record<string, unknown>[];
    expect(others).toEqual([]);
    const { PayloadType, PayloadVersion, PayloadIdentifier, PayloadUUID, PayloadDisplayName, PayloadEnabled, ...settings } = payload!;
    expect(PayloadType).toBe(domain);
    expect([PayloadVersion, PayloadEnabled, PayloadDisplayName]).toEqual([1, true, 'PostPause']);
    expect(PayloadIdentifier).toBe(`dev.postpause.policy.${vendor}.settings`);
    expect(PayloadUUID).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(PayloadUUID).not.toBe(profile.PayloadUUID);
    expect(settings).toEqual(values);
  });

  it('profile UUIDs are stable, so next term\'s profile replaces this one', () => {
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
  });

  it('the install snippet force-installs PostPause in each browser', () => {
    const s = JSON.parse(text('install/extension-settings.json'));
    expect(s.chrome.ExtensionSettings[DEV_CHROME_ID]).toMatchObject({ installation_mode: 'force_installed', update_url: 'https://clients2.google.com/service/update2/crx' });
    expect(s.edge.ExtensionSettings[EDGE_ID]).toMatchObject({ installation_mode: 'force_installed', update_url: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx' });
    expect(s.firefox.policies.ExtensionSettings[FIREFOX_ID]).toMatchObject({ installation_mode: 'force_installed' });
  });

  it('README.txt lists every file', () => {
    for (const f of files) if (f.path !== 'README.txt') expect(text('README.txt')).toContain(f.path);
  });

  it('warns when the PowerShell script outgrows Intune\'s 200 KB limit', () => {
    expect(sizeWarnings(files)).toEqual([]);
    expect(sizeWarnings([{ path: 'windows/postpause-policy.ps1', data: Buffer.alloc(210 * 1024), purpose: '' }])[0]).toMatch(/over Intune's 200 KB limit/);
  });
});

describe('npm run policy (command line)', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'postpause-policy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'cli/policy.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

  it('writes every file, generates and saves the secret, and never prints a name', () => {
    writeFileSync(join(dir, 'pupils.csv'), '\uFEFFForename,Preferred Forename,Surname\r\nJack,,Smith\r\nAmelia,Millie,Zyskowska\r\n');
    const out = join(dir, 'out');
    const r = run('--roster', join(dir, 'pupils.csv'), '--school', 'Woodbridge Junior School', '--alias', 'WJS', '--alias', 'Woodbridge Juniors', '--pack', 'default', '--lock', 'disabledRules,enabledSites', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Read 2 pupil names/);
    expect(r.stdout).toContain(`saved in ${join(out, 'roster-secret.txt')}`);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/Jack|Smith|Amelia|Millie|Zyskowska/);
    const secret = readFileSync(join(out, 'roster-secret.txt'), 'utf8').trim();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(join(out, 'roster-secret.txt')).mode & 0o777).toBe(0o600);
    expect(r.stdout).not.toContain(secret);
    const cfg = JSON.parse(readFileSync(join(out, 'config.json'), 'utf8'));
    expect(cfg).toMatchObject({ schoolName: 'Woodbridge Junior School', schoolAliases: ['WJS', 'Woodbridge Juniors'], locked: ['disabledRules', 'enabledSites'], rosterSecret: secret });
    expect(cfg.rosterHashes).toEqual(hashRoster(secret, [{ forename: 'Jack', surname: 'Smith' }, { forename: 'Amelia', surname: 'Zyskowska', preferred: 'Millie' }]));
    for (const f of files) expect(statSync(join(out, f.path)).size).toBeGreaterThan(0);

    // Same secret next term: --secret-file.
    const again = run('--roster', join(dir, 'pupils.csv'), '--school', 'Woodbridge Junior School', '--secret-file', join(out, 'roster-secret.txt'), '--out', join(dir, 'out2'));
    expect(again.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out2', 'config.json'), 'utf8')).rosterHashes).toEqual(cfg.rosterHashes);
  });

  it('lists bad rows with their numbers, writes nothing, and exits 1', () => {
    writeFileSync(join(dir, 'bad.csv'), 'Forename,Surname\nJack,Smith\nAmelia,\n\n,Brown\n');
    const r = run('--roster', join(dir, 'bad.csv'), '--school', 'W', '--out', join(dir, 'bad-out'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.csv: row 3 has no surname');
    expect(r.stderr).toContain('bad.csv: row 5 has no forename');
    expect(r.stderr).not.toMatch(/Amelia|Brown/);
    expect(() => statSync(join(dir, 'bad-out'))).toThrow();
  });

  it('exits 2 with usage on bad options', () => {
    expect(run('--school', 'W').status).toBe(2);
    const r = run('--school', 'W', '--out', dir, '--colour', 'blue');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage:/);
  });
});
