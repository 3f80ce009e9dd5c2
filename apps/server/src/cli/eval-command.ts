import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/index.js';
import { brainNames, formatReport, formatTrialLine, runSuite } from '../scenarios/index.js';
import type { BrainName, Report } from '../scenarios/index.js';
import type { Progress } from './progress.js';

export interface EvalCommandOptions {
  dir: string;
  brain: string;
  trials: string;
  url?: string;
  staffToken?: string;
  out?: string;
  only?: string;
  concurrency?: string;
}

function positiveInt(value: string, name: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new AppError('INVALID_INPUT', `${name} must be a whole number from 1 to ${max}`);
  }
  return n;
}

/** Checks the options before anything starts, so a typo costs nothing. */
export function readEvalOptions(options: EvalCommandOptions, cwd = process.cwd()) {
  if (!(brainNames as readonly string[]).includes(options.brain)) {
    throw new AppError('INVALID_INPUT', `--brain must be ${brainNames.join(' or ')}`);
  }
  const brain = options.brain as BrainName;
  if (options.url !== undefined && !/^https?:\/\/[^\s/]+/.test(options.url)) {
    throw new AppError(
      'INVALID_INPUT',
      '--url must be an http(s) address, e.g. http://127.0.0.1:3000',
    );
  }
  const staffToken = options.staffToken ?? process.env.BANKDESK_STAFF_TOKEN;
  return {
    dir: path.resolve(cwd, options.dir),
    brain,
    trials: positiveInt(options.trials, '--trials', 100),
    concurrency: positiveInt(options.concurrency ?? '1', '--concurrency', 16),
    ...(options.url ? { target: { url: options.url.replace(/\/+$/, ''), staffToken } } : {}),
    only: options.only
      ? options.only
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean)
      : [],
    out: path.resolve(cwd, options.out ?? path.join('bench', 'results', `eval-${brain}.json`)),
  };
}

/**
 * `bankdesk eval DIR`: runs the scenario suite, prints a line per trial as it goes (stderr) and
 * the summary (stdout), writes the JSON report, and answers the exit code: 1 if any trial failed.
 */
export async function evalCommand(
  options: EvalCommandOptions,
  out: (line: string) => void,
  progress: Progress,
): Promise<number> {
  const settings = readEvalOptions(options);
  if (settings.target) {
    progress.note(
      'one shared server: earlier trials change the state later ones see, and its one-time-code limit (3 per phone per 15 minutes) can fail trials that need a code',
    );
  }
  if (settings.target && !settings.target.staffToken) {
    progress.note(
      'no staff token (--staff-token or BANKDESK_STAFF_TOKEN): state, auth-level and hand-off checks will fail',
    );
  }
  const done = progress.step(
    `running ${path.relative(process.cwd(), settings.dir) || '.'} with the ${settings.brain} brain, ${settings.trials} trial${settings.trials === 1 ? '' : 's'} each`,
  );
  const report: Report = await runSuite({
    dir: settings.dir,
    brain: settings.brain,
    trials: settings.trials,
    concurrency: settings.concurrency,
    only: settings.only,
    ...(settings.target ? { target: settings.target } : {}),
    onProgress(event) {
      if (event.kind === 'note') progress.note(event.message);
      else progress.note(formatTrialLine(event.index, event.total, event.result));
    },
  });
  done(`pass rate ${(report.score.passRate * 100).toFixed(1)}%`);
  for (const line of formatReport(report)) out(line);
  await mkdir(path.dirname(settings.out), { recursive: true });
  await writeFile(settings.out, JSON.stringify(report, null, 2) + '\n');
  out(`report: ${path.relative(process.cwd(), settings.out)}`);
  const failed = report.scenarios.some((s) => s.passes < s.trials);
  return failed || report.scenarios.length === 0 ? 1 : 0;
}
