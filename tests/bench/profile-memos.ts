/**
 * `npx tsx tests/bench/profile-memos.ts [chars]`: where a post's analysis time goes, split into each rule's own work and
 * the shared per-post values (doc.memo) the rules compute for each other. profile-rules.ts charges a shared value to
 * the first rule that asks for it; here each memo's computation is timed on its own (without the memos it asks for in
 * turn), and a rule's own time is its time less the memos computed inside it. What is left of the full analysis is work
 * outside both (normalising, shared values kept elsewhere than doc.memo, merging findings). CPU time, fresh docs,
 * realistic posts (./corpus.ts); machines here are shared: read the shares, not the microseconds.
 */
import { createDoc } from '../../lib/engine/doc.ts';
import type { Doc } from '../../lib/engine/rule.ts';
import { createAnalyzer } from '../../lib/index.ts';
import { validateConfig } from '../../lib/policy/config.ts';
import { RULES } from '../../rules/index.ts';
import { makePost } from './corpus.ts';
import { PROFILE_CONFIG } from './timed-analyzer.ts';

const LENGTH = Number(process.argv[2] ?? 3_000);
const ROUNDS = Number(process.env.RUNS ?? 20);
const texts = Array.from({ length: 12 }, (_, i) => makePost(LENGTH, i + 1));
const { config } = validateConfig(PROFILE_CONFIG, { ruleIds: RULES.map((r) => r.meta.id) });
const detectors = RULES.map((r) => ({ id: r.meta.id, detect: r.create(config) }));

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const memoTime = new Map<string, number>();
const ruleTime = new Map<string, number>();
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

/** A doc whose memo computations are timed (exclusive of the memos they ask for); `nested` collects memo time inside the current rule. */
function timedDoc(text: string, frame: { nested: number }): Doc {
  const doc = createDoc(text);
  const inner = doc.memo.bind(doc);
  const stack: number[] = [];
  doc.memo = <T>(key: string, compute: () => T): T =>
    inner(key, () => {
      stack.push(0);
      const t = cpu();
      const value = compute();
      const spent = cpu() - t;
      const below = stack.pop()!;
      add(memoTime, key, spent - below);
      if (stack.length > 0) stack[stack.length - 1]! += spent;
      else frame.nested += spent;
      return value;
    });
  return doc;
}

function round(record: boolean): void {
  for (const text of texts) {
    const frame = { nested: 0 };
    const doc = timedDoc(text, frame);
    let t = cpu();
    void doc.tokens;
    if (record) add(memoTime, '(tokenize)', cpu() - t);
    for (const { id, detect } of detectors) {
      frame.nested = 0;
      t = cpu();
      try {
        detect(doc);
      } catch {
        // A failing rule is the analyser's business, not this profile's.
      }
      if (record) add(ruleTime, id, cpu() - t - frame.nested);
    }
  }
}

for (let r = 0; r < 5; r++) round(false);
memoTime.clear();
for (let r = 0; r < ROUNDS; r++) round(true);
const analyzer = createAnalyzer(PROFILE_CONFIG);
for (const text of texts) analyzer.analyze(text);
const t = cpu();
for (let r = 0; r < ROUNDS; r++) for (const text of texts) analyzer.analyze(text);
const full = (cpu() - t) / (ROUNDS * texts.length);

const per = (v: number) => v / (ROUNDS * texts.length);
const ownTotal = per([...ruleTime.values()].reduce((a, b) => a + b, 0));
const memoTotal = per([...memoTime.values()].reduce((a, b) => a + b, 0));
const pct = (v: number) => `${((v / full) * 100).toFixed(1).padStart(5)}%`;
console.log(`${LENGTH}-char posts, ms per post: full analysis ${full.toFixed(3)}; rules' own work ${ownTotal.toFixed(3)} (${pct(ownTotal).trim()}); shared memos ${memoTotal.toFixed(3)} (${pct(memoTotal).trim()}); the rest ${(full - ownTotal - memoTotal).toFixed(3)}`);
console.log('\nRules, own work:');
for (const [k, v] of [...ruleTime].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(per(v))}  ${k}`);
console.log('\nShared memos:');
for (const [k, v] of [...memoTime].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(per(v))}  ${k}`);
