/**
 * `npm run eval`: precision, recall and F1 per category over the labelled development sets in
 * tests/fixtures/eval/*.jsonl, plus the false-positive rate on clean posts and a per-file breakdown.
 *
 * Each line: {"id", "text", "expect": [categories that should be found], "config"?: name of
 * tests/fixtures/eval/configs/<name>.json}. A line whose id starts with "_" is a header; its optional
 * "categories" says which categories the file is about. Otherwise a file counts toward the categories
 * that appear in some `expect` of it. A post is predicted positive for a category when the analyser
 * reports any finding of that category (post level, not span level). Clean posts (expect: []) count as
 * false positives for any category they are flagged in, in every file.
 *
 *   npm run eval                      all files
 *   npm run eval -- tone personal     only files whose name contains one of these
 *   npm run eval -- --errors          also list the misclassified posts
 *   npm run eval -- --json out.json   also write the figures as JSON
 *
 * Besides the overall table it prints the same figures for blind files (name starts with "blind": written
 * before the rules were tuned on them) and development files separately, and for posts whose config carries
 * a roster ("with roster") and posts without one ("no roster").
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer, CATEGORIES, type Analyzer, type Category } from '../../lib/index.ts';
import { friendlyTweet } from './friendly.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dir = resolve(here, '../fixtures/eval');
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const filters = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--json');

interface Line {
  id: string;
  text: string;
  expect: Category[];
  config?: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const analyzers = new Map<string, Analyzer>();
const rosterConfigs = new Map<string, boolean>();

/** Does this config carry a pupil roster? */
function hasRoster(name: string | undefined): boolean {
  if (!name) return false;
  let r = rosterConfigs.get(name);
  if (r === undefined) {
    const config = JSON.parse(readFileSync(join(dir, 'configs', `${name}.json`), 'utf8')) as { rosterHashes?: unknown[] };
    r = Array.isArray(config.rosterHashes) && config.rosterHashes.length > 0;
    rosterConfigs.set(name, r);
  }
  return r;
}

function analyzerFor(name: string | undefined): Analyzer {
  const key = name ?? '';
  let a = analyzers.get(key);
  if (!a) {
    const config = name ? JSON.parse(readFileSync(join(dir, 'configs', `${name}.json`), 'utf8')) : {};
    a = createAnalyzer(config);
    analyzers.set(key, a);
  }
  return a;
}

function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : NaN;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : NaN;
  const f1 = p + r ? (2 * p * r) / (p + r) : NaN;
  return { p, r, f1 };
}

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : (x * 100).toFixed(1).padStart(5) + '%');
const num = (x: number, w = 5) => String(x).padStart(w);

if (!existsSync(dir)) {
  console.error(`no evaluation data: ${dir} does not exist`);
  process.exit(1);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const total = new Map<Category, Counts>(CATEGORIES.map((c) => [c, zero()]));
/** The same counts split by group: blind vs development files, roster vs no roster. */
const GROUPS = ['blind files', 'development files', 'with roster', 'no roster'] as const;
type Group = (typeof GROUPS)[number];
const byGroup = new Map<Group, { counts: Map<Category, Counts>; clean: { posts: number; flagged: number } }>(
  GROUPS.map((g) => [g, { counts: new Map(CATEGORIES.map((c) => [c, zero()])), clean: { posts: 0, flagged: 0 } }]),
);
const cleanTotal = { posts: 0, flagged: 0 };
const cleanByCat = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
const perFile: { file: string; categories: Category[]; counts: Map<Category, Counts>; clean: { posts: number; flagged: number }; posts: number }[] = [];
const errors: string[] = [];
const friendly = { posts: 0, flagged: 0, tone: 0 };
let posts = 0;
let ms = 0;
let chars = 0;

for (const file of files) {
  const raw = readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim());
  const lines: Line[] = [];
  let declared: Category[] | undefined;
  raw.forEach((l, n) => {
    let o: Partial<Line> & { categories?: Category[] };
    try {
      o = JSON.parse(l);
    } catch {
      throw new Error(`${file}:${n + 1}: not JSON`);
    }
    if (typeof o.id === 'string' && o.id.startsWith('_')) {
      if (Array.isArray(o.categories)) declared = o.categories;
      return;
    }
    if (typeof o.text !== 'string' || !Array.isArray(o.expect)) throw new Error(`${file}:${n + 1}: needs "text" and "expect"`);
    lines.push(o as Line);
  });
  const categories = declared ?? CATEGORIES.filter((c) => lines.some((l) => l.expect.includes(c)));
  const counts = new Map<Category, Counts>(CATEGORIES.map((c) => [c, zero()]));
  const clean = { posts: 0, flagged: 0 };
  for (const line of lines) {
    const analyzer = analyzerFor(line.config);
    const t0 = performance.now();
    const findings = analyzer.analyze(line.text);
    ms += performance.now() - t0;
    chars += line.text.length;
    posts++;
    const got = new Set(findings.map((f) => f.category));
    const want = new Set(line.expect);
    const groups = [byGroup.get(file.startsWith('blind') ? 'blind files' : 'development files')!, byGroup.get(hasRoster(line.config) ? 'with roster' : 'no roster')!];
    for (const c of CATEGORIES) {
      const counted = categories.includes(c) || (want.size === 0 && got.has(c));
      if (!counted) continue;
      for (const k of [counts.get(c)!, ...groups.map((g) => g.counts.get(c)!)]) {
        if (want.has(c) && got.has(c)) k.tp++;
        else if (got.has(c)) k.fp++;
        else if (want.has(c)) k.fn++;
        else k.tn++;
      }
      if (showErrors && want.has(c) !== got.has(c)) {
        const why = findings.filter((f) => f.category === c).map((f) => `${f.ruleId} "${f.text}"`).join('; ');
        errors.push(`${want.has(c) ? 'FN' : 'FP'} ${c.padEnd(8)} ${file}#${line.id}: ${JSON.stringify(line.text).slice(0, 160)}${why ? `  <- ${why}` : ''}`);
      }
    }
    if (want.size === 0) {
      for (const k of [clean, ...groups.map((g) => g.clean)]) {
        k.posts++;
        if (got.size) k.flagged++;
      }
      for (const c of got) cleanByCat.set(c, cleanByCat.get(c)! + 1);
      if (file.startsWith('olid') && friendlyTweet(line.text)) {
        friendly.posts++;
        if (got.size) friendly.flagged++;
        if (got.has('tone')) friendly.tone++;
      }
    }
  }
  for (const c of CATEGORIES) {
    const k = counts.get(c)!, t = total.get(c)!;
    t.tp += k.tp;
    t.fp += k.fp;
    t.fn += k.fn;
    t.tn += k.tn;
  }
  cleanTotal.posts += clean.posts;
  cleanTotal.flagged += clean.flagged;
  perFile.push({ file, categories, counts, clean, posts: lines.length });
}

