import { describe, expect, it } from 'vitest';
import { readRosterCsv, RosterFileError } from '../../../../cli/policy/roster-csv.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const read = (s: string) => readRosterCsv(enc(s));

describe('readRosterCsv', () => {
  it('reads a SIMS-style export with legal and preferred forenames', () => {
    const r = read('Legal Forename,Preferred Forename,Legal Surname,Reg Group\nJonathan,Jonny,Smith,6B\nAmelia,,Jones,6B\n');
    expect(r.pupils).toEqual([
      { forename: 'Jonathan', surname: 'Smith', preferred: 'Jonny' },
      { forename: 'Amelia', surname: 'Jones' },
    ]);
    expect(r.problems).toEqual([]);
    expect(r.columns).toEqual({ legal: 'Legal Forename', preferred: 'Preferred Forename', legalSurname: 'Legal Surname' });
  });

  it('matches header names in any case, spacing and punctuation, and keeps legal when it differs', () => {
    const r = read('FORENAME,legal_forename,  Preferred-Forename ,SurName\nJack,John,,Smith\n');
    expect(r.pupils).toEqual([{ forename: 'Jack', surname: 'Smith', legal: 'John' }]);
  });

  it('accepts First Name / Last Name and Known As', () => {
    expect(read('First Name,Last Name,Known As\nElizabeth,Brown,Libby\n').pupils).toEqual([{ forename: 'Elizabeth', surname: 'Brown', preferred: 'Libby' }]);
  });

  it('strips a UTF-8 BOM and keeps accented names intact', () => {
    const r = readRosterCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Forename,Surname\nZoë,Ní Bhriain\n')]));
    expect(r.pupils).toEqual([{ forename: 'Zoë', surname: 'Ní Bhriain' }]);
    expect(r.encoding).toBe('utf-8');
  });

  it('reads Windows-1252 (Excel "CSV") and UTF-16 ("Unicode Text", tab separated) exports', () => {
    const cp1252 = new Uint8Array([...enc('Forename,Surname\nZo'), 0xeb, ...enc(',Smith\n')]);
    const r = readRosterCsv(cp1252);
    expect(r.pupils[0]!.forename).toBe('Zoë');
    expect(r.encoding).toBe('windows-1252');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Forename\tSurname\r\nZoë\tSmith\r\n', 'utf16le')]);
    expect(readRosterCsv(utf16)).toMatchObject({ pupils: [{ forename: 'Zoë', surname: 'Smith' }], encoding: 'utf-16le' });
  });

  it('handles quoted fields with commas, doubled quotes and line breaks, and CRLF or mixed line ends', () => {
    const r = read('Forename,Surname\r\n"Mary, Jane",Smith\r\n"Jack ""JJ""",Jones\n"Ann\nMarie",Lee\rTom,Day\r\n');
    expect(r.pupils.map((p) => p.forename)).toEqual(['Mary, Jane', 'Jack "JJ"', 'Ann\nMarie', 'Tom']);
  });

  it('skips blank lines and empty rows, and counts them', () => {
    const r = read('\n\nForename,Surname\n\nJack,Smith\n,,\n , \nAmy,Lee\n\n');
    expect(r.pupils).toHaveLength(2);
    expect(r.blankRows).toBe(4);
  });

  it('finds the header below a report title', () => {
    const r = read('Pupil list - exported 01/09/2026\nYear 6\n\nSurname,Forename\nSmith,Jack\n');
    expect(r.pupils).toEqual([{ forename: 'Jack', surname: 'Smith' }]);
  });

  it('accepts semicolon-separated files', () => {
    expect(read('Forename;Surname\nJack;Smith\n').pupils).toEqual([{ forename: 'Jack', surname: 'Smith' }]);
  });

  it('makes one entry per distinct surname when legal and preferred surnames differ', () => {
    const r = read('Forename,Legal Surname,Preferred Surname\nJack,Smith,Smith-Jones\nAmy,Lee,Lee\n');
    expect(r.pupils).toEqual([
      { forename: 'Jack', surname: 'Smith' },
      { forename: 'Jack', surname: 'Smith-Jones' },
      { forename: 'Amy', surname: 'Lee' },
    ]);
  });

  it('reports bad rows by the row number a spreadsheet shows, without the names in them', () => {
    const r = read('Forename,Preferred Forename,Surname\nJack,,Smith\n\nAmelia,,\n,,Brown\n"Multi\nline",,Ok\nTom,,Day,extra\nTom,,Day,\n');
    expect(r.problems).toEqual([
      { row: 4, message: 'has no surname ("Surname" is empty)' },
      { row: 5, message: 'has no forename ("Forename" and "Preferred Forename" are all empty)' },
      { row: 8, message: 'has 4 fields but the header has 3 (a name containing a comma must be in double quotes)' },
    ]);
    expect(JSON.stringify(r.problems)).not.toMatch(/Amelia|Brown|Tom/);
    // A trailing empty field (Excel sometimes adds one) is not an error.
    expect(r.pupils.map((p) => p.surname)).toEqual(['Smith', 'Ok', 'Day']);
  });

  it('names the row where an unclosed quote starts', () => {
    expect(() => read('Forename,Surname\nJack,Smith\n"Amy,Lee\nTom,Day\n')).toThrow(new RosterFileError('row 3: a quoted field is never closed (look for a stray double quote " in that row)'));
  });

  it('keeps a stray quote inside an unquoted field', () => {
    expect(read('Forename,Surname\nJack "JJ",Smith\n').pupils[0]!.forename).toBe('Jack "JJ"');
  });

  it('explains which columns are needed when there is no header, without echoing the data', () => {
    let message = '';
    try {
      read('Jack,Smith\nAmy,Lee\n');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^no header row found in the first 10 rows: the roster needs a forename column and a surname column\. Accepted column names/);
    expect(message).not.toMatch(/Jack|Smith/);
  });
});
