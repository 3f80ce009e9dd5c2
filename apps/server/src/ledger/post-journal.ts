import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { canDebit, checkPostings, netByAccount, reversePostings } from '../domain/index.js';
import type { Posting } from '../domain/index.js';
import { accounts, journals, ledgerEntries } from '../db/index.js';
import type { Tx } from '../db/index.js';
import { AppError } from '../errors/index.js';
import type { LedgerContext } from './context.js';

type JournalKind = (typeof journals.$inferInsert)['kind'];

export interface JournalInput {
  kind: JournalKind;
  description: string;
  postings: Posting[];
  refType?: string;
  refId?: string;
  reversesJournalId?: string;
  /** Business time of the movement; defaults to now. The demo seed back-dates history with it. */
  effectiveAt?: Date;
}

export interface LockedAccount {
  id: string;
  customerId: string | null;
  type: string;
  status: string;
  currency: string;
  nickname: string;
  numberLast4: string;
  postedBalanceCents: number;
  heldCents: number;
  creditLimitCents: number;
}

/**
 * Locks the customer accounts among `ids` for the rest of the transaction, always in id order so
 * two movements touching the same accounts can never deadlock. Internal accounts are not locked
 * (they carry no cached balance and no limit). With `ownerId`, only that customer's rows are
 * locked and returned: someone else's account is never locked, and looks missing.
 */
export async function lockAccounts(
  tx: Tx,
  ids: readonly string[],
  ownerId?: string,
): Promise<Map<string, LockedAccount>> {
  const unique = [...new Set(ids)].sort();
  const locked = await tx
    .select({
      id: accounts.id,
      customerId: accounts.customerId,
      type: accounts.type,
      status: accounts.status,
      currency: accounts.currency,
      nickname: accounts.nickname,
      numberLast4: accounts.numberLast4,
      postedBalanceCents: accounts.postedBalanceCents,
      heldCents: accounts.heldCents,
      creditLimitCents: accounts.creditLimitCents,
    })
    .from(accounts)
    .where(
      and(
        inArray(accounts.id, unique),
        ne(accounts.type, 'internal'),
        ownerId === undefined ? undefined : eq(accounts.customerId, ownerId),
      ),
    )
    .orderBy(accounts.id)
    .for('update');
  return new Map(locked.map((row) => [row.id, row]));
}

/**
 * Refuses a change of `delta` cents (negative: a debit, posted or held) that the account cannot
 * take: closed accounts take nothing, frozen ones take no debits, and no debit may bring
 * available below the account's limit.
 */
export function assertCanMove(account: LockedAccount, delta: number): void {
  if (account.status === 'closed' || (account.status === 'frozen' && delta < 0)) {
    throw new AppError('ACCOUNT_NOT_OPEN', `account ${account.id} is ${account.status}`, {
      details: { accountId: account.id },
    });
  }
  const state = {
    postedCents: account.postedBalanceCents,
    heldCents: account.heldCents,
    creditLimitCents: account.creditLimitCents,
  };
  if (delta < 0 && !canDebit(state, -delta)) {
    throw new AppError('INSUFFICIENT_FUNDS', 'the account does not have enough available funds', {
      details: { accountId: account.id },
    });
  }
}

/**
 * Posts one balanced journal inside the caller's transaction. Refuses, before writing anything,
 * a movement that would take a customer account below its limit or touch a closed account.
 */
export async function postJournal(
  tx: Tx,
  ctx: LedgerContext,
  input: JournalInput,
  /** Accounts the caller already locked in this transaction; saves locking them again. */
  alreadyLocked?: Map<string, LockedAccount>,
): Promise<{ journalId: string; balances: Map<string, LockedAccount> }> {
  const check = checkPostings(input.postings);
  if (!check.ok) throw new AppError(check.code, check.message);

  const net = netByAccount(input.postings);
  const accountIds = [...net.keys()];
  const locked = await lockMissing(tx, accountIds, alreadyLocked);
  await assertInternalAccountsExist(
    tx,
    accountIds.filter((id) => !locked.has(id)),
  );

  const currencies = new Set([...locked.values()].map((a) => a.currency));
  if (currencies.size > 1)
    throw new AppError('CURRENCY_MISMATCH', 'entries are in different currencies');

  for (const [accountId, delta] of net) {
    const account = locked.get(accountId);
    if (account) assertCanMove(account, delta);
  }

  const journalId = ctx.ids('journal');
  const effectiveAt = input.effectiveAt ?? ctx.now();
  await tx.insert(journals).values({
    id: journalId,
    kind: input.kind,
    description: input.description,
    refType: input.refType ?? null,
    refId: input.refId ?? null,
    reversesJournalId: input.reversesJournalId ?? null,
    effectiveAt,
    createdAt: ctx.now(),
  });
  await tx.insert(ledgerEntries).values(
    input.postings.map((p) => ({
      journalId,
      accountId: p.accountId,
      amountCents: p.amountCents,
      createdAt: effectiveAt,
    })),
  );

  // Debits first, so a movement that fails part-way has already lowered the payer: the failure
  // must then roll back with the transaction, which is what the half-way test proves.
  const ordered = [...net.entries()].sort((a, b) => a[1] - b[1]);
  for (const [accountId, delta] of ordered) {
    const account = locked.get(accountId);
    if (!account) continue;
    await tx
      .update(accounts)
      .set({ postedBalanceCents: sql`${accounts.postedBalanceCents} + ${delta}` })
      .where(eq(accounts.id, accountId));
    account.postedBalanceCents += delta;
  }
  return { journalId, balances: locked };
}

/** Posts the exact opposite of a journal, once: a second reversal is refused. */
export async function reverseJournal(
  tx: Tx,
  ctx: LedgerContext,
  journalId: string,
  input: { kind: JournalKind; description: string; refType?: string; refId?: string },
): Promise<{ journalId: string; balances: Map<string, LockedAccount>; postings: Posting[] }> {
  const [original] = await tx
    .select({ id: journals.id, reversesJournalId: journals.reversesJournalId })
    .from(journals)
    .where(eq(journals.id, journalId));
  if (!original) throw new AppError('NOT_FOUND', `journal ${journalId} does not exist`);
  const [already] = await tx
    .select({ id: journals.id })
    .from(journals)
    .where(eq(journals.reversesJournalId, journalId));
  if (already) throw new AppError('ALREADY_REVERSED', `journal ${journalId} was already reversed`);
  const entries = await tx
    .select({ accountId: ledgerEntries.accountId, amountCents: ledgerEntries.amountCents })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.journalId, journalId))
    .orderBy(ledgerEntries.id);
  const postings = reversePostings(entries);
  const posted = await postJournal(tx, ctx, { ...input, postings, reversesJournalId: journalId });
  return { ...posted, postings };
}

async function lockMissing(
  tx: Tx,
  ids: string[],
  alreadyLocked: Map<string, LockedAccount> | undefined,
): Promise<Map<string, LockedAccount>> {
  if (!alreadyLocked) return lockAccounts(tx, ids);
  const rest = ids.filter((id) => !alreadyLocked.has(id));
  const more = rest.length > 0 ? await lockAccounts(tx, rest) : new Map<string, LockedAccount>();
  return new Map([...alreadyLocked, ...more].filter(([id]) => ids.includes(id)));
}

async function assertInternalAccountsExist(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(inArray(accounts.id, ids), eq(accounts.type, 'internal')));
  if (found.length !== ids.length) {
    const missing = ids.filter((id) => !found.some((f) => f.id === id));
    throw new AppError('NOT_FOUND', `unknown account ${missing.join(', ')}`);
  }
}
