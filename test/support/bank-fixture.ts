import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { accounts, cards, customers, newId } from '../../apps/server/src/db/index.js';
import type { Db } from '../../apps/server/src/db/index.js';
import { defaultLedgerContext, postDeposit } from '../../apps/server/src/ledger/index.js';
import type { LedgerContext } from '../../apps/server/src/ledger/index.js';

export const ctx: LedgerContext = defaultLedgerContext();

type AccountType = 'checking' | 'savings' | 'credit_card' | 'loan';

export interface FixtureAccount {
  type?: AccountType;
  balanceCents?: number;
  creditLimitCents?: number;
  status?: 'open' | 'frozen' | 'closed';
}

/** A customer with accounts funded through the ledger, ready for a money test. */
export async function createCustomer(
  db: Db,
  specs: FixtureAccount[],
  options: { withCard?: boolean } = {},
): Promise<{ customerId: string; accountIds: string[]; cardId?: string }> {
  const customerId = newId('customer');
  const digits = () => String(randomBytes(2).readUInt16BE() % 10_000).padStart(4, '0');
  await db.insert(customers).values({
    id: customerId,
    customerNumber: `TEST-${randomBytes(5).toString('hex')}`,
    firstName: 'Test',
    lastName: 'Customer',
    email: 'test@example.com',
    phone: '+15550100999',
    dateOfBirth: '1980-01-01',
    addressLine1: '1 Main St',
    city: 'Denver',
    region: 'CO',
    postalCode: '80202',
    jurisdiction: 'US-CO',
    securityQuestion: 'Test?',
    securityAnswerHash: 'scrypt$10$8$1$AAAA$AAAA',
  });
  const accountIds: string[] = [];
  for (const spec of specs) {
    const id = newId('account');
    accountIds.push(id);
    await db.insert(accounts).values({
      id,
      customerId,
      type: spec.type ?? 'checking',
      nickname: spec.type === 'savings' ? 'Savings' : 'Checking',
      numberLast4: digits(),
      creditLimitCents: spec.creditLimitCents ?? 0,
      openedAt: new Date(),
    });
    if (spec.balanceCents) {
      await db.transaction((tx) =>
        postDeposit(tx, ctx, {
          accountId: id,
          amountCents: spec.balanceCents!,
          kind: 'deposit',
          description: 'TEST DEPOSIT',
        }),
      );
    }
    if (spec.status && spec.status !== 'open') {
      await db.update(accounts).set({ status: spec.status }).where(eq(accounts.id, id));
    }
  }
  let cardId: string | undefined;
  if (options.withCard) {
    cardId = newId('card');
    await db.insert(cards).values({
      id: cardId,
      customerId,
      accountId: accountIds[0]!,
      kind: 'debit',
      brand: 'visa',
      last4: digits(),
      expMonth: 12,
      expYear: 2030,
      cardholderName: 'TEST CUSTOMER',
    });
  }
  return { customerId, accountIds, ...(cardId ? { cardId } : {}) };
}
