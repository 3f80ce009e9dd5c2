import { z } from 'zod';

// The staff-facing Ops API. Amounts are integer cents; instants are ISO 8601 strings; card and
// account numbers appear only as their last four digits. No schema here has a field for a
// secret (answer hash, one-time code, token hash, vault data), so the serializer drops any.

const instant = z.string().describe('ISO 8601 instant');
const cents = z.number().int();
const last4 = z.string().regex(/^\d{4}$/);
const limit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);

/** A customer as staff name one: the readable number (CUST-10001) or the `cus_` id. */
export const opsCustomerRefSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a customer number (CUST-10001) or a cus_ id');

export const opsCustomerParamsSchema = z.object({ customerId: opsCustomerRefSchema });

export const opsCustomerSearchQuerySchema = z.object({
  query: z.string().trim().min(2).max(100).describe('A name, a customer number or id, or a phone'),
});

export const opsCustomerSummarySchema = z.object({
  id: z.string(),
  customerNumber: z.string(),
  name: z.string(),
  phoneLast4: last4,
  jurisdiction: z.string(),
});

export const opsCustomerSearchResponseSchema = z.object({
  customers: z.array(opsCustomerSummarySchema),
});

export const opsAccountSummarySchema = z.object({
  id: z.string(),
  type: z.string(),
  nickname: z.string(),
  last4,
  status: z.string(),
  availableCents: cents,
});

export const opsCustomerProfileSchema = opsCustomerSummarySchema.extend({
  firstName: z.string(),
  lastName: z.string(),
  customerSince: instant,
  accounts: z.array(opsAccountSummarySchema),
});

export const opsAccountSchema = z.object({
  id: z.string(),
  type: z.string(),
  nickname: z.string(),
  last4,
  status: z.string(),
  currency: z.string(),
  /** Posted minus pending: what can be spent now. */
  availableCents: cents,
  /** Posted balance; negative on a card or loan is what the customer owes. */
  ledgerCents: cents,
  /** Card charges on hold. */
  pendingCents: cents,
  creditLimitCents: cents,
  /** Cards and loans only: the limit plus the available balance. */
  availableCreditCents: cents.nullable(),
  openedAt: instant,
});

export const opsAccountsResponseSchema = z.object({ accounts: z.array(opsAccountSchema) });

export const opsTransactionsQuerySchema = z.object({
  accountId: z
    .string()
    .regex(/^acct_[A-Za-z0-9]{24}$/)
    .optional(),
  limit: limit(200, 50),
});

export const opsTransactionSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  accountLast4: last4,
  cardLast4: last4.nullable(),
  kind: z.string(),
  status: z.string(),
  /** Signed from the customer's side: negative is money out. */
  amountCents: cents,
  description: z.string(),
  merchantName: z.string().nullable(),
  category: z.string().nullable(),
  checkNumber: z.number().int().nullable(),
  /** Authorised, else posted, else recorded: what "newest first" orders by. */
  occurredAt: instant,
  authorizedAt: instant.nullable(),
  postedAt: instant.nullable(),
});

export const opsTransactionsResponseSchema = z.object({
  transactions: z.array(opsTransactionSchema),
});

export const opsCardSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  accountLast4: last4,
  kind: z.string(),
  brand: z.string(),
  last4,
  expMonth: z.number().int(),
  expYear: z.number().int(),
  status: z.string(),
  statusReason: z.string().nullable(),
  statusChangedAt: instant.nullable(),
  replacesCardId: z.string().nullable(),
  shipping: z
    .object({
      status: z.string(),
      shippedAt: instant.nullable(),
      expectedDeliveryOn: z.string().nullable(),
      deliveredAt: instant.nullable(),
    })
    .nullable(),
  createdAt: instant,
});

export const opsCardsResponseSchema = z.object({ cards: z.array(opsCardSchema) });

export const opsDisputeSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  customerId: z.string(),
  accountId: z.string(),
  accountLast4: last4,
  transactionId: z.string(),
  merchant: z.string(),
  reason: z.string(),
  amountCents: cents,
  currency: z.string(),
  status: z.string(),
  network: z.string(),
  regulation: z.enum(['reg_e', 'reg_z']),
  provisionalCredit: z.object({
    status: z.string(),
    amountCents: cents.nullable(),
    creditedAt: instant.nullable(),
  }),
  deadlines: z.object({
    evidenceDueBy: instant.nullable(),
    provisionalCreditDueBy: instant.nullable(),
    acknowledgmentDueBy: instant.nullable(),
    decisionDueBy: instant,
  }),
  evidenceCount: z.number().int(),
  noticeReceivedAt: instant,
  createdAt: instant,
  resolvedAt: instant.nullable(),
  resolution: z.string().nullable(),
});

export const opsDisputeDetailSchema = opsDisputeSchema.extend({
  /** The customer's own words, with anything card-like masked. */
  narrative: z.string().nullable(),
});

export const opsDisputesResponseSchema = z.object({ disputes: z.array(opsDisputeSchema) });

export const opsDisputeParamsSchema = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .describe('A dp_ id or the case number'),
});

export const opsTransferSchema = z.object({
  id: z.string(),
  rail: z.string(),
  direction: z.string(),
  amountCents: cents,
  feeCents: cents,
  currency: z.string(),
  status: z.string(),
  confirmationNumber: z.string(),
  fromAccountLast4: last4.nullable(),
  toAccountLast4: last4.nullable(),
  counterpartyName: z.string().nullable(),
  counterpartyBank: z.string().nullable(),
  counterpartyAccountLast4: z.string().nullable(),
  scheduledFor: z.string().nullable(),
  expectedBy: instant.nullable(),
  completedAt: instant.nullable(),
  createdAt: instant,
});

