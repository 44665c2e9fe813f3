/**
 * The normalisation layer (lib/engine/normalise.ts): what it makes plain, and that every offset maps back
 * to the right characters of the original text, checked over random insertions of invisible characters,
 * odd spaces and fancy letters.
 */
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../../lib/engine/normalise.ts';
import { createAnalyzer } from '../../../../lib/index.ts';
import { seededRandom } from '../../../../scripts/seeded-random.ts';


const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\uFEFF', '\u00AD'];
const BOLD = (s: string) =>
  [...s].map((ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 65 && c <= 90) return String.fromCodePoint(0x1d5d4 + c - 65);
    if (c >= 97 && c <= 122) return String.fromCodePoint(0x1d5ee + c - 97);
    if (c >= 48 && c <= 57) return String.fromCodePoint(0x1d7ec + c - 48);
    return ch;
  }).join('');

describe('normaliseText', () => {
  it.each([
    ['𝗯𝗼𝗹𝗱 𝘪𝘵𝘢𝘭𝘪𝘤', 'bold italic'],
    ['Ⓒⓘⓡⓒⓛⓔⓓ', 'Circled'],
    ['ｆｕｌｌ－ｗｉｄｔｈ ０７７００', 'full-width 07700'],
    ['07700\u202F900\u2009461', '07700 900 461'],
    ['DE22\u30001JT', 'DE22 1JT'],
    ['07700\u2007900  461', '07700 900 461'],
    ['O\u2018Neill O\u2032Neill O`Neill O\u00B4Neill', "O'Neill O'Neill O'Neill O'Neill"],
    ['J\u0430ck \u0405mith', 'Jack Smith'],
    ['Zo\u0065\u0308', 'Zo\u00EB'],
    ['Ja\u00ADck\u200B', 'Jack'],
    // Look-alikes beside digits: a postcode or plate is a Latin code even when every letter in it is a look-alike.
    ['\u0405W1\u0410 1\u0410\u0410', 'SW1A 1AA'],
    ['LS14 6Q\u0422', 'LS14 6QT'],
    ['\u0412\u041D19 \u0410\u0412\u0421', 'BH19 ABC'],
    ['new flat, \u041C1 4\u0412T', 'new flat, M1 4BT'],
  ])('"%s" reads as "%s"', (input, want) => {
    expect(normaliseText(input).text).toBe(want);
  });

  it.each(['Привет, как дела?', 'Καλημέρα σας', 'Ελλάδα', 'В 2024 году', 'Купил 2 кг', 'Το 2ο μάθημα', 'Plain ASCII stays as it is.', 'Emoji 🙃👨‍👩‍👧 stay emoji'])('leaves real Cyrillic, Greek and emoji alone: %s', (s) => {
    const n = normaliseText(s);
    expect(n.text.replace(/\u200D/g, '')).toBe(s.replace(/\u200D/g, ''));
  });

  it('returns plain ASCII without a map', () => {
    const n = normaliseText('Nothing to see here, 07700 900461.');
    expect(n.changed).toBe(false);
    expect(n.toOriginal(8, 11)).toEqual([8, 11]);
  });

  it('maps every character back to the characters it came from (random invisible insertions)', () => {
    const rand = seededRandom(11);
    const base = "Call Aoife O'Neill on 07700 900461 or email jo@example.com, we're at Gatwick now";
    const wrong: { input: string; span: [number, number]; original: [number, number]; slice: string }[] = [];
    for (let round = 0; round < 300; round++) {
      let s = '';
      for (const ch of base) {
        if (rand() < 0.3) s += INVISIBLES[Math.floor(rand() * INVISIBLES.length)];
        s += ch;
      }
      const n = normaliseText(s);
      expect(n.text).toBe(base);
      for (let k = 0; k < 40; k++) {
        const a = Math.floor(rand() * base.length);
        const b = a + 1 + Math.floor(rand() * (base.length - a));
        const [os, oe] = n.toOriginal(a, b);
        const slice = s.slice(os, oe);
        // The original span holds exactly the same visible characters, and starts and ends on them.
        // Checked with plain comparisons and reported together: 12,000 expect() calls made this test
        // slow enough to time out on a loaded machine.
        const visible = slice.replace(/[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/g, '');
        if (visible !== base.slice(a, b) || INVISIBLES.includes(slice[0]!) || INVISIBLES.includes(slice[slice.length - 1]!)) {
          wrong.push({ input: JSON.stringify(s), span: [a, b], original: [os, oe], slice: JSON.stringify(slice) });
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads and maps a text whose compatibility forms make it much longer (many "…" and "ﬁ")', () => {
    const s = `Wait${'\u2026'.repeat(200)} \uFB01ne, O\u2019Neill`;
    const n = normaliseText(s);
    expect(n.text).toBe(`Wait${'...'.repeat(200)} fine, O'Neill`);
    // One full stop of the third "..." maps to the whole third "…"; "fine" maps to "ﬁne"; "O'Neill" to "O’Neill".
    expect(n.toOriginal(4 + 7, 4 + 8)).toEqual([6, 7]);
    const fine = n.text.indexOf('fine');
    const [fs, fe] = n.toOriginal(fine, fine + 4);
    expect(s.slice(fs, fe)).toBe('\uFB01ne');
    const oneill = n.text.indexOf("O'Neill");
    const [os, oe] = n.toOriginal(oneill, oneill + 7);
    expect(s.slice(os, oe)).toBe('O\u2019Neill');
  });

  it('maps a curly apostrophe and look-alike letters in one text back to what was written', () => {
    const s = 'J\u0430ck O\u2019Neill \u2014 Sm\u0456th\u00A0\u00A0Jones';
    const n = normaliseText(s);
    expect(n.text).toBe("Jack O'Neill \u2014 Smith Jones");
    for (const word of ['Jack', "O'Neill", 'Smith', 'Jones']) {
      const at = n.text.indexOf(word);
      const [os, oe] = n.toOriginal(at, at + word.length);
      expect(s.slice(os, oe).normalize('NFKC').replace(/\u2019/g, "'").replace(/\u0430/g, 'a').replace(/\u0456/g, 'i')).toBe(word);
    }
  });

  it('reads curly apostrophes in plain text in place, mapping every span as the full path does', () => {
    const s = '\u2018Don\u2019t\u2019 say it\u2032s Jo\u02BCs or Ann\uFF07s \u2019';
    const n = normaliseText(s);
    expect(n.text).toBe("'Don't' say it's Jo's or Ann's '");
    // The same text down the look-alike path (a Cyrillic word after a line break) maps every span alike.
    const slow = normaliseText(s + '\n\u0436');
    const wrong: number[][] = [];
    for (let a = 0; a < s.length; a++) for (let b = 0; b <= s.length; b++) if (String(n.toOriginal(a, b)) !== String(slow.toOriginal(a, b))) wrong.push([a, b]);
    expect(wrong).toEqual([]);
    // Spans outside the text are clamped to it, as the full path's maps clamp them.
    expect(n.toOriginal(-2, 3)).toEqual([0, 3]);
    expect(n.toOriginal(5, 999)).toEqual([5, s.length]);
    expect(n.toOriginal(999, 1000)).toEqual([s.length - 1, s.length]);
    expect(n.toOriginal(7, 4)).toEqual([7, 7]);
  });

  it('maps fancy letters back to whole surrogate pairs', () => {
    const rand = seededRandom(5);
    const base = 'Text me on 07700 900461 today';
    for (let round = 0; round < 100; round++) {
      const s = [...base].map((ch) => (rand() < 0.5 ? BOLD(ch) : ch)).join('');
      const n = normaliseText(s);
      expect(n.text).toBe(base);
      const a = Math.floor(rand() * base.length);
      const b = a + 1 + Math.floor(rand() * (base.length - a));
      const [os, oe] = n.toOriginal(a, b);
      expect(s.slice(os, oe).normalize('NFKC')).toBe(base.slice(a, b));
    }
  });
});

describe('findings on disguised text point at the original characters', () => {
  const analyzer = createAnalyzer({});
  const clean = [
    'Text me on 07700 900461 if you need a lift',
    'New address: 14 Elm Grove, Derby DE22 1JT',
    'email jo.hartley83@gmail.com for the rota',
    'Our head is a useless twat and everyone knows it',
  ];
  it.each(clean)('same findings with invisible characters and fancy letters inserted: %s', (base) => {
    const want = analyzer.analyze(base).map((f) => [f.category, f.ruleId, f.text]);
    expect(want.length).toBeGreaterThan(0);
    const rand = seededRandom(base.length);
    for (let round = 0; round < 50; round++) {
      let s = '';
      for (const ch of base) {
        const r = rand();
        if (r < 0.15) s += INVISIBLES[Math.floor(rand() * INVISIBLES.length)] + ch;
        else if (r < 0.3) s += BOLD(ch);
        else s += ch;
      }
      const found = analyzer.analyze(s);
      expect(analyzer.lastErrors).toEqual([]);
      for (const f of found) expect(s.slice(f.start, f.end)).toBe(f.text);
      const got = found.map((f) => [f.category, f.ruleId, normaliseText(f.text).text]);
      expect(got).toEqual(want);
    }
  });
});

describe('the typed-array path and the look-alike path', () => {
  it('read and map random texts alike (a Cyrillic word after a line break sends a text down the look-alike path)', () => {
    const rand = seededRandom(23);
    const PIECES = ['a', 'B', 'z', 'e', ' ', '  ', '`', "'", '\u2019', '\u2018', '\u00B4', '\u200B', '\u00AD', '\uFEFF', '\u200E', '\u0301', '\u0308', 'e\u0301', '\uFB01', '\u2026', '\uFF21', '\u00A0', '\u3000', '\u2009', '\u{1D5EE}', '🙃', '\u2764\uFE0F', 'x\u{E0100}', '\u2460', '7', '.', '\n', '\u00E9', '\u00DF', '\u2014'];
    // ж has no Latin twin, so the look-alike path leaves it and the line break before it as they are.
    const tail = '\n\u0436';
    const wrong: string[] = [];
    for (let round = 0; round < 400; round++) {
      let s = '';
      const len = 1 + Math.floor(rand() * 24);
      for (let k = 0; k < len; k++) s += PIECES[Math.floor(rand() * PIECES.length)];
      const fast = normaliseText(s);
      const slow = normaliseText(s + tail);
      if (slow.text !== fast.text + tail) {
        wrong.push(`${JSON.stringify(s)}: ${JSON.stringify(fast.text)} vs ${JSON.stringify(slow.text)}`);
        continue;
      }
      for (let a = 0; a < fast.text.length; a++) {
        for (let b = a; b <= fast.text.length; b++) {
          const f = fast.toOriginal(a, b), g = slow.toOriginal(a, b);
          if (f[0] !== g[0] || f[1] !== g[1]) wrong.push(`${JSON.stringify(s)} [${a}, ${b}): ${f} vs ${g}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('which texts are changed', () => {
  it.each([
    ['plain ASCII, single spaces', 'Nothing to see here, 07700 900461.', false],
    // Each of these is found by the check for the plain path: were it missed, the text would come back as it is.
    ['a double space', 'two  spaces', true],
    ['a backtick between letters', 'O`Neill', true],
    ['a no-break space', 'a\u00A0b', true],
    ['an invisible character', 'Ja\u200Bck', true],
    ['curly apostrophes only', 'We\u2019re off, it\u2019s Jo\u00B4s', true],
    // Looked at by the full path, and left as it is.
    ['an emoji', 'ok 🙃', false],
    ['a space at the end', 'end ', false],
    ['every other ASCII character', Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('').replace(/[` ]/g, ''), false],
  ])('%s', (_name, text, changed) => {
    const n = normaliseText(text);
    expect(n.changed).toBe(changed);
    if (!changed) expect(n.text).toBe(text);
  });
});
