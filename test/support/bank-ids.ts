import { and, eq, sql } from 'drizzle-orm';
import {
  accounts,
  cards,
  customers,
  disputes,
  rows,
  transactions,
  transfers,
} from '../../apps/server/src/db/index.js';
import type { Store } from '../../apps/server/src/db/index.js';

/** Ids of the demo bank's anchor resources, looked up once per store. */
export async function bankIds(store: Store) {
  const db = store.db;
  const customer = async (number: string) =>
    (
      await db
        .select({ id: customers.id })
        .from(customers)
        .where(eq(customers.customerNumber, number))
    )[0]!.id;
  const account = async (customerId: string, last4: string) =>
    (
      await db
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(eq(accounts.customerId, customerId), eq(accounts.numberLast4, last4)))
    )[0]!.id;
  const charge = async (accountId: string, prefix: string) =>
    (
      await rows<{ id: string }>(
        db,
        sql`SELECT id FROM ${transactions} WHERE account_id = ${accountId} AND status = 'posted' AND description LIKE ${prefix + '%'} LIMIT 1`,
      )
    )[0]!.id;
  const alexId = await customer('CUST-10001');
  const priyaId = await customer('CUST-10002');
  const alexChecking = await account(alexId, '4521');
  const priyaCard = await account(priyaId, '8810');
  const priyaChecking = await account(priyaId, '1190');
  return {
    alex: {
      customerId: alexId,
      checking: alexChecking,
      savings: await account(alexId, '7789'),
      debitCard: (
        await db.select({ id: cards.id }).from(cards).where(eq(cards.customerId, alexId))
      )[0]!.id,
      amazonCharge: await charge(alexChecking, 'AMZN MKTP US'),
      restaurantCharge: await charge(alexChecking, 'XYZ RESTAURANT'),
      electronicsCharge: await charge(alexChecking, 'ELECTRONICS STORE'),
      openDispute: (
        await db.select({ id: disputes.id }).from(disputes).where(eq(disputes.customerId, alexId))
      )[0]!.id,
      achTransfer: (
        await db
          .select({ id: transfers.id })
          .from(transfers)
          .where(and(eq(transfers.customerId, alexId), eq(transfers.rail, 'ach')))
      )[0]!.id,
    },
    priya: {
      customerId: priyaId,
      checking: priyaChecking,
      creditCardAccount: priyaCard,
      creditCard: (
        await db
          .select({ id: cards.id })
          .from(cards)
          .where(and(eq(cards.customerId, priyaId), eq(cards.last4, '8810')))
      )[0]!.id,
      allbirdsCharge: await charge(priyaCard, 'SP * ALLBIRDS'),
      groceryCharge: await charge(priyaCard, 'WHOLEFDS'),
      dispute: (
        await db.select({ id: disputes.id }).from(disputes).where(eq(disputes.customerId, priyaId))
      )[0]!.id,
      transfer: (
        await db
          .select({ id: transfers.id })
          .from(transfers)
          .where(eq(transfers.customerId, priyaId))
      )[0]!.id,
    },
  };
}

export type BankIds = Awaited<ReturnType<typeof bankIds>>;
