/**
 * Trains the staff-tone model (rules/lexicons/staff-tone-model.json, used by rules/tone/staff-stance.ts):
 * an L2-regularised logistic regression over the features of rules/tone/shared/staff-features.ts, fitted
 * by full-batch Adam, on the project's own staff-voice posts in tests/fixtures/eval/: every post of the
 * TRAIN files below is an example, positive when it expects 'tone', negative otherwise. The negatives are
 * mostly school posts (pupil, school, personal and clean sets), so "school words" alone do not make a
 * post look like a complaint; the everyday sentences of scripts/train-tone-neutral.txt are negatives too.
 * Never trained on: OLID (tweets, another task) or any blind batch (tests/fixtures/eval/blind*.jsonl): those
 * measure the rules on wording nobody tuned on, so only development (dev*) and the original sets are used.
 *
 *   npx tsx scripts/train-staff-tone-model.ts                    fit on all TRAIN files, write the model
 *   CV=1 npx tsx scripts/train-staff-tone-model.ts               hold out each tone file in turn, report, write nothing
 *   HOLD_DEV=1 SEARCH=1 L2=0.05 MIN=2 npx tsx scripts/...        one setting, judged on dev6 held out, write nothing
 *
 * Deterministic: rerunning it gives the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc } from '../lib/engine/doc.ts';
import { STAFF_FEATURES_VERSION, staffFeatures } from '../rules/tone/shared/staff-features.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(repo, 'tests/fixtures/eval');
const OUT = resolve(repo, 'rules/lexicons/staff-tone-model.json');

/** Staff-voice files trained on. */
const TRAIN = [
  'tone', 'dev2-tone', 'dev5-tone', 'dev3-mixed', 'dev12-tone', 'dev12b-tone', 'dev9-tone-fp',
  'dev2-clean', 'dev6-clean', 'dev2-pupil', 'dev2-school', 'dev2-personal', 'dev2-names', 'dev3-pupil-school',
  'dev6-pupil', 'dev6-school-personal', 'dev7-wales', 'dev8-personal', 'pupil', 'school', 'personal',
  'dev14-tone', 'dev14b-tone', 'dev14c-tone', 'dev15-tone', 'dev15b-tone', 'dev15c-tone', 'dev12-pupil', 'dev12b-pupil', 'dev14-pupil', 'dev12-places', 'dev12b-places',
  // Later development batches (tone, pupil, places) and dev24-clean: more school posts that name a pupil, a
  // parent, a leader or a policy without complaining (notices, praise, predictions, tiredness, worry), so a
  // target alone does not read as a grievance. Still no blind, audit or OLID file.
  'dev15-pupil', 'dev15b-pupil', 'dev15c-pupil', 'dev15-places', 'dev15b-places', 'dev15c-places', 'dev17-pupil', 'dev17b-pupil', 'dev17-places',
  'dev19-tone', 'dev19b-tone', 'dev19c-tone', 'dev19-pupil', 'dev19b-pupil', 'dev19-places', 'dev21-tone', 'dev21-pupil', 'dev21b-pupil', 'dev21-places', 'dev21b-places',
  'dev23-tone', 'dev23-places', 'dev23b-places', 'dev23c-places', 'dev23d-places', 'dev24-clean',
  // dev25-clean (session clean12): longer, several-topic posts of family life, sport, TV and hard weeks that
  // are not complaints, and 20 longer posts with one risky thing each, so length and family talk do not read as a grievance.
  'dev25-clean',
  // Sessions 10-11 development batches (task tonefp4): longer posts that name pupils, places, staff work and
  // personal details without complaining, and dev27-tonefp's fond stories and real complaints inside long
  // posts. Not dev27-roster: its long posts repeat the same filler sentences, which would be weighted many times.
  'dev25-personal', 'dev25-pupil', 'dev25-school', 'dev25-tone', 'dev25b-clean', 'dev25c-clean',
  'dev26-personal', 'dev26-pupil', 'dev26-school', 'dev27-pupil', 'dev27-school', 'dev27-tonefp',
  ...(process.env.HOLD_DEV ? [] : ['dev6-tone']),
];
/**
 * Development file: the settings (L2 0.02, features seen in 2+ posts) and the rule's threshold (0.7) were
 * chosen on it while it was held out (HOLD_DEV=1, model alone at 0.7: R 78.6% P 98.8%; the earlier model, which
 * also learnt from blind batches, read R 76.7% P 96.3%); the shipped model is then refitted with it.
 */
const DEV = process.env.HOLD_DEV ? ['dev6-tone'] : [];

const L2 = Number(process.env.L2 ?? 0.02);
// 500 since the sessions 10-11 files were added: with about a fifth more posts, 300 epochs stopped short of the
// fit (sarcasm about a leader inside a long holiday post fell under the threshold; staff-stance.test.ts).
const EPOCHS = Number(process.env.EPOCHS ?? 500);
const MIN_COUNT = Number(process.env.MIN ?? 2);

interface Example {
  file: string;
  id: string;
  feats: string[];
  y: number;
}

