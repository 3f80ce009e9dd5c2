export { fileDispute } from './file-dispute.js';
export type { FileDisputeInput } from './file-dispute.js';
export { addEvidence, creditDisputeProvisionally, resolveDispute } from './dispute-changes.js';
export { disputeDeadlines, presentDispute } from './present-dispute.js';
export type { DisputeClock } from './present-dispute.js';
export { isRefusal } from './deps.js';
export type { DisputeContext, DisputeRow, Refusal } from './deps.js';