export const opsTransfersResponseSchema = z.object({ transfers: z.array(opsTransferSchema) });

export const opsCheckSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  accountLast4: last4,
  checkNumber: z.number().int(),
  amountCents: cents,
  payeeName: z.string(),
  issuedOn: z.string(),
  status: z.string(),
  clearedAt: instant.nullable(),
});

export const opsChecksResponseSchema = z.object({ checks: z.array(opsCheckSchema) });

export const opsStopPaymentSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  accountLast4: last4,
  checkNumber: z.number().int(),
  amountCents: cents.nullable(),
  payeeName: z.string().nullable(),
  feeCents: cents,
  status: z.string(),
  confirmationNumber: z.string(),
  effectiveAt: instant,
  expiresAt: instant,
});

export const opsStopPaymentsResponseSchema = z.object({
  stopPayments: z.array(opsStopPaymentSchema),
});

export const opsAuditQuerySchema = z.object({
  customerId: opsCustomerRefSchema.optional(),
  sessionId: z
    .string()
    .regex(/^sess_[A-Za-z0-9]{24}$/)
    .optional(),
  action: z
    .string()
    .regex(/^[A-Z][A-Z_]{1,47}$/)
    .optional(),
  limit: limit(200, 50),
  /** Records older than this sequence number: pass the previous page's `nextBefore`. */
  before: z.coerce.number().int().positive().optional(),
});

export const opsAuditRecordSchema = z.object({
  seq: z.number().int(),
  id: z.string(),
  occurredAt: instant,
  actor: z.string(),
  action: z.string(),
  resource: z.string().nullable(),
  result: z.string(),
  customerId: z.string().nullable(),
  sessionId: z.string().nullable(),
  authLevel: z.number().int().nullable(),
  jurisdiction: z.string().nullable(),
  piiAccessed: z.boolean(),
  complianceFlags: z.array(z.string()),
});

export const opsAuditResponseSchema = z.object({
  records: z.array(opsAuditRecordSchema),
  /** The `before` for the next page; null on the last one. */
  nextBefore: z.number().int().nullable(),
});

export const opsHandoffStatusSchema = z.enum(['waiting', 'assigned', 'resolved', 'abandoned']);

export const opsHandoffsQuerySchema = z.object({
  status: opsHandoffStatusSchema.default('waiting'),
  limit: limit(200, 50),
});

export const opsHandoffParamsSchema = z.object({
  id: z.string().regex(/^ho_[A-Za-z0-9]{24}$/, 'must be a ho_ id'),
});

export const opsHandoffSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  customerId: z.string().nullable(),
  reason: z.string(),
  status: opsHandoffStatusSchema,
  authLevel: z.number().int(),
  channel: z.string().nullable(),
  assignedTo: z.string().nullable(),
  createdAt: instant,
  assignedAt: instant.nullable(),
  resolvedAt: instant.nullable(),
});

export const opsHandoffsResponseSchema = z.object({ handoffs: z.array(opsHandoffSchema) });

/** What the colleague who takes the hand-off needs; card-like text is masked. */
export const opsHandoffDetailSchema = opsHandoffSchema.extend({
  summary: z.string().nullable(),
  pendingRequest: z.string().nullable(),
});

const counts = z.record(z.string(), z.number().int());

export const opsMetricsSchema = z.object({
  /** Start of the bank's today: every "today" count starts here. */
  since: instant,
  timeZone: z.string(),
  sessions: z.object({ today: z.number().int(), byChannel: counts }),
  /** Successful verifications today, keyed by the level each one reached. */
  authByLevel: counts,
  toolCalls: z.array(z.object({ tool: z.string(), result: z.string(), count: z.number().int() })),
  pciBlocks: z.object({ today: z.number().int(), bySource: counts }),
  handoffsWaiting: z.number().int(),
  openDisputes: z.number().int(),
  fraudReportsToday: z.number().int(),
});

export type OpsCustomerSummary = z.infer<typeof opsCustomerSummarySchema>;
export type OpsCustomerProfile = z.infer<typeof opsCustomerProfileSchema>;
export type OpsAccount = z.infer<typeof opsAccountSchema>;
export type OpsTransaction = z.infer<typeof opsTransactionSchema>;
export type OpsCard = z.infer<typeof opsCardSchema>;
export type OpsDispute = z.infer<typeof opsDisputeSchema>;
export type OpsDisputeDetail = z.infer<typeof opsDisputeDetailSchema>;
export type OpsTransfer = z.infer<typeof opsTransferSchema>;
export type OpsCheck = z.infer<typeof opsCheckSchema>;
export type OpsStopPayment = z.infer<typeof opsStopPaymentSchema>;
export type OpsAuditRecord = z.infer<typeof opsAuditRecordSchema>;
export type OpsAuditQuery = z.infer<typeof opsAuditQuerySchema>;
export type OpsHandoffStatus = z.infer<typeof opsHandoffStatusSchema>;
export type OpsHandoff = z.infer<typeof opsHandoffSchema>;
export type OpsHandoffDetail = z.infer<typeof opsHandoffDetailSchema>;
export type OpsMetrics = z.infer<typeof opsMetricsSchema>;
