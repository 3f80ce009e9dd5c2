import type { TranscriptLine, TrialResult } from './run-trial.js';
import type { Report } from './run-suite.js';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The parts that failed, with their reasons, on one line. */
export function failureSummary(result: TrialResult): string {
  return result.parts
    .filter((p) => !p.pass)
    .map((p) => `${p.part}: ${p.reasons.join('; ')}`)
    .join(' | ');
}

/** One progress line per finished trial. */
export function formatTrialLine(index: number, total: number, result: TrialResult): string {
  const mark = result.reward === 1 ? 'pass' : 'FAIL';
  const head = `[${index}/${total}] ${mark} ${result.scenarioId} #${result.trial} (${seconds(result.durationMs)}, ${result.userMessages} messages)`;
  return result.reward === 1 ? head : `${head} — ${failureSummary(result)}`;
}

function transcriptLine(line: TranscriptLine): string {
  const who = line.role === 'agent' ? 'agent' : line.role === 'customer' ? 'user ' : 'note ';
  const tags = [
    line.awaiting ? `awaiting ${line.awaiting}` : '',
    line.actions?.length
      ? line.actions.map((a) => `${a.tool}${a.ok ? '' : `✗${a.code ?? ''}`}`).join(',')
      : '',
    line.status && line.status !== 'active' ? line.status : '',
    line.blocked ? `blocked ${line.blocked}` : '',
  ].filter(Boolean);
  const text = line.text.replace(/\s+/g, ' ').trim();
  return `      ${who}: ${text.length > 240 ? `${text.slice(0, 237)}…` : text}${tags.length ? `  [${tags.join('; ')}]` : ''}`;
}

/** The summary printed at the end: every scenario, then failures in detail, then the score. */
export function formatReport(report: Report, options: { tail?: number } = {}): string[] {
  const tail = options.tail ?? 8;
  const lines: string[] = [];
  lines.push(`Scenarios in ${report.dir} — ${report.brain} brain, ${report.target}`);
  for (const s of report.scenarios) {
    lines.push(
      `  ${s.passes === s.trials ? 'PASS' : 'FAIL'} ${s.passes}/${s.trials}  ${s.id} — ${s.title}`,
    );
  }
  const failed = report.scenarios.flatMap((s) => s.results.filter((r) => r.reward === 0));
  if (failed.length > 0) {
    lines.push('', 'Failures:');
    for (const result of failed) {
      lines.push(`  ${result.scenarioId} #${result.trial}: ${failureSummary(result)}`);
      lines.push(`    stopped: ${result.stopReason || 'n/a'}; last ${tail} lines:`);
      for (const line of result.transcript.slice(-tail)) lines.push(transcriptLine(line));
    }
  }
  const { score } = report;
  lines.push(
    '',
    `pass rate: ${percent(score.passRate)} (${score.scenarios} scenarios × ${score.trials} trials)`,
    `pass^k: ${Object.entries(score.passHat)
      .map(([k, v]) => `pass^${k} ${percent(v)}`)
      .join(', ')}; all ${score.trials} trials passed: ${score.allPassed}/${score.scenarios}`,
    `time: ${seconds(report.durationMs)}`,
  );
  return lines;
}
