/**
 * The built-in intent classifier: TF-IDF over words, word pairs and character n-grams, and a
 * multinomial logistic regression. Trains in about a second on the repository's utterances, runs
 * offline, and answers in well under a millisecond.
 */
export { trainIntentClassifier, DEFAULT_THRESHOLD, OUT_OF_SCOPE } from './classifier.js';
export type {
  IntentClassifier,
  IntentPrediction,
  LabelledText,
  TrainIntentOptions,
} from './classifier.js';
export { builtinClassifier } from './builtin.js';
export { readLabelledCsv } from './labelled-csv.js';
export { computeMetrics, formatLabelErrors, outOfScopeLabels } from './metrics.js';
export type { Metrics, LabelScore, Outcome } from './metrics.js';
export { evaluateClassifier } from './evaluate.js';
export type { Evaluation, EvaluateOptions } from './evaluate.js';
export { seededRandom, shuffleInPlace } from './random.js';
export { stratifiedFolds } from './folds.js';
