import type { ReplyAction } from '@bankdesk/contracts';
import { redactPci } from '../pci/index.js';
import type { ScenarioExpect } from './scenario-schema.js';
import { anySays } from './text-match.js';

/** The parts a trial is judged on; `run` fails when the conversation itself could not be held. */
export const partNames = [
  'run',
  'communicate',
  'never',
  'state',
  'authLevelBefore',
  'actions',
  'handoff',
  'status',
] as const;
export type PartName = (typeof partNames)[number];

export interface PartResult {
  part: PartName;
  pass: boolean;
  /** Why it failed; empty when it passed. */
  reasons: string[];
}

export function part(name: PartName, reasons: string[]): PartResult {
  return { part: name, pass: reasons.length === 0, reasons };
}

/** What the conversation showed, for the parts judged without the ops API. */
export interface Observed {
  /** Everything the agent said, in order. */
  agentTexts: readonly string[];
  /** Every tool call the replies reported. */
  actions: readonly ReplyAction[];
  finalStatus: string;
  /** One-time codes texted during the conversation: what `{otp}` in `never` stands for. */
  codes: readonly string[];
}

export function judgeCommunicate(expect: ScenarioExpect, observed: Observed): PartResult {
  const missing = expect.communicate.filter((phrase) => !anySays(observed.agentTexts, phrase));
  return part(
    'communicate',
    missing.map((phrase) => `never said "${phrase}"`),
  );
}

export function judgeNever(expect: ScenarioExpect, observed: Observed): PartResult {
  const reasons: string[] = [];
  for (const phrase of expect.never) {
    if (phrase.includes('{otp}')) {
      // The report names the rule, not the code it caught.
      const leaked = observed.codes.some((code) =>
        anySays(observed.agentTexts, phrase.replaceAll('{otp}', code)),
      );
      if (leaked) reasons.push(`said a one-time code (${phrase})`);
    } else if (anySays(observed.agentTexts, phrase)) {
      reasons.push(`said "${redactPci(phrase, { style: 'mask' }).text}"`);
    }
  }
  return part('never', reasons);
}

export function judgeActions(expect: ScenarioExpect, observed: Observed): PartResult {
  const missing = expect.actions.filter((ref) => {
    const names = ref.split('|').map((n) => n.trim());
    return !observed.actions.some((a) => a.ok && names.includes(a.tool));
  });
  return part(
    'actions',
    missing.map((ref) => `${ref} did not run successfully`),
  );
}

export function judgeStatus(expect: ScenarioExpect, observed: Observed): PartResult {
  return part(
    'status',
    expect.status && observed.finalStatus !== expect.status
      ? [`ended ${observed.finalStatus}, expected ${expect.status}`]
      : [],
  );
}

/** Like tau-bench: the product of the parts, each 1 or 0. */
export function reward(parts: readonly PartResult[]): 0 | 1 {
  return parts.every((p) => p.pass) ? 1 : 0;
}

function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

/**
 * pass^k (tau-bench): the chance that k trials of a scenario drawn from its n all pass, C(c,k) /
 * C(n,k) for c passes, averaged over scenarios. With k = n it is the share of scenarios that
 * passed every trial; pass^1 is the mean pass rate.
 */
export function passHatK(passesPerScenario: readonly number[], trials: number, k: number): number {
  if (passesPerScenario.length === 0 || k < 1 || k > trials) return 0;
  const total = passesPerScenario.reduce((sum, c) => sum + choose(c, k) / choose(trials, k), 0);
  return total / passesPerScenario.length;
}

export interface SuiteScore {
  scenarios: number;
  trials: number;
  /** Passed trials over all trials. */
  passRate: number;
  /** pass^k for k = 1…trials. */
  passHat: Record<string, number>;
  /** Scenarios that passed every trial. */
  allPassed: number;
}

export function scoreSuite(passesPerScenario: readonly number[], trials: number): SuiteScore {
  const scenarios = passesPerScenario.length;
  const passed = passesPerScenario.reduce((sum, c) => sum + c, 0);
  const passHat: Record<string, number> = {};
  for (let k = 1; k <= trials; k++) passHat[String(k)] = passHatK(passesPerScenario, trials, k);
  return {
    scenarios,
    trials,
    passRate: scenarios === 0 ? 0 : passed / (scenarios * trials),
    passHat,
    allPassed: passesPerScenario.filter((c) => c === trials).length,
  };
}