function read(file: string): Example[] {
  const out: Example[] = [];
  for (const line of readFileSync(resolve(evalDir, file + '.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id: string; text?: string; expect?: string[] };
    if (o.id.startsWith('_') || typeof o.text !== 'string') continue;
    out.push({ file, id: o.id, feats: staffFeatures(createDoc(o.text)), y: o.expect?.includes('tone') ? 1 : 0 });
  }
  return out;
}

interface Model {
  vocab: Map<string, number>;
  w: Float64Array;
  b: number;
}

function fit(examples: Example[]): Model {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => counts.get(f)! >= MIN_COUNT).sort();
  const vocab = new Map(names.map((f, i) => [f, i]));
  const X = examples.map((e) => Int32Array.from(e.feats.map((f) => vocab.get(f) ?? -1).filter((i) => i >= 0)));
  const pos = examples.filter((e) => e.y === 1).length;
  // Balanced classes: each class weighs half of the loss.
  const cw = [examples.length / (2 * (examples.length - pos)), examples.length / (2 * pos)];
  const n = names.length;
  const w = new Float64Array(n);
  let b = 0;
  const m = new Float64Array(n + 1), v = new Float64Array(n + 1);
  const lr = 0.05, b1 = 0.9, b2 = 0.999;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const g = new Float64Array(n + 1);
    for (let k = 0; k < X.length; k++) {
      let z = b;
      for (const i of X[k]!) z += w[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const d = (p - examples[k]!.y) * cw[examples[k]!.y]! / X.length;
      for (const i of X[k]!) g[i]! += d;
      g[n]! += d;
    }
    for (let i = 0; i < n; i++) g[i]! += L2 * w[i]! / X.length * 10;
    for (let i = 0; i <= n; i++) {
      m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
      v[i] = b2 * v[i]! + (1 - b2) * g[i]! * g[i]!;
      const step = (lr * (m[i]! / (1 - b1 ** epoch))) / (Math.sqrt(v[i]! / (1 - b2 ** epoch)) + 1e-8);
      if (i < n) w[i]! -= step;
      else b -= step;
    }
  }
  return { vocab, w, b };
}

function prob(model: Model, feats: string[]): number {
  let z = model.b;
  for (const f of feats) {
    const i = model.vocab.get(f);
    if (i !== undefined) z += model.w[i]!;
  }
  return 1 / (1 + Math.exp(-z));
}

function report(label: string, model: Model, examples: Example[], thresholds: number[]): void {
  const parts = thresholds.map((t) => {
    let tp = 0, fp = 0, fn = 0, neg = 0;
    for (const e of examples) {
      const hit = prob(model, e.feats) >= t;
      if (e.y) {
        if (hit) tp++;
        else fn++;
      } else {
        neg++;
        if (hit) fp++;
      }
    }
    return `t=${t}: R ${((100 * tp) / Math.max(1, tp + fn)).toFixed(1)} P ${((100 * tp) / Math.max(1, tp + fp)).toFixed(1)} FP ${fp}/${neg}`;
  });
  console.log(`${label.padEnd(22)} ${parts.join(' | ')}`);
}

/** Everyday sentences written for the OLID model (scripts/train-tone-neutral.txt): more negatives outside school. */
function neutral(): Example[] {
  return readFileSync(resolve(repo, 'scripts/train-tone-neutral.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((text, i) => ({ file: 'neutral', id: `neutral-${i}`, feats: staffFeatures(createDoc(text)), y: 0 }));
}

const train = [...TRAIN.flatMap(read), ...neutral()];
const dev = DEV.flatMap(read);
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];
if (process.env.SEARCH) {
  report(`dev6 L2=${L2} MIN=${MIN_COUNT}`, fit(train), dev, THRESHOLDS);
} else if (process.env.CV) {
  for (const held of TRAIN.filter((f) => train.some((e) => e.file === f && e.y === 1))) {
    const model = fit(train.filter((e) => e.file !== held));
    report(held, model, train.filter((e) => e.file === held), THRESHOLDS);
  }
  if (dev.length > 0) report('dev6-tone (all train)', fit(train), dev, THRESHOLDS);
} else {
  const model = fit(train);
  if (dev.length > 0) report('dev6-tone', model, dev, THRESHOLDS);
  // Quantise to int8 with one scale; drop features whose weight rounds to zero.
  let max = 0;
  for (const x of model.w) max = Math.max(max, Math.abs(x));
  const scale = max / 127;
  const feats: string[] = [];
  const bytes: number[] = [];
  for (const [f, i] of model.vocab) {
    const q = Math.round(model.w[i]! / scale);
    if (q === 0) continue;
    feats.push(f);
    bytes.push(q & 0xff);
  }
  const out = {
    note: 'Staff-tone model: logistic regression over rules/tone/shared/staff-features.ts, trained by scripts/train-staff-tone-model.ts on the staff-voice posts of tests/fixtures/eval and the everyday sentences of scripts/train-tone-neutral.txt (not OLID, not any blind batch). Weights are int8 (times scale), one per feature, in the order of the feature list.',
    version: STAFF_FEATURES_VERSION,
    trainedOn: TRAIN.map((f) => f + '.jsonl'),
    examples: train.length,
    bias: Number(model.b.toFixed(6)),
    scale: Number(scale.toPrecision(6)),
    features: feats.join('\n'),
    weights: Buffer.from(bytes).toString('base64'),
  };
  writeFileSync(OUT, JSON.stringify(out, null, 1) + '\n');
  console.log(`wrote ${OUT}: ${feats.length} features from ${train.length} posts (${train.filter((e) => e.y).length} tone)`);
}
