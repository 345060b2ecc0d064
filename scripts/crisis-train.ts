/**
 * `npm run crisis:train`: trains the crisis screen's second reader
 * (`src/language/crisis-model.ts`) on the readable corpus halves, never the
 * blind one, and writes `src/language/crisis-model.generated.ts`.
 *
 * Logistic regression on hashed letter groups, fitted with L-BFGS. The
 * threshold is set out of fold: each readable half is scored by a model
 * trained on the others, and the threshold lets the model add at most
 * `ADDED_FALSE_ALARMS` of false alarms to what the lexicons already raise on
 * those halves. Run it after changing the corpus or a lexicon; a test checks
 * that the model was trained on the corpus as it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CrisisModelData, modelFeatures, modelReads } from '../src/language/crisis-model.js';
import { screenLexicons } from '../src/language/crisis-screen.js';
import { readTokens } from '../src/language/tokens.js';
import { type CorpusItem, corpusDigest, HALVES, type Half, lexiconDigest, loadAll } from '../tests/language/corpus/corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MODEL_FILE = path.join(root, 'src/language/crisis-model.generated.ts');

const BITS = 16;
const L2 = 3e-5;
const MAX_ITERATIONS = 400;
const ADDED_FALSE_ALARMS = 0.01;

export const TRAINING_HALVES: readonly Half[] = HALVES.filter((h) => h !== 'blind');

interface Example {
  readonly features: Int32Array;
  readonly value: number;
  readonly label: 0 | 1;
}

function example(item: CorpusItem): Example {
  const features = modelFeatures(readTokens(item.text).words, BITS);
  return {
    features: Int32Array.from(features),
    value: features.length > 0 ? 1 / Math.sqrt(features.length) : 0,
    label: item.label === 'benign' ? 0 : 1,
  };
}

type Objective = (x: Float64Array, grad: Float64Array) => number;

/** Mean logistic loss plus L2 on the weights (not the bias, the last entry). */
function objective(examples: readonly Example[], size: number): Objective {
  return (x, grad) => {
    grad.fill(0);
    const bias = x[size] ?? 0;
    let loss = 0;
    for (const e of examples) {
      let z = bias;
      for (const f of e.features) z += (x[f] ?? 0) * e.value;
      // log(1 + e^z) - y z, computed without overflow.
      loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - e.label * z;
      const p = 1 / (1 + Math.exp(-z));
      const g = p - e.label;
      for (const f of e.features) grad[f] = (grad[f] ?? 0) + g * e.value;
      grad[size] = (grad[size] ?? 0) + g;
    }
    const n = examples.length;
    let penalty = 0;
    for (let i = 0; i < size; i++) {
      const w = x[i] ?? 0;
      penalty += w * w;
      grad[i] = (grad[i] ?? 0) / n + L2 * w;
    }
    grad[size] = (grad[size] ?? 0) / n;
    return loss / n + (L2 * penalty) / 2;
  };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** Limited-memory BFGS with a backtracking (Armijo) line search. */
function minimise(f: Objective, dimension: number): Float64Array {
  const memory = 10;
  let x = new Float64Array(dimension);
  let grad = new Float64Array(dimension);
  let loss = f(x, grad);
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  const direction = new Float64Array(dimension);
  const alpha = new Float64Array(memory);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    // Two-loop recursion: direction = -H grad.
    for (let i = 0; i < dimension; i++) direction[i] = -(grad[i] ?? 0);
    for (let k = ss.length - 1; k >= 0; k--) {
      const s = ss[k] as Float64Array;
      const y = ys[k] as Float64Array;
      const a = dot(s, direction) / dot(y, s);
      alpha[k] = a;
      for (let i = 0; i < dimension; i++) direction[i] = (direction[i] ?? 0) - a * (y[i] ?? 0);
    }
    if (ss.length > 0) {
      const s = ss[ss.length - 1] as Float64Array;
      const y = ys[ys.length - 1] as Float64Array;
      const gamma = dot(s, y) / dot(y, y);
      for (let i = 0; i < dimension; i++) direction[i] = (direction[i] ?? 0) * gamma;
    }
    for (let k = 0; k < ss.length; k++) {
      const s = ss[k] as Float64Array;
      const y = ys[k] as Float64Array;
      const b = dot(y, direction) / dot(y, s);
      for (let i = 0; i < dimension; i++) direction[i] = (direction[i] ?? 0) + (s[i] ?? 0) * ((alpha[k] ?? 0) - b);
    }
    const slope = dot(grad, direction);
    if (slope >= 0) break;
    let step = ss.length === 0 ? 1 / Math.sqrt(dot(grad, grad)) : 1;
    const next = new Float64Array(dimension);
    const nextGrad = new Float64Array(dimension);
    let nextLoss = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < dimension; i++) next[i] = (x[i] ?? 0) + step * (direction[i] ?? 0);
      nextLoss = f(next, nextGrad);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextLoss < loss)) break;
    const s = new Float64Array(dimension);
    const y = new Float64Array(dimension);
    for (let i = 0; i < dimension; i++) {
      s[i] = (next[i] ?? 0) - (x[i] ?? 0);
      y[i] = (nextGrad[i] ?? 0) - (grad[i] ?? 0);
    }
    if (dot(s, y) > 1e-12) {
      ss.push(s);
      ys.push(y);
      if (ss.length > memory) {
        ss.shift();
        ys.shift();
      }
    }
    const improvement = loss - nextLoss;
    x = next;
    grad = nextGrad;
    loss = nextLoss;
    if (improvement < 1e-10) break;
  }
  return x;
}

