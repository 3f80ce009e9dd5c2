import type { OpsCard } from '@bankdesk/contracts';
import { asc, eq } from 'drizzle-orm';
import { accounts, cards } from '../db/index.js';
import type { OpsContext, StaffReader } from './ops-context.js';
import { iso, isoOrNull } from './ops-context.js';
import { requireCustomer } from './customer-queries.js';
import { auditStaffReads } from './staff-read.js';

/** The customer's cards (the bank keeps only the last four) with any replacement's shipping. */
export async function customerCards(
  ctx: OpsContext,
  reader: StaffReader,
  ref: string,
): Promise<OpsCard[]> {
  const customer = await requireCustomer(ctx.db, ref);
  const found = await ctx.db
    .select({ c: cards, accountLast4: accounts.numberLast4 })
    .from(cards)
    .innerJoin(accounts, eq(accounts.id, cards.accountId))
    .where(eq(cards.customerId, customer.id))
    .orderBy(asc(cards.createdAt), asc(cards.id));
  await auditStaffReads(
    ctx.db,
    reader,
    [{ customerId: customer.id, resource: 'ops:cards', metadata: { count: found.length } }],
    ctx.now(),
  );
  return found.map(({ c, accountLast4 }) => ({
    id: c.id,
    accountId: c.accountId,
    accountLast4,
    kind: c.kind,
    brand: c.brand,
    last4: c.last4,
    expMonth: c.expMonth,
    expYear: c.expYear,
    status: c.status,
    statusReason: c.statusReason,
    statusChangedAt: isoOrNull(c.statusChangedAt),
    replacesCardId: c.replacesCardId,
    shipping: c.shippingStatus
      ? {
          status: c.shippingStatus,
          shippedAt: isoOrNull(c.shippedAt),
          expectedDeliveryOn: c.expectedDeliveryOn,
          deliveredAt: isoOrNull(c.deliveredAt),
        }
      : null,
    createdAt: iso(c.createdAt),
  }));
}
