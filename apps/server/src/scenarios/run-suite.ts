import { BankClient } from './bank-client.js';
import { createEvalTarget, evalConfig, imageDemoBank } from './eval-target.js';
import type { BrainName, DemoBankImage, EvalTarget } from './eval-target.js';
import { loadScenarios } from './load-scenarios.js';
import { runTrial } from './run-trial.js';
import type { TrialResult } from './run-trial.js';
import type { Scenario } from './scenario-schema.js';
import { scoreSuite } from './scoring.js';
import type { SuiteScore } from './scoring.js';

/** Starts a fresh server for each trial. */
export interface TargetFactory {
  /** For the report: what the trials ran against. */
  label: string;
  start(): Promise<EvalTarget>;
  dispose?(): Promise<void>;
}

/** An already running server, shared by every trial. */
export interface TargetUrl {
  url: string;
  staffToken?: string | undefined;
}

export type ProgressEvent =
  | { kind: 'note'; message: string }
  | {
      kind: 'trial';
      /** 1-based position among all trials. */
      index: number;
      total: number;
      result: TrialResult;
    };

export interface RunSuiteOptions {
  dir: string;
  brain: BrainName;
  trials: number;
  /** Default: a fresh in-process server per trial, on the demo bank, with `brain`. */
  target?: TargetUrl | TargetFactory;
  /** Only these scenario ids. */
  only?: readonly string[];
  /** Trials run at once (default 1). */
  concurrency?: number;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ScenarioReport {
  id: string;
  title: string;
  file: string;
  trials: number;
  passes: number;
  passRate: number;
  results: TrialResult[];
}

export interface Report {
  brain: BrainName;
  target: string;
  dir: string;
  startedAt: string;
  durationMs: number;
  score: SuiteScore;
  scenarios: ScenarioReport[];
}

/**
 * Fresh state for every trial: the demo bank is seeded once into an image, and each trial loads
 * it into a new in-memory database behind a new server.
 */
export function inProcessTargets(
  brain: BrainName,
  note: (message: string) => void = () => {},
): TargetFactory {
  // A brain that cannot be configured (say, llm without a model key) fails here, once, rather
  // than in every trial.
  evalConfig({ brain, secret: 'f'.repeat(64), staffToken: 'f'.repeat(32) });
  let image: Promise<DemoBankImage | null> | undefined;
  return {
    label: `in-process (${brain} brain, fresh demo bank per trial)`,
    async start() {
      image ??= (async () => {
        const started = performance.now();
        note('seeding the demo bank once…');
        const made = await imageDemoBank();
        note(
          made
            ? `demo bank ready in ${Math.round(performance.now() - started)} ms; each trial loads a copy`
            : 'the embedded database cannot copy itself; each trial seeds its own demo bank',
        );
        return made;
      })();
      return createEvalTarget({ brain, image: await image });
    },
  };
}

function isFactory(target: TargetUrl | TargetFactory): target is TargetFactory {
  return 'start' in target;
}

async function runJob(
  target: TargetUrl | TargetFactory,
  scenario: Scenario,
  trial: number,
): Promise<TrialResult> {
  if (!isFactory(target)) {
    return runTrial(new BankClient(target.url, target.staffToken), scenario, trial);
  }
  let server: EvalTarget;
  try {
    server = await target.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      scenarioId: scenario.id,
      trial,
      reward: 0,
      parts: [{ part: 'run', pass: false, reasons: [`the server did not start: ${message}`] }],
      stopReason: 'no server',
      userMessages: 0,
      durationMs: 0,
      transcript: [],
    };
  }
  try {
    return await runTrial(new BankClient(server.url, server.staffToken), scenario, trial);
  } finally {
    await server.close().catch(() => {});
  }
}

/** Runs every scenario in `dir` `trials` times and scores the suite. */
export async function runSuite(options: RunSuiteOptions): Promise<Report> {
  const startedAt = new Date();
  const started = performance.now();
  const note = (message: string) => options.onProgress?.({ kind: 'note', message });
  let scenarios = await loadScenarios(options.dir);
  if (options.only && options.only.length > 0) {
    const wanted = new Set(options.only);
    scenarios = scenarios.filter((s) => wanted.has(s.id));
  }
  const trials = Math.max(1, Math.floor(options.trials));
  const target = options.target ?? inProcessTargets(options.brain, note);
  const label = isFactory(target) ? target.label : target.url;

  const jobs = scenarios.flatMap((scenario) =>
    Array.from({ length: trials }, (_, i) => ({ scenario, trial: i + 1 })),
  );
  const results: TrialResult[][] = scenarios.map(() => []);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const result = await runJob(target, job.scenario, job.trial);
      results[scenarios.indexOf(job.scenario)]!.push(result);
      done += 1;
      options.onProgress?.({ kind: 'trial', index: done, total: jobs.length, result });
    }
  };
  try {
    const workers = Math.max(1, Math.min(options.concurrency ?? 1, jobs.length));
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    if (isFactory(target)) await target.dispose?.();
  }

  const reports: ScenarioReport[] = scenarios.map((scenario, i) => {
    const trialsRun = results[i]!.sort((a, b) => a.trial - b.trial);
    const passes = trialsRun.filter((r) => r.reward === 1).length;
    return {
      id: scenario.id,
      title: scenario.title,
      file: scenario.file,
      trials,
      passes,
      passRate: passes / trials,
      results: trialsRun,
    };
  });
  return {
    brain: options.brain,
    target: label,
    dir: options.dir,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    score: scoreSuite(
      reports.map((r) => r.passes),
      trials,
    ),
    scenarios: reports,
  };
}