const header = `${'category'.padEnd(10)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}  precision  recall     F1`;
const row = (name: string, k: Counts) => {
  const { p, r, f1 } = prf(k);
  return `${name.padEnd(10)} ${num(k.tp)} ${num(k.fp)} ${num(k.fn)}     ${pct(p)}  ${pct(r)}  ${pct(f1)}`;
};

console.log(`PostPause evaluation: ${posts} posts in ${files.length} file(s)\n`);
console.log(header);
for (const c of CATEGORIES) {
  const k = total.get(c)!;
  if (k.tp + k.fp + k.fn) console.log(row(c, k));
}
console.log(`\nclean posts (expect: []): ${cleanTotal.flagged}/${cleanTotal.posts} flagged = false-positive rate ${pct(cleanTotal.posts ? cleanTotal.flagged / cleanTotal.posts : NaN).trim()}`);
console.log(`  by category: ${CATEGORIES.map((c) => `${c} ${cleanByCat.get(c)}`).join(', ')}`);
if (friendly.posts) {
  console.log(`friendly tweets (OLID not offensive, no AFINN word <= -3, AFINN sum >= 0): ${friendly.flagged}/${friendly.posts} flagged = ${pct(friendly.flagged / friendly.posts).trim()} (tone ${friendly.tone})`);
}

for (const g of GROUPS) {
  const { counts, clean } = byGroup.get(g)!;
  if (!CATEGORIES.some((c) => { const k = counts.get(c)!; return k.tp + k.fp + k.fn; }) && !clean.posts) continue;
  console.log(`\n${g}: clean ${clean.flagged}/${clean.posts} flagged (${pct(clean.posts ? clean.flagged / clean.posts : NaN).trim()})`);
  console.log('  ' + header);
  for (const c of CATEGORIES) {
    const k = counts.get(c)!;
    if (k.tp + k.fp + k.fn) console.log('  ' + row(c, k));
  }
}

console.log('\nper file');
for (const f of perFile) {
  console.log(`\n${f.file} (${f.posts} posts; about ${f.categories.join(', ') || 'nothing'}; clean ${f.clean.flagged}/${f.clean.posts} flagged)`);
  console.log('  ' + header);
  for (const c of CATEGORIES) {
    const k = f.counts.get(c)!;
    if (k.tp + k.fp + k.fn) console.log('  ' + row(c, k));
  }
}
console.log(`\ntime: ${ms.toFixed(0)} ms for ${posts} posts (${(ms / Math.max(posts, 1)).toFixed(3)} ms/post, ${((ms / Math.max(chars, 1)) * 1000).toFixed(3)} ms per 1,000 characters)`);

if (showErrors && errors.length) console.log('\nerrors\n' + errors.join('\n'));
if (jsonOut) {
  const out = {
    posts,
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, { ...total.get(c)!, ...prf(total.get(c)!) }])),
    clean: cleanTotal,
    friendly,
    groups: Object.fromEntries(GROUPS.map((g) => [g, { clean: byGroup.get(g)!.clean, categories: Object.fromEntries(CATEGORIES.map((c) => [c, { ...byGroup.get(g)!.counts.get(c)!, ...prf(byGroup.get(g)!.counts.get(c)!) }])) }])),
    files: perFile.map((f) => ({ file: f.file, categories: f.categories, clean: f.clean, counts: Object.fromEntries(f.counts) })),
  };
  writeFileSync(jsonOut, JSON.stringify(out, null, 2));
}
