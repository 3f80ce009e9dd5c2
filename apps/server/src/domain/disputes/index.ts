export {
  disputeReasons,
  disputeStatuses,
  disputeNetworks,
  evidenceTypes,
  provisionalCreditStatuses,
  isDisputeReason,
  isDisputeStatus,
  isDisputeNetwork,
  isEvidenceType,
} from './enums.js';
export type {
  DisputeReason,
  DisputeStatus,
  DisputeNetwork,
  EvidenceType,
  ProvisionalCreditStatus,
  DisputeRefusal,
  DisputeRefusalCode,
} from './enums.js';
export {
  disputeActions,
  initialDisputeStatus,
  isFinalDisputeStatus,
  acceptsEvidence,
  allowedDisputeMoves,
  applyDisputeAction,
  transitionDispute,
} from './lifecycle.js';
export type { DisputeAction, DisputeMove, DisputeTransition } from './lifecycle.js';
export {
  MAX_EVIDENCE_CHARACTERS,
  evidenceTypeLabels,
  evidenceLength,
  validateEvidence,
} from './evidence.js';
export type { Evidence, EvidenceCheck } from './evidence.js';
export { networkReasonCode } from './reason-codes.js';
export type { NetworkReasonCode, ReasonCodeInput } from './reason-codes.js';
export {
  DEFAULT_EVIDENCE_WINDOW_DAYS,
  evidenceDueDate,
  latestFilingDate,
} from './filing-deadlines.js';
export type { FilingDeadlineInput } from './filing-deadlines.js';
export { disputeStatusLabels, disputeStatusLine, humanDate } from './status-lines.js';
export type { StatusLineInput } from './status-lines.js';
