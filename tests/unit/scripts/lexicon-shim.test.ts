import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconShim } from '../../../scripts/lexicon-shim.ts';
import { LEXICON_FILES } from '../../../extension/compose/lexicon-registry.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('lexicon shim (the compose engine build)', () => {
  it('sends big strings through the registry and keeps small values inline', () => {
    const big = 'a|'.repeat(800);
    const out = lexiconShim('x.ts', `// comment\n/** doc */\nexport const BIG = ${JSON.stringify(big)};\nexport const SMALL = "abc|def";\nexport const N = 3;\n`);
    expect(out).toContain('export let BIG;');
    expect(out).not.toContain(big);
    expect(out).toContain('export const SMALL = "abc|def";');
    expect(out).toContain('export const N = 3;');
    expect(out).toContain('takeLexicons((all) => { const m = all["x.ts"]; BIG = m["BIG"]; });');
  });

  it('stops the build on anything it does not understand', () => {
    expect(() => lexiconShim('x.ts', 'export function f() { return 1; }\n')).toThrow(/only "export const NAME = <JSON literal>;"/);
    expect(() => lexiconShim('x.ts', 'export const X = new Set(["a"]);\n')).toThrow(/x\.ts/);
  });

  it('keeps a JSON model\'s small fields inline and reads its big ones on use', () => {
    const out = lexiconShim('m.json', JSON.stringify({ threshold: 0.4, features: { bits: 18 }, weights: 'A'.repeat(2000) }));
    expect(out).toContain('"threshold": 0.4');
    expect(out).toContain('"features": {"bits":18}');
    expect(out).toContain('get "weights"() { return lexicon("m.json", "weights"); }');
  });

  it('reads every shipped lexicon file, and the lexicons entry provides each of them', () => {
    const entry = readFileSync(resolve(ROOT, 'entrypoints/compose-lexicons/index.ts'), 'utf8');
    for (const file of LEXICON_FILES) {
      const out = lexiconShim(file, readFileSync(resolve(ROOT, 'rules/lexicons', file), 'utf8'));
      // Nothing big left in the engine's copy.
      expect(out.length, file).toBeLessThan(5000);
      expect(entry, file).toContain(`'../../rules/lexicons/${file}'`);
      expect(entry, file).toContain(`'${file}':`);
    }
  });
});
