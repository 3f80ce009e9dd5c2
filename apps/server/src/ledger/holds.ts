import { eq, sql } from 'drizzle-orm';
import { isCents } from '../domain/index.js';
import { accounts, holds } from '../db/index.js';
import type { Tx } from '../db/index.js';
import { AppError } from '../errors/index.js';
import type { LedgerContext } from './context.js';
import { assertCanMove, lockAccounts, postJournal } from './post-journal.js';
import type { JournalInput } from './post-journal.js';

/** Sets money aside (a card authorisation): available drops now, posted when captured. */
export async function placeHold(
  tx: Tx,
  ctx: LedgerContext,
  input: { accountId: string; amountCents: number; reason: string; expiresAt?: Date; at?: Date },
): Promise<{ holdId: string }> {
  if (!isCents(input.amountCents) || input.amountCents <= 0) {
    throw new AppError('INVALID_AMOUNT', 'a hold must be a positive whole number of cents');
  }
  const account = (await lockAccounts(tx, [input.accountId])).get(input.accountId);
  if (!account) throw new AppError('NOT_FOUND', `account ${input.accountId} does not exist`);
  // A hold is a debit of available: the same refusals as posting one.
  assertCanMove(account, -input.amountCents);
  const holdId = ctx.ids('hold');
  const at = input.at ?? ctx.now();
  await tx.insert(holds).values({
    id: holdId,
    accountId: input.accountId,
    amountCents: input.amountCents,
    reason: input.reason,
    createdAt: at,
    expiresAt: input.expiresAt ?? null,
  });
  await tx
    .update(accounts)
    .set({ heldCents: sql`${accounts.heldCents} + ${input.amountCents}` })
    .where(eq(accounts.id, input.accountId));
  return { holdId };
}

/** Ends an active hold without posting (authorisation expired or voided by the merchant). */
export async function releaseHold(
  tx: Tx,
  ctx: LedgerContext,
  holdId: string,
  outcome: 'released' | 'expired' = 'released',
): Promise<void> {
  const hold = await lockActiveHold(tx, holdId);
  await tx
    .update(holds)
    .set({ status: outcome, resolvedAt: ctx.now() })
    .where(eq(holds.id, holdId));
  await tx
    .update(accounts)
    .set({ heldCents: sql`${accounts.heldCents} - ${hold.amountCents}` })
    .where(eq(accounts.id, hold.accountId));
}

/**
 * Turns a hold into a posting: the hold is lifted and the journal posted in the same
 * transaction, so available never double-counts the amount or briefly frees it.
 */
export async function captureHold(
  tx: Tx,
  ctx: LedgerContext,
  holdId: string,
  journal: JournalInput,
): Promise<{ journalId: string }> {
  const hold = await lockActiveHold(tx, holdId);
  await tx
    .update(accounts)
    .set({ heldCents: sql`${accounts.heldCents} - ${hold.amountCents}` })
    .where(eq(accounts.id, hold.accountId));
  const { journalId } = await postJournal(tx, ctx, journal);
  await tx
    .update(holds)
    .set({ status: 'captured', resolvedAt: ctx.now(), captureJournalId: journalId })
    .where(eq(holds.id, holdId));
  return { journalId };
}

async function lockActiveHold(tx: Tx, holdId: string) {
  const [hold] = await tx.select().from(holds).where(eq(holds.id, holdId)).for('update');
  if (!hold) throw new AppError('NOT_FOUND', `hold ${holdId} does not exist`);
  if (hold.status !== 'active') {
    throw new AppError('HOLD_NOT_ACTIVE', `hold ${holdId} is already ${hold.status}`);
  }
  // Lock order: the hold row, then its account — the same order every hold path takes.
  await lockAccounts(tx, [hold.accountId]);
  return hold;
}
