import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_THRESHOLD,
  OUT_OF_SCOPE,
  builtinClassifier,
  evaluateClassifier,
  formatLabelErrors,
  readLabelledCsv,
  stratifiedFolds,
  trainIntentClassifier,
} from '../apps/server/src/agent/nlu/classifier/index.js';
import type { Evaluation, LabelledText } from '../apps/server/src/agent/nlu/classifier/index.js';
import { capabilityOf, intents } from '../apps/server/src/agent/nlu/intents.js';
import type { Intent } from '../apps/server/src/agent/nlu/intents.js';
import { builtinExamples } from '../apps/server/src/agent/nlu/utterances/index.js';
import { report, round } from './support.js';
import type { BenchRow } from './support.js';

/**
 * `npm run eval:nlu`: the built-in intent classifier against BANKING77 and CLINC150 (read from
 * the shared data directory, never copied into the repository), the out-of-scope threshold's
 * calibration on the repository's own utterances, and its speed. docs/PERFORMANCE.md records a
 * run.
 */

const COMMAND = 'npm run eval:nlu';
const SEED = 20261121;
const FOLDS = 5;
const pct = (x: number) => round(x * 100, 2);

function dataDir(): string {
  const dir =
    process.env.BANKDESK_SHARED_DATA ?? path.resolve(import.meta.dirname, '../../shared/data');
  const needed = ['banking77/train.csv', 'clinc150/train.csv', 'clinc150/val.csv'];
  const missing = needed.filter((f) => !existsSync(path.join(dir, f)));
  if (missing.length > 0) {
    console.error(
      `eval:nlu needs the shared data directory (BANKDESK_SHARED_DATA, or ../shared/data next to ` +
        `the repository); ${dir} lacks ${missing.join(', ')}`,
    );
    process.exit(1);
  }
  return dir;
}

const seconds = (ms: number) => round(ms / 1000, 1);
const labelsOf = (rows: readonly LabelledText[]) => new Set(rows.map((r) => r.label));

function printErrors(title: string, result: Evaluation, limit = 8): void {
  console.log(`  ${title}, most errors:`);
  for (const line of formatLabelErrors(result, limit)) console.log(`    ${line}`);
}

/** (a) stratified k-fold on BANKING77, each fold trained on the repository's utterances too. */
function banking77CrossValidation(banking: LabelledText[]): BenchRow[] {
  const repo = builtinExamples();
  const only = new Set([...labelsOf(banking), OUT_OF_SCOPE]);
  const folds = stratifiedFolds(
    banking.map((r) => r.label),
    FOLDS,
    SEED,
  );
  const rows: BenchRow[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = banking.filter((_, i) => folds[i] !== f);
    const test = banking.filter((_, i) => folds[i] === f);
    const started = performance.now();
    const classifier = trainIntentClassifier([...repo, ...train]);
    const trainMs = performance.now() - started;
    const result = evaluateClassifier(classifier, test, { only });
    rows.push({
      name: `fold ${f + 1}`,
      train: repo.length + train.length,
      test: test.length,
      'accuracy %': pct(result.accuracy),
      'macro-F1': round(result.macroF1, 4),
      'below threshold %': pct(result.rejected),
      'train s': seconds(trainMs),
    });
    if (f === 0) printErrors('BANKING77 fold 1', result);
  }
  const mean = (key: string) => rows.reduce((s, r) => s + Number(r[key]), 0) / rows.length;
  rows.push({
    name: 'mean',
    train: Math.round(mean('train')),
    test: Math.round(mean('test')),
    'accuracy %': round(mean('accuracy %'), 2),
    'macro-F1': round(mean('macro-F1'), 4),
    'below threshold %': round(mean('below threshold %'), 2),
    'train s': round(mean('train s'), 1),
  });
  return rows;
}

/** (b) CLINC150 banking and credit-card subset: train on its train split, score its validation. */
function clinc(train: LabelledText[], val: LabelledText[]): BenchRow {
  const started = performance.now();
  const classifier = trainIntentClassifier([...builtinExamples(), ...train]);
  const trainMs = performance.now() - started;
  const only = new Set([...labelsOf(train), OUT_OF_SCOPE]);
  const result = evaluateClassifier(classifier, val, { only });
  printErrors('CLINC150 validation', result);
  return {
    name: 'CLINC150 val (train: repository + CLINC150 train)',
    train: classifier.exampleCount,
    test: val.length,
    'accuracy %': pct(result.accuracy),
    'macro-F1': round(result.macroF1, 4),
    'OOS recall %': pct(result.outOfScope?.recall ?? 0),
    'train s': seconds(trainMs),
  };
}

