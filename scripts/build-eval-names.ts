/**
 * Writes tests/fixtures/eval/dev2-names.jsonl: development posts that put names drawn (seeded) from the full
 * ONS baby-names lists, rare ones included, into sentence frames staff use about pupils, and the same names
 * into frames about adults (own family, friends, colleagues, authors). Tuned on; never a blind set.
 *
 *   npx tsx scripts/build-eval-names.ts [DATA_DIR]   (or set POSTPAUSE_DATA)
 *
 * Contains public sector information licensed under the Open Government Licence v3.0 (ONS baby names).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { sourceDataDir } from './source-data.ts';
import { seededRandom } from './seeded-random.ts';

const dataDir = sourceDataDir(process.argv[2]);
const out = join(import.meta.dirname, '..', 'tests', 'fixtures', 'eval', 'dev2-names.jsonl');

const rand = seededRandom(1102);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const title = (s: string): string => s.toLowerCase().replace(/(^|[-' ])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

const counts = new Map<string, number>();
const rows = parse(readFileSync(join(dataDir, 'ons_baby_names_ew', 'ons_babynames_ew_full_2008_2012_2016_2020_2024.csv')), { columns: true }) as { name: string; count: string }[];
for (const r of rows) counts.set(title(r.name), (counts.get(title(r.name)) ?? 0) + Number(r.count));
const surnames = (parse(readFileSync(join(dataDir, 'sdglinkage_uk_surnames', 'lastname_uk.csv')), { columns: true }) as { surname: string }[]).map((r) => title(r.surname));
// Names a reader would take for words in a post (Even, Queen, Royal) are left out of the frames: they are tested by hand.
const WORDISH = /^(?:[A-Z][a-z]?|Even|Queen|King|Royal|Major|Grant|Van|Will|May|June|April|August|Hope|Joy|Faith|Summer|Grace|Rose|Star|Sky|Rain|Storm|Chance|Blessing|Precious|Unique|Miracle|Justice|Honour|Honor|Legend|Hero|True|Free|Rich|Young|Long|North|West|Art|Bill|Mark|Pat|Ray|Guy|Bob|Rob|Jack|Sonny|Sunny|Lucky|Happy|Angel|Baby|Boy|Girl|Man|Lady|Princess|Prince|Duke|Earl|Lord|Sir|Dame|Mister|Miss|Bishop|Pastor|Saint|Christian|Messiah|Jesus|God|Allah|Nevaeh|Genesis|Trinity|Bliss|Echo|Legacy|Lyric|Melody|Harmony|Destiny|Liberty|Serenity|Journey|Haven|Heaven|Ocean|River|Brook|Forest|Field|Stone|Wood|Hill|Lane|Bay|Cove|Dawn|Eve|Noel|Easter|Christmas|Monday|Friday|Sunday|London|Paris|Florence|India|China|Jersey|Phoenix|Sydney|Austin|Dallas|Devon|Kent|Chelsea|Milan|York|Lincoln|Preston|Chester|Eden|Zion|Jordan|Israel|Georgia|Carolina|Virginia|Dakota|Brooklyn|Madison|Victoria|Charlotte|Adelaide|Orlando|Denver|Boston|Hudson|Kingston|Ireland|Scotland|Wales|England|Santa|Cash|Price|Chase|Dash|Drew|Hunter|Mason|Miles|Reed|Rowan|Ash|Jay|Robin|Wren|Lark|Dove|Sage|Glen|Dean|Cliff|Gene|Penny|Sandy|Rusty|Buddy|Nick|Sue|Ted|Chip|Skip|Tad|Reading|Golden|Silver|Red|Blue|Snow|Tiger|Lion|Bear|Fox|Wolf|Amen|Marvel|Rebel|Blaze|Bolt|Thunder|Champion|Sterling|Carter|Cooper|Harper|Parker|Piper|Taylor|Tyler|Fletcher|Archer|Porter|Baker|Butler|Turner|Walker|Marshall|Sailor|Ranger|Knight)$/;
const CHILD_OK = /^\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?$/u;
const all = [...counts].filter(([n]) => CHILD_OK.test(n) && !WORDISH.test(n) && n.length >= 3);
const rare = all.filter(([, c]) => c < 30).map(([n]) => n);
const mid = all.filter(([, c]) => c >= 30 && c < 300).map(([n]) => n);
const common = all.filter(([, c]) => c >= 300).map(([n]) => n);
const name = (): string => (rand() < 0.55 ? pick(rare) : rand() < 0.6 ? pick(mid) : pick(common));
const surname = (): string => pick(surnames);

const CLASSES = ['4M', '3C', '5H', '6T', '2B', '1R', 'Y2', 'Y5', 'Year 3', 'Year 6', 'Reception', 'Nursery', 'P3', 'P6', '8X', '9Q', '10L', 'Year 11', 'Bl.4', 'Blwyddyn 2'];
const DID = ['finally cracked column addition today', 'read her whole poem to the class without a wobble', 'got a merit from the head for his science write-up', 'asked if the Romans had Wi-Fi', 'won the spelling bee by spelling "rhythm"', 'lost a tooth in the middle of phonics', 'got a gold star for reading every night this term', 'built a working periscope in DT', 'scored the winning goal in the inter-house match', 'brought in a snail for show and tell', 'drew me a portrait with three eyes', 'has been a superstar reading buddy for the Year 1s', 'remembered his PE kit every day this week', 'made the whole class laugh in the assembly rehearsal'];
const ACHIEVE = ['getting her pen licence', 'a brilliant Viking longship', 'the best times tables score in the class', 'reading 50 books this year', 'being so kind to our new starter', 'a fantastic science fair project', 'his first 100% on the arithmetic test', 'an amazing assembly performance'];
const RELATIVE = ['mum', 'dad', 'grandad', 'nan', 'grandma', 'auntie'];
const VISIT = ['came in to talk about being a nurse', 'brought cakes for the whole class', 'helped on the Year 4 trip', 'read to the Reception children', 'came to talk to Year 6 about working on the railway'];
const ADULT_REL = ['husband', 'wife', 'partner', 'brother', 'sister', 'son', 'daughter', 'niece', 'nephew', 'friend', 'neighbour', 'cousin'];
const ADULT_DO = ['made me breakfast in bed', 'has passed the driving test', 'is visiting this weekend', 'fixed the fence at last', 'ran a half marathon today', 'got a new job in Leeds', 'is cooking tonight, pray for me'];

type Post = { text: string; expect: string[] };
const posts: Post[] = [];
const add = (text: string, expect: string[]) => posts.push({ text, expect });
for (let k = 0; k < 170; k++) {
  const n = name();
  const f = k % 10;
  if (f === 0) add(`${n} in ${pick(CLASSES)} ${pick(DID)}`, ['pupil']);
  else if (f === 1) add(`Well done to ${n} for ${pick(ACHIEVE)}!`, ['pupil']);
  else if (f === 2) add(`${n} (${pick(CLASSES)}) ${pick(DID)}`, ['pupil']);
  else if (f === 3) add(`So proud of ${n} today, ${pick(['best reading in Year 2', 'what a science lesson', 'first ever merit', 'star of the week at last'])}`, ['pupil']);
  else if (f === 4) add(`${n}'s ${pick(RELATIVE)} ${pick(VISIT)}`, ['pupil']);
  else if (f === 5) add(`${n}, ${name()} and ${name()} from my class ${pick(['ran the bake sale', 'did the whole assembly', 'won the quiz'])}`, ['pupil', 'school']);
  else if (f === 6) add(`${pick(['#WellDone', '#ProudOf', '#Go', '#Congrats'])}${n.replace(/-/g, '')} ${pick(['for the best science project in Year 5', 'county champion!', 'reading award winner'])}`, ['pupil']);
  else if (f === 7) add(`${n}, aged ${2 + Math.floor(rand() * 9)}, ${pick(DID)}`, ['pupil']);
  else if (f === 8) add(`${n} ${surname()[0]}. ${pick(DID)}`, ['pupil']);
  else add(`Star of the week goes to ${n} for ${pick(ACHIEVE)}`, ['pupil']);
}
for (let k = 0; k < 130; k++) {
  const n = name();
  const f = k % 6;
  if (f === 0) add(`My ${pick(ADULT_REL)} ${n} ${pick(ADULT_DO)}`, []);
  else if (f === 1) add(`Dinner with ${n} from ${pick(['uni', 'my old job', 'book club', 'the gym'])}, what a catch up`, []);
  else if (f === 2) add(`${pick(['Mr', 'Mrs', 'Ms', 'Dr'])} ${surname()} ${pick(['has retired after 30 years', 'is our new vicar', 'fixed my boiler today', 'was on the local news'])}`, []);
  else if (f === 3) add(`Reading ${n} ${surname()}'s new novel, can't put it down`, []);
  else if (f === 4) add(`Happy birthday to my ${pick(ADULT_REL)} ${n}! 🎂`, []);
  else add(`${n} and I ${pick(['went for a long walk by the river', 'finally booked our holiday', 'had a lovely brunch in town'])}`, []);
}
const lines = [JSON.stringify({ id: '_header', categories: ['pupil'], note: 'Generated by scripts/build-eval-names.ts (seeded): names drawn from the full ONS baby-names lists (55% given to fewer than 30 babies in the 2008-2024 cohorts) in frames about pupils, and in frames about adults. Development data, tuned on. Only pupil is scored. Contains public sector information licensed under the Open Government Licence v3.0.' })];
posts.forEach((p, i) => lines.push(JSON.stringify({ id: `d2n-${String(i + 1).padStart(3, '0')}`, text: p.text, expect: p.expect })));
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${out}: ${posts.length} posts`);
