/** Scores for a classifier's predictions against the expected labels. */

export interface Outcome {
  expected: string;
  predicted: string;
}

export interface LabelScore {
  label: string;
  /** Rows whose expected label this is. */
  support: number;
  precision: number;
  recall: number;
  f1: number;
  /** Where this label's rows went instead, most frequent first. */
  confusedWith: { label: string; count: number }[];
}

export interface Metrics {
  total: number;
  correct: number;
  accuracy: number;
  /** Unweighted mean F1 over every label that is expected or predicted at least once. */
  macroF1: number;
  /** Per label, the labels with most errors first. */
  labels: LabelScore[];
  /** Over rows expected out of scope: how many were predicted out of scope. Null when none. */
  outOfScope: { total: number; caught: number; recall: number } | null;
}

export const outOfScopeLabels: ReadonlySet<string> = new Set(['out_of_scope', 'oos']);

export function computeMetrics(
  outcomes: readonly Outcome[],
  options: { outOfScope?: ReadonlySet<string> } = {},
): Metrics {
  const oos = options.outOfScope ?? outOfScopeLabels;
  const expectedCount = new Map<string, number>();
  const predictedCount = new Map<string, number>();
  const hits = new Map<string, number>();
  const confusions = new Map<string, Map<string, number>>();
  let correct = 0;
  let oosTotal = 0;
  let oosCaught = 0;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const { expected, predicted } of outcomes) {
    bump(expectedCount, expected);
    bump(predictedCount, predicted);
    if (expected === predicted) {
      correct++;
      bump(hits, expected);
    } else {
      let row = confusions.get(expected);
      if (!row) confusions.set(expected, (row = new Map()));
      bump(row, predicted);
    }
    if (oos.has(expected)) {
      oosTotal++;
      if (oos.has(predicted)) oosCaught++;
    }
  }
  const all = [...new Set([...expectedCount.keys(), ...predictedCount.keys()])].sort();
  const labels: LabelScore[] = all.map((label) => {
    const tp = hits.get(label) ?? 0;
    const support = expectedCount.get(label) ?? 0;
    const predicted = predictedCount.get(label) ?? 0;
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const confusedWith = [...(confusions.get(label) ?? new Map<string, number>())]
      .map(([l, count]) => ({ label: l, count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    return { label, support, precision, recall, f1, confusedWith };
  });
  const errorsOf = (s: LabelScore) => s.confusedWith.reduce((sum, c) => sum + c.count, 0);
  labels.sort((a, b) => errorsOf(b) - errorsOf(a) || a.label.localeCompare(b.label));
  const total = outcomes.length;
  return {
    total,
    correct,
    accuracy: total === 0 ? 0 : correct / total,
    macroF1: all.length === 0 ? 0 : labels.reduce((sum, s) => sum + s.f1, 0) / all.length,
    labels,
    outOfScope:
      oosTotal === 0 ? null : { total: oosTotal, caught: oosCaught, recall: oosCaught / oosTotal },
  };
}

/** Errors per label as text lines ("label: 3 of 40 wrong → other ×2, third ×1"). */
export function formatLabelErrors(metrics: Metrics, limit = 20): string[] {
  return metrics.labels
    .filter((s) => s.confusedWith.length > 0 && s.support > 0)
    .slice(0, limit)
    .map((s) => {
      const wrong = s.confusedWith.reduce((sum, c) => sum + c.count, 0);
      const where = s.confusedWith
        .slice(0, 3)
        .map((c) => `${c.label} ×${c.count}`)
        .join(', ');
      return `${s.label}: ${wrong} of ${s.support} wrong → ${where}`;
    });
}
