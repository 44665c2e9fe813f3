/**
 * Builds rules/lexicons/school-names.ts from the GIAS school list in the folder POSTPAUSE_DATA names (or the folder
 * given as the first argument) and from the Welsh Government's address list of schools in Wales, which has no
 * other home and is kept in the repository (data/wales-schools/, with its source and licence).
 *
 *   npx tsx scripts/build-schools-lexicon.ts [DATA_DIR]   (or set POSTPAUSE_DATA)
 *
 * Each school name becomes its distinctive part ("Oakfield" from "Oakfield C of E Primary School"), folded
 * with schoolKey() below; the rule then asks for kind-of-school words after it in the post. Names whose
 * kind-of-school word is in the middle ("Harris Academy South Norwood") are kept whole and match alone.
 * Stems made only of everyday words ("Green Lane") are marked to match only when written with capitals.
 *
 * Welsh names put the kind of school first: "Ysgol Gynradd Amlwch", "Ysgol Gymraeg Y Garnedd", "Ysgol Gyfun
 * Cwm Rhondda", "YGG Pontardawe", "Ysgol Bro Edern". Their stem is what follows "Ysgol" and its Welsh type words
 * ("amlwch", "y garnedd", "cwm rhondda"): a place or a person, kept even when it is one word, never matching on
 * its own. English-medium Welsh schools ("Cwmbran High School", "St Joseph's RC Primary") are read like GIAS ones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import nlp from 'compromise';
import { schoolKeyWords, isSchoolNameTail, SCHOOL_TYPE_WORDS, NOT_SCHOOL_STEMS } from '../rules/school/shared/school-key.ts';
import { sourceDataDir } from './source-data.ts';

const dataDir = sourceDataDir(process.argv[2]);
const rows = parse(readFileSync(join(dataDir, 'dfe_gias_school_names', 'schools.csv')), { columns: true }) as { name: string }[];
const WALES_CSV = join(import.meta.dirname, '..', 'data', 'wales-schools', 'address-list-schools-wales-maintained-20210825.csv');
const walesRows = parse(readFileSync(WALES_CSV), { columns: true }) as { 'School Name': string }[];

/** Welsh kind-of-school words after "Ysgol" (primary, Welsh-medium, comprehensive, secondary, community, infants, juniors, voluntary, aided, nursery, special). */
const WELSH_TYPE_WORDS = new Set(['gynradd', 'gymraeg', 'gyfun', 'uwchradd', 'gymuned', 'gymunedol', 'babanod', 'iau', 'wirfoddol', 'gymorthedig', 'feithrin', 'arbennig']);
/** "Y.G.G." / "YGG" (Ysgol Gynradd Gymraeg), "Y.G." (Ysgol Gymraeg), written in several ways in the list. */
const YGG = /^(?:Y\.\s?G\.\s?G\.(?:\s?G\.)?|Y\.G\.|Y G G|YGG|Ygg)\s*/;
/** Welsh openings that are a kind of school, not part of its name: "Ysgol", "Yr Ysgol", "Coleg Cymunedol", "Canolfan Addysg". */
const WELSH_LEAD = new Set(['ysgol', 'coleg', 'cymunedol', 'canolfan', 'addysg']);

/**
 * How the Welsh list ends names besides the GIAS tail words: "Church in Wales", "C in W", "CIW", "C/W", "C P",
 * "R C", "V A", "Jnr. & Infts.", "Comprehensive", and names cut short ("Primary Sch", "Community Primary Scho").
 */
const WALES_TAIL = new Set(['in', 'wale', 'w', 'ciw', 'cw', 'p', 'v', 'a', 'r', 'jnr', 'inft', 'sch', 'scho', 'prim', 'comprehensive', 'bilingual']);
/** Stems that name something else first: Estyn is the schools inspectorate. */
const NOT_WELSH_STEMS = new Set(['estyn']);

