import { transactions } from '../db/index.js';
import type { Tx } from '../db/index.js';
import type { LedgerContext } from './context.js';

export type StatementLine = Omit<typeof transactions.$inferInsert, 'id' | 'createdAt'>;

/** Writes what the customer will see on their statement for a movement; returns its `ch_` id. */
export async function insertStatementLine(
  tx: Tx,
  ctx: LedgerContext,
  line: StatementLine,
): Promise<string> {
  const id = ctx.ids('transaction');
  await tx.insert(transactions).values({ ...line, id, createdAt: ctx.now() });
  return id;
}

/** Several statement lines in one insert (both sides of a transfer); ids in the same order. */
export async function insertStatementLines(
  tx: Tx,
  ctx: LedgerContext,
  lines: StatementLine[],
): Promise<string[]> {
  const now = ctx.now();
  const withIds = lines.map((line) => ({ ...line, id: ctx.ids('transaction'), createdAt: now }));
  await tx.insert(transactions).values(withIds);
  return withIds.map((l) => l.id);
}
