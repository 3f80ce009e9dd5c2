import {
  OUT_OF_SCOPE,
  evaluateClassifier,
  formatLabelErrors,
  outOfScopeLabels,
  readLabelledCsv,
  trainIntentClassifier,
} from '../agent/nlu/classifier/index.js';
import type { IntentClassifier, LabelledText } from '../agent/nlu/classifier/index.js';
import { builtinExamples } from '../agent/nlu/utterances/index.js';
import type { Progress } from './progress.js';

const percent = (x: number) => `${(x * 100).toFixed(2)} %`;

async function readAll(files: readonly string[], progress: Progress): Promise<LabelledText[]> {
  const rows: LabelledText[] = [];
  for (const file of files) {
    const done = progress.step(`reading ${file}`);
    const read = await readLabelledCsv(file);
    done(`${read.length} rows`);
    rows.push(...read);
  }
  return rows;
}

function train(
  extra: readonly LabelledText[],
  progress: Progress,
): { classifier: IntentClassifier; ms: number } {
  const examples = [...builtinExamples(), ...extra];
  const done = progress.step(`training on ${examples.length} examples`);
  const started = performance.now();
  const classifier = trainIntentClassifier(examples, {
    // Only worth a line per epoch when an epoch takes a while.
    onEpoch: examples.length > 5000 ? (e, n) => progress.note(`epoch ${e} of ${n}`) : undefined,
  });
  const ms = performance.now() - started;
  done(`${classifier.labels.length} labels`);
  return { classifier, ms };
}

/**
 * `bankdesk nlu train [--extra FILE...]`: trains the built-in classifier on the repository's
 * utterances (and any labelled CSV files) and reports its size, time and training accuracy.
 */
export async function nluTrainCommand(
  options: { extra?: string[] },
  progress: Progress,
  out: (line: string) => void,
): Promise<void> {
  const extra = await readAll(options.extra ?? [], progress);
  const { classifier, ms } = train(extra, progress);
  const fit = evaluateClassifier(classifier, [...builtinExamples(), ...extra], { reject: false });
  out(`labels: ${classifier.labels.length}`);
  out(
    `examples: ${classifier.exampleCount} (repository ${builtinExamples().length}, extra ${extra.length})`,
  );
  out(`features: ${classifier.featureCount}`);
  out(`training time: ${Math.round(ms)} ms`);
  out(`training accuracy: ${percent(fit.accuracy)}`);
  out(`out-of-scope threshold: ${classifier.threshold}`);
}

/**
 * `bankdesk nlu eval --extra TRAIN.csv --test TEST.csv`: trains on the repository's utterances
 * plus TRAIN and scores TEST. TEST speaks the external label set, so the classifier ranks only
 * the labels TEST can have: those of the --extra files, and out_of_scope.
 */
export async function nluEvalCommand(
  options: { extra?: string[]; test: string },
  progress: Progress,
  out: (line: string) => void,
): Promise<void> {
  const extra = await readAll(options.extra ?? [], progress);
  const test = await readAll([options.test], progress);
  const { classifier, ms } = train(extra, progress);
  const only = extra.length > 0 ? new Set([...extra.map((r) => r.label), OUT_OF_SCOPE]) : undefined;
  const known = new Set(classifier.labels);
  const unknown = [...new Set(test.map((r) => r.label))].filter(
    (l) => !known.has(l) && !outOfScopeLabels.has(l),
  );
  const done = progress.step(`classifying ${test.length} test rows`);
  const result = evaluateClassifier(classifier, test, only ? { only } : {});
  done();

  out(`trained on ${classifier.exampleCount} examples in ${Math.round(ms)} ms`);
  out(
    only
      ? `ranking only the ${only.size} labels the test file can have (those of --extra, and out_of_scope)`
      : `ranking all ${classifier.labels.length} labels of the built-in classifier`,
  );
  if (unknown.length > 0) {
    out(`test labels the model never saw (always counted wrong): ${unknown.join(', ')}`);
  }
  out(`test rows: ${result.total}`);
  out(`accuracy: ${percent(result.accuracy)}`);
  out(`macro-F1: ${result.macroF1.toFixed(4)}`);
  if (result.outOfScope) {
    const o = result.outOfScope;
    out(`out-of-scope recall: ${percent(o.recall)} (${o.caught} of ${o.total})`);
  } else {
    out(`below the confidence threshold (not counted): ${percent(result.rejected)}`);
  }
  const errors = formatLabelErrors(result);
  out(errors.length > 0 ? 'errors by label:' : 'errors by label: none');
  for (const line of errors) out(`  ${line}`);
}