function train(examples: readonly Example[]): Float64Array {
  const size = 1 << BITS;
  return minimise(objective(examples, size), size + 1);
}

function score(x: Float64Array, e: Example): number {
  let z = x[1 << BITS] ?? 0;
  for (const f of e.features) z += (x[f] ?? 0) * e.value;
  return z;
}

function quantise(x: Float64Array): { weights: string; scale: number } {
  const size = 1 << BITS;
  let max = 0;
  for (let i = 0; i < size; i++) max = Math.max(max, Math.abs(x[i] ?? 0));
  const scale = max / 127 || 1;
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes.writeInt8(Math.max(-127, Math.min(127, Math.round((x[i] ?? 0) / scale))), i);
  return { weights: bytes.toString('base64'), scale };
}

interface Fold {
  readonly half: Half;
  readonly items: readonly CorpusItem[];
  readonly scores: readonly number[];
  readonly lexicon: readonly boolean[];
}

function percent(hits: number, total: number): string {
  return total === 0 ? '—' : `${((100 * hits) / total).toFixed(1)} %`;
}

export function trainModel(log: (line: string) => void = () => {}): {
  data: CrisisModelData;
  digest: string;
  lexicons: string;
  messages: number;
} {
  const halves = TRAINING_HALVES.map((half) => ({ half, items: loadAll(half) })).filter((h) => h.items.length > 0);
  const examples = new Map(halves.map((h) => [h.half, h.items.map(example)]));
  // Out of fold: each half scored by a model that never saw it.
  const folds: Fold[] = halves.map(({ half, items }) => {
    const rest = halves.filter((h) => h.half !== half).flatMap((h) => examples.get(h.half) ?? []);
    const x = train(rest);
    return {
      half,
      items,
      // A message too short for the model is never flagged by it (`MODEL_MIN_WORDS`).
      scores: (examples.get(half) ?? []).map((e, i) =>
        modelReads(readTokens(items[i]?.text ?? '').words) ? score(x, e) : Number.NEGATIVE_INFINITY,
      ),
      lexicon: items.map((item) => screenLexicons(item.text).tier !== 'none'),
    };
  });
  const benign = folds.flatMap((f) => f.items.map((item, i) => ({ item, score: f.scores[i] ?? 0, lexicon: f.lexicon[i] ?? false })));
  const benignCount = benign.filter((b) => b.item.label === 'benign').length;
  const unflagged = benign
    .filter((b) => b.item.label === 'benign' && !b.lexicon)
    .map((b) => b.score)
    .sort((a, b) => b - a);
  const allowed = Math.floor(ADDED_FALSE_ALARMS * benignCount);
  const threshold = (unflagged[allowed] ?? Number.NEGATIVE_INFINITY) + 1e-6;
  for (const f of folds) {
    let crisis = 0;
    let lexiconHits = 0;
    let bothHits = 0;
    let calm = 0;
    let lexiconAlarms = 0;
    let bothAlarms = 0;
    f.items.forEach((item, i) => {
      const lex = f.lexicon[i] ?? false;
      const both = lex || (f.scores[i] ?? 0) >= threshold;
      if (item.label === 'benign') {
        calm++;
        if (lex) lexiconAlarms++;
        if (both) bothAlarms++;
      } else {
        crisis++;
        if (lex) lexiconHits++;
        if (both) bothHits++;
      }
    });
    log(
      `${f.half.padEnd(6)} out of fold: recall ${percent(lexiconHits, crisis)} → ${percent(bothHits, crisis)}, false alarms ${percent(lexiconAlarms, calm)} → ${percent(bothAlarms, calm)}`,
    );
  }
  const all = halves.flatMap((h) => examples.get(h.half) ?? []);
  const x = train(all);
  const { weights, scale } = quantise(x);
  return {
    data: { bits: BITS, weights, scale, bias: x[1 << BITS] ?? 0, threshold },
    digest: corpusDigest(TRAINING_HALVES),
    lexicons: lexiconDigest(),
    messages: all.length,
  };
}

export function modelSource(model: { data: CrisisModelData; digest: string; lexicons: string; messages: number }): string {
  const { data } = model;
  const chunks = data.weights.match(/.{1,100}/g) ?? [];
  return `/**
 * Generated by \`npm run crisis:train\` (scripts/crisis-train.ts): do not edit.
 * Trained on ${model.messages} messages of the readable corpus halves (never the blind one).
 */
import type { CrisisModelData } from './crisis-model.js';

/** Digest of the corpus the model was trained on: a test checks it is the corpus as it is. */
export const TRAINED_ON = '${model.digest}';

/** Digest of the lexicons whose verdicts set the threshold: a test checks they have not changed since. */
export const WITH_LEXICONS = '${model.lexicons}';

export const CRISIS_MODEL: CrisisModelData = {
  bits: ${data.bits},
  scale: ${data.scale},
  bias: ${data.bias},
  threshold: ${data.threshold},
  weights:
${chunks.map((c) => `    '${c}'`).join(' +\n')},
};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const started = Date.now();
  const model = trainModel((line) => console.log(line));
  fs.writeFileSync(MODEL_FILE, modelSource(model));
  console.log(
    `crisis:train: ${model.messages} messages, threshold ${model.data.threshold.toFixed(3)}, ${((Date.now() - started) / 1000).toFixed(0)} s → ${path.relative(root, MODEL_FILE)}`,
  );
}
