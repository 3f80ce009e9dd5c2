import {
  errorBodySchema,
  opsAccountsResponseSchema,
  opsAuditQuerySchema,
  opsAuditResponseSchema,
  opsCardsResponseSchema,
  opsChecksResponseSchema,
  opsCustomerParamsSchema,
  opsCustomerProfileSchema,
  opsCustomerSearchQuerySchema,
  opsCustomerSearchResponseSchema,
  opsDisputeDetailSchema,
  opsDisputeParamsSchema,
  opsDisputesResponseSchema,
  opsHandoffDetailSchema,
  opsHandoffParamsSchema,
  opsHandoffsQuerySchema,
  opsHandoffsResponseSchema,
  opsMetricsSchema,
  opsStopPaymentsResponseSchema,
  opsTransactionsQuerySchema,
  opsTransactionsResponseSchema,
  opsTransfersResponseSchema,
} from '@bankdesk/contracts';
// Brings the OpenAPI fields of a route schema (tags, summary) into fastify's types.
import type {} from '@fastify/swagger';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createBankCalendar } from '../../domain/regulation/index.js';
import type { BusinessCalendar } from '../../domain/regulation/index.js';
import {
  assignHandoff,
  customerAccounts,
  customerCards,
  customerChecks,
  customerDisputes,
  customerProfile,
  customerStopPayments,
  customerTransactions,
  customerTransfers,
  disputeDetail,
  listAudit,
  listHandoffs,
  opsMetrics,
  resolveHandoff,
  searchCustomers,
} from '../../ops/index.js';
import type { OpsContext, StaffReader } from '../../ops/index.js';
import type { SecurityContext, StaffPermission } from '../../security/index.js';
import { requireStaff } from './staff-auth.js';

export interface OpsRouteOptions {
  security: SecurityContext;
  bootstrapToken: string | undefined;
  /** The bank's time zone, for "today" and dispute deadlines (default America/New_York). */
  timeZone?: string;
  /** The bank's business days (default: the Federal Reserve calendar). */
  calendar?: BusinessCalendar;
}

// Tagged and marked as bearer-protected in the OpenAPI document.
const doc = { tags: ['ops'], security: [{ bearer: [] }] };
const refusals = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
};

/**
 * The staff-facing Ops API: read what a customer has, work the hand-off queue, watch the
 * counters. Every read of customer data writes a STAFF_READ audit record naming the reader.
 */
