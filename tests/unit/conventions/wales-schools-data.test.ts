/**
 * The list of schools in Wales kept in data/wales-schools/ (the only source data held in the repository): complete,
 * well-formed, with its source and licence beside it, and built into the school-name lexicon.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { isKnownSchoolStem } from '../../../rules/school/shared/school-stems.ts';
import { REPO_ROOT } from './policy-text.ts';

const DIR = path.join(REPO_ROOT, 'data/wales-schools');
const CSV = path.join(DIR, 'address-list-schools-wales-maintained-20210825.csv');

type Row = Record<'School Number' | 'School Name' | 'Local Authority' | 'Sector' | 'Postcode', string>;
const rows = parse(readFileSync(CSV), { columns: true }) as Row[];

describe('data/wales-schools', () => {
  it('holds all 1,473 schools of the August 2021 list, five columns each', () => {
    expect(Object.keys(rows[0]!)).toEqual(['School Number', 'School Name', 'Local Authority', 'Sector', 'Postcode']);
    expect(rows).toHaveLength(1473);
  });

  it('school numbers are unique and ascending, and begin with their local authority code (660-681)', () => {
    const numbers = rows.map((r) => Number(r['School Number']));
    expect(numbers.every((n) => Number.isInteger(n) && n >= 6600000 && n < 6820000)).toBe(true);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(new Set(rows.map((r) => r['Local Authority'])).size).toBe(22);
    expect(new Set(numbers.map((n) => Math.floor(n / 10000))).size).toBe(22);
  });

  it('every row has a name, a sector from the list and a Welsh-border postcode', () => {
    const sectors = new Set(['Nursery', 'Primary', 'Middle', 'Secondary', 'Special']);
    for (const r of rows) {
      expect(r['School Name'].trim(), r['School Number']).not.toBe('');
      expect(sectors.has(r.Sector), `${r['School Number']} ${r.Sector}`).toBe(true);
      expect(r.Postcode, r['School Number']).toMatch(/^(?:LL|SY|LD|SA|CF|NP|CH|HR)\d{1,2} \d[A-Z]{2}$/);
    }
  });

  it('says where it came from and under which licence', () => {
    const readme = readFileSync(path.join(DIR, 'README.md'), 'utf8');
    expect(readme).toContain('8e16bffdc336ecd64d23b62e3022805e0e8e668b');
    expect(readme).toContain('Contains public sector information licensed under the Open Government Licence v3.0.');
    const note = readFileSync(path.join(REPO_ROOT, 'docs/licences/wales-address-list-of-schools.txt'), 'utf8');
    expect(note).toContain('Open Government Licence v3.0');
  });

  it('is built into the school-name lexicon (Welsh names by what follows Ysgol and its type words)', () => {
    // Ysgol Gynradd Amlwch, Ysgol Gymraeg Y Garnedd, Ysgol Gyfun Gymraeg Bro Edern, YGG Pontardawe, Cwmbran High School.
    for (const stem of ['amlwch', 'y garnedd', 'bro edern', 'pontardawe', 'cwmbran', 'cwm rhondda', 'pen y pil']) {
      expect(isKnownSchoolStem(stem), stem).toBe(true);
    }
    // Kinds of school are not names: "Ysgol Gynradd" alone, "Gymraeg".
    for (const word of ['ysgol', 'gynradd', 'gymraeg', 'ysgol gynradd']) expect(isKnownSchoolStem(word), word).toBe(false);
  });
});
