/**
 * Findings cite the right clause of the chosen pack: clauseFor's precedence (per-rule override, theme,
 * general fallback), the analyser attaching it, and the scan command printing it.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../../lib/index.ts';
import { buildAnalyzer } from '../../../../lib/engine/analyzer.ts';
import { defineRule, type Rule } from '../../../../lib/engine/rule.ts';
import { THEMES, type Theme } from '../../../../lib/engine/types.ts';
import { clauseFor, clauseKey, type PolicyPack } from '../../../../lib/policy/pack.ts';
import { formatFindings } from '../../../../cli/scan-core.ts';
import { getPack, listPacks } from '../../../../lib/policy/packs/index.ts';
import { readPolicy, sectionText } from '../../conventions/policy-text.ts';

const pack = (id: string): PolicyPack => {
  const p = getPack(id);
  if (!p) throw new Error(`no pack ${id}`);
  return p;
};
const byKey = (p: PolicyPack, key: string) => {
  const c = p.clauses.find((x) => clauseKey(x) === key);
  if (!c) throw new Error(`${p.id} has no clause ${key}`);
  return c;
};

/** A rule that reports the whole text under a given theme (optionally overriding it per hit). */
function themeRule(theme: Theme, id = `tone/theme-${theme}`, hitTheme?: Theme): Rule {
  return defineRule({
    meta: { id, category: 'tone', severity: 'low', theme, description: 'test' },
    create: () => (doc) => [{ start: 0, end: doc.text.length, reason: 'test', ...(hitTheme ? { theme: hitTheme } : {}) }],
  });
}

describe('clauseFor', () => {
  const wood = pack('woodbridge-junior');

  it('cites the clause a theme maps to, with its number, title and quote', () => {
    const c = clauseFor(wood, 'confidential');
    expect(c).toEqual({
      policy: 'Woodbridge Junior School Social Media Policy',
      id: '5.iii',
      title: 'Be sensitive',
      quote: 'Do not reveal any sensitive information about the school or about any plans that are not yet public.',
      // No public copy of this policy is known: the link goes to the bundled page quoting the pack's clauses.
      url: `guide.html?pack=woodbridge-junior#${wood.themes.confidential}`,
    });
  });

  it('prefers a per-rule mapping to the theme mapping', () => {
    expect(clauseFor(wood, 'personal-details', undefined, 'personal/email').quote).toBe(byKey(wood, '5.iv/about-yourself').quote);
    expect(clauseFor(wood, 'personal-details', undefined, 'personal/uk-postcode').quote).toBe(byKey(wood, '5.iv/home-address').quote);
  });

  it('falls back to the general clause, flagged, where the policy has no clause for a theme', () => {
    const raven = pack('ravenscote-junior');
    expect(raven.themes['privacy-settings']).toBeNull();
    const c = clauseFor(raven, 'privacy-settings');
    expect(c.id).toBe('scope');
    expect(c.fallback).toBe(true);
    expect(clauseFor(raven, 'working-hours').fallback).toBeUndefined();
  });

  it('links the configured policyUrl in place of the pack url, keeping the page or anchor', () => {
    expect(clauseFor(wood, 'working-hours').url).toBe(`guide.html?pack=woodbridge-junior#${wood.themes['working-hours']}`);
    expect(clauseFor(wood, 'working-hours', 'https://school.example/social-media.pdf').url).toBe('https://school.example/social-media.pdf#page=5');
    expect(clauseFor(pack('city-of-rochester'), 'grievances').url).toBe('https://cityofrochesterschool.org/policies');
    expect(clauseFor(pack('default'), 'pupil-images').url).toBe('guide.html#G2');
  });
});

describe('the analyser attaches the clause of the configured pack', () => {
  it.each(listPacks().map((p) => [p.id, p] as const))('%s: every theme, with fallback flagged exactly where the pack has none', (_id, p) => {
    for (const theme of THEMES) {
      const a = buildAnalyzer({}, { rules: [themeRule(theme)], pack: p });
      const [f] = a.analyze('some post');
      const key = p.themes[theme] ?? p.generalClause;
      expect(f?.clause.quote, theme).toBe(byKey(p, key).quote);
      expect(f?.clause.fallback === true, theme).toBe(p.themes[theme] === null);
    }
  });

  it("uses a pack's per-rule mapping only for the rule's own theme, not a hit that overrides it", () => {
    const voyage = pack('voyage-education-partnership');
    const own = buildAnalyzer({}, { rules: [themeRule('offensive-content', 'tone/profanity')], pack: voyage }).analyze('x');
    expect(own[0]?.clause.quote).toBe(byKey(voyage, '7/obscenities').quote);
    const moved = buildAnalyzer({}, { rules: [themeRule('offensive-content', 'tone/profanity', 'grievances')], pack: voyage }).analyze('x');
    expect(moved[0]?.clause.quote).toBe(byKey(voyage, '7/grievances').quote);
  });
});

