import { seededRandom, shuffleInPlace } from './random.js';
import type { SparseVector } from './vectorizer.js';

/**
 * Multinomial logistic regression trained by AdaGrad over sparse TF-IDF vectors. Written here
 * rather than taken from npm: the JavaScript text classifiers (natural's Bayes and logistic
 * regression, ml-logistic-regression on dense matrices) are either weak on 50–130 intents or too
 * slow for 10,000 sentences, and this is a short loop we can keep deterministic and fast.
 *
 * No explicit penalty: a modest learning rate and a fixed number of epochs regularise it, and on
 * held-out data an L2 term changed nothing measurable. Weights are feature-major
 * (`weights[feature * labelCount + label]`), so scoring a sentence reads a few hundred
 * contiguous rows.
 */
export interface LinearModel {
  readonly labelCount: number;
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  seed: number;
  /** Called after each epoch (for progress output). */
  onEpoch?: (epoch: number) => void;
}

// Labels the model gives less than this probability get next to no gradient; skipping their rows
// makes an epoch several times cheaper (at the start every label is near 1/labels, so only the
// true label and the few likely ones are updated) and did not lower held-out accuracy.
const SKIP_BELOW = 1e-2;
const EPSILON = 1e-8;

/** Raw scores (logits) of every label for `x`, written into `out`. */
export function logits(model: LinearModel, x: SparseVector, out: Float64Array): Float64Array {
  const l = model.labelCount;
  for (let k = 0; k < l; k++) out[k] = model.bias[k]!;
  const { indices, values } = x;
  const w = model.weights;
  const l4 = l - (l % 4);
  for (let j = 0; j < indices.length; j++) {
    const row = indices[j]! * l;
    const v = values[j]!;
    // Unrolled by four: this loop is most of training time, and V8 does not unroll it itself.
    let k = 0;
    for (; k < l4; k += 4) {
      out[k] = out[k]! + v * w[row + k]!;
      out[k + 1] = out[k + 1]! + v * w[row + k + 1]!;
      out[k + 2] = out[k + 2]! + v * w[row + k + 2]!;
      out[k + 3] = out[k + 3]! + v * w[row + k + 3]!;
    }
    for (; k < l; k++) out[k] = out[k]! + v * w[row + k]!;
  }
  return out;
}

/** Softmax in place, over the labels whose `mask` entry is 1 (all when no mask); others get 0. */
export function softmax(scores: Float64Array, mask?: Uint8Array): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < scores.length; k++) if (!mask || mask[k]) max = Math.max(max, scores[k]!);
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    const e = !mask || mask[k] ? Math.exp(scores[k]! - max) : 0;
    scores[k] = e;
    sum += e;
  }
  for (let k = 0; k < scores.length; k++) scores[k] = scores[k]! / sum;
  return scores;
}

export function trainLinearModel(
  xs: readonly SparseVector[],
  ys: readonly number[],
  labelCount: number,
  featureCount: number,
  options: TrainOptions,
): LinearModel {
  const l = labelCount;
  const weights = new Float32Array(featureCount * l);
  const bias = new Float32Array(l);
  const gradSq = new Float32Array(featureCount * l);
  const biasGradSq = new Float32Array(l);
  const model: LinearModel = { labelCount: l, weights, bias };
  const order = xs.map((_, i) => i);
  const random = seededRandom(options.seed);
  const p = new Float64Array(l);
  const eta = options.learningRate;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const x = xs[i]!;
      softmax(logits(model, x, p));
      p[ys[i]!] = p[ys[i]!]! - 1; // the cross-entropy's gradient with respect to the logits
      for (let k = 0; k < l; k++) {
        const g = p[k]!;
        biasGradSq[k] = biasGradSq[k]! + g * g;
        bias[k] = bias[k]! - (eta * g) / Math.sqrt(biasGradSq[k]! + EPSILON);
      }
      const { indices, values } = x;
      for (let j = 0; j < indices.length; j++) {
        const row = indices[j]! * l;
        const v = values[j]!;
        for (let k = 0; k < l; k++) {
          const pk = p[k]!;
          if (pk < SKIP_BELOW && pk > -SKIP_BELOW) continue;
          const at = row + k;
          const g = pk * v;
          const s = gradSq[at]! + g * g;
          gradSq[at] = s;
          weights[at] = weights[at]! - (eta * g) / Math.sqrt(s + EPSILON);
        }
      }
    }
    options.onEpoch?.(epoch + 1);
  }
  return model;
}
