/**
 * Trains the tone model: an NB-weighted logistic regression (NB-SVM style: each feature count scaled by
 * its naive-Bayes log-count ratio, then an L2-regularised logistic regression fitted by full-batch L-BFGS)
 * over hashed word and character n-grams (rules/tone/shared/features.ts), on the OLID (OffensEval 2019)
 * training split, plus word-level cues (negation, AFINN valence, negative words aimed at a person) and a list
 * of everyday sentences as inoffensive. Writes rules/lexicons/tone-model.json: the NB ratios and a Platt
 * calibration folded into the weights and bias, int8 quantised, stored sparse (delta-coded indices + values,
 * base64).
 *
 *   POSTPAUSE_DATA=/path/to/data npx tsx scripts/train-tone-model.ts                 fit and write the model
 *   npx tsx scripts/train-tone-model.ts [path/to/olid-training-v1.0.tsv]            (or give the file)
 *   SEARCH=knobs npx tsx scripts/train-tone-model.ts                                more settings, same report
 *   SEARCH=1 npx tsx scripts/train-tone-model.ts                                    hyper-parameter search
 *   SEARCH=cues npx tsx scripts/train-tone-model.ts                                 which word-level cues help
 *   SEARCH=cv CONFIGS='[[{"bits":20},{}],[{},{"l2":1e-4}]]' npx tsx scripts/train-tone-model.ts
 *                                                                                   settings compared by 5-fold CV through the rule, under the friendly bound
 *   DIAGNOSE=1|all [VERBOSE=1] npx tsx scripts/train-tone-model.ts                  which rules flag friendly tweets (dev, or train + dev)
 *   FRIENDLY_MAX=0.025 / MARGIN=0.1 / MODEL_OUT=file.json                           another bound, one margin, another output file
 *   FRIENDLY_W=2                                                                    weigh friendly-looking inoffensive tweets up in the loss (tried: no gain)
 *   DUMP_CV=file.tsv                                                                keep the out-of-fold scores for study
 *   NORM=0.35                                                                       divide the weight sum by count^0.35, not its square root
 *   BLANKED=1                                                                       fit on tweets with the rule's blanking applied (neutralise)
 *
 * Splits (seeded shuffle, as when tests/fixtures/eval/olid-heldout.jsonl was first written):
 *   held out  the first 1,500 tweets = olid-heldout.jsonl. Never trained on, never used for tuning; this
 *             script only checks that the file still holds exactly those tweets.
 *   dev       the next 1,500: hyper-parameters are chosen here (SEARCH), for the model alone and combined
 *             with the rules (a post is flagged when a rule or the model fires).
 *   train     the rest. The calibration and the two shipped thresholds (for chunks that read negative
 *             overall and for the rest) come from 5-fold cross-validation over train + dev, scored through the
 *             rule, under a bound on friendly tweets flagged by a finding of any category (as npm run eval
 *             counts them); the shipped model is refitted on train + dev.
 * Deterministic: rerunning it on the same rules gives the same file byte for byte. The other rules take part
 * (their findings count in the F1 and the friendly bound), so retrain after rule changes that move them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURES, featureIndices, isCharFeature, type FeatureOptions } from '../rules/tone/shared/features.ts';
import { createAnalyzer } from '../lib/index.ts';
import { useTrialModel } from '../rules/tone/shared/model.ts';
import { neutralise, offensiveScores, type OffensiveScores } from '../rules/tone/offensive-language.ts';
import { friendlyTweet } from '../tests/eval/friendly.ts';
import { sourceDataDir } from './source-data.ts';
import { seededRandom } from './seeded-random.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = process.argv[2] ?? resolve(sourceDataDir(undefined), 'olid_offenseval2019_train/olid-training-v1.0.tsv');
const HELDOUT_FILE = resolve(repo, 'tests/fixtures/eval/olid-heldout.jsonl');
const HELDOUT = 1500;
const DEV = 1500;

/** Settings chosen by SEARCH=1 on the dev split (see the report it prints). */
interface Settings {
  l2: number;
  /** Naive-Bayes smoothing for the log-count ratios; 0 = plain logistic regression. */
  nbAlpha: number;
  /** Weight of offensive examples in the loss. */
  posWeight: number;
  /** Scale of word features relative to character n-grams (there are far more of the latter per text). */
  wordScale: number;
  /** Weight of each everyday sentence from scripts/train-tone-neutral.txt (0 = not used). */
  neutralWeight: number;
}
const CHOSEN: Settings = { l2: Number(process.env.L2 ?? 2e-4), nbAlpha: Number(process.env.NB ?? 1), posWeight: Number(process.env.POSW ?? 1), neutralWeight: Number(process.env.NEUTRAL ?? 10), wordScale: Number(process.env.WORDS ?? 1) };

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


function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Rows as lists of compact column ids (one per distinct hashed feature seen in training). */
interface Matrix {
  rows: Int32Array[];
  /** hashed index of each column */
  hashOf: Int32Array;
}

/**
 * NORM: the weight sum is divided by the feature count to this power (model.ts lengthNorm; 0.5, a square root,
 * is what the shipped model uses and what a model file without `norm` means). Math.sqrt for 0.5, so the
 * default reproduces the shipped file byte for byte.
 */
const NORM = Number(process.env.NORM ?? 0.5);
const lengthNorm = (count: number): number => (NORM === 0.5 ? Math.sqrt(count || 1) : Math.pow(count || 1, NORM));

function toMatrix(feats: number[][]): Matrix {
  const col = new Map<number, number>();
  const rows = feats.map((f) => Int32Array.from(f, (h) => {
    let c = col.get(h);
    if (c === undefined) col.set(h, (c = col.size));
    return c;
  }));
  const hashOf = new Int32Array(col.size);
  for (const [h, c] of col) hashOf[c] = h;
  return { rows, hashOf };
}

