import type { OpsCustomerProfile, OpsCustomerSummary } from '@bankdesk/contracts';
import { and, asc, eq, ilike, ne, sql } from 'drizzle-orm';
import { accounts, customers, isId } from '../db/index.js';
import type { Executor } from '../db/index.js';
import { AppError } from '../errors/index.js';
import { getBalances } from '../ledger/index.js';
import { normalizePhone, phoneLast4 } from '../security/index.js';
import type { OpsContext, StaffReader } from './ops-context.js';
import { iso } from './ops-context.js';
import { auditStaffReads } from './staff-read.js';

export type CustomerRow = typeof customers.$inferSelect;

const customerNumber = /^CUST-\d{5}$/i;
const searchLimit = 50;

/** A customer by readable number or by id; null when there is none. */
export async function findCustomer(db: Executor, ref: string): Promise<CustomerRow | null> {
  const byNumber = customerNumber.test(ref);
  if (!byNumber && !isId('customer', ref)) return null;
  const [row] = await db
    .select()
    .from(customers)
    .where(byNumber ? eq(customers.customerNumber, ref.toUpperCase()) : eq(customers.id, ref));
  return row ?? null;
}

/** Like `findCustomer`, but an unknown customer is a 404. */
export async function requireCustomer(db: Executor, ref: string): Promise<CustomerRow> {
  const row = await findCustomer(db, ref);
  if (!row) throw new AppError('NOT_FOUND', 'there is no such customer');
  return row;
}

function summarise(row: CustomerRow): OpsCustomerSummary {
  return {
    id: row.id,
    customerNumber: row.customerNumber,
    name: `${row.firstName} ${row.lastName}`,
    phoneLast4: phoneLast4(row.phone),
    jurisdiction: row.jurisdiction,
  };
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Customers matching a customer number or id exactly, a phone number exactly, or else a part of
 * the name; at most 50. Each one found is audited as read.
 */
export async function searchCustomers(
  ctx: OpsContext,
  reader: StaffReader,
  query: string,
): Promise<OpsCustomerSummary[]> {
  const text = query.trim();
  let found: CustomerRow[];
  const exact = await findCustomer(ctx.db, text);
  const phone = /\d{7}/.test(text.replace(/\D/g, '')) ? normalizePhone(text) : null;
  if (exact) {
    found = [exact];
  } else if (phone) {
    found = await ctx.db
      .select()
      .from(customers)
      .where(eq(customers.phone, phone))
      .orderBy(asc(customers.customerNumber))
      .limit(searchLimit);
  } else {
    const pattern = likePattern(text);
    found = await ctx.db
      .select()
      .from(customers)
      .where(ilike(sql`${customers.firstName} || ' ' || ${customers.lastName}`, pattern))
      .orderBy(asc(customers.customerNumber))
      .limit(searchLimit);
  }
  await auditStaffReads(
    ctx.db,
    reader,
    found.map((c) => ({ customerId: c.id, resource: 'ops:customer_search' })),
    ctx.now(),
  );
  return found.map(summarise);
}

/** Who the customer is (phone as its last four) and their open accounts at a glance. */
export async function customerProfile(
  ctx: OpsContext,
  reader: StaffReader,
  ref: string,
): Promise<OpsCustomerProfile> {
  const customer = await requireCustomer(ctx.db, ref);
  const owned = await ctx.db
    .select()
    .from(accounts)
    .where(and(eq(accounts.customerId, customer.id), ne(accounts.status, 'closed')))
    .orderBy(asc(accounts.type), asc(accounts.numberLast4));
  const balances = await getBalances(
    ctx.db,
    owned.map((a) => a.id),
  );
  await auditStaffReads(
    ctx.db,
    reader,
    [{ customerId: customer.id, resource: 'ops:customer_profile' }],
    ctx.now(),
  );
  return {
    ...summarise(customer),
    firstName: customer.firstName,
    lastName: customer.lastName,
    customerSince: iso(customer.createdAt),
    accounts: owned.map((a) => ({
      id: a.id,
      type: a.type,
      nickname: a.nickname,
      last4: a.numberLast4,
      status: a.status,
      availableCents: balances.get(a.id)?.availableCents ?? 0,
    })),
  };
}
