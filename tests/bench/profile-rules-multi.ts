/**
 * `npx tsx tests/bench/profile-rules-multi.ts`: per-rule milliseconds per analysis, averaged over 16 different
 * realistic 3,000-character posts (makePost(3000, seed)), rounds interleaved. Shared machines: read the ranking.
 */
import { buildAnalyzer } from '../../lib/engine/analyzer.ts';
import type { Detector, Rule } from '../../lib/engine/rule.ts';
import { resolvePack } from '../../lib/policy/resolve-pack.ts';
import { RULES } from '../../rules/index.ts';
import { makePost } from './corpus.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 20);
const config = { schoolName: 'Woodbridge Junior School', schoolAliases: ['WJS'] };
const times = new Map<string, number>();
const timed = (id: string, detect: Detector): Detector => (doc) => {
  const t = performance.now();
  try {
    return detect(doc);
  } finally {
    times.set(id, (times.get(id) ?? 0) + performance.now() - t);
  }
};
const tokenizeStep: Rule = {
  meta: { id: '(tokenize)', category: 'tone', severity: 'low', theme: 'general', description: '' },
  create: () => (doc) => (doc.tokens.length, []),
};
const rules: Rule[] = [tokenizeStep, ...RULES].map((r) => ({ meta: r.meta, create: (c) => timed(r.meta.id, r.create(c)) }));
const analyzer = buildAnalyzer(config, { rules, pack: resolvePack(config).pack });
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
