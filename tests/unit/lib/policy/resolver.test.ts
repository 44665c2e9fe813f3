import { describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS, changeUserSetting, describeProblem, lockReason, resolveConfig } from '../../../../lib/policy/resolver.ts';

const HASH = 'a1b2c3d4e5f60718';

describe('resolveConfig precedence: defaults < user < managed', () => {
  it('uses defaults when nothing is set, and is not managed', () => {
    const r = resolveConfig({});
    expect(r.config).toEqual(CONFIG_DEFAULTS);
    expect(r.managed).toBe(false);
    expect(r.problems).toEqual([]);
    expect(r.locked.size).toBe(0);
    expect(r.sources.reminderIntervalDays).toBe('default');
  });

  it('user settings beat defaults', () => {
    const r = resolveConfig({ user: { reminderIntervalDays: 30, schoolName: 'Own Idea Primary' } });
    expect(r.config.reminderIntervalDays).toBe(30);
    expect(r.config.schoolName).toBe('Own Idea Primary');
    expect(r.sources.reminderIntervalDays).toBe('user');
    expect(r.config.schoolHoursStart).toBe('08:30');
  });

  it('managed policy beats user settings and fixes the setting', () => {
    const r = resolveConfig({ managed: { reminderIntervalDays: 14 }, user: { reminderIntervalDays: 30 } });
    expect(r.config.reminderIntervalDays).toBe(14);
    expect(r.sources.reminderIntervalDays).toBe('managed');
    expect(r.managed).toBe(true);
    expect(lockReason(r, 'reminderIntervalDays')).toBe('set-by-school');
    expect(lockReason(r, 'schoolName')).toBeNull();
  });

  it('a locked setting the policy does not set stays at the default, whatever the user saved', () => {
    const r = resolveConfig({ managed: { locked: ['disabledRules', 'reminderIntervalDays'] }, user: { disabledRules: ['tone/profanity'], reminderIntervalDays: 365 } });
    expect(r.config.disabledRules).toBeUndefined();
    expect(r.config.reminderIntervalDays).toBe(90);
    expect(lockReason(r, 'disabledRules')).toBe('locked-by-school');
    expect(lockReason(r, 'reminderIntervalDays')).toBe('locked-by-school');
  });

  it('an invalid managed value is dropped and reported; the user value then shows through if not locked', () => {
    const r = resolveConfig({ managed: { schoolPostcode: 'NOT A POSTCODE', schoolName: 'Woodbridge Junior School' }, user: { schoolPostcode: 'DE55 4FY' } });
    expect(r.config.schoolPostcode).toBe('DE55 4FY');
    expect(r.sources.schoolPostcode).toBe('user');
    expect(r.config.schoolName).toBe('Woodbridge Junior School');
    expect(r.problems).toHaveLength(1);
    expect(describeProblem(r.problems[0]!)).toBe(
      'Your school\'s policy setting "schoolPostcode" was ignored because it must be a UK postcode such as "DE55 4FY", got "NOT A POSTCODE".',
    );
  });

  it('an invalid managed value of a locked key falls back to the default, not the user value', () => {
    const r = resolveConfig({ managed: { reminderIntervalDays: 0, locked: ['reminderIntervalDays'] }, user: { reminderIntervalDays: 7 } });
    expect(r.config.reminderIntervalDays).toBe(90);
    expect(r.sources.reminderIntervalDays).toBe('default');
    expect(r.problems.map((p) => p.key)).toEqual(['reminderIntervalDays']);
  });

  it('a policy that only has invalid values still counts as managed', () => {
    const r = resolveConfig({ managed: { schoolDays: 'weekdays' } });
    expect(r.managed).toBe(true);
    expect(r.config.schoolDays).toEqual([1, 2, 3, 4, 5]);
    expect(describeProblem(r.problems[0]!)).toMatch(/^Your school's policy setting "schoolDays" was ignored because it must be a list/);
  });

  it('unknown managed keys are reported, and unknown names in locked are dropped with a partial report', () => {
    const r = resolveConfig({ managed: { schoolNmae: 'Typo School', locked: ['policyPack', 'colour'] } });
    expect(r.locked.has('policyPack')).toBe(true);
    expect(r.config.locked).toEqual(['policyPack']);
    const texts = r.problems.map(describeProblem);
    expect(texts[0]).toMatch(/^Your school's policy setting "schoolNmae" was ignored because it is not a PostPause setting/);
    expect(texts[1]).toMatch(/^Part of your school's policy setting "locked" was ignored because it names settings PostPause does not have \("colour"\)/);
  });

  it('staff cannot lock settings through their own saved settings', () => {
    const r = resolveConfig({ user: { locked: ['schoolName'] } });
    expect(r.locked.size).toBe(0);
    expect(r.config.locked).toBeUndefined();
  });

  it('takes the roster hashes, secret and scheme from one layer only', () => {
    const school = { rosterHashes: [HASH], rosterSecret: 'school-secret-0123456789' };
    const mixed = resolveConfig({ managed: { rosterSecret: 'school-secret-0123456789' }, user: { rosterHashes: [HASH], rosterSecret: 'own-secret-0123456789' } });
    expect(mixed.config.rosterHashes).toBeUndefined();
    expect(mixed.config.rosterSecret).toBe('school-secret-0123456789');
    expect(mixed.locked.has('rosterHashes')).toBe(true);

    const managed = resolveConfig({ managed: school, user: { rosterHashes: ['ffffffffffffffff'], rosterSecret: 'own' } });
    expect(managed.config).toMatchObject({ ...school, rosterScheme: 'hmac-sha256-16' });
    expect(managed.sources.rosterScheme).toBe('default');

    const own = resolveConfig({ user: school });
    expect(own.config.rosterHashes).toEqual([HASH]);
    expect(own.sources.rosterSecret).toBe('user');
  });

  it('drops a managed roster without its secret and never echoes roster values', () => {
    const r = resolveConfig({ managed: { rosterHashes: ['Amelia Smith'], rosterSecret: 's' } });
    expect(r.config.rosterHashes).toBeUndefined();
    const text = r.problems.map(describeProblem).join('\n');
    expect(text).toContain('"rosterHashes"');
    expect(text).not.toContain('Amelia');
    const noSecret = resolveConfig({ managed: { rosterHashes: [HASH] } });
    expect(noSecret.config.rosterHashes).toBeUndefined();
    expect(noSecret.problems.map(describeProblem)).toEqual([
      'Your school\'s policy setting "rosterHashes" was ignored because it needs rosterSecret as well (the roster cannot be matched without its secret).',
    ]);
  });

  it('reports invalid saved user values separately from the school policy', () => {
    const r = resolveConfig({ user: { schoolHoursStart: '8.30am' } });
    expect(r.config.schoolHoursStart).toBe('08:30');
    expect(r.problems[0]!.source).toBe('user');
    expect(describeProblem(r.problems[0]!)).toMatch(/^Your saved setting "schoolHoursStart" was not used because it must be a 24-hour time/);
  });

  it('treats a non-object layer as empty', () => {
    expect(resolveConfig({ managed: null, user: 'x' }).config).toEqual(CONFIG_DEFAULTS);
    expect(resolveConfig({ managed: ['a'] }).problems[0]!.key).toBe('(root)');
  });
});

describe('changeUserSetting', () => {
  const resolved = resolveConfig({ managed: { policyPack: 'default', locked: ['disabledRules'] } });

  it('saves a valid value, normalised by the validator', () => {
    const r = changeUserSetting(resolved, { schoolName: 'A' }, 'schoolAliases', ['  WJS ']);
    expect(r).toEqual({ ok: true, user: { schoolName: 'A', schoolAliases: ['WJS'] } });
  });

  it('refuses set and locked settings, invalid values and unknown or policy-only keys', () => {
    expect(changeUserSetting(resolved, {}, 'policyPack', 'woodbridge-junior')).toEqual({ ok: false, message: 'your school has fixed this setting' });
    expect(changeUserSetting(resolved, {}, 'disabledRules', [])).toEqual({ ok: false, message: 'your school has fixed this setting' });
    expect(changeUserSetting(resolved, {}, 'reminderIntervalDays', -1)).toMatchObject({ ok: false, message: expect.stringMatching(/between 1 and 3650/) });
    expect(changeUserSetting(resolved, {}, 'locked', ['schoolName']).ok).toBe(false);
    expect(changeUserSetting(resolved, {}, 'colour', 'blue').ok).toBe(false);
  });

  it('removes the saved value when given undefined', () => {
    expect(changeUserSetting(resolved, { schoolName: 'A' }, 'schoolName', undefined)).toEqual({ ok: true, user: {} });
  });
});
