/**
 * Findings snapshot for behaviour-preserving engine changes: runs the analyser over every post of
 * tests/fixtures/eval/*.jsonl (with the config each line names, as tests/eval/eval.ts does) and over the
 * adversarial inputs of tests/bench/adversarial.ts, and prints one JSON line of findings per input.
 *
 *   npx tsx scripts/findings-snapshot.ts > before.jsonl   (then again after a change, and diff)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAnalyzer, type Analyzer } from '../lib/index.ts';
import { ADVERSARIAL } from '../tests/bench/adversarial.ts';

const dir = resolve(import.meta.dirname, '../tests/fixtures/eval');
const analyzers = new Map<string, Analyzer>();
function analyzerFor(name: string | undefined): Analyzer {
  const key = name ?? '';
  let a = analyzers.get(key);
  if (!a) {
    a = createAnalyzer(name ? JSON.parse(readFileSync(join(dir, 'configs', `${name}.json`), 'utf8')) : {});
    analyzers.set(key, a);
  }
  return a;
}

function line(id: string, a: Analyzer, text: string): string {
  const findings = a.analyze(text).map((f) => [f.category, f.ruleId, f.start, f.end, f.severity, f.reason, f.clause]);
  return JSON.stringify({ id, findings, errors: a.lastErrors });
}

const out: string[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
  for (const raw of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const o = JSON.parse(raw) as { id: string; text?: string; config?: string };
    if (o.id.startsWith('_') || typeof o.text !== 'string') continue;
    out.push(line(`${file}#${o.id}`, analyzerFor(o.config), o.text));
  }
}
for (const cfg of [undefined, 'roster-50']) {
  for (const [name, text] of Object.entries(ADVERSARIAL)) out.push(line(`adversarial/${cfg ?? 'default'}/${name}`, analyzerFor(cfg), text));
}
process.stdout.write(out.join('\n') + '\n');
