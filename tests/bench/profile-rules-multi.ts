/**
 * `npx tsx tests/bench/profile-rules-multi.ts`: per-rule milliseconds per analysis, averaged over 16 different
 * realistic 3,000-character posts (makePost(3000, seed)), rounds interleaved. Shared machines: read the ranking.
 */
import { timedAnalyzer } from './timed-analyzer.ts';
import { makePost } from './corpus.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 20);
const { analyzer, times } = timedAnalyzer();
const posts = Array.from({ length: 16 }, (_, i) => makePost(3_000, i + 1));
for (const p of posts) analyzer.analyze(p);
times.clear();
let total = 0;
for (let r = 0; r < ROUNDS; r++) {
  for (const p of posts) {
    const t = performance.now();
    analyzer.analyze(p);
    total += performance.now() - t;
  }
}
const n = ROUNDS * posts.length;
console.log(`total ${(total / n).toFixed(3)} ms/analysis`);
for (const [k, v] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${k.padEnd(30)} ${(v / n).toFixed(3)}`);
