import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../../lib/index.ts';
import { describeFindings, findingKind } from '../../../../lib/engine/finding-kinds.ts';
import { RULES } from '../../../../rules/index.ts';

describe('finding kinds (the badge text that stands in for the highlights)', () => {
  it.each([
    [[], 'Clear'],
    [[{ ruleId: 'personal/phone', category: 'personal' }], '1 thing to check: a phone number'],
    [
      [
        { ruleId: 'pupil/child-name', category: 'pupil' },
        { ruleId: 'personal/email', category: 'personal' },
        { ruleId: 'pupil/roster-name', category: 'pupil' },
      ],
      "3 things to check: a pupil's name, an email address",
    ],
    [[{ ruleId: 'tone/someday-new', category: 'tone' }], '1 thing to check: the tone'],
  ] as const)('%j -> %s', (findings, text) => {
    expect(describeFindings(findings)).toBe(text);
  });

  it('has plain words for every rule, never a rule id', () => {
    for (const r of RULES) {
      const kind = findingKind({ ruleId: r.meta.id, category: r.meta.category });
      expect(kind, r.meta.id).not.toContain('/');
      expect(kind, r.meta.id).not.toBe('something to check');
      expect(kind).toMatch(/^[a-z]/);
    }
  });

  it('never repeats the flagged words themselves', () => {
    const text = 'Well done Sam Jones from Year 6! Email me at jo.bloggs@example.com';
    const said = describeFindings(createAnalyzer({}).analyze(text));
    expect(said).toBe("2 things to check: a pupil's name, an email address");
    expect(said).not.toContain('Sam');
    expect(said).not.toContain('jo.bloggs');
  });
});