// Real registered rules, end to end through createAnalyzer(config) as the extension and the CLI build it.
const POST =
  "Email me at jo.bloggs@example.com. What the fuck is going on. I'm at Alton Towers with the family! We live at DE55 4FY. " +
  'So proud of Year 6 at Hillside today, well done to Oliver in my class for his brilliant reading!';
const CONFIG = { schoolName: 'Hillside Primary School' };
const EXPECTED: Record<string, Record<string, string>> = {
  default: {
    'personal/email': 'G4',
    'tone/profanity': 'G6',
    'personal/location': 'G5',
    'personal/uk-postcode': 'G4',
    'school/school-name': 'G3',
    'pupil/child-name': 'G1',
  },
  'woodbridge-junior': {
    'school/school-name': '5.v/distinction',
    'pupil/child-name': '5.iv/confidentiality',
    'personal/email': '5.iv/about-yourself',
    'tone/profanity': '5.iii/offensive',
    'personal/location': '5.iv/home-address',
    'personal/uk-postcode': '5.iv/home-address',
  },
  'voyage-education-partnership': {
    'school/school-name': '7/identify-school',
    'pupil/child-name': '7/identify-pupil',
    'personal/email': '7/settings-and-address',
    'tone/profanity': '7/obscenities',
    'personal/location': '7/settings-and-address',
    'personal/uk-postcode': '7/settings-and-address',
  },
  'ravenscote-junior': {
    'school/school-name': 'personal-accounts/representative',
    'pupil/child-name': 'personal-accounts/references',
    'personal/email': 'scope',
    'tone/profanity': 'personal-accounts/abusive',
    'personal/location': 'scope',
    'personal/uk-postcode': 'scope',
  },
  'city-of-rochester': {
    'school/school-name': '4.1/employees',
    'pupil/child-name': '4.1/information',
    'personal/email': '4.1/privacy',
    'tone/profanity': '3',
    'personal/location': '4.1/location',
    'personal/uk-postcode': '4.1/privacy',
  },
  'stockham-primary': {
    'school/school-name': '6.1',
    'pupil/child-name': '5.4',
    'personal/email': '6.15/personal-information',
    'tone/profanity': '5.5',
    'personal/location': '6.15/personal-information',
    'personal/uk-postcode': '6.15/personal-information',
  },
};

describe.each(Object.entries(EXPECTED))('createAnalyzer({ policyPack: "%s" })', (id, expected) => {
  const p = pack(id);
  const analyzer = createAnalyzer({ ...CONFIG, policyPack: id });
  const findings = analyzer.analyze(POST);

  it('reports no configuration problems', () => {
    expect(analyzer.problems).toEqual([]);
  });

  it.each(Object.entries(expected))('%s cites %s', (ruleId, key) => {
    const f = findings.find((x) => x.ruleId === ruleId);
    expect(f, `${ruleId} did not fire on the sample post`).toBeDefined();
    const c = byKey(p, key);
    expect(f!.clause).toMatchObject({ policy: p.name, id: c.id, title: c.title, quote: c.quote });
  });

  it('prints the clause in the scan output', () => {
    const out = formatFindings(findings);
    for (const key of new Set(Object.values(expected))) {
      const c = byKey(p, key);
      expect(out).toContain(`Policy: ${p.name}, clause ${c.id}: ${c.title}`);
      expect(out).toContain(`"${c.quote}"`);
    }
  });
});

describe('the section locator used by the convention test', () => {
  it('rejects a quote cited under the wrong section', () => {
    const doc = readPolicy('woodbridge-junior')!;
    expect(sectionText(doc, '5.iii')).toContain('Do not reveal any sensitive information');
    expect(sectionText(doc, '5.iv')).not.toContain('Do not reveal any sensitive information');
    expect(sectionText(doc, '5.vii')).toBeUndefined();
    expect(sectionText(readPolicy('stockham-primary')!, '6.1')).not.toContain('6.15');
    expect(sectionText(readPolicy('ravenscote-junior')!, 'school-accounts')).not.toContain('Personal Accounts');
    expect(sectionText(readPolicy('ravenscote-junior')!, 'no-such-heading')).toBeUndefined();
  });
});
