export { appendAudit, recordAudit } from './append-audit.js';
export { verifyAuditChain } from './verify-chain.js';
export type { ChainReport, ChainProblem } from './verify-chain.js';
export { auditActions, hashAuditRecord, legacyAuditHash, genesisHash } from './audit-record.js';
export type {
  AuditAction,
  AuditInput,
  AuditRecord,
  AuditResult,
  AuditMetadata,
} from './audit-record.js';
export { assertAuditSafe } from './audit-safety.js';
