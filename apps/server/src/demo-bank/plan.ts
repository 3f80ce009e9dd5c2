import { eq } from 'drizzle-orm';
import { cards } from '../db/index.js';
import type { Tx, accounts, customers } from '../db/index.js';
import {
  authorizeCardCharge,
  captureCardCharge,
  internalTransfer,
  postDeposit,
} from '../ledger/index.js';
import type { DepositKind, LedgerContext } from '../ledger/index.js';
import type { BankClock, SeedRandom } from './seed-random.js';

export type CustomerRow = typeof customers.$inferInsert;
export type AccountRow = typeof accounts.$inferInsert;
export type CardRow = typeof cards.$inferInsert;

/** What an event's `run` gets: the open transaction, a ledger context at the event's time, refs. */
export interface EventScope {
  tx: Tx;
  ctx: LedgerContext;
  /** Id of an account or card declared in the plan, by its key. */
  id(key: string): string;
  /** Names something an event created (a charge, a check) so a later event can find it. */
  setRef(name: string, id: string): void;
  ref(name: string): string;
}

export interface SeedEvent {
  at: Date;
  /** Change to each declared account's posted balance, by account key: what targets add up. */
  deltas: Record<string, number>;
  run(scope: EventScope): Promise<void>;
}

export interface CustomerPlan {
  customer: Omit<CustomerRow, 'securityAnswerHash'> & { securityAnswer: string };
  accounts: Array<{ key: string; row: AccountRow; targetPostedCents?: number }>;
  cards: Array<{ key: string; row: CardRow }>;
  events: SeedEvent[];
}

/**
 * Collects one customer's rows and history. Ids come from the seeded stream in declaration
 * order, so the plan is the same on every run for the same seed and the same day.
 */
export class PlanBuilder {
  readonly plan: CustomerPlan;
  private readonly keys = new Map<string, string>();

  constructor(
    readonly random: SeedRandom,
    readonly clock: BankClock,
    customer: CustomerPlan['customer'],
  ) {
    this.plan = { customer, accounts: [], cards: [], events: [] };
  }

  get customerId(): string {
    return this.plan.customer.id;
  }

  account(
    key: string,
    row: Omit<AccountRow, 'id' | 'customerId' | 'createdAt'>,
    targetPostedCents?: number,
  ): string {
    const id = this.random.ids('account');
    this.keys.set(key, id);
    this.plan.accounts.push({
      key,
      row: { ...row, id, customerId: this.customerId, createdAt: row.openedAt },
      ...(targetPostedCents === undefined ? {} : { targetPostedCents }),
    });
    return id;
  }

  /**
   * A card. One that ends lost, stolen, frozen or closed starts active and changes status at
   * `statusChangedAt`, so the purchases made with it before then are authorised like real ones.
   */
  card(
    key: string,
    accountKey: string,
    row: Omit<CardRow, 'id' | 'customerId' | 'accountId'>,
  ): string {
    const id = this.random.ids('card');
    this.keys.set(key, id);
    const changedAt = row.statusChangedAt;
    const changesLater =
      row.status !== 'active' && row.status !== 'pending_activation' && changedAt;
    this.plan.cards.push({
      key,
      row: {
        ...row,
        ...(changesLater ? { status: 'active', statusReason: null, statusChangedAt: null } : {}),
        id,
        customerId: this.customerId,
        accountId: this.idOf(accountKey),
      },
    });
    if (changesLater) {
      this.event(changedAt, {}, async ({ tx }) => {
        await tx
          .update(cards)
          .set({
            status: row.status,
            statusReason: row.statusReason ?? null,
            statusChangedAt: changedAt,
          })
          .where(eq(cards.id, id));
      });
    }
    return id;
  }

  idOf(key: string): string {
    const id = this.keys.get(key);
    if (!id) throw new Error(`seed plan: nothing declared as ${key}`);
    return id;
  }

  event(at: Date, deltas: Record<string, number>, run: SeedEvent['run']): void {
    this.plan.events.push({ at, deltas, run });
  }

  /** A card purchase: authorised at `daysAgo`, posted a day later unless still pending. */
  purchase(
    cardKey: string,
    accountKey: string,
    input: {
      descriptor: string;
      merchantName: string;
      mcc: string;
      category: string;
      amountCents: number;
      daysAgo: number;
      hour?: number;
      cardPresent: boolean;
      city: string;
      region: string;
      country?: string;
      pending?: boolean;
      ref?: string;
    },
  ): void {
    const authorizedAt = this.clock.at(input.daysAgo, input.hour ?? 13, 20);
    const ref = input.ref ?? `${cardKey}:${this.plan.events.length}`;
    this.event(authorizedAt, {}, async ({ tx, ctx, id, setRef }) => {
      const { transactionId } = await authorizeCardCharge(tx, ctx, {
        cardId: id(cardKey),
        amountCents: input.amountCents,
        descriptor: input.descriptor,
        merchantName: input.merchantName,
        merchantCategoryCode: input.mcc,
        category: input.category,
        cardPresent: input.cardPresent,
        merchantCity: input.city,
        merchantRegion: input.region,
        merchantCountry: input.country ?? 'US',
        at: authorizedAt,
      });
      setRef(ref, transactionId);
    });
    if (input.pending) return;
    const postedAt = new Date(
      Math.min(authorizedAt.getTime() + 24 * 3_600_000, this.clock.now.getTime() - 60_000),
    );
    this.event(postedAt, { [accountKey]: -input.amountCents }, async ({ tx, ctx, ref: refOf }) => {
      await captureCardCharge(tx, ctx, { transactionId: refOf(ref), at: postedAt });
    });
  }

  deposit(
    accountKey: string,
    input: {
      kind: DepositKind;
      amountCents: number;
      daysAgo: number;
      description: string;
      counterparty?: string;
    },
  ): void {
    const at = this.clock.at(input.daysAgo, 9, 5);
    this.event(at, { [accountKey]: input.amountCents }, async ({ tx, ctx, id }) => {
      await postDeposit(tx, ctx, {
        accountId: id(accountKey),
        amountCents: input.amountCents,
        kind: input.kind,
        description: input.description,
        ...(input.counterparty ? { counterparty: input.counterparty } : {}),
        at,
      });
    });
  }

  transfer(
    fromKey: string,
    toKey: string,
    amountCents: number,
    daysAgo: number,
    memo?: string,
  ): void {
    const at = this.clock.at(daysAgo, 18, 40);
    this.event(at, { [fromKey]: -amountCents, [toKey]: amountCents }, async ({ tx, ctx, id }) => {
      await internalTransfer(tx, ctx, {
        customerId: this.customerId,
        fromAccountId: id(fromKey),
        toAccountId: id(toKey),
        amountCents,
        ...(memo ? { memo } : {}),
      });
    });
  }
}
