/**
 * Issue 15: configuration, rosters and the policy generator at the edges where IT leads hand PostPause
 * their data. One describe per item of the issue (item 7, roster matching of O‘Neill, is covered with the
 * Unicode normalisation work). Each case reproduces the reported file and checks the message: one line
 * naming the setting, the problem and the fix; never a roster value, a secret or a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildConfig, PolicyInputError } from '../../../cli/policy/generate.ts';
import { readRosterCsv } from '../../../cli/policy/roster-csv.ts';
import { decodeText } from '../../../cli/read-text.ts';
import { createAnalyzer } from '../../../lib/index.ts';
import { hashRoster } from '../../../lib/engine/roster/index.ts';
import { rosterKeyCheck } from '../../../lib/engine/roster/key-check.ts';
import { formatProblem, validateConfig, ROSTER_SECRET_MIN } from '../../../lib/policy/config.ts';
import { validateCustomPack } from '../../../lib/policy/custom-pack.ts';
import { describeProblem, resolveConfig, unknownRuleProblems } from '../../../lib/policy/resolver.ts';
import { RULES } from '../../../rules/index.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'postpause-issue15-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (script: 'scan' | 'policy', args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `cli/${script}.ts`, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, all: `${r.stdout}${r.stderr}` };
};
const file = (name: string, data: string | Buffer) => {
  const f = join(dir, name);
  writeFileSync(f, data);
  return f;
};
const utf16le = (s: string, bom = true) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string, bom = true) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from(bom ? [0xfe, 0xff] : []), le]);
};
const NO_STACK = /\n\s+at |node:internal|\.ts:\d+:\d+/;

const SECRET = 'school-secret-0123456789abcdef';
const OTHER_SECRET = 'other-secret-0123456789abcdef0';
const PUPILS = [
  { forename: 'Jack', surname: 'Smith' },
  { forename: 'Amelia', surname: 'Jones' },
];
const roster = (secret = SECRET) => ({ rosterHashes: hashRoster(secret, PUPILS), rosterSecret: secret, rosterKeyCheck: rosterKeyCheck(secret) });

// The command-line cases start Node with tsx (several seconds each on a loaded machine): generous limits.
const CLI = { timeout: 120_000 };

describe('1. roster values and long keys are never echoed', () => {
  const reported = { rosterSecret: '0123456789abcdef0123', rosterHashes: 'Jack Smith, Amelia Jones' };

  it('the reported configuration is refused by name without quoting the names', () => {
    const { problems } = validateConfig(reported);
    expect(problems.map(formatProblem)).toEqual(['setting "rosterHashes" must be a list, got text (not shown)']);
  });

  it('roster settings never quote their value, whatever its shape', () => {
    for (const bad of [{ rosterHashes: ['Jack Smith'] }, { rosterHashes: 'Jack Smith' }, { rosterScheme: 'Jack Smith' }, { rosterKeyCheck: 'Jack Smith' }, { rosterSecret: 'Jack Smith' }, { rosterHashes: [['Jack Smith']] }]) {
      const text = validateConfig(bad).problems.map(formatProblem).join('\n');
      expect(text, JSON.stringify(bad)).toMatch(/^setting "roster/);
      expect(text).not.toMatch(/Jack|Smith/);
    }
  });

  it('a 10 MB key name is quoted as a short, marked piece', () => {
    const { problems } = validateConfig({ ['k'.repeat(10_000_000)]: 1 });
    const line = formatProblem(problems[0]!);
    expect(line.length).toBeLessThan(600);
    expect(line).toContain(`"${'k'.repeat(40)}…"`);
    expect(line).not.toContain('k'.repeat(41));
  });

  it('other values are quoted at most 40 characters, on one line, marked where cut', () => {
    const line = formatProblem(validateConfig({ schoolPostcode: `DE55\n${'Z'.repeat(5000)}` }).problems[0]!);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/got "DE55 Z{35}…"$/);
  });

  it('JSON that cannot be read is described by line and column, never quoted (custom pack)', () => {
    const r = validateCustomPack('Jack Smith, Amelia Jones');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).not.toMatch(/Jack|Amelia/);
    const r2 = validateCustomPack('{"id": "ours",\n "name": Jack Smith}');
    if (!r2.ok) expect(r2.errors[0]!.message).not.toMatch(/Jack/);
  });

  it('the options page sentence carries no name either', () => {
    const resolved = resolveConfig({ managed: reported });
    const text = resolved.problems.map(describeProblem).join('\n');
    expect(text).toContain('"rosterHashes"');
    expect(text).not.toMatch(/Jack|Amelia|0123456789abcdef0123/);
  });

  it('scan --config and policy --base refuse it in one line per problem, no names, no stack trace', CLI, () => {
    const f = file('reported.json', JSON.stringify(reported));
    const scan = cli('scan', ['--config', f, 'hello']);
    expect(scan.code).toBe(2);
    expect(scan.err).toContain('setting "rosterHashes" must be a list');
    expect(scan.all).not.toMatch(/Jack|Amelia|0123456789abcdef0123/);
    const csv = file('pupils-as-config.json', 'Jack Smith, Amelia Jones\n');
    const scan2 = cli('scan', ['--config', csv, 'hello']);
    expect(scan2.code).toBe(2);
    expect(scan2.err).toMatch(/is not valid JSON/);
    expect(scan2.all).not.toMatch(/Jack|Amelia/);
    const out = join(dir, 'reported-out');
    const policy = cli('policy', ['--school', 'W', '--base', f, '--out', out]);
    expect(policy.code).toBe(1);
    expect(policy.err).toContain('setting "rosterHashes" must be a list');
    expect(policy.all).not.toMatch(/Jack|Amelia|0123456789abcdef0123/);
    expect(policy.all).not.toMatch(NO_STACK);
    expect(existsSync(out)).toBe(false);
  });
});

describe('2. a wrong roster secret is detected by its key check', () => {
  it('the generator writes rosterKeyCheck, which the validator accepts with no problem', () => {
    const config = buildConfig({ schoolName: 'W', pupils: PUPILS, secret: SECRET });
    expect(config.rosterKeyCheck).toBe(rosterKeyCheck(SECRET));
    expect(config.rosterKeyCheck).toMatch(/^[0-9a-f]{16}$/);
    expect(validateConfig(config)).toEqual({ config, problems: [] });
  });

  it('hashes deployed with another well-formed secret are refused by name, and dropped', () => {
    for (const secret of [OTHER_SECRET, `${SECRET.slice(0, -1)}F`]) {
      const { config, problems } = validateConfig({ ...roster(), rosterSecret: secret });
      expect(problems).toHaveLength(1);
      expect(problems[0]!.key).toBe('rosterSecret');
      expect(problems[0]!.message).toMatch(/does not match rosterKeyCheck.*mistyped.*from one run/);
      expect(config.rosterHashes).toBeUndefined();
      expect(JSON.stringify(problems)).not.toContain(secret);
      expect(JSON.stringify(problems)).not.toContain(SECRET);
    }
  });

  it('the options page names the setting', () => {
    const r = resolveConfig({ managed: { ...roster(), rosterSecret: OTHER_SECRET } });
    expect(r.problems.map(describeProblem)).toEqual([expect.stringMatching(/^Your school's policy setting "rosterSecret" was ignored because it does not match rosterKeyCheck/)]);
    expect(r.config.rosterHashes).toBeUndefined();
  });

  it('an older configuration without the key check still works, with a gentle notice', () => {
    const { rosterKeyCheck: _check, ...old } = roster();
    const v = validateConfig(old);
    expect(v.config.rosterHashes).toEqual(old.rosterHashes);
    expect(v.problems).toEqual([{ key: 'rosterKeyCheck', message: expect.stringMatching(/cannot check/), notice: true }]);
    const analyzer = createAnalyzer(old);
    expect(analyzer.analyze('Well done Jack Smith!').map((f) => f.ruleId)).toContain('pupil/roster-name');
    const r = resolveConfig({ managed: old });
    expect(describeProblem(r.problems[0]!)).toMatch(/^Note: your school's policy setting "rosterKeyCheck" is not set/);
  });

  it('secrets shorter than the generator minimum are refused everywhere', () => {
    const short = 'short-secret'; // 12 characters
    expect(short.length).toBeLessThan(ROSTER_SECRET_MIN);
    const { config, problems } = validateConfig({ rosterHashes: hashRoster(short, PUPILS), rosterSecret: short });
    expect(problems.map(formatProblem)).toContain(`setting "rosterSecret" is too short (at least ${ROSTER_SECRET_MIN} characters; use the secret \`npm run policy\` wrote, or let it make a new one)`);
    expect(config.rosterHashes).toBeUndefined();
    expect(JSON.stringify(problems)).not.toContain(short);
  });

  it('scan reports a mismatched secret by name and exits 2; an unchecked roster scans with a note', CLI, () => {
    const bad = cli('scan', ['--config', file('mismatch.json', JSON.stringify({ ...roster(), rosterSecret: OTHER_SECRET })), 'Well done Jack Smith']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^scan: config file .*: setting "rosterSecret" does not match rosterKeyCheck/);
    expect(bad.err).not.toContain(OTHER_SECRET);
    const { rosterKeyCheck: _check, ...old } = roster();
    const ok = cli('scan', ['--config', file('old.json', JSON.stringify(old)), 'Well done Jack Smith']);
    expect(ok.code).toBe(0);
    expect(ok.err).toMatch(/note: setting "rosterKeyCheck" is not set/);
    expect(ok.out).toContain('pupil/roster-name');
  });
});

describe('3. the generator validates everything before writing', () => {
  it('an invalid custom pack is refused with the validator\'s reasons', () => {
    expect(() => buildConfig({ schoolName: 'W', customPack: { id: 'ours' } })).toThrow(PolicyInputError);
    expect(() => buildConfig({ schoolName: 'W', customPack: { id: 'ours' } })).toThrow(/"clauses" must be a non-empty list/);
  });

  it('the command exits 1 and writes nothing', CLI, () => {
    const pack = file('bad-pack.json', JSON.stringify({ id: 'ours', name: 'Our policy' }));
    const out = join(dir, 'pack-out');
    const r = cli('policy', ['--school', 'W', '--pack', pack, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/policy pack.*"version" is missing/);
    expect(r.err).toContain('Nothing was written');
    expect(existsSync(out)).toBe(false);
  });
});

describe('4. a generator run writes a complete set of files or none', CLI, () => {
  const csv = () => file('pupils.csv', 'Forename,Surname\nJack,Smith\nAmelia,Jones\n');
  const listing = () => readdirSync(dir).sort();

  it('--out naming a file: a clear message, no stack trace, nothing written', () => {
    const target = file('a-file', 'keep me');
    const pupils = csv();
    const before = listing();
    const r = cli('policy', ['--roster', pupils, '--school', 'W', '--out', target]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^policy: --out .*a-file is a file, not a folder.*Nothing was written\.\n$/);
    expect(r.all).not.toMatch(NO_STACK);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(listing()).toEqual(before);
  });

  it('--out below a file: a clear message, nothing written', () => {
    file('blocker', 'x');
    const pupils = csv();
    const before = listing();
    const r = cli('policy', ['--roster', pupils, '--school', 'W', '--out', join(dir, 'blocker', 'policy')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot be created: .*blocker is a file, not a folder/);
    expect(r.all).not.toMatch(NO_STACK);
    expect(listing()).toEqual(before);
  });

  it('output piped into a command that stops reading early ends quietly, files complete', () => {
    const out = join(dir, 'piped');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx cli/policy.ts --roster "${csv()}" --school W --out "${out}" | head -c 1 >/dev/null; echo "exit=$?"`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(JSON.parse(readFileSync(join(out, 'config.json'), 'utf8')).rosterKeyCheck).toBe(rosterKeyCheck(readFileSync(join(out, 'roster-secret.txt'), 'utf8').trim()));
  });

  it('a folder holding other files is refused and left alone', () => {
    const out = join(dir, 'busy');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.docx'), 'mine');
    const r = cli('policy', ['--school', 'W', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already holds files the policy generator did not write \(such as "notes\.docx"\)/);
    expect(readdirSync(out)).toEqual(['notes.docx']);
  });

  it('re-running into the same folder replaces the previous run whole: no stale roster-secret.txt', () => {
    const out = join(dir, 'again');
    expect(cli('policy', ['--roster', csv(), '--school', 'W', '--out', out]).code).toBe(0);
    const first = readFileSync(join(out, 'roster-secret.txt'), 'utf8').trim();
    // Second run without a roster: the old secret (and hashes) must not survive.
    const second = cli('policy', ['--school', 'W', '--out', out]);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/Replaced the previous policy files/);
    expect(existsSync(join(out, 'roster-secret.txt'))).toBe(false);
    expect(JSON.parse(readFileSync(join(out, 'config.json'), 'utf8')).rosterHashes).toBeUndefined();
    // Third run with a new roster: the secret file and every policy file agree.
    expect(cli('policy', ['--roster', csv(), '--school', 'W', '--out', out]).code).toBe(0);
    const third = readFileSync(join(out, 'roster-secret.txt'), 'utf8').trim();
    expect(third).not.toBe(first);
    const cfg = JSON.parse(readFileSync(join(out, 'config.json'), 'utf8'));
    expect(cfg.rosterSecret).toBe(third);
    expect(cfg.rosterKeyCheck).toBe(rosterKeyCheck(third));
    expect(JSON.parse(readFileSync(join(out, 'linux', 'postpause.json'), 'utf8'))['3rdparty'].extensions).toMatchObject({ [Object.keys(JSON.parse(readFileSync(join(out, 'linux', 'postpause.json'), 'utf8'))['3rdparty'].extensions)[0]!]: { rosterSecret: third } });
    // Keeping the secret with --secret-file from the folder being replaced works too.
    const keep = cli('policy', ['--roster', csv(), '--school', 'W', '--secret-file', join(out, 'roster-secret.txt'), '--out', out]);
    expect(keep.code).toBe(0);
    expect(readFileSync(join(out, 'roster-secret.txt'), 'utf8').trim()).toBe(third);
    expect(statSync(join(out, 'roster-secret.txt')).mode & 0o777).toBe(0o600);
    // No temporary folders are left beside it.
    expect(readdirSync(dir).filter((n) => n.includes('.writing-'))).toEqual([]);
  });
});

describe('5. encodings IT leads really produce', () => {
  const json = '{"schoolName": "Ysgol Gymraeg Aberdâr", "schoolHoursStart": "08:45"}';

  it('decodes UTF-16 LE and BE, with or without a byte-order mark, and UTF-8 with one', () => {
    for (const [bytes, encoding] of [
      [utf16le(json), 'utf-16le'],
      [utf16le(json, false), 'utf-16le'],
      [utf16be(json), 'utf-16be'],
      [utf16be(json, false), 'utf-16be'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]), 'utf-8'],
    ] as const) {
      const d = decodeText(bytes, 'replace');
      expect(d.encoding).toBe(encoding);
      expect(d.text.replace(/^\uFEFF/, '')).toBe(json);
    }
  });

  it('scan --config reads a PowerShell 5.1 (UTF-16 LE) configuration', CLI, () => {
    const r = cli('scan', ['--config', file('ps.json', utf16le(json)), 'Our trip from Ysgol Gymraeg Aberdâr today']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('school/school-name');
  });

  it('policy --base reads UTF-16 BE without a BOM', CLI, () => {
    const out = join(dir, 'utf16-out');
    const r = cli('policy', ['--school', 'W', '--base', file('base.json', utf16be(json, false)), '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'config.json'), 'utf8')).schoolHoursStart).toBe('08:45');
  });

  it('rosters in UTF-16 BE, or LE without a BOM, are read, not reported as missing surnames', () => {
    const text = 'Forename,Surname\r\nZoë,Smith\r\nSiân,Jones\r\n';
    for (const bytes of [utf16be(text), utf16be(text, false), utf16le(text, false)]) {
      const r = readRosterCsv(bytes);
      expect(r.problems).toEqual([]);
      expect(r.pupils.map((p) => p.forename)).toEqual(['Zoë', 'Siân']);
    }
  });

  it('a Latin-1 byte in the school name is named with the fix', CLI, () => {
    const latin1 = Buffer.from('{"schoolName": "Ecole Ren\xe9 Cassin", "schoolHoursStart": "08:45"}', 'latin1');
    const r = cli('scan', ['--config', file('latin1.json', latin1), 'hello']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/setting "schoolName" contains a character that could not be read .*save it as UTF-8/);
    const v = validateConfig({ schoolName: 'Ecole Ren\uFFFD Cassin', schoolHoursStart: '08:45' });
    expect(v.problems.map((p) => p.key)).toEqual(['schoolName']);
    expect(v.config.schoolHoursStart).toBe('08:45');
  });
});

describe('6. silently accepted mistakes are reported', () => {
  const ruleIds = RULES.map((r) => r.meta.id);

  it('disabledRules naming no rule: reported, the rest still applies', () => {
    const v = validateConfig({ disabledRules: ['tone/profanty', 'tone/shouting'] }, { ruleIds });
    expect(v.config.disabledRules).toEqual(['tone/shouting']);
    expect(v.problems).toEqual([{ key: 'disabledRules', partial: true, message: expect.stringMatching(/^names rules PostPause does not have \("tone\/profanty"\), so they switch nothing off/) }]);
    expect(createAnalyzer({ disabledRules: ['tone/profanty'] }).problems.map((p) => p.key)).toEqual(['disabledRules']);
    expect(() => buildConfig({ schoolName: 'W', base: { disabledRules: ['tone/profanty'] } })).toThrow(/tone\/profanty/);
    const resolved = resolveConfig({ managed: { disabledRules: ['tone/profanty'] } });
    expect(unknownRuleProblems(resolved, ruleIds).map(describeProblem)).toEqual([expect.stringMatching(/^Part of your school's policy setting "disabledRules" was ignored because it names rules/)]);
  });

  it('roster rows whose names fold to nothing are reported by row number only', () => {
    const r = readRosterCsv(Buffer.from('Forename,Surname\nJack,Smith\n😀😀,Brown\nAmelia,!!!\n'));
    expect(r.problems.map((p) => `row ${p.row} ${p.message}`)).toEqual([
      'row 3 has a forename with no letters or digits PostPause can match (only symbols, emoji or punctuation): correct the name or delete the row',
      'row 4 has a surname with no letters or digits PostPause can match (only symbols, emoji or punctuation): correct the name or delete the row',
    ]);
    expect(JSON.stringify(r.problems)).not.toMatch(/Brown|Amelia|😀|!!!/);
  });

  // Hashes 12,000 pupils (about 65,000 forms): well under a second alone, seconds on a loaded machine.
  it('the roster cap is stated in pupils, with how to split', CLI, () => {
    const line = formatProblem(validateConfig({ rosterSecret: SECRET, rosterHashes: Array(100_000).fill('0123456789abcdef') }).problems[0]!);
    expect(line).toBe(
      'setting "rosterHashes" has 100,000 name forms, more than PostPause takes (50,000, about 9,000 pupils); split the roster (by key stage, phase or site) and give each group of staff the policy for their pupils',
    );
    // 12,000 distinct made-up pupils make more forms than the cap: the generator says so in pupils.
    const letters = 'bcdfghjklmnpqrstvwxz';
    const word = (n: number, len: number) => Array.from({ length: len }, (_, i) => letters[Math.floor(n / letters.length ** i) % letters.length]).join('');
    const pupils = Array.from({ length: 12_000 }, (_, i) => ({ forename: `A${word(i, 4)}`, surname: `O${word(i * 7 + 3, 5)}` }));
    expect(() => buildConfig({ schoolName: 'W', pupils, secret: SECRET })).toThrow(/the roster has 12,000 pupils, which make [\d,]+ name forms; PostPause takes at most 50,000 \(about 9,000 pupils\)\. Split the roster/);
  });
});
