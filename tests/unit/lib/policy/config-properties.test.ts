/**
 * Property tests (fast-check) over the inputs IT leads and staff hand PostPause: configuration objects from
 * managed policy, saved settings, `scan --config`, and roster CSVs. Fixed seeds, so a failure reproduces.
 *
 * - random and malformed configurations never throw (validator, resolver, analyser);
 * - one bad value drops only itself: every other setting is kept exactly;
 * - no output ever contains a roster name, wherever in the configuration or the CSV it was put.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRosterCsv, RosterFileError } from '../../../../cli/policy/roster-csv.ts';
import { createAnalyzer } from '../../../../lib/index.ts';
import { hashRoster } from '../../../../lib/engine/roster/index.ts';
import { rosterKeyCheck } from '../../../../lib/engine/roster/key-check.ts';
import { CONFIG_KEYS, formatProblem, validateConfig, validateKey, type ConfigKey } from '../../../../lib/policy/config.ts';
import { describeProblem, resolveConfig, unknownRuleProblems } from '../../../../lib/policy/resolver.ts';
import { RULES } from '../../../../rules/index.ts';

const RULE_IDS = RULES.map((r) => r.meta.id);
const SECRET = 'property-secret-0123456789';

/** A valid value for every setting; the roster keys form one group (they only work together). */
const VALID: Record<ConfigKey, unknown> = {
  schoolName: 'Woodbridge Junior School',
  schoolAliases: ['WJS', 'Woodbridge Juniors'],
  schoolPostcode: 'DE55 4FY',
  schoolDomain: 'woodbridge.derbyshire.sch.uk',
  rosterHashes: hashRoster(SECRET, [{ forename: 'Jack', surname: 'Smith' }]),
  rosterSecret: SECRET,
  rosterKeyCheck: rosterKeyCheck(SECRET),
  rosterScheme: 'hmac-sha256-16',
  policyPack: 'woodbridge-junior',
  customPack: { id: 'ours' },
  policyUrl: 'https://woodbridge.sch.uk/policies/social-media.pdf',
  enabledSites: ['x', 'facebook'],
  mastodonInstances: ['mastodon.social'],
  schoolHoursStart: '08:30',
  schoolHoursEnd: '15:30',
  schoolDays: [1, 2, 3, 4, 5],
  reminderIntervalDays: 90,
  reminderPlatforms: ['facebook'],
  disabledRules: ['tone/profanity'],
  locked: ['policyPack', 'disabledRules'],
  siteSelectors: '{"linkedin":{"share":{"composers":["div.share-editor [contenteditable=\\"true\\"]"],"submitControls":["button[data-test-share]"],"submitKeys":["Ctrl+Enter"]}}}',
};
/** VALID as the validator keeps it (JSON text settings parsed): what an untouched setting must stay. */
const KEPT = validateConfig(VALID, { ruleIds: RULES.map((r) => r.meta.id) }).config as Record<string, unknown>;
const ROSTER_GROUP: readonly ConfigKey[] = ['rosterHashes', 'rosterSecret', 'rosterKeyCheck'];

/** Values no setting accepts: wrong types, empty text, unreadable characters, absurd sizes. */
const badValue = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constant('   '),
  fc.constant('Ren\uFFFD'),
  fc.constant('x'.repeat(20_000)),
  fc.constant({}),
  fc.boolean(),
  fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }),
  fc.array(fc.constant(null), { minLength: 1, maxLength: 3 }),
);

const anyJson = fc.jsonValue({ maxDepth: 3 });
const anyConfig = fc.oneof(
  anyJson,
  fc.dictionary(fc.oneof(fc.constantFrom(...CONFIG_KEYS), fc.string({ maxLength: 20 })), anyJson, { maxKeys: 12 }),
  fc.record(Object.fromEntries(CONFIG_KEYS.map((k) => [k, fc.oneof(fc.constant(VALID[k]), anyJson, badValue)])), { requiredKeys: [] }),
);

/** A made-up pupil name no message could contain by chance (messages never have "Zq"). */
const name = fc.tuple(fc.stringMatching(/^Zq[a-z]{3,8}$/), fc.stringMatching(/^Zq[a-z]{3,10}$/));

function allOutput(config: unknown): string {
  const v = validateConfig(config, { ruleIds: RULE_IDS });
  const r = resolveConfig({ managed: config, user: config, ruleIds: RULE_IDS });
  const a = createAnalyzer(config);
  return [
    ...v.problems.map(formatProblem),
    ...r.problems.map(describeProblem),
    ...unknownRuleProblems(r, RULE_IDS).map(describeProblem),
    ...a.problems.map(formatProblem),
  ].join('\n');
}