/** The list's names as the builder reads them: up to a comma, bracket or slash, "St.Mary's" spaced. */
function walesName(name: string): string {
  return name.split(/[,(/]/)[0]!.replace(/\bSt\.(?=\S)/g, 'St ').trim();
}

/** Without the list's own closing words ("Cilgerran Church In Wales VC School" -> cilgerran). */
function trimWalesTail(words: string[]): string[] {
  let e = words.length;
  while (e > 0 && (WALES_TAIL.has(words[e - 1]!) || isSchoolNameTail(words[e - 1]!))) e--;
  // Keep what a name is when all of it is such words; addName drops it.
  return e === words.length ? words : [...words.slice(0, e), 'school'];
}

/** The words of a Welsh school's name after its Welsh kind-of-school words, or undefined when it has none. */
function welshStem(name: string): string[] | undefined {
  let n = walesName(name);
  const ygg = YGG.test(n);
  n = n.replace(YGG, '');
  const words = schoolKeyWords(n);
  let s = 0;
  if (words[s] === 'yr' && words[s + 1] === 'ysgol') s++;
  let lead = ygg;
  while (s < words.length && (WELSH_LEAD.has(words[s]!) || WELSH_TYPE_WORDS.has(words[s]!))) {
    lead = true;
    s++;
  }
  return lead ? words.slice(s) : undefined;
}

type Lexicon = Record<string, string | string[] | undefined>;
const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon;
const PROPER = new Set(['Place', 'City', 'Country', 'Region', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'ProperNoun', 'Organization']);
const EVERYDAY = new Set(['st', 'saint', 'the', 'and', 'of', 'new', 'old', 'green', 'park', 'hill', 'lane', 'road', 'view', 'wood', 'woods', 'field', 'fields', 'meadow', 'meadows', 'brook', 'river', 'church', 'castle', 'bridge', 'north', 'south', 'east', 'west', 'central', 'great', 'little', 'holy', 'all', 'saints', 'heart', 'sacred', 'family', 'our', 'lady', 'city', 'town', 'village', 'king', 'kings', 'queen', 'queens', 'royal', 'oak', 'oaks', 'grange', 'manor', 'priory', 'abbey', 'valley', 'vale', 'grove', 'house', 'hall', 'court', 'gate', 'gates', 'mill', 'farm', 'heath', 'common', 'cross', 'end', 'top', 'side', 'way', 'well', 'wells', 'spring', 'springs', 'lake', 'moor', 'marsh', 'bank', 'banks', 'forest', 'orchard', 'garden', 'gardens', 'star', 'hope', 'light', 'life', 'family', 'good', 'shepherd', 'christ', 'trinity', 'cathedral', 'chapel', 'minster', 'high', 'low', 'upper', 'lower', 'middle', 'red', 'white', 'black', 'blue', 'golden', 'silver', 'rose', 'beech', 'elm', 'ash', 'birch', 'willow', 'cedar', 'pine', 'maple', 'hazel', 'holly', 'ivy', 'woodland', 'woodlands', 'rainbow', 'sunshine', 'bright', 'future', 'futures', 'horizon', 'horizons', 'discovery', 'pioneer', 'harbour', 'bay', 'cliff', 'cliffs', 'rock', 'stone', 'beacon', 'tower', 'towers', 'lodge', 'cottage', 'green', 'ridge', 'edge', 'crest', 'dale', 'glen']);
const everydayWord = (w: string): boolean => {
  if (EVERYDAY.has(w)) return true;
  const tags = lexicon[w];
  if (tags === undefined) return false;
  return !(Array.isArray(tags) ? tags : [tags]).some((t) => PROPER.has(t));
};

const stems = new Map<string, { standalone: boolean; everyday: boolean }>();
/** Adds one school's name. `typed`: the name already said what kind of school it is ("Ysgol ..."), so a one-word stem is kept. */
function addName(words: string[], typed: boolean): void {
  if (words[0] === 'the') words.shift();
  if (words.length === 0 || words.some((w) => /\d/.test(w))) return;
  let e = words.length;
  while (e > 0 && isSchoolNameTail(words[e - 1]!)) e--;
  const stem = words.slice(0, e);
  if (stem.length === 0) return;
  if (stem.length === 1 && (stem[0]!.length < 4 || NOT_SCHOOL_STEMS.has(stem[0]!))) return;
  if (NOT_SCHOOL_STEMS.has(stem.join(' '))) return;
  // A name that does not end in kind-of-school words: it matches alone only if such a word is inside it.
  const standalone = !typed && e === words.length && stem.length >= 2 && stem.some((w) => SCHOOL_TYPE_WORDS.has(w)) && !stem.includes('university');
  if (!typed && e === words.length && !standalone && stem.length < 2) return;
  const key = stem.join(' ');
  const everyday = stem.every(everydayWord);
  const prev = stems.get(key);
  stems.set(key, { standalone: (prev?.standalone ?? false) || standalone, everyday });
}
for (const r of rows) addName(schoolKeyWords(r.name.split(',')[0]!), false);
const before = stems.size;
for (const r of walesRows) {
  const name = r['School Name'];
  const welsh = welshStem(name);
  // "Ysgol Y Llan Va Primary School Whitford": an English type word inside a Welsh name; the Welsh part is the name.
  if (welsh) {
    const t = welsh.findIndex((w) => SCHOOL_TYPE_WORDS.has(w));
    const stem = trimWalesTail(t > 0 ? welsh.slice(0, t) : welsh).filter((w) => w !== 'school');
    if (stem.length > 0 && !NOT_WELSH_STEMS.has(stem.join(' '))) addName(stem, true);
  } else {
    const words = trimWalesTail(schoolKeyWords(walesName(name)));
    if (!NOT_WELSH_STEMS.has(words[0]!)) addName(words, false);
  }
}
console.log(`${walesRows.length} Welsh schools: ${stems.size - before} stems not already on the GIAS list`);

// One entry per line: "*" = matches alone, "~" = only with capitals, then the folded words.
const lines = [...stems].map(([k, f]) => `${f.standalone ? '*' : ''}${f.everyday ? '~' : ''}${k}`).sort((a, b) => (a.replace(/^[*~]+/, '') < b.replace(/^[*~]+/, '') ? -1 : 1));
const out = `// GENERATED by scripts/build-schools-lexicon.ts from the Get Information About Schools (GIAS) list of
// English schools (open and closed), as published in DFE-Digital/register-trainee-teachers data/schools.csv,
// and the Welsh Government's address list of schools in Wales (data/wales-schools/, August 2021).
// Contains public sector information licensed under the Open Government Licence v3.0. Do not edit by hand.
//
// One school-name stem per line, folded by schoolKeyWords(): "*" = matches on its own (a kind-of-school word
// is inside the name), "~" = everyday words only, matched only when written with capitals.

export const SCHOOL_STEMS = ${JSON.stringify(lines.join('\n'))};
`;
const target = join(import.meta.dirname, '..', 'rules', 'lexicons', 'school-names.ts');
writeFileSync(target, out);
console.log(`wrote ${target}: ${lines.length} stems (${lines.filter((l) => l.startsWith('*')).length} standalone, ${lines.filter((l) => l.includes('~')).length} everyday), ${out.length} bytes`);
