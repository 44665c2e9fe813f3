/**
 * The policy generator (hashRoster) and the analyser (compileRoster) must agree: every form the generator
 * hashes is found when written in a post the way staff write it, and what the analyser hashes for a
 * written name is one of the generator's forms.
 */
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../../../lib/engine/doc.ts';
import { docWords } from '../../../../../lib/engine/context/words.ts';
import { compileRoster, createRosterHasher, hashRoster, rosterForms, type RosterPupil } from '../../../../../lib/engine/roster/index.ts';

const SECRET = 'both-directions-test-secret';
const PUPILS: RosterPupil[] = [
  { forename: 'Jack', surname: 'Smith' },
  { forename: 'Zoë', surname: "O'Neill-Adeyemi" },
  { forename: 'Oliver James', surname: 'de Souza', preferred: 'Ollie' },
  { forename: 'Mary-Jane', surname: 'Wiśniewska' },
  { forename: 'Małgorzata', surname: 'Kowalczyk' },
  { forename: 'Olufemi', surname: 'Adebayo' },
];

/** Write a form the way a person would: "full:jack smith" -> "Jack Smith", "init-last:j smith" -> "J. Smith". */
function written(form: string): string {
  const [type, value] = form.split(/:(.*)/s) as [string, string];
  const title = (s: string) => s.replace(/(^|\s)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  switch (type) {
    case 'full':
    case 'first':
      return title(value);
    case 'first-init':
      return `${title(value)}.`;
    case 'init-last':
      return title(value).replace(/^(\p{L}) /u, '$1. ');
    case 'joined':
      return `#${value}`;
    case 'last':
      return `${title(value)} family`;
    default:
      throw new Error(`unknown form type ${type}`);
  }
}

describe('roster scheme: generator -> analyser', () => {
  const roster = compileRoster(hashRoster(SECRET, PUPILS), SECRET);
  for (const p of PUPILS) {
    for (const form of rosterForms(p)) {
      it(`finds ${form} written as "${written(form)}"`, () => {
        const text = `In class today ${written(form)} was brilliant`;
        const doc = createDoc(text);
        const words = docWords(doc);
        const matches = roster.find(doc).map((m) => ({ type: m.type, text: text.slice(words[m.from]!.start, words[m.to - 1]!.end) }));
        const type = form.slice(0, form.indexOf(':'));
        const want = written(form).replace(/\.$/, '');
        expect(matches).toContainEqual({ type, text: want });
      });
    }
  }
});

describe('roster scheme: analyser -> generator', () => {
  const forms = new Set(PUPILS.flatMap(rosterForms));
  const hash = createRosterHasher(SECRET);
  const hashes = new Set(hashRoster(SECRET, PUPILS));
  it.each([
    ['JACK SMITH', 'full:jack smith'],
    ['Ja\u200Bck  Smith', 'full:jack smith'],
    ['Zoe ONeill-Adeyemi', 'full:zoe oneill adeyemi'],
    ['Ollie de Souza', 'full:ollie de souza'],
    ['Mary Jane Wisniewska', 'full:mary jane wisniewska'],
    ['@JackSmith2016', 'joined:jacksmith'],
    ['Malgorzata Kowalczyk', 'full:malgorzata kowalczyk'],
    ['Małgorzata Kowalczyk', 'full:malgorzata kowalczyk'],
    ['Gosia', 'first:gosia'],
    ['Femi', 'first:femi'],
    ['#WellDoneFemi', 'first:femi'],
    ['the Kowalczyk twins', 'last:kowalczyk'],
    ['the Wisniewska family', 'last:wisniewska'],
  ])('"%s" is hashed as %s, which the generator produced', (text, form) => {
    expect(forms.has(form)).toBe(true);
    expect(hashes.has(hash(form))).toBe(true);
    const doc = createDoc(`Well done ${text} in assembly`);
    expect(compileRoster([...hashes], SECRET).find(doc).length).toBeGreaterThan(0);
  });

  it('costs the same whatever the roster size: only the post is hashed', () => {
    const small = compileRoster(hashRoster(SECRET, PUPILS), SECRET);
    const bigPupils = Array.from({ length: 3000 }, (_, i) => ({ forename: `Pupil${i.toString(36)}`, surname: `Family${i}` }));
    const big = compileRoster(hashRoster(SECRET, [...PUPILS, ...bigPupils]), SECRET);
    const doc = () => createDoc('Jack Smith and Ollie de Souza were brilliant in assembly today');
    expect(big.find(doc())).toEqual(small.find(doc()));
  });
});
