import type { OpsCheck, OpsStopPayment, OpsTransfer } from '@bankdesk/contracts';
import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { accounts, checks, stopPayments, transfers } from '../db/index.js';
import type { OpsContext, StaffReader } from './ops-context.js';
import { iso, isoOrNull } from './ops-context.js';
import { requireCustomer } from './customer-queries.js';
import { auditStaffReads } from './staff-read.js';

const listLimit = 200;

/** Internal, Zelle, ACH and wire transfers, newest first (at most 200). */
export async function customerTransfers(
  ctx: OpsContext,
  reader: StaffReader,
  ref: string,
): Promise<OpsTransfer[]> {
  const customer = await requireCustomer(ctx.db, ref);
  const from = alias(accounts, 'from_account');
  const to = alias(accounts, 'to_account');
  const found = await ctx.db
    .select({ t: transfers, fromLast4: from.numberLast4, toLast4: to.numberLast4 })
    .from(transfers)
    .leftJoin(from, eq(from.id, transfers.fromAccountId))
    .leftJoin(to, eq(to.id, transfers.toAccountId))
    .where(eq(transfers.customerId, customer.id))
    .orderBy(desc(transfers.createdAt), desc(transfers.id))
    .limit(listLimit);
  await auditStaffReads(
    ctx.db,
    reader,
    [{ customerId: customer.id, resource: 'ops:transfers', metadata: { count: found.length } }],
    ctx.now(),
  );
  return found.map(({ t, fromLast4, toLast4 }) => ({
    id: t.id,
    rail: t.rail,
    direction: t.direction,
    amountCents: t.amountCents,
    feeCents: t.feeCents,
    currency: t.currency,
    status: t.status,
    confirmationNumber: t.confirmationNumber,
    fromAccountLast4: fromLast4,
    toAccountLast4: toLast4,
    counterpartyName: t.counterpartyName,
    counterpartyBank: t.counterpartyBank,
    counterpartyAccountLast4: t.counterpartyAccountLast4,
    scheduledFor: t.scheduledFor,
    expectedBy: isoOrNull(t.expectedBy),
    completedAt: isoOrNull(t.completedAt),
    createdAt: iso(t.createdAt),
  }));
}

/** Paper checks written on the customer's accounts, newest first (at most 200). */
export async function customerChecks(
  ctx: OpsContext,
  reader: StaffReader,
  ref: string,
): Promise<OpsCheck[]> {
  const customer = await requireCustomer(ctx.db, ref);
  const found = await ctx.db
    .select({ c: checks, accountLast4: accounts.numberLast4 })
    .from(checks)
    .innerJoin(accounts, eq(accounts.id, checks.accountId))
    .where(eq(accounts.customerId, customer.id))
    .orderBy(desc(checks.issuedOn), desc(checks.checkNumber))
    .limit(listLimit);
  await auditStaffReads(
    ctx.db,
    reader,
    [{ customerId: customer.id, resource: 'ops:checks', metadata: { count: found.length } }],
    ctx.now(),
  );
  return found.map(({ c, accountLast4 }) => ({
    id: c.id,
    accountId: c.accountId,
    accountLast4,
    checkNumber: c.checkNumber,
    amountCents: c.amountCents,
    payeeName: c.payeeName,
    issuedOn: c.issuedOn,
    status: c.status,
    clearedAt: isoOrNull(c.clearedAt),
  }));
}

/** Stop-payment orders, newest first (at most 200). */
export async function customerStopPayments(
  ctx: OpsContext,
  reader: StaffReader,
  ref: string,
): Promise<OpsStopPayment[]> {
  const customer = await requireCustomer(ctx.db, ref);
  const found = await ctx.db
    .select({ s: stopPayments, accountLast4: accounts.numberLast4 })
    .from(stopPayments)
    .innerJoin(accounts, eq(accounts.id, stopPayments.accountId))
    .where(eq(stopPayments.customerId, customer.id))
    .orderBy(desc(stopPayments.createdAt), desc(stopPayments.id))
    .limit(listLimit);
  await auditStaffReads(
    ctx.db,
    reader,
    [
      {
        customerId: customer.id,
        resource: 'ops:stop_payments',
        metadata: { count: found.length },
      },
    ],
    ctx.now(),
  );
  return found.map(({ s, accountLast4 }) => ({
    id: s.id,
    accountId: s.accountId,
    accountLast4,
    checkNumber: s.checkNumber,
    amountCents: s.amountCents,
    payeeName: s.payeeName,
    feeCents: s.feeCents,
    status: s.status,
    confirmationNumber: s.confirmationNumber,
    effectiveAt: iso(s.effectiveAt),
    expiresAt: iso(s.expiresAt),
  }));
}
