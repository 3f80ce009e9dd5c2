import { builtinExamples } from '../utterances/index.js';
import { trainIntentClassifier } from './classifier.js';
import type { IntentClassifier } from './classifier.js';

let builtin: IntentClassifier | undefined;

/**
 * The classifier trained on the repository's own utterances, once per process (well under two
 * seconds) and on first use, so a server that never classifies offline never pays for it.
 */
export function builtinClassifier(): IntentClassifier {
  builtin ??= trainIntentClassifier(builtinExamples());
  return builtin;
}
