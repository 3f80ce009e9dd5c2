import type { Tx } from '../../db/index.js';
import type { LedgerContext } from '../context.js';
import { reverseJournal } from '../post-journal.js';
import { insertStatementLine } from '../statement-lines.js';
import type { StatementLine } from '../statement-lines.js';

export interface ReversalInput {
  journalId: string;
  description: string;
  journalKind?: 'reversal' | 'provisional_credit_reversal';
  lineKind?: StatementLine['kind'];
  refType?: string;
  refId?: string;
}

/**
 * Undoes a posted movement with an equal and opposite journal (never by editing the original),
 * and shows the customer one statement line per account of theirs it touches. At most once.
 */
export async function reverseMovement(
  tx: Tx,
  ctx: LedgerContext,
  input: ReversalInput,
): Promise<{ journalId: string; transactionIds: string[] }> {
  const now = ctx.now();
  const { journalId, balances, postings } = await reverseJournal(tx, ctx, input.journalId, {
    kind: input.journalKind ?? 'reversal',
    description: input.description,
    ...(input.refType ? { refType: input.refType } : {}),
    ...(input.refId ? { refId: input.refId } : {}),
  });
  const transactionIds: string[] = [];
  for (const posting of postings) {
    if (!balances.has(posting.accountId)) continue; // the bank's own side
    transactionIds.push(
      await insertStatementLine(tx, ctx, {
        accountId: posting.accountId,
        kind: input.lineKind ?? 'adjustment',
        status: 'posted',
        amountCents: posting.amountCents,
        description: input.description,
        journalId,
        authorizedAt: now,
        postedAt: now,
      }),
    );
  }
  return { journalId, transactionIds };
}
