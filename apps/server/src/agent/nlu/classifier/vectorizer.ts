/**
 * TF-IDF over a vocabulary fitted on the training texts. A vocabulary rather than feature hashing:
 * it keeps the weight matrix as small as the data (about ten thousand features for the built-in
 * utterances), and there are no collisions to reason about.
 *
 * Character n-grams outnumber word features about five to one in a sentence; normalised together
 * they would drown the words. So the two blocks are normalised apart and joined with a fixed
 * share of the squared length each (`wordShare` for the words), which keeps the whole vector at
 * unit length.
 */

export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

export interface Vectorizer {
  readonly size: number;
  transform(features: readonly string[]): SparseVector;
}

export interface VectorizerOptions {
  /** Features seen in fewer training texts than this are dropped. */
  minDf: number;
  /** Share of the squared norm given to word features (the rest goes to character n-grams). */
  wordShare: number;
}

// Features of a single training sentence are mostly its typos and numbers: dropping them halves
// the weight matrix (and training time with it) at no cost in held-out accuracy.
export const defaultVectorizerOptions: VectorizerOptions = { minDf: 2, wordShare: 0.6 };

export function fitVectorizer(
  documents: readonly (readonly string[])[],
  options: VectorizerOptions = defaultVectorizerOptions,
): Vectorizer {
  const df = new Map<string, number>();
  for (const features of documents) {
    for (const feature of new Set(features)) df.set(feature, (df.get(feature) ?? 0) + 1);
  }
  const index = new Map<string, number>();
  const idf: number[] = [];
  const charBlock: boolean[] = [];
  const n = documents.length;
  // Map order is insertion order, so the same texts always give the same feature numbers.
  for (const [feature, count] of df) {
    if (count < options.minDf) continue;
    index.set(feature, idf.length);
    idf.push(Math.log((1 + n) / (1 + count)) + 1);
    charBlock.push(feature.startsWith('c'));
  }
  const idfs = Float32Array.from(idf);
  const isChar = Uint8Array.from(charBlock, (c) => (c ? 1 : 0));
  const wordScale = Math.sqrt(options.wordShare);
  const charScale = Math.sqrt(1 - options.wordShare);
  return {
    size: idfs.length,
    transform(features) {
      const counts = new Map<number, number>();
      for (const feature of features) {
        const i = index.get(feature);
        if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
      }
      const indices = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
      const values = new Float32Array(indices.length);
      let wordNorm = 0;
      let charNorm = 0;
      for (let k = 0; k < indices.length; k++) {
        const i = indices[k]!;
        // Sublinear term frequency: a word said twice is not twice the evidence.
        const v = (1 + Math.log(counts.get(i)!)) * idfs[i]!;
        values[k] = v;
        if (isChar[i]) charNorm += v * v;
        else wordNorm += v * v;
      }
      const w = wordNorm > 0 ? wordScale / Math.sqrt(wordNorm) : 0;
      const c = charNorm > 0 ? charScale / Math.sqrt(charNorm) : 0;
      for (let k = 0; k < values.length; k++)
        values[k] = values[k]! * (isChar[indices[k]!] ? c : w);
      return { indices, values };
    },
  };
}
