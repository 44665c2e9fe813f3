/**
 * Build step for the compose engine only (wxt.config.ts applies it to the compose-engine entry): the
 * modules of rules/lexicons listed in LEXICON_FILES are replaced by stand-ins whose big strings (over
 * 1,000 characters) are read from the lexicon registry (extension/compose/lexicon-registry.ts), filled by
 * compose-lexicons.js, which the content script imports in parallel with the engine. Small values stay
 * inline, so anything read while the engine module is evaluated is there at once. The lexicon files
 * themselves are not changed: the stand-in is made from each file as it is when the build runs, and
 * anything in a file that is not a plain `export const NAME = <JSON literal>;` stops the build.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LEXICON_FILES } from '../extension/compose/lexicon-registry.ts';

const ROOT = resolve(import.meta.dirname, '..');
const LEXICONS = resolve(ROOT, 'rules/lexicons');
const REGISTRY = resolve(ROOT, 'extension/compose/lexicon-registry.ts');
const PREFIX = '\0postpause-lexicon:';
/** Strings longer than this travel in the lexicons file. */
const APART = 1000;

const apart = (v: unknown): v is string => typeof v === 'string' && v.length > APART;

/** A stand-in for one lexicon file, as JavaScript. */
export function lexiconShim(file: string, source: string): string {
  const head = `import { takeLexicons, lexicon } from ${JSON.stringify(REGISTRY)};\n`;
  if (file.endsWith('.json')) {
    const data = JSON.parse(source) as Record<string, unknown>;
    const fields = Object.entries(data).map(([k, v]) =>
      apart(v) ? `get ${JSON.stringify(k)}() { return lexicon(${JSON.stringify(file)}, ${JSON.stringify(k)}); }` : `${JSON.stringify(k)}: ${JSON.stringify(v)}`,
    );
    return `${head}export default {\n  ${fields.join(',\n  ')}\n};\n`;
  }
  const lines: string[] = [];
  const taken: string[] = [];
  // Comments and blank lines aside, a generated lexicon is `export const NAME = <JSON literal>;` lines.
  const body = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const line of body.split('\n')) {
    if (!line.trim()) continue;
    const m = /^export const (\w+)(?:: \w+)? = (.*);\s*$/.exec(line);
    let value: unknown;
    try {
      if (!m) throw new Error('not an export');
      value = JSON.parse(m[2]!);
    } catch {
      throw new Error(`rules/lexicons/${file}: the lexicon shim understands only "export const NAME = <JSON literal>;" lines, not: ${line.slice(0, 80)}`);
    }
    const name = m[1]!;
    if (apart(value)) {
      lines.push(`export let ${name};`);
      taken.push(`${name} = m[${JSON.stringify(name)}];`);
    } else lines.push(`export const ${name} = ${JSON.stringify(value)};`);
  }
  if (taken.length) lines.push(`takeLexicons((all) => { const m = all[${JSON.stringify(file)}]; ${taken.join(' ')} });`);
  return `${head}${lines.join('\n')}\n`;
}

/** The vite plugin: resolves imports of LEXICON_FILES to their stand-ins. */
export function lexiconShimPlugin(): Plugin {
  const files = new Map<string, string>(LEXICON_FILES.map((f) => [resolve(LEXICONS, f), f]));
  return {
    name: 'postpause-lexicon-shim',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/lexicons\//.test(source)) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      const file = r && files.get(r.id.replace(/\?.*$/, ''));
      // Ends in .js: a virtual module the JSON and TypeScript plugins leave alone.
      return file ? `${PREFIX}${file}.js` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length).replace(/\.js$/, '');
      return lexiconShim(file, readFileSync(resolve(LEXICONS, basename(file)), 'utf8'));
    },
  };
}
