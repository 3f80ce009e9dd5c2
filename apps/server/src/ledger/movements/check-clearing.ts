import { eq } from 'drizzle-orm';
import { movePostings } from '../../domain/index.js';
import { checks } from '../../db/index.js';
import type { Tx } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import type { LedgerContext } from '../context.js';
import { internalAccountId } from '../internal-accounts.js';
import { postJournal } from '../post-journal.js';
import { insertStatementLine } from '../statement-lines.js';

/** A check the customer wrote is presented and paid. A stopped or void check is refused. */
export async function clearCheck(
  tx: Tx,
  ctx: LedgerContext,
  input: { checkId: string; at?: Date },
): Promise<{ journalId: string; transactionId: string }> {
  const [check] = await tx.select().from(checks).where(eq(checks.id, input.checkId)).for('update');
  if (!check) throw new AppError('NOT_FOUND', 'no such check');
  if (check.status !== 'issued') {
    throw new AppError('CONFLICT', `check #${check.checkNumber} is ${check.status}`);
  }
  const at = input.at ?? ctx.now();
  const description = `CHECK #${check.checkNumber}`;
  const { journalId } = await postJournal(tx, ctx, {
    kind: 'check',
    description,
    postings: movePostings(check.accountId, internalAccountId('check_clearing'), check.amountCents),
    refType: 'check',
    refId: check.id,
    effectiveAt: at,
  });
  const transactionId = await insertStatementLine(tx, ctx, {
    accountId: check.accountId,
    kind: 'check',
    status: 'posted',
    amountCents: -check.amountCents,
    description,
    checkNumber: check.checkNumber,
    counterparty: check.payeeName,
    journalId,
    authorizedAt: at,
    postedAt: at,
  });
  await tx
    .update(checks)
    .set({ status: 'cleared', clearedAt: at, transactionId })
    .where(eq(checks.id, check.id));
  return { journalId, transactionId };
}
