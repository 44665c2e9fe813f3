/**
 * How the compose engine gets its lexicons and tone model: they travel in their own file
 * (entrypoints/compose-lexicons → compose-lexicons.js), imported in parallel with the engine file when
 * someone starts writing, so the two are fetched and parsed side by side instead of as one 1 MB script.
 * In the engine's build, rules/lexicons/* are stand-ins (scripts/lexicon-shim.ts) whose big strings come
 * from here; everywhere else (tests, CLI, options page) the real modules are used as they are.
 *
 * One registry per world (a registry symbol, not per bundle): the lexicons file provides, the engine's
 * stand-ins take, in whichever order the two files happen to be evaluated.
 */
const KEY = Symbol.for('postpause.compose-lexicons');

/** The files of rules/lexicons that travel in compose-lexicons.js (their big strings; small values stay inline). */
export const LEXICON_FILES = ['first-names.ts', 'name-shape.ts', 'rare-names.ts', 'school-names.ts', 'tone-model.json', 'staff-tone-model.json'] as const;

/** The lexicons file, beside the engine file (web-accessible the same way: wxt.config.ts). */
export const LEXICONS_FILE = '/compose-lexicons.js';

/** Lexicon module (file name under rules/lexicons, e.g. "school-names.ts") -> its exports. */
export type LexiconModules = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

interface Registry {
  modules?: LexiconModules;
  waiting: ((modules: LexiconModules) => void)[];
}

function registry(scope: object): Registry {
  const s = scope as Record<symbol, Registry | undefined>;
  return (s[KEY] ??= { waiting: [] });
}

/** Called by the lexicons file when it is evaluated. */
export function provideLexicons(modules: LexiconModules, scope: object = globalThis): void {
  const r = registry(scope);
  r.modules = modules;
  for (const take of r.waiting.splice(0)) take(modules);
}

/** Called by each stand-in: now if the lexicons are here, else as soon as they are. */
export function takeLexicons(take: (modules: LexiconModules) => void, scope: object = globalThis): void {
  const r = registry(scope);
  if (r.modules) take(r.modules);
  else r.waiting.push(take);
}

/** Have the lexicons arrived in this world? The engine does not start without them. */
export function lexiconsLoaded(scope: object = globalThis): boolean {
  return registry(scope).modules !== undefined;
}

/** One export of one lexicon module; throws (the engine then fails open) if the file never came. */
export function lexicon(file: string, name: string, scope: object = globalThis): unknown {
  const m = registry(scope).modules?.[file];
  if (!m || !(name in m)) throw new Error(`the compose lexicons are not loaded (${file}: ${name})`);
  return m[name];
}
