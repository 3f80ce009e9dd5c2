import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failureSummary, runSuite } from '../apps/server/src/scenarios/index.js';

const publicSuite = path.resolve(import.meta.dirname, '../scenarios/public');

// The acceptance run: every public scenario — the seed dialogues worded as in the seeds, every
// tool, corrections, cancellations, digressions, hand-offs, PCI and social-engineering attempts —
// three times each against the built-in brain, each trial on a fresh server and demo bank.
describe('the public scenario suite with the built-in brain', () => {
  it('passes every scenario in all three trials (pass^3 = 100%)', async () => {
    const report = await runSuite({
      dir: publicSuite,
      brain: 'builtin',
      trials: 3,
      concurrency: 4,
    });
    const failures = report.scenarios.flatMap((s) =>
      s.results.filter((r) => r.reward === 0).map((r) => `${s.id}: ${failureSummary(r)}`),
    );
    expect(failures).toEqual([]);
    expect(report.score.scenarios).toBeGreaterThanOrEqual(33);
    expect(report.score.passRate).toBe(1);
    expect(report.score.passHat['3']).toBe(1);
  }, 600_000);
});
