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
/** Rounds: each times a batch of every function (about BATCH_MS each). */
const RUNS = Number(process.env.BENCH_RUNS ?? 60);

function loadConfig(name: string): Record<string, unknown> {
  const f = join(CONFIGS, `${name}.json`);
  if (!existsSync(f)) {
    console.error(`bench: ${relative(ROOT, f)} is missing; timing without a roster for "${name}"`);
    return { schoolName: 'Woodbridge Junior School' };
  }
  return JSON.parse(readFileSync(f, 'utf8'));
}

interface Timing {
  median: number;
  p95: number;
  /** Median CPU time of this process per run (ms): what the run cost, whatever else the machine was doing. */
  cpu: number;
}

const median = (s: number[]): number => s.sort((a, b) => a - b)[Math.floor(s.length / 2)]!;

/** Each function runs in batches of about this long, so that the CPU clock (coarse on some kernels) is read often enough but never for a single short run. */
const BATCH_MS = 20;

/**
 * Runs the functions in turn, one batch each per round, timing both wall clock and this process's CPU time. On a
 * shared machine another process can take the core mid-run: that inflates wall-clock samples of whichever function
 * was running, at random, so ratios of wall-clock medians swing (2x between runs of the same code was seen here);
 * CPU time counts only what the runs themselves used, so its ratios hold under load. CPU time is read per batch, not
 * per run: the kernel's CPU accounting can be coarser than a short analysis. Interleaving puts warm-up, GC and load on
 * every function alike; a batch also spreads over many runs the cost of caches left cold by the function before it.
 */
function timeInterleaved(fns: (() => void)[], rounds: number): Timing[] {
  // Warm-up (JIT, lazy lexicons, caches), and each function's batch size from its warm time.
  const sizes = fns.map((fn) => {
    for (let i = 0; i < 10; i++) fn();
    const t = process.hrtime.bigint();
    for (let i = 0; i < 10; i++) fn();
    const each = Number(process.hrtime.bigint() - t) / 1e6 / 10;
    return Math.max(1, Math.round(BATCH_MS / Math.max(each, 0.001)));
  });
  const wall = fns.map(() => [] as number[]);
  const cpu = fns.map(() => [] as number[]);
  // The function right after a compromise parse finds the CPU caches full of compromise's data; alternating the
  // order of the others round by round (first, then reversed) gives each that cold start equally often.
  const forward = fns.map((_, k) => k);
  const backward = [forward[0]!, ...forward.slice(1).reverse()];
  for (let r = 0; r < rounds; r++) {
    for (const k of r % 2 === 0 ? forward : backward) {
      const fn = fns[k]!;
      const n = sizes[k]!;
      const c = process.cpuUsage();
      const t = process.hrtime.bigint();
      for (let i = 0; i < n; i++) fn();
      const w = Number(process.hrtime.bigint() - t) / 1e6;
      const u = process.cpuUsage(c);
      wall[k]!.push(w / n);
      cpu[k]!.push((u.user + u.system) / 1000 / n);
    }
  }
  return wall.map((s, k) => {
    s.sort((x, y) => x - y);
    return { median: s[Math.floor(rounds / 2)]!, p95: s[Math.floor(rounds * 0.95)]!, cpu: median(cpu[k]!) };
  });
}

const fmt = (ms: number) => ms.toFixed(3).padStart(8);

function main() {
  const rosters = { 'roster-50': loadConfig('roster-50'), 'roster-2000': loadConfig('roster-2000') };
  console.log(`PostPause analysis vs one compromise nlp(text) parse (${RUNS} interleaved rounds of ~${BATCH_MS} ms batches; ms per run)\n`);
  console.log('chars  roster        analyse med   p95 | nlp() med    p95 | nlp/analyse wall | nlp/analyse CPU');
  const medians: Record<string, number> = {};
  for (const len of LENGTHS) {
    // Vary the text per run so per-text caches cannot make repeated runs look free.
    const posts = Array.from({ length: 16 }, (_, i) => makePost(len, i + 1));
    const analyzers = Object.entries(rosters).map(([name, cfg]) => {
      const analyzer = createAnalyzer(cfg);
      if (analyzer.problems.some((p) => !p.notice)) console.error(`bench: ${name} config problems: ${JSON.stringify(analyzer.problems.filter((p) => !p.notice))}`);
      return { name, analyzer };
    });
    // The compromise parse and both roster sizes are timed interleaved (one run each in turn, on the same post),
    // so the ratio compares runs made under the same conditions.
    let k = 0;
    const [nlpT, ...results] = timeInterleaved(
      [
        () => void nlp(posts[k++ % posts.length]!),
        ...analyzers.map(({ analyzer }) => {
          let j = 0;
          return () => void analyzer.analyze(posts[j++ % posts.length]!);
        }),
      ],
      RUNS,
    );
    analyzers.forEach(({ name }, i) => {
      const a = results[i]!;
      medians[`${len}/${name}`] = a.cpu;
      console.log(
        `${String(len).padStart(5)}  ${name.padEnd(12)} ${fmt(a.median)} ${fmt(a.p95)} | ${fmt(nlpT!.median)} ${fmt(nlpT!.p95)} | ${(nlpT!.median / a.median).toFixed(1).padStart(15)}x | ${(nlpT!.cpu / a.cpu).toFixed(1).padStart(14)}x`,
      );
    });
  }
  console.log('\nRoster size effect (2,000 vs 50 names, median CPU time):');
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
