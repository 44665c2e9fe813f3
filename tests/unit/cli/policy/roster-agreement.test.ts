/**
 * The generator and the analyser must agree on the roster: a configuration written by `npm run policy`
 * from a CSV must make the analyser recognise those pupils, under the forms staff actually write.
 */
import { describe, expect, it } from 'vitest';
import { readRosterCsv } from '../../../../cli/policy/roster-csv.ts';
import { buildConfig } from '../../../../cli/policy/generate.ts';
import { policyValues } from '../../../../cli/policy/formats.ts';
import { createAnalyzer } from '../../../../lib/index.ts';
import { buildAnalyzer } from '../../../../lib/engine/analyzer.ts';
import rosterName from '../../../../rules/pupil/roster-name.ts';
import { clauseFor } from '../../../../lib/policy/pack.ts';
import { resolveConfig } from '../../../../lib/policy/resolver.ts';
import { getPack } from '../../../../lib/policy/packs/index.ts';

const csv = 'Legal Forename,Preferred Forename,Legal Surname\nJonathan,Jonny,Zyskowski\nAmelia,,Okonkwo-Baptiste\nZoë,,Ní Bhriain\n';
const { pupils } = readRosterCsv(new TextEncoder().encode(csv));
const config = buildConfig({ schoolName: 'Woodbridge Junior School', pack: 'woodbridge-junior', pupils, secret: 'agreement-test-secret-123' });

/** The roster rule alone, so overlapping findings from other pupil rules cannot hide its hits. */
const rosterHits = (text: string, cfg: unknown = config) =>
  buildAnalyzer(cfg, { rules: [rosterName], pack: getPack('default')! })
    .analyze(text)
    .map((f) => f.text);

describe('generator and analyser agree on roster hashes', () => {
  it.each([
    ['Well done Jonathan Zyskowski on your reading award!', 'Jonathan Zyskowski'],
    ['Well done Jonny Zyskowski on your reading award!', 'Jonny Zyskowski'],
    ['Great match today, J. Zyskowski scored twice', 'J. Zyskowski'],
    ['Amelia Okonkwo-Baptiste was star of the week', 'Amelia Okonkwo-Baptiste'],
    ['Zoe Ni Bhriain read beautifully in assembly', 'Zoe Ni Bhriain'],
  ])('finds %j', (post, name) => {
    expect(rosterHits(post)).toContain(name);
  });

  it('does not flag a name that is not on the roster', () => {
    expect(rosterHits('Well done Oliver Brown on your reading award!')).toEqual([]);
  });

  it('links the finding to the chosen pack\'s clause', () => {
    const f = createAnalyzer({ ...config, disabledRules: ['pupil/child-name'] })
      .analyze('Well done Jonathan Zyskowski!')
      .find((x) => x.ruleId === 'pupil/roster-name');
    const expected = clauseFor(getPack('woodbridge-junior')!, 'pupil-identification');
    expect(f?.clause).toEqual(expected);
    expect(f?.clause.policy).toBe('Woodbridge Junior School Social Media Policy');
  });

  it('still matches after the round trip through browser policy and the resolver', () => {
    const { config: effective, problems } = resolveConfig({ managed: policyValues(config) });
    expect(problems).toEqual([]);
    expect(rosterHits('Well done Jonathan Zyskowski!', effective)).toEqual(['Jonathan Zyskowski']);
  });

  it('does not match with another secret', () => {
    const other = buildConfig({ schoolName: 'Woodbridge Junior School', pupils, secret: 'a-different-secret-456' });
    expect(rosterHits('Well done Jonathan Zyskowski!', { ...other, rosterSecret: 'agreement-test-secret-123' })).toEqual([]);
  });
});
