/**
 * The pupil and school rules must never throw and must stay linear on hostile input (the analyser would
 * isolate a throw, but a rule that throws finds nothing).
 */
import { describe, expect, it } from 'vitest';
import { buildAnalyzer } from '../../../../../lib/engine/analyzer.ts';
import { defaultPack } from '../../../../../lib/policy/packs/default.ts';
import { RULES } from '../../../../../rules/index.ts';
import { hashRoster } from '../../../../../lib/engine/roster/index.ts';
import { makePost } from '../../../../bench/corpus.ts';
import { seededRandom } from '../../../../../scripts/seeded-random.ts';

const mine = RULES.filter((r) => r.meta.category === 'pupil' || r.meta.category === 'school');
const config = {
  schoolName: "St Mary's C of E Primary School",
  schoolAliases: ['SMP', 'St Marys'],
  schoolPostcode: 'DE55 4FY',
  schoolDomain: 'stmarys.example.sch.uk',
  rosterSecret: 'robustness',
  rosterHashes: hashRoster('robustness', [{ forename: 'Jack', surname: 'Smith' }, { forename: 'Zoë', surname: 'Ng' }]),
};


const PIECES = ['Jack', 'Smith', 'S.', 'J.', ' ', '\n', '\u200B', '#', '@', "'s", '-', 'Year 6', 'my class', 'St', "Mary's", 'Primary', 'School', 'Academy', 'C of E', 'as a', 'teacher', 'at', 'our head', '\uD800', '\u0301', 'É', '.', '!', '?', 'DE55', '4FY', 'stmarys.example.sch.uk', 'ZOË', 'ng', 'the', 'A', 'I', '5B', 'Reception', '😀', '\t', ',', '"'];

describe('pupil and school rules on hostile input', () => {
  const analyzer = buildAnalyzer(config, { rules: mine, pack: defaultPack });
  const plain = buildAnalyzer({}, { rules: mine, pack: defaultPack });

  it('never throw on random mixes of names, cues and odd characters', () => {
    const rand = seededRandom(42);
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = Math.floor(rand() * 40);
      for (let k = 0; k < len; k++) s += PIECES[Math.floor(rand() * PIECES.length)];
      for (const a of [analyzer, plain]) {
        const found = a.analyze(s);
        expect(a.lastErrors).toEqual([]);
        for (const f of found) expect(s.slice(f.start, f.end)).toBe(f.text);
      }
    }
  });

  it.each([
    ['one character repeated', 'a'.repeat(100_000)],
    ['single capitals', 'A '.repeat(50_000)],
    ['capitalised words', Array.from({ length: 15_000 }, (_, i) => ['Amelia', 'School', 'Primary', 'Oakfield', 'St', 'Year', 'Jack', 'Smith'][i % 8]).join(' ')],
    ['cue phrases', 'my class '.repeat(11_000)],
    ['hashtags', '#a '.repeat(33_000)],
    ['invisible characters', 'J\u200B'.repeat(50_000)],
  ])(
    'stays fast on 100,000 characters of %s (at most 8x a realistic post of that length)',
    (_, text) => {
      analyzer.analyze(text.slice(0, 1000));
      const realistic = makePost(text.length, 11);
      const time = (t: string) => {
        const start = performance.now();
        analyzer.analyze(t);
        return performance.now() - start;
      };
      // Interleaved best-of-three: a ratio to a baseline from the same moment, so machine load cancels out.
      let ms = Infinity;
      let baseline = Infinity;
      for (let i = 0; i < 3; i++) {
        ms = Math.min(ms, time(text));
        baseline = Math.min(baseline, time(realistic));
      }
      expect(ms / Math.max(baseline, 0.05)).toBeLessThan(8);
      expect(analyzer.lastErrors).toEqual([]);
    },
    120_000,
  );
});
