import type { IntentClassifier, IntentPrediction, LabelledText } from './classifier.js';
import { computeMetrics, outOfScopeLabels } from './metrics.js';
import type { Metrics, Outcome } from './metrics.js';

export interface Evaluation extends Metrics {
  /** Share of rows the threshold flagged out of scope although their top label was in scope. */
  rejected: number;
}

export interface EvaluateOptions {
  /** Restrict predictions to these labels (an external test set's label set). */
  only?: ReadonlySet<string>;
  /**
   * Count a prediction the threshold flags as out of scope as an out-of-scope answer. Defaults to
   * whether the test rows include out-of-scope ones: on a test set without any, accuracy is the
   * top label's, and `rejected` says how many the threshold would have turned away.
   */
  reject?: boolean;
  /** Maps each prediction to the label compared with the row's (default: the label itself). */
  predictedLabel?: (prediction: IntentPrediction) => string;
  onRow?: (done: number, total: number) => void;
}

export function evaluateClassifier(
  classifier: IntentClassifier,
  rows: readonly LabelledText[],
  options: EvaluateOptions = {},
): Evaluation {
  const hasOos = rows.some((r) => outOfScopeLabels.has(r.label));
  const reject = options.reject ?? hasOos;
  // Predictions of out of scope take the spelling the test set uses, so they can match.
  const oosLabel = rows.find((r) => outOfScopeLabels.has(r.label))?.label ?? 'out_of_scope';
  const outcomes: Outcome[] = [];
  let rejected = 0;
  rows.forEach((row, i) => {
    const prediction = classifier.classify(row.text, options.only ? { only: options.only } : {});
    const label = options.predictedLabel?.(prediction) ?? prediction.label;
    const lowConfidence = prediction.outOfScope && !outOfScopeLabels.has(label);
    if (lowConfidence) rejected++;
    const isOos = outOfScopeLabels.has(label) || (reject && lowConfidence);
    outcomes.push({ expected: row.label, predicted: isOos ? oosLabel : label });
    options.onRow?.(i + 1, rows.length);
  });
  return { ...computeMetrics(outcomes), rejected: rows.length === 0 ? 0 : rejected / rows.length };
}
