/**
 * Trains the tone model: logistic regression over hashed word and character n-grams (rules/tone/shared/
 * features.ts), on the OLID (OffensEval 2019) training split, and writes
 *   rules/lexicons/tone-model.json          int8-quantised weights (shipped in the extension)
 *   tests/fixtures/eval/olid-heldout.jsonl  the held-out tweets, never trained on or tuned on
 *
 *   npx tsx scripts/train-tone-model.ts [path/to/olid-training-v1.0.tsv]
 *
 * Deterministic (seeded shuffle and SGD order), so rerunning it gives the same file.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_BITS, featureIndices } from '../rules/tone/shared/features.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = process.argv[2] ?? resolve(repo, '../shared/data/olid_offenseval2019_train/olid-training-v1.0.tsv');
const HELDOUT = 1500;
const DEV = 1500;
const EPOCHS = Number(process.env.EPOCHS ?? 6);
const L2 = Number(process.env.L2 ?? 2e-6);
const LR = Number(process.env.LR ?? 0.2);
// Shipped decision threshold. The model alone peaks near 0.35 on the OLID dev split, but combined with the
// rules (which catch most profanity and insults on their own) 0.45 loses little F1 there (0.66 -> 0.64)
// and flags far fewer everyday teacher posts, whose language is nothing like the tweets it learnt from.
const SHIP_THRESHOLD = Number(process.env.THRESHOLD ?? 0.45);

interface Row {
  id: string;
  text: string;
  off: boolean;
}

function readOlid(path: string): Row[] {
  const lines = readFileSync(path, 'utf8').split('\n').slice(1);
  const rows: Row[] = [];
  for (const line of lines) {
    const cols = line.split('\t');
    if (cols.length < 3) continue;
    let text = cols[1]!;
    if (text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
    rows.push({ id: cols[0]!, text, off: cols[2] === 'OFF' });
  }
  return rows;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function score(w: ArrayLike<number>, bias: number, feats: number[], scale = 1): number {
  let z = 0;
  for (const f of feats) z += w[f]!;
  return sigmoid(bias + (z * scale) / Math.sqrt(feats.length || 1));
}

function bestThreshold(probs: number[], gold: boolean[]): { t: number; f1: number; p: number; r: number } {
  let best = { t: 0.5, f1: 0, p: 0, r: 0 };
  for (let t = 0.2; t <= 0.8; t += 0.01) {
    let tp = 0, fp = 0, fn = 0;
    probs.forEach((p, i) => {
      if (p >= t && gold[i]) tp++;
      else if (p >= t) fp++;
      else if (gold[i]) fn++;
    });
    const prec = tp / (tp + fp || 1), rec = tp / (tp + fn || 1);
    const f1 = (2 * prec * rec) / (prec + rec || 1);
    if (f1 > best.f1) best = { t: Math.round(t * 100) / 100, f1, p: prec, r: rec };
  }
  return best;
}

const rows = shuffle(readOlid(src), mulberry32(2019));
const heldout = rows.slice(0, HELDOUT);
const dev = rows.slice(HELDOUT, HELDOUT + DEV);
const train = rows.slice(HELDOUT + DEV);
console.log(`OLID rows ${rows.length}: train ${train.length}, dev ${dev.length}, held out ${heldout.length}`);

const fx = (rs: Row[]) => rs.map((r) => featureIndices(r.text));
const size = 1 << MODEL_BITS;

function fit(rowsIn: Row[], report?: { X: number[][]; rows: Row[] }): { w: Float64Array; bias: number } {
  const X = fx(rowsIn);
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0, bias2 = 1e-8;
  const order = rowsIn.map((_, i) => i);
  const rnd = mulberry32(7);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order, rnd);
    for (const i of order) {
      const feats = X[i]!;
      const norm = 1 / Math.sqrt(feats.length || 1);
      const y = rowsIn[i]!.off ? 1 : 0;
      const g = score(w, bias, feats) - y;
      for (const f of feats) {
        const grad = g * norm + L2 * w[f]!;
        g2[f]! += grad * grad;
        w[f]! -= (LR * grad) / Math.sqrt(g2[f]!);
      }
      bias2 += g * g;
      bias -= (LR * g) / Math.sqrt(bias2);
    }
    if (report) {
      const probs = report.X.map((f) => score(w, bias, f));
      const b = bestThreshold(probs, report.rows.map((r) => r.off));
      console.log(`epoch ${epoch + 1}: dev F1(OFF) ${b.f1.toFixed(3)} (P ${b.p.toFixed(3)} R ${b.r.toFixed(3)} at ${b.t})`);
    }
  }
  return { w, bias };
}

// Tune on train/dev, then fit the shipped model on train + dev with the same settings (the held-out
// slice stays unseen).
const devX = fx(dev);
fit(train, { X: devX, rows: dev });
const { w, bias } = fit([...train, ...dev]);

// int8 quantisation: clip at the 99.9th percentile of |w| so a few outliers do not flatten the rest.
const mags = Array.from(w, Math.abs).filter((x) => x > 0).sort((a, b) => a - b);
const clip = mags[Math.floor(mags.length * 0.999)] ?? 1;
const scale = clip / 127;
const q = new Int8Array(size);
for (let i = 0; i < size; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / scale)));

const model = {
  about:
    'PostPause tone model: logistic regression over hashed word/character n-grams (rules/tone/shared/features.ts), int8 weights, base64. ' +
    'Trained by scripts/train-tone-model.ts on the OLID v1.0 training split (Zampieri et al., NAACL 2019; redistributed under CC BY 4.0 ' +
    'by github.com/wenliangdai/multi-task-offensive-language-detection), excluding the 1,500 tweets in tests/fixtures/eval/olid-heldout.jsonl.',
  bits: MODEL_BITS,
  scale,
  bias,
  threshold: SHIP_THRESHOLD,
  weights: Buffer.from(q.buffer).toString('base64'),
};
writeFileSync(resolve(repo, 'rules/lexicons/tone-model.json'), JSON.stringify(model) + '\n');

mkdirSync(resolve(repo, 'tests/fixtures/eval'), { recursive: true });
const header = {
  id: '_about',
  about:
    'Held-out slice of OLID v1.0 training data (Zampieri et al., "Predicting the Type and Target of Offensive Posts in Social Media", NAACL 2019; CC BY 4.0 via github.com/wenliangdai/multi-task-offensive-language-detection). Never used for training or tuning. OFF -> expect tone.',
  categories: ['tone'],
};
const lines = [JSON.stringify(header), ...heldout.map((r) => JSON.stringify({ id: `olid-${r.id}`, text: r.text, expect: r.off ? ['tone'] : [] }))];
writeFileSync(resolve(repo, 'tests/fixtures/eval/olid-heldout.jsonl'), lines.join('\n') + '\n');
console.log('wrote rules/lexicons/tone-model.json and tests/fixtures/eval/olid-heldout.jsonl');