/** (c) the repository-only model, scored through each dataset's intent map onto capabilities. */
function repositoryOnly(name: string, rows: LabelledText[], mapFile: string): BenchRow {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as Record<string, string>;
  const ours = new Set(intents.map((i) => capabilityOf(i)));
  const unmapped = rows.filter((r) => map[r.label] === undefined);
  const uncovered = rows.filter((r) => map[r.label] !== undefined && !ours.has(map[r.label]!));
  const scored = rows
    .filter((r) => map[r.label] !== undefined && ours.has(map[r.label]!))
    .map((r) => ({ text: r.text, label: map[r.label]! }));
  const result = evaluateClassifier(builtinClassifier(), scored, {
    predictedLabel: (p) => capabilityOf(p.label as Intent),
  });
  printErrors(`${name} through the intent map`, result);
  return {
    name: `${name} (repository utterances only)`,
    rows: rows.length,
    scored: scored.length,
    'no such capability': uncovered.length,
    unmapped: unmapped.length,
    'accuracy %': pct(result.accuracy),
    'macro-F1': round(result.macroF1, 4),
    'OOS recall %': result.outOfScope ? pct(result.outOfScope.recall) : '',
    'below threshold %': pct(result.rejected),
  };
}

/**
 * (d) the threshold: 5-fold cross-validation over the repository's utterances, recording each
 * held-out sentence's top label and confidence, then counting what each threshold would do.
 */
function thresholdCalibration(): BenchRow[] {
  const repo = builtinExamples();
  const folds = stratifiedFolds(
    repo.map((r) => r.label),
    FOLDS,
    SEED,
  );
  const seen: { confidence: number; right: boolean; oos: boolean; saidOos: boolean }[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const classifier = trainIntentClassifier(repo.filter((_, i) => folds[i] !== f));
    repo.forEach((row, i) => {
      if (folds[i] !== f) return;
      const p = classifier.classify(row.text);
      seen.push({
        confidence: p.confidence,
        right: p.label === row.label,
        oos: row.label === OUT_OF_SCOPE,
        saidOos: p.label === OUT_OF_SCOPE,
      });
    });
  }
  const inScopeRight = seen.filter((s) => !s.oos && s.right);
  const inScopeWrong = seen.filter((s) => !s.oos && !s.right && !s.saidOos);
  const oos = seen.filter((s) => s.oos);
  return [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5].map((t) => ({
    name: `threshold ${t}${t === DEFAULT_THRESHOLD ? ' (default)' : ''}`,
    'right answers lost %': pct(
      inScopeRight.filter((s) => s.confidence < t).length / inScopeRight.length,
    ),
    'wrong answers caught %': pct(
      inScopeWrong.filter((s) => s.confidence < t).length / inScopeWrong.length,
    ),
    'OOS recall %': pct(oos.filter((s) => s.saidOos || s.confidence < t).length / oos.length),
    'cv accuracy %': pct(inScopeRight.length / (seen.length - oos.length)),
  }));
}

function speed(): BenchRow[] {
  const repo = builtinExamples();
  const started = performance.now();
  const classifier = trainIntentClassifier(repo);
  const trainMs = performance.now() - started;
  const texts = repo.map((r) => r.text);
  for (const t of texts) classifier.classify(t); // warm up
  const rounds = 5;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) classifier.classify(t);
  const perCall = (performance.now() - t0) / (rounds * texts.length);
  return [
    {
      name: 'repository utterances',
      examples: repo.length,
      labels: classifier.labels.length,
      features: classifier.featureCount,
      'train ms': Math.round(trainMs),
      'classify µs': round(perCall * 1000, 1),
    },
  ];
}

const dir = dataDir();
const banking = await readLabelledCsv(path.join(dir, 'banking77/train.csv'));
const clincTrain = await readLabelledCsv(path.join(dir, 'clinc150/train.csv'));
const clincVal = await readLabelledCsv(path.join(dir, 'clinc150/val.csv'));

report('NLU speed', speed(), COMMAND);
report('NLU threshold calibration', thresholdCalibration(), COMMAND);
report('NLU BANKING77 5-fold', banking77CrossValidation(banking), COMMAND);
report('NLU CLINC150', [clinc(clincTrain, clincVal)], COMMAND);
report(
  'NLU repository-only model',
  [
    repositoryOnly('BANKING77 train', banking, path.join(dir, 'banking77/intent-map.json')),
    repositoryOnly('CLINC150 val', clincVal, path.join(dir, 'clinc150/intent-map.json')),
  ],
  COMMAND,
);
