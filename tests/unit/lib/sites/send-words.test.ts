import { describe, expect, it } from 'vitest';
import { SEND_WORD_LANGUAGES, primaryLanguage, sendWords } from '../../../../lib/sites/send-words.ts';

describe('send words in the languages staff use', () => {
  it.each([
    ['en-GB', null],
    ['cy', 'Postio'],
    ['cy-GB', 'Postio'],
    ['pl-PL', 'Opublikuj'],
    ['ur-PK', 'پوسٹ کریں'],
    ['fr-CA', 'Publier'],
  ])('"Post" in %s includes %s', (lang, word) => {
    const words = sendWords(['Post'], [lang]);
    expect(words[0]).toBe('Post');
    if (word) expect(words).toContain(word);
    else expect(words).toEqual(['Post']);
  });

  it('adds only the languages asked for, for the concepts asked for', () => {
    const words = sendWords(['Send'], ['pl', 'cy']);
    expect(words).toEqual(['Send', 'Wyślij', 'Anfon', 'Anfonwch']);
    expect(words).not.toContain('Publier');
    expect(words).not.toContain('Opublikuj');
  });

  it("keeps a site's own phrase as it is and ignores unknown or malformed language tags", () => {
    expect(sendWords(['Press enter to send'], ['fr'])).toEqual(['Press enter to send']);
    expect(sendWords(['Post'], ['', 'x', 'zz-ZZ', '123'])).toEqual(['Post']);
  });

  it('parses language tags to their primary subtag', () => {
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(primaryLanguage('CY')).toBe('cy');
    expect(primaryLanguage('pt_BR')).toBe('pt');
    expect(primaryLanguage('')).toBeNull();
    expect(primaryLanguage('-')).toBeNull();
  });

  it('has every concept in every language, each a whole label (no empty words, none longer than a label)', () => {
    expect(SEND_WORD_LANGUAGES).toEqual(expect.arrayContaining(['cy', 'pl', 'ur', 'fr']));
    for (const lang of SEND_WORD_LANGUAGES) {
      for (const english of ['Post', 'Send', 'Comment', 'Reply', 'Share', 'Publish', 'Next']) {
        const extra = sendWords([english], [lang]).slice(1);
        expect(extra.length, `${lang} ${english}`).toBeGreaterThan(0);
        for (const w of extra) expect(w.trim().length > 0 && w.length < 40, `${lang} ${english}: ${w}`).toBe(true);
      }
    }
  });
});