export const opsRoutes: FastifyPluginAsyncZod<OpsRouteOptions> = async (app, options) => {
  const { security, bootstrapToken } = options;
  const ctx: OpsContext = {
    db: security.db,
    now: security.now,
    timeZone: options.timeZone ?? 'America/New_York',
    calendar: options.calendar ?? createBankCalendar(),
  };
  // Checked on request, before validation: without a credential nothing about the route's
  // parameters is answered.
  const staff = (permission: StaffPermission) => ({
    onRequest: requireStaff(security, bootstrapToken, permission),
  });
  const reader = (request: FastifyRequest): StaffReader => ({
    id: request.staff!.id,
    role: request.staff!.role,
    actor: request.staff!.actor,
    ipAddress: request.ip,
  });
  const customer = '/api/v1/ops/customers/:customerId';

  app.get(
    '/api/v1/ops/customers',
    {
      ...staff('customers:read'),
      schema: {
        ...doc,
        summary: 'Find customers by name, customer number or id, or phone (at most 50)',
        querystring: opsCustomerSearchQuerySchema,
        response: { 200: opsCustomerSearchResponseSchema, ...refusals },
      },
    },
    async (request) => ({
      customers: await searchCustomers(ctx, reader(request), request.query.query),
    }),
  );

  app.get(
    customer,
    {
      ...staff('customers:read'),
      schema: {
        ...doc,
        summary: "A customer's profile and accounts at a glance",
        params: opsCustomerParamsSchema,
        response: { 200: opsCustomerProfileSchema, ...refusals },
      },
    },
    async (request) => customerProfile(ctx, reader(request), request.params.customerId),
  );

  app.get(
    `${customer}/accounts`,
    {
      ...staff('customers:read'),
      schema: {
        ...doc,
        summary: 'Accounts with available, ledger and pending balances',
        params: opsCustomerParamsSchema,
        response: { 200: opsAccountsResponseSchema, ...refusals },
      },
    },
    async (request) => ({
      accounts: await customerAccounts(ctx, reader(request), request.params.customerId),
    }),
  );

  app.get(
    `${customer}/transactions`,
    {
      ...staff('customers:read'),
      schema: {
        ...doc,
        summary: 'Transactions, newest first (at most 200)',
        params: opsCustomerParamsSchema,
        querystring: opsTransactionsQuerySchema,
        response: { 200: opsTransactionsResponseSchema, ...refusals },
      },
    },
    async (request) => ({
      transactions: await customerTransactions(
        ctx,
        reader(request),
        request.params.customerId,
        request.query,
      ),
    }),
  );

  app.get(
    `${customer}/cards`,
    {
      ...staff('customers:read'),
      schema: {
        ...doc,
        summary: 'Cards (last four only) and replacement shipping',
        params: opsCustomerParamsSchema,
        response: { 200: opsCardsResponseSchema, ...refusals },
      },
    },
    async (request) => ({
      cards: await customerCards(ctx, reader(request), request.params.customerId),
    }),
  );

  app.get(
    `${customer}/disputes`,
    {
      ...staff('customers:read'),
      schema: {
        ...doc,
        summary: 'Disputes and fraud cases with their regulation deadlines',
        params: opsCustomerParamsSchema,
        response: { 200: opsDisputesResponseSchema, ...refusals },
      },
    },
    async (request) => ({
      disputes: await customerDisputes(ctx, reader(request), request.params.customerId),
    }),
  );

  app.get(
    '/api/v1/ops/disputes/:id',
    {
      ...staff('customers:read'),
      schema: {
        ...doc,
        summary: 'One dispute by id or case number',
        params: opsDisputeParamsSchema,
        response: { 200: opsDisputeDetailSchema, ...refusals },
      },
    },
    async (request) => disputeDetail(ctx, reader(request), request.params.id),
  );

  app.get(
    `${customer}/transfers`,
    {
      ...staff('customers:read'),
      schema: {
        ...doc,
        summary: 'Internal, Zelle, ACH and wire transfers, newest first',
        params: opsCustomerParamsSchema,
        response: { 200: opsTransfersResponseSchema, ...refusals },
      },
    },
    async (request) => ({
      transfers: await customerTransfers(ctx, reader(request), request.params.customerId),
    }),
  );

  app.get(
    `${customer}/checks`,
    {
      ...staff('customers:read'),
      schema: {
        ...doc,
        summary: 'Paper checks written on the customer’s accounts',
        params: opsCustomerParamsSchema,
        response: { 200: opsChecksResponseSchema, ...refusals },
      },
    },
    async (request) => ({
      checks: await customerChecks(ctx, reader(request), request.params.customerId),
    }),
  );

  app.get(
    `${customer}/stop-payments`,
    {
      ...staff('customers:read'),
      schema: {
        ...doc,
        summary: 'Stop-payment orders',
        params: opsCustomerParamsSchema,
        response: { 200: opsStopPaymentsResponseSchema, ...refusals },
      },
    },
    async (request) => ({
      stopPayments: await customerStopPayments(ctx, reader(request), request.params.customerId),
    }),
  );

  app.get(
    '/api/v1/ops/audit',
    {
      ...staff('audit:read'),
      schema: {
        ...doc,
        summary: 'The audit trail, newest first; page with `before`',
        querystring: opsAuditQuerySchema,
        response: { 200: opsAuditResponseSchema, ...refusals },
      },
    },
    async (request) => listAudit(ctx, reader(request), request.query),
  );

  app.get(
    '/api/v1/ops/handoffs',
    {
      ...staff('conversations:read'),
      schema: {
        ...doc,
        summary: 'The hand-off queue by status',
        querystring: opsHandoffsQuerySchema,
        response: { 200: opsHandoffsResponseSchema, ...refusals },
      },
    },
    async (request) => ({
      handoffs: await listHandoffs(ctx, request.query.status, request.query.limit),
    }),
  );

  app.post(
    '/api/v1/ops/handoffs/:id/assign',
    {
      ...staff('handoffs:work'),
      schema: {
        ...doc,
        summary: 'Take a waiting hand-off',
        params: opsHandoffParamsSchema,
        response: { 200: opsHandoffDetailSchema, 409: errorBodySchema, ...refusals },
      },
    },
    async (request) => assignHandoff(ctx, reader(request), request.params.id),
  );

  app.post(
    '/api/v1/ops/handoffs/:id/resolve',
    {
      ...staff('handoffs:work'),
      schema: {
        ...doc,
        summary: 'Close a hand-off',
        params: opsHandoffParamsSchema,
        response: { 200: opsHandoffDetailSchema, 409: errorBodySchema, ...refusals },
      },
    },
    async (request) => resolveHandoff(ctx, reader(request), request.params.id),
  );

  app.get(
    '/api/v1/ops/metrics',
    {
      ...staff('metrics:read'),
      schema: {
        ...doc,
        summary: 'Counts for the dashboard',
        response: { 200: opsMetricsSchema, 401: errorBodySchema, 403: errorBodySchema },
      },
    },
    async () => opsMetrics(ctx),
  );
};