describe('configuration properties', () => {
  it('random and malformed configurations never throw, and every problem is one short line', () => {
    fc.assert(
      fc.property(anyConfig, (config) => {
        const out = allOutput(config);
        for (const line of out.split('\n')) expect(line.length).toBeLessThan(1200);
      }),
      { numRuns: 150, seed: 15 },
    );
  });

  it('the valid configuration is valid', () => {
    expect(validateConfig(VALID, { ruleIds: RULE_IDS }).problems).toEqual([]);
    for (const key of CONFIG_KEYS) expect(KEPT[key], key).toBeDefined();
  });

  it('one bad value drops only itself', () => {
    const keys = CONFIG_KEYS;
    fc.assert(
      fc.property(fc.subarray(keys, { minLength: 1, maxLength: 4 }), fc.array(badValue, { minLength: 4, maxLength: 4 }), (broken, values) => {
        const input: Record<string, unknown> = { ...VALID };
        broken.forEach((k, i) => (input[k] = values[i]));
        const { config, problems } = validateConfig(input, { ruleIds: RULE_IDS });
        const c = config as Record<string, unknown>;
        const rosterBroken = broken.some((k) => ROSTER_GROUP.includes(k));
        for (const key of keys) {
          if (broken.includes(key)) {
            // Dropped and reported, unless the value happens to be valid there ({} is an empty siteSelectors).
            const value = values[broken.indexOf(key)];
            if (c[key] === undefined) expect(problems.some((p) => p.key === key), key).toBe(true);
            else expect(validateKey(key, value).ok, key).toBe(true);
          } else if (!(rosterBroken && ROSTER_GROUP.includes(key))) {
            // Untouched settings are kept exactly (the roster keys stand or fall together).
            expect(c[key], key).toEqual(KEPT[key]);
          }
        }
      }),
      { numRuns: 200, seed: 15 },
    );
  });

  it('no output ever contains a roster name, wherever in the roster settings it was put', () => {
    const shapes = (n: string) => [n, [n], [[n]], { n }, `${n}, ${n}`, [`${'0'.repeat(15)}`, n]];
    fc.assert(
      fc.property(name, fc.constantFrom(...ROSTER_GROUP, 'rosterScheme' as const), fc.nat(5), fc.boolean(), ([first, last], key, shape, withRoster) => {
        const full = `${first} ${last}`;
        const config = { ...(withRoster ? { rosterHashes: VALID.rosterHashes, rosterSecret: SECRET } : {}), [key]: shapes(full)[shape] };
        const out = allOutput(config);
        expect(out).not.toContain(first);
        expect(out).not.toContain(last);
      }),
      { numRuns: 150, seed: 15 },
    );
  });

  it('no output ever contains a secret, well-formed or not', () => {
    fc.assert(
      // "Zq" keeps a short secret from matching an ordinary word of a message by chance.
      fc.property(fc.stringMatching(/^Zq[A-Za-z0-9_-]{1,60}$/), fc.boolean(), (secret, withCheck) => {
        const out = allOutput({ ...VALID, rosterSecret: secret, ...(withCheck ? {} : { rosterKeyCheck: undefined }) });
        expect(out).not.toContain(secret);
        expect(out).not.toContain(SECRET);
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});

describe('roster CSV properties', () => {
  const cell = fc.oneof(
    name.map(([f]) => f),
    name.map(([, l]) => l),
    fc.constantFrom('', ' ', '😀', '!!!', '"', 'O\'Neill', 'Smith-Jones', '\u200B', 'a,b', '\uFFFD'),
    fc.string({ maxLength: 6 }),
  );
  const rows = fc.array(fc.array(cell, { minLength: 0, maxLength: 4 }), { maxLength: 12 });
  const header = fc.constantFrom('Forename,Surname', 'First Name;Last Name', 'Legal Forename,Preferred Forename,Surname', 'Name,Class', '');

  it('never throws anything but a one-line file error, and never prints a name', () => {
    fc.assert(
      fc.property(header, rows, fc.constantFrom(',', ';', '\t'), fc.constantFrom('utf8', 'utf16le'), (head, body, sep, enc) => {
        const text = [head, ...body.map((r) => r.join(sep))].join('\r\n');
        const bytes = enc === 'utf16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : Buffer.from(text, 'utf8');
        const names = body.flat().filter((c) => c.startsWith('Zq'));
        let out: string;
        try {
          const r = readRosterCsv(bytes);
          out = r.problems.map((p) => `row ${p.row} ${p.message}`).join('\n');
          for (const p of r.pupils) expect(p.forename.trim()).not.toBe('');
        } catch (e) {
          expect(e).toBeInstanceOf(RosterFileError);
          out = (e as Error).message;
          expect(out).not.toContain('\n');
        }
        for (const n of names) expect(out).not.toContain(n);
      }),
      { numRuns: 200, seed: 15 },
    );
  });
});
