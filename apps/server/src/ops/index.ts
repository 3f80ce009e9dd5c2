export type { OpsContext, StaffReader } from './ops-context.js';
export { auditStaffReads } from './staff-read.js';
export type { StaffRead } from './staff-read.js';
export {
  customerProfile,
  findCustomer,
  requireCustomer,
  searchCustomers,
} from './customer-queries.js';
export type { CustomerRow } from './customer-queries.js';
export { customerAccounts, customerTransactions } from './account-queries.js';
export { customerCards } from './card-queries.js';
export { customerDisputes, disputeDetail } from './dispute-queries.js';
export { customerChecks, customerStopPayments, customerTransfers } from './payment-queries.js';
export { listAudit } from './audit-queries.js';
export type { AuditFilters } from './audit-queries.js';
export { assignHandoff, listHandoffs, resolveHandoff } from './handoff-queries.js';
export { opsMetrics, startOfBankDay } from './ops-metrics.js';
