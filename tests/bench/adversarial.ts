/**
 * Worst-case inputs of about 100,000 characters: shapes that make careless regexes backtrack or loops go
 * quadratic (long runs of one class, repeated trigger phrases, masking characters, endless tokens).
 * Shared by tests/unit/performance.test.ts and tests/bench/profile-rules.ts.
 */
import { makePost } from './corpus.ts';

const N = 100_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

export const ADVERSARIAL: Record<string, string> = {
  'realistic 100k': makePost(N, 7),
  'one character': 'a'.repeat(N),
  'one capital': 'A'.repeat(N),
  'one digit': '7'.repeat(N),
  'spaces': ' '.repeat(N),
  'dots': '.'.repeat(N),
  'exclamations': '!'.repeat(N),
  'asterisks': '*'.repeat(N),
  'apostrophes': "'".repeat(N),
  'hyphens': '-'.repeat(N),
  'one long word': fill('abcdefghij'),
  'caps without spaces': fill('ABCDEFGHIJ'),
  'spaced letters': fill('f u c k '),
  'masked swearing': fill('f*ck '),
  'leetspeak': fill('sh1t '),
  'capitalised words': Array.from({ length: 14_000 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}x`).join(' ').slice(0, N),
  'deep punctuation': fill('((([[[{{{!!!???...'),
  'at signs and dots': fill('a@b.'),
  'at signs': fill('a@'),
  'emails': fill('j.bloggs@example.co.uk '),
  'urls': fill('https://example.com/a/b?c=d '),
  'hashtags': fill('#a'),
  'handles': fill('@a '),
  'digits and spaces': fill('07700 900 '),
  'digit pairs': fill('1 '),
  'dates': fill('12/03/2015 '),
  'postcodes': fill('SW1A 1AA '),
  'shouting': fill('STOP SHOUTING AT ME '),
  'shouting with bangs': fill('WHY IS THIS HAPPENING AGAIN!!! '),
  'mocking case': fill('sUrE tHaT '),
  'zero-width soup': fill('J\u200Ba\u200Bc\u200Bk '),
  'newlines': fill('Jack\n'),
  'names': fill('Jack Smith and Amelia Jones '),
  'school name': fill('Woodbridge Junior School '),
  'emoji': '😀🎉👍 '.repeat(14_285),
  'hate the parents': fill('I hate the parents. '),
  'insults': fill('you stupid idiot '),
  'threats': fill("I'll kill him "),
  'year groups': fill('Year 6 are useless '),
  'gossip': fill("don't tell anyone but "),
  'slurs in hyphens': fill('half-caste-'),
};
