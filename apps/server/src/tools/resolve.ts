import { and, eq, ne, sql } from 'drizzle-orm';
import { accounts, cards, preparedOnce } from '../db/index.js';
import type { Tx } from '../db/index.js';
import type { ToolRefusal } from './tool.js';
import { refuse } from './tool.js';

export type AccountRow = typeof accounts.$inferSelect;
export type CardRow = typeof cards.$inferSelect;

/**
 * Finds one of the customer's accounts from what a person or a model would say: its id, its type
 * ("checking", "savings", "credit card", "loan"), or its last four digits. Only the customer's
 * own accounts are searched, so nothing else can be named. Two matches ask which one.
 */
export async function resolveAccount(
  tx: Tx,
  customerId: string,
  selector: string,
): Promise<AccountRow | ToolRefusal> {
  const owned = await ownedAccounts(tx).execute({ customerId });
  const wanted = selector.trim().toLowerCase();
  const type = wanted.replace(/\s+account$/, '').replace(/\s+/g, '_');
  const digits = wanted.replace(/\D/g, '');
  const matches = owned.filter(
    (a) =>
      a.id === selector.trim() ||
      a.type === type ||
      (type === 'credit' && a.type === 'credit_card') ||
      a.nickname.toLowerCase() === wanted ||
      (digits.length === 4 && a.numberLast4 === digits),
  );
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) return refuse('NOT_FOUND', 'no account like that was found');
  return refuse(
    'AMBIGUOUS',
    'more than one account matches; say which one by its last four digits',
    {
      choices: matches.map((a) => ({
        account_id: a.id,
        type: a.type,
        last4: a.numberLast4,
        nickname: a.nickname,
      })),
    },
  );
}

const ownedAccounts = (tx: Tx) =>
  preparedOnce(tx, 'owned_accounts', (name) =>
    tx
      .select()
      .from(accounts)
      .where(
        and(eq(accounts.customerId, sql.placeholder('customerId')), ne(accounts.status, 'closed')),
      )
      .prepare(name),
  );

const ownedCards = (tx: Tx) =>
  preparedOnce(tx, 'owned_cards', (name) =>
    tx
      .select()
      .from(cards)
      .where(eq(cards.customerId, sql.placeholder('customerId')))
      .prepare(name),
  );

/** One of the customer's cards, by id, last four digits, or — when there is only one — "my card". */
export async function resolveCard(
  tx: Tx,
  customerId: string,
  selector: string | undefined,
  filter: (card: CardRow) => boolean = () => true,
): Promise<CardRow | ToolRefusal> {
  const owned = (await ownedCards(tx).execute({ customerId })).filter(filter);
  const wanted = (selector ?? '').trim();
  const digits = wanted.replace(/\D/g, '');
  const matches = !wanted
    ? owned
    : owned.filter(
        (c) =>
          c.id === wanted ||
          (digits.length === 4 && c.last4 === digits) ||
          c.kind === wanted.toLowerCase(),
      );
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) return refuse('NOT_FOUND', 'no card like that was found');
  return refuse('AMBIGUOUS', 'more than one card matches; say which one by its last four digits', {
    choices: matches.map((c) => ({
      card_id: c.id,
      kind: c.kind,
      brand: c.brand,
      last4: c.last4,
      status: c.status,
    })),
  });
}

export function isRefusal(value: unknown): value is ToolRefusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
