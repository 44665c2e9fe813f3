import { describe, expect, it } from 'vitest';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { ROSTER_SCHEME, createRosterHasher, hashRoster, nicknameVariants, normaliseName, rosterForms } from '../../../../../lib/engine/roster/index.ts';

describe('roster hashing scheme', () => {
  it('names the scheme the configuration validator accepts', () => {
    expect(ROSTER_SCHEME).toBe('hmac-sha256-16');
  });

  it('is plain HMAC-SHA256 truncated to 16 hex digits', () => {
    const h = createRosterHasher('test-secret');
    const want = bytesToHex(hmac(sha256, utf8ToBytes('test-secret'), utf8ToBytes('full:jack smith'))).slice(0, 16);
    expect(h('full:jack smith')).toBe(want);
    // Reusing the precomputed key state must not leak state between calls.
    expect(h('first:jack')).toBe(bytesToHex(hmac(sha256, utf8ToBytes('test-secret'), utf8ToBytes('first:jack'))).slice(0, 16));
    expect(h('full:jack smith')).toBe(want);
    expect(h('full:jack smith')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('depends on the secret', () => {
    expect(createRosterHasher('a')('first:jack')).not.toBe(createRosterHasher('b')('first:jack'));
  });

  it('normalises case, accents, apostrophes, hyphens and invisible characters', () => {
    expect(normaliseName('  Zoë ')).toBe('zoe');
    expect(normaliseName("O\u2019Neill")).toBe('oneill');
    expect(normaliseName('Smith-Jones')).toBe('smith jones');
    expect(normaliseName('Ja\u200Bck')).toBe('jack');
    expect(normaliseName('ÉLODIE')).toBe('elodie');
  });

  it('emits every typed form for a pupil', () => {
    const forms = rosterForms({ forename: 'Jack', surname: 'Smith' });
    expect(forms).toEqual(
      expect.arrayContaining(['full:jack smith', 'first:jack', 'init-last:j smith', 'first-init:jack s', 'joined:jacksmith']),
    );
    expect(forms).toEqual([...new Set(forms)].sort());
  });

  it('adds short forms, preferred and legal names, and middle-name first words', () => {
    const forms = rosterForms({ forename: 'Oliver James', surname: 'Brown', preferred: 'Ollie', legal: 'Oliver James Brown-Lee' });
    expect(forms).toEqual(expect.arrayContaining(['first:oliver', 'first:ollie', 'first:olly', 'full:ollie brown', 'full:oliver james brown']));
    // A hyphenated first name is also written run together: #ellamay, "Abdulrahman".
    expect(rosterForms({ forename: 'Ella-May', surname: 'Thwaite' })).toEqual(expect.arrayContaining(['first:ella may', 'first:ellamay', 'full:ellamay thwaite']));
    expect(rosterForms({ forename: 'Oliver James', surname: 'Brown' })).not.toContain('first:oliverjames');
    const izzy = rosterForms({ forename: 'Isabella', surname: 'Nowak' });
    expect(izzy).toEqual(expect.arrayContaining(['first:izzy', 'full:izzy nowak', 'joined:izzynowak']));
    expect(rosterForms({ forename: 'Alex', surname: 'Cole' })).toEqual(expect.arrayContaining(['first:alexander', 'first:alexandra']));
  });

  it('adds the first part of Yoruba and Punjabi compound names', () => {
    expect(rosterForms({ forename: 'Temilola', surname: 'Adeleke' })).toEqual(expect.arrayContaining(['first:temi', 'full:temi adeleke']));
    // The last part of some Yoruba compound names is the everyday name: Folashade -> Shade, Olamiposi -> Posi.
    expect(rosterForms({ forename: 'Folashade', surname: 'Adeyinka' })).toEqual(expect.arrayContaining(['first:shade', 'first:fola']));
    expect(rosterForms({ forename: 'Olamiposi', surname: 'Ogundipe' })).toEqual(expect.arrayContaining(['first:posi', 'full:posi ogundipe']));
    expect(rosterForms({ forename: 'Oluwatobiloba', surname: 'Ade' })).toEqual(expect.arrayContaining(['first:tobiloba', 'first:tobi']));
    expect(rosterForms({ forename: 'Sehajpreet', surname: 'Dhillon' })).toEqual(expect.arrayContaining(['first:sehaj', 'full:sehaj dhillon']));
    // Transliterated spellings of the same name (issue 11: however staff write the name).
    expect(rosterForms({ forename: 'Yousuf', surname: 'Rahimi' })).toEqual(expect.arrayContaining(['first:yusuf', 'full:yusuf rahimi']));
    expect(rosterForms({ forename: 'Maryam', surname: 'Ali' })).toEqual(expect.arrayContaining(['first:mariam']));
    expect(rosterForms({ forename: 'Safiyah', surname: 'Ali' })).toEqual(expect.arrayContaining(['first:safiya']));
    expect(rosterForms({ forename: 'Sameer', surname: 'Ali' })).toEqual(expect.arrayContaining(['first:samir']));
    expect(rosterForms({ forename: 'Qasim', surname: 'Ali' })).toEqual(expect.arrayContaining(['first:kasim']));
    expect(rosterForms({ forename: 'Isabella', surname: 'Nowak' }).filter((f) => f.startsWith('first:'))).not.toContain('first:isabellah');
    // Too little left to be a name on its own: "Manpreet" gives no "man", "Ayomi" no "ayo".
    expect(rosterForms({ forename: 'Manpreet', surname: 'Kaur' })).not.toContain('first:man');
    expect(rosterForms({ forename: 'Ayomi', surname: 'Bello' })).not.toContain('first:ayo');
  });

  it('adds the clipped form of a long name and short forms across cultures (session 17)', () => {
    // Staff clip a long name to its first syllables: Anuoluwapo -> Anu, Neriyah -> Neri, Hephzibah -> Hephzi.
    expect(rosterForms({ forename: 'Anuoluwapo', surname: 'Bankole' })).toEqual(expect.arrayContaining(['first:anu', 'full:anu bankole']));
    expect(rosterForms({ forename: 'Neriyah', surname: 'Campbell' })).toEqual(expect.arrayContaining(['first:neri']));
    expect(rosterForms({ forename: 'Hephzibah', surname: 'Okoro' })).toEqual(expect.arrayContaining(['first:hephzi']));
    // Short names are not clipped: "Akiva" gives no "aki", "Kwadwo" no "kwad".
    expect(rosterForms({ forename: 'Akiva', surname: 'Levy' }).filter((f) => f.startsWith('first:'))).toEqual(['first:akiva']);
    // Akan day names and Edo names: Kwadwo is Kojo, Eseosa is Ese.
    expect(rosterForms({ forename: 'Kwadwo', surname: 'Asante' })).toEqual(expect.arrayContaining(['first:kojo', 'full:kojo asante']));
    expect(rosterForms({ forename: 'Eseosa', surname: 'Osagie' })).toEqual(expect.arrayContaining(['first:ese']));
  });

  it('keeps short forms from spreading across families', () => {
    expect(nicknameVariants('oliver')).toEqual(expect.arrayContaining(['ollie', 'olly', 'oli']));
    expect(nicknameVariants('alex')).not.toContain('alfie');
    expect(nicknameVariants('zebedee')).toEqual([]);
  });

  it('splits double-barrelled surnames into parts staff also use', () => {
    const forms = rosterForms({ forename: 'Amelia', surname: 'Smith-Jones' });
    expect(forms).toEqual(expect.arrayContaining(['full:amelia smith jones', 'full:amelia smith', 'full:amelia jones', 'joined:ameliasmithjones']));
    expect(rosterForms({ forename: 'Leo', surname: 'de Souza' })).not.toContain('full:leo de');
  });

  it('hashRoster is deduplicated, sorted and never contains plain names', () => {
    const hashes = hashRoster('s3cret', [
      { forename: 'Jack', surname: 'Smith' },
      { forename: 'Jack', surname: 'Smith' },
      { forename: 'Zoë', surname: 'Adams' },
    ]);
    expect(hashes).toEqual([...new Set(hashes)].sort());
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(hashes)).not.toMatch(/jack|smith|zoe/i);
  });

  it('tolerates empty and odd input', () => {
    expect(rosterForms({ forename: '', surname: '' })).toEqual([]);
    expect(rosterForms({ forename: 'Prince', surname: '' })).toEqual(['first:prince']);
    expect(() => hashRoster('', [{ forename: '\u200B', surname: '!!' }])).not.toThrow();
  });
});
