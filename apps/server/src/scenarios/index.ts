export { scenarioSchema, personaSchema, stateCheckKinds } from './scenario-schema.js';
export type {
  Scenario,
  ScenarioInput,
  Persona,
  PersonaCard,
  ScenarioExpect,
  StateCheck,
  StateCheckKind,
  Turn,
} from './scenario-schema.js';
export { parseScenario, loadScenarios } from './load-scenarios.js';
export { normalizeText, says, anySays } from './text-match.js';
export { chooseUserMove, newestCode, allCodes } from './scripted-user.js';
export type { UserMove, UserView, OutboxText, Answering } from './scripted-user.js';
export { BankClient } from './bank-client.js';
export {
  runStateCheck,
  judgeAuthLevels,
  checkHandoff,
  conversationToolCalls,
  conversationHandoffs,
} from './state-checks.js';
export type { CheckScope, CheckResult } from './state-checks.js';
export { partNames, reward, passHatK, scoreSuite } from './scoring.js';
export type { PartName, PartResult, SuiteScore } from './scoring.js';
export { runTrial } from './run-trial.js';
export type { TrialResult, TranscriptLine } from './run-trial.js';
export { brainNames, createEvalTarget, imageDemoBank, evalConfig } from './eval-target.js';
export type { BrainName, EvalTarget, DemoBankImage } from './eval-target.js';
export { runSuite, inProcessTargets } from './run-suite.js';
export type {
  Report,
  ScenarioReport,
  RunSuiteOptions,
  TargetFactory,
  TargetUrl,
  ProgressEvent,
} from './run-suite.js';
export { formatReport, formatTrialLine, failureSummary } from './format-report.js';
