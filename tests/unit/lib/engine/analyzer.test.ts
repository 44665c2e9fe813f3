import { describe, expect, it } from 'vitest';
import { buildAnalyzer } from '../../../../lib/engine/analyzer.ts';
import { defineRule, type Rule } from '../../../../lib/engine/rule.ts';
import type { Hit, Severity } from '../../../../lib/engine/types.ts';
import { defaultPack } from '../../../../lib/policy/packs/default.ts';

function fixedRule(id: string, hits: Hit[], opts: { severity?: Severity; precedence?: number; category?: 'pupil' | 'tone' } = {}): Rule {
  return defineRule({
    meta: { id, category: opts.category ?? 'pupil', severity: opts.severity ?? 'medium', theme: 'pupil-identification', description: 'test', precedence: opts.precedence },
    create: () => () => hits,
  });
}

const analyse = (rules: Rule[], text: string) => buildAnalyzer({}, { rules, pack: defaultPack }).analyze(text);

describe('analyser', () => {
  it('keeps the more specific rule when two report the same span at the same severity', () => {
    const generic = fixedRule('pupil/generic', [{ start: 0, end: 4, reason: 'generic' }]);
    const specific = fixedRule('pupil/specific', [{ start: 0, end: 4, reason: 'specific' }], { precedence: 1 });
    expect(analyse([generic, specific], 'Jack is here').map((f) => f.reason)).toEqual(['specific']);
    expect(analyse([specific, generic], 'Jack is here').map((f) => f.reason)).toEqual(['specific']);
  });

  it('prefers higher severity, then the longer span, before precedence', () => {
    const high = fixedRule('pupil/a', [{ start: 0, end: 4, reason: 'high', severity: 'high' }]);
    const longer = fixedRule('pupil/b', [{ start: 0, end: 10, reason: 'longer' }], { precedence: 5 });
    expect(analyse([high, longer], 'Jack Smith here').map((f) => f.reason)).toEqual(['high']);
    const short = fixedRule('pupil/c', [{ start: 0, end: 4, reason: 'short' }], { precedence: 5 });
    expect(analyse([short, longer], 'Jack Smith here').map((f) => f.reason)).toEqual(['longer']);
  });

  it('keeps overlapping findings of different categories', () => {
    const pupil = fixedRule('pupil/a', [{ start: 0, end: 4, reason: 'p' }]);
    const tone = fixedRule('tone/a', [{ start: 0, end: 4, reason: 't' }], { category: 'tone' });
    expect(analyse([pupil, tone], 'Jack!').map((f) => f.category)).toEqual(['pupil', 'tone']);
  });

  it('isolates a throwing rule and drops out-of-range spans', () => {
    const boom = defineRule({ ...fixedRule('pupil/boom', []), create: () => () => { throw new Error('boom'); } });
    const bad = fixedRule('pupil/bad', [{ start: 3, end: 99, reason: 'bad' }]);
    const good = fixedRule('tone/good', [{ start: 0, end: 2, reason: 'ok' }], { category: 'tone' });
    const a = buildAnalyzer({}, { rules: [boom, bad, good], pack: defaultPack });
    expect(a.analyze('hello').map((f) => f.ruleId)).toEqual(['tone/good']);
    expect(a.lastErrors.map((e) => e.ruleId).sort()).toEqual(['pupil/bad', 'pupil/boom']);
  });

  it('reports offsets into the original text and the matched text', () => {
    const r = fixedRule('pupil/a', [{ start: 6, end: 10, reason: 'x' }]);
    expect(analyse([r], 'Hello Zoë!')).toMatchObject([{ start: 6, end: 10, text: 'Zoë!' }]);
  });
});
