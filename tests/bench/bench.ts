/**
 * `npm run bench`: analysis time per post next to one plain compromise parse of the same text, in the
 * same run, with a 50-name and a 2,000-name roster; then the extension's bundle sizes.
 * Machines here are shared and noisy: read the ratios, not the absolute times.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import nlp from 'compromise';
import { createAnalyzer } from '../../lib/index.ts';
import { makePost } from './corpus.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIGS = resolve(ROOT, 'tests/fixtures/eval/configs');
const LENGTHS = [280, 1_000, 3_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

function loadConfig(name: string): Record<string, unknown> {
  const f = join(CONFIGS, `${name}.json`);
  if (!existsSync(f)) {
    console.error(`bench: ${relative(ROOT, f)} is missing; timing without a roster for "${name}"`);
    return { schoolName: 'Woodbridge Junior School' };
  }
  return JSON.parse(readFileSync(f, 'utf8'));
}

function time(fn: () => void, runs: number): { median: number; p95: number } {
  for (let i = 0; i < Math.min(20, runs); i++) fn(); // warm-up: JIT, lazy lexicons, caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)]!, p95: samples[Math.floor(runs * 0.95)]! };
}

function timeInterleaved(fns: (() => void)[], runs: number): { median: number; p95: number }[] {
  for (let i = 0; i < Math.min(20, runs); i++) for (const fn of fns) fn();
  const samples = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const t = process.hrtime.bigint();
      fn();
      samples[k]!.push(Number(process.hrtime.bigint() - t) / 1e6);
    });
  }
  return samples.map((s) => {
    s.sort((a, b) => a - b);
    return { median: s[Math.floor(runs / 2)]!, p95: s[Math.floor(runs * 0.95)]! };
  });
}

const fmt = (ms: number) => ms.toFixed(3).padStart(8);

function main() {
  const rosters = { 'roster-50': loadConfig('roster-50'), 'roster-2000': loadConfig('roster-2000') };
  console.log(`PostPause analysis vs one compromise nlp(text) parse (${RUNS} runs each, ms)\n`);
  console.log('chars  roster        analyse med   p95 | nlp() med    p95 | nlp/analyse (med)');
  const medians: Record<string, number> = {};
  for (const len of LENGTHS) {
    // Vary the text per run so per-text caches cannot make repeated runs look free.
    const posts = Array.from({ length: 16 }, (_, i) => makePost(len, i + 1));
    let k = 0;
    const nlpT = time(() => void nlp(posts[k++ % posts.length]!), Math.max(20, Math.floor(RUNS / 4)));
    // Both roster sizes are timed interleaved (one run each in turn) so warm-up, GC and other load on a
    // shared machine fall on both alike; the roster-size comparison is then fair.
    const analyzers = Object.entries(rosters).map(([name, cfg]) => {
      const analyzer = createAnalyzer(cfg);
      if (analyzer.problems.some((p) => !p.notice)) console.error(`bench: ${name} config problems: ${JSON.stringify(analyzer.problems.filter((p) => !p.notice))}`);
      return { name, analyzer };
    });
    const results = timeInterleaved(
      analyzers.map(({ analyzer }) => {
        let j = 0;
        return () => void analyzer.analyze(posts[j++ % posts.length]!);
      }),
      RUNS,
    );
    analyzers.forEach(({ name }, i) => {
      const a = results[i]!;
      medians[`${len}/${name}`] = a.median;
      console.log(
        `${String(len).padStart(5)}  ${name.padEnd(12)} ${fmt(a.median)} ${fmt(a.p95)} | ${fmt(nlpT.median)} ${fmt(nlpT.p95)} | ${(nlpT.median / a.median).toFixed(1).padStart(6)}x`,
      );
    });
  }
  console.log('\nRoster size effect (2,000 vs 50 names, median):');
  for (const len of LENGTHS) {
    const r = medians[`${len}/roster-2000`]! / medians[`${len}/roster-50`]!;
    console.log(`  ${String(len).padStart(5)} chars: ${((r - 1) * 100).toFixed(1)}%`);
  }
  bundleSizes();
}

function bundleSizes() {
  const out = resolve(ROOT, '.output');
  if (!existsSync(out)) {
    console.log('\nBundle sizes: no .output/ (run npm run build:all first)');
    return;
  }
  console.log('\nBundle sizes (raw / gzip, KB):');
  for (const target of readdirSync(out).filter((d) => statSync(join(out, d)).isDirectory())) {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(js|css|html|json)$/.test(f)) files.push(p);
      }
    };
    walk(join(out, target));
    let raw = 0;
    let gz = 0;
    const rows: [string, number, number][] = [];
    for (const f of files) {
      const buf = readFileSync(f);
      const g = gzipSync(buf).length;
      raw += buf.length;
      gz += g;
      if (buf.length > 20_000) rows.push([relative(join(out, target), f), buf.length, g]);
    }
    console.log(`  ${target}: total ${(raw / 1024).toFixed(0)} / ${(gz / 1024).toFixed(0)}`);
    for (const [f, r, g] of rows.sort((a, b) => b[1] - a[1])) console.log(`    ${f.padEnd(44)} ${(r / 1024).toFixed(0).padStart(6)} / ${(g / 1024).toFixed(0)}`);
  }
}

main();
