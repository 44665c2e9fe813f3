/**
 * Issue 15 item 7 and issue 11: names typed with a different apostrophe ("O‘Neill" with U+2018, "O′Neill"
 * with a prime), pasted in LinkedIn "fancy" letters, with look-alike Cyrillic letters or with invisible
 * characters inside must still match the rostered name, and the finding must cover exactly the characters
 * of the original text.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../../../lib/index.ts';
import { hashRoster } from '../../../../../lib/engine/roster/index.ts';

const SECRET = 'disguised-roster-test';
const analyzer = createAnalyzer({
  rosterSecret: SECRET,
  rosterHashes: hashRoster(SECRET, [
    { forename: 'Aoife', surname: "O'Neill" },
    { forename: 'Jack', surname: 'Smith' },
  ]),
});

function pupilSpans(text: string): string[] {
  const found = analyzer.analyze(text);
  expect(analyzer.lastErrors).toEqual([]);
  for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  return found.filter((f) => f.category === 'pupil').map((f) => f.text);
}

describe('rostered names written with other apostrophes and disguised letters', () => {
  it.each([
    ['straight apostrophe', "Aoife O'Neill"],
    ['left single quotation mark U+2018', 'Aoife O\u2018Neill'],
    ['right single quotation mark U+2019', 'Aoife O\u2019Neill'],
    ['prime U+2032', 'Aoife O\u2032Neill'],
    ['modifier letter apostrophe U+02BC', 'Aoife O\u02BCNeill'],
    ['full-width apostrophe U+FF07', 'Aoife O\uFF07Neill'],
    ['grave accent', 'Aoife O`Neill'],
    ['acute accent', 'Aoife O\u00B4Neill'],
    ['mathematical bold letters', '𝗔𝗼𝗶𝗳𝗲 𝗢\u2019𝗡𝗲𝗶𝗹𝗹'],
    ['mathematical italic letters', '𝘈𝘰𝘪𝘧𝘦 𝘖\u2018𝘕𝘦𝘪𝘭𝘭'],
    ['full-width letters', 'Ａｏｉｆｅ Ｏ\u2019Ｎｅｉｌｌ'],
    ['Cyrillic look-alikes', 'J\u0430ck Smith'],
    ['Greek and Cyrillic look-alikes', 'J\u03B1ck \u0405m\u03B9th'],
    ['a soft hyphen and word joiners inside', 'Ja\u00ADck Smi\u2060th'],
    ['a narrow no-break space between the names', 'Jack\u202FSmith'],
  ])('%s: "%s"', (_, name) => {
    const text = `So proud of ${name} in assembly today`;
    expect(pupilSpans(text)).toEqual([name]);
  });
});