/** Minimise f with L-BFGS (two-loop recursion, backtracking Armijo line search). */
function lbfgs(dim: number, fg: (x: Float64Array, g: Float64Array) => number, iters: number, m = 8): Float64Array {
  const x = new Float64Array(dim);
  const g = new Float64Array(dim);
  let f = fg(x, g);
  const S: Float64Array[] = [], Y: Float64Array[] = [], rho: number[] = [];
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
    return s;
  };
  const xNew = new Float64Array(dim), gNew = new Float64Array(dim), d = new Float64Array(dim);
  let it = 0;
  for (; it < iters; it++) {
    // d = -H g
    for (let i = 0; i < dim; i++) d[i] = -g[i]!;
    const alpha: number[] = [];
    for (let k = S.length - 1; k >= 0; k--) {
      const a = rho[k]! * dot(S[k]!, d);
      alpha[k] = a;
      const y = Y[k]!;
      for (let i = 0; i < dim; i++) d[i]! -= a * y[i]!;
    }
    if (S.length) {
      const k = S.length - 1;
      const gamma = dot(S[k]!, Y[k]!) / dot(Y[k]!, Y[k]!);
      for (let i = 0; i < dim; i++) d[i]! *= gamma;
    } else {
      const n = Math.sqrt(dot(d, d)) || 1;
      for (let i = 0; i < dim; i++) d[i]! /= n;
    }
    for (let k = 0; k < S.length; k++) {
      const b = rho[k]! * dot(Y[k]!, d);
      const s = S[k]!;
      for (let i = 0; i < dim; i++) d[i]! += (alpha[k]! - b) * s[i]!;
    }
    const slope = dot(g, d);
    if (slope >= 0) break;
    let step = 1, fNew = Infinity;
    for (let ls = 0; ls < 30; ls++) {
      for (let i = 0; i < dim; i++) xNew[i] = x[i]! + step * d[i]!;
      fNew = fg(xNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    const s = new Float64Array(dim), y = new Float64Array(dim);
    for (let i = 0; i < dim; i++) {
      s[i] = xNew[i]! - x[i]!;
      y[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(s, y);
    x.set(xNew);
    g.set(gNew);
    const done = Math.abs(f - fNew) < 1e-7 * Math.max(1, Math.abs(f));
    f = fNew;
    if (sy > 1e-12) {
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
      if (S.length > m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    if (done) break;
  }
  if (process.env.VERBOSE) console.log(`  L-BFGS: ${it} iterations, loss ${f.toFixed(5)}`);
  return x;
}

interface Model {
  /** Weights by hashed feature index (NB ratio folded in). */
  weights: Map<number, number>;
  bias: number;
}

function fit(feats: number[][], labels: boolean[], s: Settings, fo: FeatureOptions, exampleWeights?: number[]): Model {
  const { rows, hashOf } = toMatrix(feats);
  const dim = hashOf.length;
  // Naive-Bayes log-count ratios (Wang & Manning 2012), from binary counts.
  const r = new Float64Array(dim).fill(1);
  if (s.nbAlpha > 0) {
    const p = new Float64Array(dim).fill(s.nbAlpha), q = new Float64Array(dim).fill(s.nbAlpha);
    rows.forEach((row, i) => {
      const t = labels[i] ? p : q;
      for (const c of row) t[c]!++;
    });
    let ps = 0, qs = 0;
    for (let j = 0; j < dim; j++) {
      ps += p[j]!;
      qs += q[j]!;
    }
    for (let j = 0; j < dim; j++) r[j] = Math.log(p[j]! / ps) - Math.log(q[j]! / qs);
  }
  for (let j = 0; j < dim; j++) if (!isCharFeature(hashOf[j]!, fo)) r[j]! *= s.wordScale;
  const scale = rows.map((row) => 1 / lengthNorm(row.length));
  const cw = labels.map((y, i) => (y ? s.posWeight : 1) * (exampleWeights?.[i] ?? 1));
  const cwSum = cw.reduce((a, b) => a + b, 0);
  const fg = (x: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let loss = 0;
    const b = x[dim]!;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      let z = 0;
      for (const c of row) z += r[c]! * x[c]!;
      z = b + z * scale[i]!;
      const y = labels[i] ? 1 : 0;
      // log(1 + e^-z) for y = 1, log(1 + e^z) for y = 0, computed stably.
      const m = y ? -z : z;
      loss += cw[i]! * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));
      const e = (cw[i]! * (sigmoid(z) - y)) / cwSum;
      g[dim]! += e;
      const es = e * scale[i]!;
      for (const c of row) g[c]! += es * r[c]!;
    }
    let reg = 0;
    for (let j = 0; j < dim; j++) {
      reg += x[j]! * x[j]!;
      g[j]! += s.l2 * x[j]!;
    }
    return loss / cwSum + 0.5 * s.l2 * reg;
  };
  const x = lbfgs(dim + 1, fg, Number(process.env.ITERS ?? 300));
  const weights = new Map<number, number>();
  for (let j = 0; j < dim; j++) weights.set(hashOf[j]!, r[j]! * x[j]!);
  return { weights, bias: x[dim]! };
}

// BLANKED=1: the model is fitted on (and its calibration scores) each tweet as the rule scores it, with
// negated, self-directed, reported and idiomatic words blanked (offensive-language.ts neutralise).
const BLANKED = process.env.BLANKED === '1';
const seenCache = new Map<string, string>();
function seen(text: string): string {
  if (!BLANKED) return text;
  let t = seenCache.get(text);
  if (t === undefined) seenCache.set(text, (t = neutralise(text)));
  return t;
}

function predict(m: Model, text: string, fo: FeatureOptions = FEATURES): number {
  const feats = featureIndices(seen(text), fo);
  let z = 0;
  for (const f of feats) z += m.weights.get(f) ?? 0;
  return sigmoid(m.bias + z / lengthNorm(feats.length));
}

function logit(m: Model, text: string, fo: FeatureOptions = FEATURES): number {
  const feats = featureIndices(seen(text), fo);
  let z = 0;
  for (const f of feats) z += m.weights.get(f) ?? 0;
  return m.bias + z / lengthNorm(feats.length);
}

/**
 * Platt scaling: a and b so that sigmoid(a * logit + b) is a calibrated probability on the given texts
 * (two-parameter logistic regression, Newton's method, Platt's smoothed targets). A strongly regularised
 * model squeezes its scores near the base rate; calibration spreads them again, so a threshold step of
 * 0.01 is a small step and "0.8" means about 80% sure. It is monotonic: it never changes the ranking.
 */
function platt(logits: number[], gold: boolean[]): { a: number; b: number } {
  const nPos = gold.filter(Boolean).length, nNeg = gold.length - nPos;
  const hi = (nPos + 1) / (nPos + 2), lo = 1 / (nNeg + 2);
  let a = 1, b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    logits.forEach((x, i) => {
      const p = sigmoid(a * x + b), t = gold[i] ? hi : lo, d = p - t, w = p * (1 - p);
      ga += d * x;
      gb += d;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

/** The model with the calibration folded in: sigmoid(a * (bias + z) + b) = sigmoid((a * bias + b) + a * z). */
function calibrated(m: Model, c: { a: number; b: number }): Model {
  const weights = new Map<number, number>();
  for (const [h, w] of m.weights) weights.set(h, w * c.a);
  return { weights, bias: c.a * m.bias + c.b };
}

interface Prf {
  t: number;
  p: number;
  r: number;
  f1: number;
}

function prfAt(probs: number[], gold: boolean[], t: number, ruleHit?: boolean[]): Prf {
  let tp = 0, fp = 0, fn = 0;
  probs.forEach((p, i) => {
    const pred = p >= t || (ruleHit?.[i] ?? false);
    if (pred && gold[i]) tp++;
    else if (pred) fp++;
    else if (gold[i]) fn++;
  });
  const prec = tp / (tp + fp || 1), rec = tp / (tp + fn || 1);
  return { t, p: prec, r: rec, f1: (2 * prec * rec) / (prec + rec || 1) };
}

function best(probs: number[], gold: boolean[], ruleHit?: boolean[]): Prf {
  let b = prfAt(probs, gold, 0.5, ruleHit);
  for (let t = 0.2; t <= 0.9; t += 0.01) {
    const x = prfAt(probs, gold, Math.round(t * 100) / 100, ruleHit);
    if (x.f1 > b.f1) b = x;
  }
  return b;
}

/** Area under the ROC curve: how well the scores separate the classes, whatever the threshold. */
function auc(scores: number[], gold: boolean[]): number {
  const order = scores.map((s, i) => [s, gold[i]] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0, pos = 0;
  order.forEach(([, g], i) => {
    if (g) {
      rankSum += i + 1;
      pos++;
    }
  });
  const neg = order.length - pos;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg || 1);
}

const fmt = (x: Prf) => `F1 ${(x.f1 * 100).toFixed(1)} (P ${(x.p * 100).toFixed(1)} R ${(x.r * 100).toFixed(1)} at ${x.t.toFixed(2)})`;

/** Sparse int8 encoding: for each non-zero weight in index order, the index gap as a LEB128 varint, then the value. */
function encode(weights: Map<number, number>, scale: number): { data: string; nonZero: number } {
  const entries = [...weights].map(([h, w]) => [h, Math.max(-127, Math.min(127, Math.round(w / scale)))] as const).filter(([, q]) => q !== 0).sort((a, b) => a[0] - b[0]);
  const bytes: number[] = [];
  let last = -1;
  for (const [h, q] of entries) {
    let gap = h - last - 1;
    last = h;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap, q & 0xff);
  }
  return { data: Buffer.from(bytes).toString('base64'), nonZero: entries.length };
}

// ---------------------------------------------------------------------------------------------------

const rows = shuffle(readOlid(src), seededRandom(2019));
const heldout = rows.slice(0, HELDOUT);
const dev = rows.slice(HELDOUT, HELDOUT + DEV);
const train = rows.slice(HELDOUT + DEV);
console.log(`OLID rows ${rows.length}: train ${train.length}, dev ${dev.length}, held out ${heldout.length}`);

// The held-out file must hold exactly the held-out slice (it is never rewritten here).
if (existsSync(HELDOUT_FILE)) {
  const ids = readFileSync(HELDOUT_FILE, 'utf8').trim().split('\n').map((l) => JSON.parse(l).id as string).filter((id) => !id.startsWith('_'));
  const want = heldout.map((r) => `olid-${r.id}`);
  if (ids.length !== want.length || ids.some((id, i) => id !== want[i])) throw new Error('olid-heldout.jsonl does not match the held-out slice');
}
const trainIds = new Set([...train, ...dev].map((r) => r.id));
if (heldout.some((r) => trainIds.has(r.id))) throw new Error('held-out tweet in the training data');

// Rule evidence on dev: what the rest of PostPause flags without the model.
const rulesOnly = createAnalyzer({ disabledRules: ['tone/offensive-language'] });
const devFindings = dev.map((r) => rulesOnly.analyze(r.text));
const devRuleHit = devFindings.map((fs) => fs.some((f) => f.category === 'tone'));
// npm run eval counts a friendly tweet as flagged when it gets a finding of any category (a child's name,
// a place...), not only tone: the bound is checked the same way here.
const devAnyHit = devFindings.map((fs) => fs.length > 0);
const devGold = dev.map((r) => r.off);
console.log(`rules alone on dev: ${fmt(prfAt(dev.map(() => 0), devGold, 1, devRuleHit))}`);
// Dev tweets that are friendly by tests/eval/friendly.ts (the issue's bound: at most 3% of them flagged).
const devFriendly = dev.map((r) => !r.off && friendlyTweet(r.text));
const nFriendly = devFriendly.filter(Boolean).length;
const friendlyRate = (scores: number[], th: number) => scores.filter((p, i) => devFriendly[i] && (p >= th || devAnyHit[i])).length / nFriendly;

// DIAGNOSE=1: which rule raises each alarm on the dev split's friendly tweets (every category, as npm run eval
// counts them), and which rules find or wrongly flag dev tweets; then stop. Dev only: the held-out file is never read.
if (process.env.DIAGNOSE) {
  const all = createAnalyzer({ disabledRules: ['tone/offensive-language'] });
  const friendlyBy = new Map<string, number>(), hitBy = new Map<string, [number, number]>();
  let nF = 0, flagged = 0;
  // DIAGNOSE=all looks at training + dev (never the held-out tweets) for a larger sample.
  for (const r of process.env.DIAGNOSE === 'all' ? [...train, ...dev] : dev) {
    const findings = all.analyze(r.text);
    const ids = [...new Set(findings.map((f) => f.ruleId))];
    for (const id of ids) {
      const c = hitBy.get(id) ?? [0, 0];
      c[r.off ? 0 : 1]++;
      hitBy.set(id, c);
    }
    if (r.off || !friendlyTweet(r.text)) continue;
    nF++;
    if (!ids.length) continue;
    flagged++;
    for (const id of ids) friendlyBy.set(id, (friendlyBy.get(id) ?? 0) + 1);
    if (process.env.VERBOSE) console.log(`  friendly alarm ${ids.join(', ')}: ${findings.map((f) => JSON.stringify(f.text)).join(' ')}  in  ${r.text.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
  console.log(`friendly tweets flagged by the rules (model off): ${flagged}/${nF}; by rule: ${[...friendlyBy].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ')}`);
  console.log(`tweets flagged by rule (offensive / not offensive): ${[...hitBy].sort((a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1]).map(([id, [tp, fp]]) => `${id} ${tp}/${fp}`).join(', ')}`);
  process.exit(0);
}

// Tweets are not posts: OLID's inoffensive tweets are mostly politics and replies, so a model fitted on them
// alone finds tweet style suspicious in ordinary sentences ("X is a very ... person"). A short list of
// everyday sentences joins the training data as inoffensive, weighted up so it is heard.
const neutral: Row[] = readFileSync(resolve(repo, 'scripts/train-tone-neutral.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((text, i) => ({ id: `neutral-${i}`, text, off: false }));

// FRIENDLY_W: weight of inoffensive tweets that look friendly (tests/eval/friendly.ts) in the loss, 1 = as
// any other. Tried at 2 and 4: cross-validated F1 under the bound moved by less than a point, so 1 is shipped.
const FRIENDLY_WEIGHT = Number(process.env.FRIENDLY_W ?? 1);
function fitRows(rs: Row[], s: Settings, fo: FeatureOptions = FEATURES): Model {
  const all = s.neutralWeight > 0 ? [...rs, ...neutral] : rs;
  return fit(all.map((r) => featureIndices(seen(r.text), fo)), all.map((r) => r.off), s, fo, all.map((r) => (r.id.startsWith('neutral-') ? s.neutralWeight : !r.off && friendlyTweet(r.text) ? FRIENDLY_WEIGHT : 1)));
}

function evaluate(fo: FeatureOptions, s: Settings): { model: Prf; combined: Prf; scores: number[]; auc: number; fitted: Model; calibration: { a: number; b: number } } {
  const raw = fitRows(train, s, fo);
  const calibration = platt(dev.map((r) => logit(raw, r.text, fo)), devGold);
  const m = calibrated(raw, calibration);
  const scores = dev.map((r) => predict(m, r.text, fo));
  return { model: best(scores, devGold), combined: best(scores, devGold, devRuleHit), scores, auc: auc(scores, devGold), fitted: m, calibration };
}

/** int8 quantisation: clip at the 99.9th percentile of |w| so a few outliers do not flatten the rest. */
function quantScale(m: Model): number {
  const mags = [...m.weights.values()].map(Math.abs).filter((x) => x > 0).sort((a, b) => a - b);
  return (mags[Math.floor(mags.length * 0.999)] ?? 1) / 127;
}

/** The model as the detector will hold it (int8 weights), for scoring the validation split through the real rule. */
function asShipped(m: Model, threshold: number, fo: FeatureOptions = FEATURES): { weights: Int8Array; scale: number; bias: number; threshold: number; features: FeatureOptions; norm: number } {
  const scale = quantScale(m);
  const weights = new Int8Array(1 << fo.bits);
  for (const [h, w] of m.weights) weights[h] = Math.max(-127, Math.min(127, Math.round(w / scale)));
  return { weights, scale, bias: m.bias, threshold, features: fo, norm: NORM };
}

/**
 * The rule has two thresholds: a lower one for a chunk that reads negative overall (its words, after
 * blanking, add up to a negative AFINN valence: offensive-language.ts readsNegative) and one `margin` higher
 * for the rest. A tweet is flagged when its best strong chunk reaches the lower one or its best other chunk the
 * higher one, i.e. when max(strong, other - margin) reaches the lower one: one number per tweet, so the
 * threshold curves below work unchanged for each margin tried.
 */
const MARGINS = process.env.MARGIN !== undefined ? [Number(process.env.MARGIN)] : [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];
const withMargin = (s: readonly OffensiveScores[], margin: number): number[] => s.map((x) => Math.max(x.strong, x.other - margin));

/** Scores of the dev tweets as the detector sees them (blanking, chunks, gates) with a train-only model, quantised as shipped. */
function throughTheRule(m: Model, fo: FeatureOptions = FEATURES): OffensiveScores[] {
  useTrialModel(asShipped(m, 0.5, fo));
  const scores = dev.map((r) => offensiveScores(r.text));
  useTrialModel(undefined);
  return scores;
}

/** The best dev F1 (rules included) among thresholds that flag at most `bound` of the dev split's friendly tweets. */
function boundedBest(pipe: number[], bound: number): Prf & { friendly: number } {
  let b = { ...prfAt(pipe, devGold, 2, devRuleHit), friendly: friendlyRate(pipe, 2) };
  for (let t = 0.2; t <= 0.95001; t += 0.01) {
    const th = Math.round(t * 100) / 100;
    const fr = friendlyRate(pipe, th);
    if (fr > bound) continue;
    const x = prfAt(pipe, devGold, th, devRuleHit);
    if (x.f1 > b.f1) b = { ...x, friendly: fr };
  }
  return b;
}

// SEARCH=cv CONFIGS='[[{feature overrides}, {setting overrides}], ...]': each configuration scored as shipped
// would be, by 5-fold cross-validation over training + dev through the rule, and its best F1 (rules
// included) among thresholds and margins that keep friendly tweets flagged at or under 3%.
if (process.env.SEARCH === 'cv') {
  const configs = JSON.parse(process.env.CONFIGS ?? '[[{}, {}]]') as [Partial<FeatureOptions>, Partial<Settings>][];
  const pool = [...train, ...dev];
  const gold = pool.map((r) => r.off);
  const found = [...train.map((r) => rulesOnly.analyze(r.text)), ...devFindings];
  const ruleHit = found.map((fs) => fs.some((f) => f.category === 'tone'));
  const anyHit = found.map((fs) => fs.length > 0);
  const fr = pool.map((r) => !r.off && friendlyTweet(r.text));
  const nFr = fr.filter(Boolean).length;
  const foldOf = (i: number) => Math.floor((i * 5) / pool.length);
  for (const [fov, sv] of configs) {
    const t0 = performance.now();
    const fo = { ...FEATURES, ...fov }, s = { ...CHOSEN, ...sv };
    const models: Model[] = [];
    const oof = new Array<number>(pool.length);
    for (let k = 0; k < 5; k++) {
      const fm = fitRows(pool.filter((_, i) => foldOf(i) !== k), s, fo);
      models.push(fm);
      pool.forEach((r, i) => {
        if (foldOf(i) === k) oof[i] = logit(fm, r.text, fo);
      });
    }
    const cal = platt(oof, gold);
    const pairs = new Array<OffensiveScores>(pool.length);
    for (let k = 0; k < 5; k++) {
      useTrialModel(asShipped(calibrated(models[k]!, cal), 0.5, fo));
      pool.forEach((r, i) => {
        if (foldOf(i) === k) pairs[i] = offensiveScores(r.text);
      });
      useTrialModel(undefined);
    }
    let bestB = { f1: 0, p: 0, r: 0, t: 0, mg: 0, fr: 0 }, bestU = { f1: 0, t: 0 };
    for (const mg of [0, 0.05, 0.1, 0.2, 1]) {
      const sc = withMargin(pairs, mg);
      for (let t = 0.15; t <= 0.9001; t += 0.01) {
        const th = Math.round(t * 100) / 100;
        const x = prfAt(sc, gold, th, ruleHit);
        const rate = sc.filter((p, i) => fr[i] && (p >= th || anyHit[i])).length / nFr;
        if (x.f1 > bestU.f1) bestU = { f1: x.f1, t: th };
        if (rate <= 0.03 && x.f1 > bestB.f1) bestB = { ...x, t: th, mg, fr: rate };
      }
    }
    if (process.env.DUMP_CV) writeFileSync(process.env.DUMP_CV, pool.map((r, i) => `${r.off ? 'OFF' : 'NOT'}\t${sigmoid(cal.a * oof[i]! + cal.b).toFixed(3)}\t0\t${pairs[i]!.strong.toFixed(3)}\t${pairs[i]!.other.toFixed(3)}\t${anyHit[i] ? 'any' : '-'}\t${ruleHit[i] ? 'rule' : '-'}\t${fr[i] ? 'friendly' : '-'}\t${r.text.replace(/\s+/g, ' ')}`).join('\n') + '\n');
    console.log(`${JSON.stringify(fov)} ${JSON.stringify(sv)}: AUC model ${auc(oof, gold).toFixed(4)}, through the rule ${auc(withMargin(pairs, 0), gold).toFixed(4)}; best F1 ${(bestU.f1 * 100).toFixed(1)} at ${bestU.t}; friendly <= 3%: F1 ${(bestB.f1 * 100).toFixed(1)} (P ${(bestB.p * 100).toFixed(1)} R ${(bestB.r * 100).toFixed(1)} at ${bestB.t}, margin ${bestB.mg}, friendly ${(bestB.fr * 100).toFixed(2)}%) [${((performance.now() - t0) / 1000).toFixed(0)} s]`);
  }
  process.exit(0);
}
if (process.env.SEARCH) {
  const grid: [FeatureOptions, Settings][] = [];
  if (process.env.SEARCH === 'knobs') {
    for (const posWeight of [0.7, 1.5]) grid.push([FEATURES, { ...CHOSEN, posWeight }]);
    for (const wordScale of [0.5, 2]) grid.push([FEATURES, { ...CHOSEN, wordScale }]);
    for (const neutralWeight of [3, 30]) grid.push([FEATURES, { ...CHOSEN, neutralWeight }]);
    grid.push([{ ...FEATURES, charMin: 2 }, CHOSEN], [{ ...FEATURES, charMax: 6 }, CHOSEN], [{ ...FEATURES, bits: 20 }, CHOSEN]);
  } else if (process.env.SEARCH === 'cues') {
    for (const cues of [{}, { negation: true }, { afinn: true }, { target: true }, { negation: true, afinn: true, target: true }]) grid.push([{ ...FEATURES, ...cues }, CHOSEN]);
  } else {
  if (!process.env.SEARCH_SHORT) for (const bits of [18, 20]) for (const charMin of [2, 3]) grid.push([{ ...FEATURES, bits, charMin }, CHOSEN]);
  if (!process.env.SEARCH_SHORT) grid.push([{ ...FEATURES, charMax: 6 }, CHOSEN]);
  for (const l2 of process.env.SEARCH_SHORT ? [] : [1e-5, 3e-5, 1e-4, 1e-3]) grid.push([FEATURES, { ...CHOSEN, l2 }]);
  for (const nbAlpha of process.env.SEARCH_SHORT ? [] : [0, 0.5]) grid.push([FEATURES, { ...CHOSEN, nbAlpha }]);
  for (const neutralWeight of process.env.SEARCH_SHORT ? [] : [0, 1, 3, 10]) grid.push([FEATURES, { ...CHOSEN, neutralWeight }]);
  for (const wordScale of process.env.SEARCH_SHORT ? [] : [1.5, 2, 3]) grid.push([FEATURES, { ...CHOSEN, wordScale }]);
  grid.push([FEATURES, CHOSEN]);
  }
  for (const [fo, s] of grid) {
    const t = performance.now();
    const e = evaluate(fo, s);
    const pipe = withMargin(throughTheRule(e.fitted, fo), Number(process.env.MARGIN ?? 0));
    const b3 = boundedBest(pipe, 0.03), b25 = boundedBest(pipe, 0.025);
    console.log(`${JSON.stringify(fo)} ${JSON.stringify(s)}: AUC ${e.auc.toFixed(4)} model ${fmt(e.model)} | with rules ${fmt(e.combined)} | through the rule AUC ${auc(pipe, devGold).toFixed(4)}, friendly <= 3%: ${fmt(b3)} [${(b3.friendly * 100).toFixed(1)}%], <= 2.5%: ${fmt(b25)} [${(b25.friendly * 100).toFixed(1)}%]  [${((performance.now() - t) / 1000).toFixed(0)} s]`);
  }
  process.exit(0);
}

const e = evaluate(FEATURES, CHOSEN);
console.log(`calibration (Platt, on dev): a ${e.calibration.a.toFixed(3)}, b ${e.calibration.b.toFixed(3)}`);
console.log(`dev, fitted on train: AUC ${e.auc.toFixed(4)}, model ${fmt(e.model)} | with rules ${fmt(e.combined)}`);
// Overfitting check: the same model on the tweets it was fitted on. A wide gap is expected of a model with
// far more features than tweets (it can nearly memorise them); what matters is the validation figure.
const trainAuc = auc(train.map((r) => predict(e.fitted, r.text)), train.map((r) => r.off));
console.log(`overfitting check: AUC on the training tweets ${trainAuc.toFixed(4)} vs ${e.auc.toFixed(4)} on validation`);
// The detector does not score a tweet whole: it blanks idioms, negated, self-directed and reported words,
// scores tweet-sized chunks and drops borderline chunks that are banter or about nobody. So the threshold
// is chosen on what the rule itself sees: the train-only model, quantised as shipped, run through
// tone/offensive-language on every dev tweet.
const trialModel = asShipped(e.fitted, 0.5);
// TRIAL_OUT=file.json keeps the train-only model (dense int8, base64) for studying dev errors by hand.
if (process.env.TRIAL_OUT) writeFileSync(process.env.TRIAL_OUT, JSON.stringify({ ...trialModel, weights: Buffer.from(trialModel.weights.buffer).toString('base64') }));
useTrialModel(trialModel);
const devPairs = dev.map((r) => offensiveScores(r.text));
useTrialModel(undefined);
const pipeScores = withMargin(devPairs, 0);
console.log(`dev through the rule (train-only model): AUC ${auc(pipeScores, devGold).toFixed(4)}, with rules ${fmt(best(pipeScores, devGold, devRuleHit))}`);
// Shipped threshold: the one that maximises cross-validated F1 (rules included) among thresholds that keep
// alarms on friendly tweets (tests/eval/friendly.ts) at or under 3%, the issue's bound. Posts by school staff
// are far less often offensive than OLID's tweets, and at a lower base rate the same threshold turns into
// more false alarms per true find; the lower threshold therefore only applies to a chunk that reads negative
// AND is aimed (a hostile word just after "you", "they", "she"..., or a reply to a handle: offensive-language.ts),
// which is what keeps staff posts' moans about things, books and matches out. CRITERION=mixed instead
// maximises the mean of F1 as sampled and with inoffensive tweets re-weighted to a 10% offensive rate (the
// scheme shipped before the aimed gate: CV F1 63.3 vs 64.6, the same staff-post findings as now).
const TARGET_RATE = 0.1;
const CRITERION = process.env.CRITERION ?? 'f1';
// The bound counts findings of every category, as npm run eval does (rules alone flag about 2.7% of the
// friendly training + validation tweets that way, 2.1% counting tone alone).
const FRIENDLY_MAX = Number(process.env.FRIENDLY_MAX ?? 0.03);
interface Point {
  t: number;
  olid: Prf;
  shifted: Prf;
  score: number;
  friendly: number;
}
function chooseThreshold(scores: number[], gold: boolean[], ruleHit: boolean[], anyHit: boolean[], friendly: boolean[], label: string): Point {
  const nPos = gold.filter(Boolean).length;
  const nFr = friendly.filter(Boolean).length;
  const negWeight = ((1 - TARGET_RATE) / TARGET_RATE) * (nPos / (gold.length - nPos));
  const curve: Point[] = [];
  for (let t = 0.2; t <= 0.9001; t += 0.01) {
    const th = Math.round(t * 100) / 100;
    const olid = prfAt(scores, gold, th, ruleHit);
    let tp = 0, fp = 0, fn = 0, fr = 0;
    scores.forEach((p, i) => {
      const pred = p >= th || ruleHit[i]!;
      if (pred && gold[i]) tp++;
      else if (pred) fp += negWeight;
      else if (gold[i]) fn++;
      if ((pred || anyHit[i]!) && friendly[i]) fr++;
    });
    const prec = tp / (tp + fp || 1), rec = tp / (tp + fn || 1);
    const shifted = { t: th, p: prec, r: rec, f1: (2 * prec * rec) / (prec + rec || 1) };
    curve.push({ t: th, olid, shifted, score: CRITERION === 'f1' ? olid.f1 : (olid.f1 + shifted.f1) / 2, friendly: fr / nFr });
    if (process.env.VERBOSE && Math.round(th * 100) % 2 === 0 && th >= 0.26 && th <= 0.7) console.log(`  ${label} ${th.toFixed(2)}: ${fmt(olid)} | 10%: ${fmt(shifted)} | friendly ${((fr / nFr) * 100).toFixed(1)}%`);
  }
  // A finite sample makes the curve jagged: pick the peak of its five-step moving average, not a lucky step.
  let ship: Point = { ...curve[curve.length - 1]!, score: -1 };
  curve.forEach((r, i) => {
    const win = curve.slice(Math.max(0, i - 2), i + 3);
    const smooth = win.reduce((a, x) => a + x.score, 0) / win.length;
    if (r.friendly <= FRIENDLY_MAX && smooth > ship.score) ship = { ...r, score: smooth };
  });
  // THRESHOLD=0.3 ships another operating point (e.g. for tweet-like text), reported the same way.
  if (process.env.THRESHOLD) {
    const t = Number(process.env.THRESHOLD);
    ship = { ...(curve.find((r) => r.t === t) ?? ship), t };
  }
  return ship;
}
const devShip = chooseThreshold(pipeScores, devGold, devRuleHit, devAnyHit, devFriendly, 'dev');
if (process.env.DUMP_DEV) {
  const lines = dev.map((r, i) => `${r.off ? 'OFF' : 'NOT'}\t${e.scores[i]!.toFixed(2)}\t${pipeScores[i]!.toFixed(2)}\t${devRuleHit[i] ? 'rule' : '-'}\t${r.text.replace(/\s+/g, ' ')}`);
  writeFileSync(process.env.DUMP_DEV, lines.join('\n') + '\n');
}
console.log(`dev friendly tweets: ${nFriendly}; alarms from the other rules alone ${((friendlyRate(pipeScores, 2) * 100)).toFixed(1)}%`);
console.log(`dev alone would choose ${devShip.t}: with rules ${fmt(devShip.olid)}; friendly tweets flagged ${(devShip.friendly * 100).toFixed(1)}%`);

// The shipped calibration and threshold come from 5-fold cross-validation over training + dev (11,740
// tweets, ~5,000 of them friendly) rather than from dev alone (665 friendly tweets, where one tweet moves
// the rate by 0.15 points): each fold is scored through the rule by a model fitted on the other four, Platt
// scaling is fitted on the pooled out-of-fold scores, and the threshold is chosen on them as above.
const FOLDS = 5;
const pool = [...train, ...dev];
const poolGold = pool.map((r) => r.off);
const trainFindings = train.map((r) => rulesOnly.analyze(r.text));
const poolRuleHit = [...trainFindings.map((fs) => fs.some((f) => f.category === 'tone')), ...devRuleHit];
const poolAnyHit = [...trainFindings.map((fs) => fs.length > 0), ...devAnyHit];
const poolFriendly = pool.map((r) => !r.off && friendlyTweet(r.text));
const foldOf = (i: number) => Math.floor((i * FOLDS) / pool.length);
const foldModels: Model[] = [];
const oofLogits = new Array<number>(pool.length);
for (let k = 0; k < FOLDS; k++) {
  const fm = fitRows(pool.filter((_, i) => foldOf(i) !== k), CHOSEN);
  foldModels.push(fm);
  pool.forEach((r, i) => {
    if (foldOf(i) === k) oofLogits[i] = logit(fm, r.text);
  });
}
const calibration = platt(oofLogits, poolGold);
const oofPairs = new Array<OffensiveScores>(pool.length);
for (let k = 0; k < FOLDS; k++) {
  useTrialModel(asShipped(calibrated(foldModels[k]!, calibration), 0.5));
  pool.forEach((r, i) => {
    if (foldOf(i) === k) oofPairs[i] = offensiveScores(r.text);
  });
  useTrialModel(undefined);
}
const oofPipe = withMargin(oofPairs, 0);
const cvAuc = auc(oofLogits, poolGold), cvPipeAuc = auc(oofPipe, poolGold);
console.log(`cross-validation (${FOLDS} folds, ${pool.length} tweets, ${poolFriendly.filter(Boolean).length} friendly): calibration a ${calibration.a.toFixed(3)}, b ${calibration.b.toFixed(3)}; AUC model ${cvAuc.toFixed(4)}, through the rule ${cvPipeAuc.toFixed(4)}; rules alone flag ${((poolFriendly.filter((f, i) => f && poolAnyHit[i]).length / poolFriendly.filter(Boolean).length) * 100).toFixed(1)}% of friendly tweets (tone alone ${((poolFriendly.filter((f, i) => f && poolRuleHit[i]).length / poolFriendly.filter(Boolean).length) * 100).toFixed(1)}%)`);
// Each margin between the two thresholds gets its own threshold curve; the margin whose best point scores
// highest (same criterion, same bound) is shipped.
let ship: Point = { t: 1, olid: prfAt([], [], 1), shifted: prfAt([], [], 1), score: -1, friendly: 0 };
let margin = 0;
for (const mg of MARGINS) {
  const p = chooseThreshold(withMargin(oofPairs, mg), poolGold, poolRuleHit, poolAnyHit, poolFriendly, `cv margin ${mg}`);
  console.log(`  margin ${mg.toFixed(2)}: threshold ${p.t} (${Math.min(1, p.t + mg).toFixed(2)} for chunks not reading negative): ${fmt(p.olid)}; friendly ${(p.friendly * 100).toFixed(2)}%; criterion ${p.score.toFixed(4)}`);
  if (p.score > ship.score) {
    ship = p;
    margin = mg;
  }
}
const shipPipe = withMargin(oofPairs, margin);
// DUMP_CV=file.tsv keeps the out-of-fold scores (label, model alone, through the rule, strong and other chunk scores, any finding, tone rule hit, friendly, text) for study.
if (process.env.DUMP_CV) writeFileSync(process.env.DUMP_CV, pool.map((r, i) => `${r.off ? 'OFF' : 'NOT'}\t${sigmoid(calibration.a * oofLogits[i]! + calibration.b).toFixed(3)}\t${shipPipe[i]!.toFixed(3)}\t${oofPairs[i]!.strong.toFixed(3)}\t${oofPairs[i]!.other.toFixed(3)}\t${poolAnyHit[i] ? 'any' : '-'}\t${poolRuleHit[i] ? 'rule' : '-'}\t${poolFriendly[i] ? 'friendly' : '-'}\t${r.text.replace(/\s+/g, ' ')}`).join('\n') + '\n');
const devShipPipe = withMargin(devPairs, margin);
const devAtShip = prfAt(devShipPipe, devGold, ship.t, devRuleHit);
console.log(`shipped thresholds ${ship.t} for chunks reading negative, ${Math.min(1, ship.t + margin).toFixed(2)} for the rest: cross-validated with rules ${fmt(ship.olid)}; at a ${TARGET_RATE * 100}% offensive rate ${fmt(ship.shifted)}; friendly tweets flagged ${(ship.friendly * 100).toFixed(1)}%`);
console.log(`  on dev (train-only model, dev calibration): ${fmt(devAtShip)}; friendly ${(friendlyRate(devShipPipe, ship.t) * 100).toFixed(1)}%`);

// The refitted model keeps the cross-validated calibration (same settings, so the same scale of scores).
const m = calibrated(fitRows(pool, CHOSEN), calibration);
const scale = quantScale(m);
const { data, nonZero } = encode(m.weights, scale);
const model = {
  about:
    'PostPause tone model: NB-weighted logistic regression over hashed word/character n-grams and word-level cues (rules/tone/shared/features.ts), Platt-calibrated, int8 weights, ' +
    'sparse (LEB128 index gaps + int8 values), base64. Trained by scripts/train-tone-model.ts on the OLID v1.0 training split (Zampieri et al., ' +
    'NAACL 2019; redistributed under CC BY 4.0 by github.com/wenliangdai/multi-task-offensive-language-detection), excluding the 1,500 tweets ' +
    'in tests/fixtures/eval/olid-heldout.jsonl.',
  features: FEATURES,
  ...(NORM === 0.5 ? {} : { norm: NORM }),
  scale,
  bias: m.bias,
  threshold: Math.round(Math.min(1, ship.t + margin) * 100) / 100,
  strongThreshold: ship.t,
  training: {
    split: `OLID v1.0 training file, ${rows.length} tweets shuffled with seed 2019: first ${HELDOUT} held out (tests/fixtures/eval/olid-heldout.jsonl, never used here), next ${DEV} validation, remaining ${train.length} training; plus ${neutral.length} everyday sentences (scripts/train-tone-neutral.txt) as inoffensive, weight ${CHOSEN.neutralWeight}`,
    settings: CHOSEN,
    validation: {
      modelAlone: `AUC ${e.auc.toFixed(4)} (${trainAuc.toFixed(4)} on its own training tweets), best ${fmt(e.model)}`,
      throughTheRule: `AUC ${auc(pipeScores, devGold).toFixed(4)}; at the shipped threshold with the other tone rules ${fmt(devAtShip)}, friendly tweets flagged ${(friendlyRate(devShipPipe, ship.t) * 100).toFixed(1)}% of ${nFriendly}`,
    },
    crossValidation: {
      folds: `${FOLDS} contiguous folds of training + validation (${pool.length} tweets, ${poolFriendly.filter(Boolean).length} friendly)`,
      calibration: `Platt scaling on the pooled out-of-fold scores: a ${calibration.a.toFixed(4)}, b ${calibration.b.toFixed(4)} (folded into scale and bias)`,
      auc: `model ${cvAuc.toFixed(4)}, through the rule ${cvPipeAuc.toFixed(4)}`,
      atThreshold: `with the other tone rules ${fmt(ship.olid)}; at a ${TARGET_RATE * 100}% offensive rate ${fmt(ship.shifted)}; friendly tweets flagged ${(ship.friendly * 100).toFixed(1)}%`,
    },
    threshold: `strongThreshold for a chunk reading negative overall (AFINN valence sum below 0, words outside hashtags) with a hostile word aimed at a person (or a reply to a handle), threshold (${margin} higher) for the rest: maximises ${CRITERION === 'f1' ? 'cross-validated F1' : `the mean of cross-validated F1 as sampled and at a ${TARGET_RATE * 100}% offensive rate`} (5-step moving average), over margins ${MARGINS.join(', ')}, among thresholds flagging at most ${FRIENDLY_MAX * 100}% of friendly tweets (a finding of any category counts), all scored through the rule; then refitted on training + validation`,
  },
  nonZero,
  weights: data,
};
writeFileSync(process.env.MODEL_OUT ?? resolve(repo, 'rules/lexicons/tone-model.json'), JSON.stringify(model) + '\n');
console.log(`wrote rules/lexicons/tone-model.json: ${nonZero} non-zero weights, ${(data.length / 1024).toFixed(0)} KB of base64`);
