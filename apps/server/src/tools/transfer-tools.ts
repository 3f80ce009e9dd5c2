import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { transfers } from '../db/index.js';
import { formatUsd } from '../domain/index.js';
import {
  achTiming,
  describeTransferStatus,
  wireTiming,
  zelleTiming,
} from '../domain/rails/index.js';
import type { TransferStatusFacts } from '../domain/rails/index.js';
import { localDateOf } from '../domain/regulation/index.js';
import type { ClockTime } from '../domain/regulation/index.js';
import {
  internalTransfer as moveBetweenOwnAccounts,
  sendExternalTransfer,
} from '../ledger/index.js';
import { isRefusal, resolveAccount } from './resolve.js';
import { defineTool, refuse } from './tool.js';
import type { ToolContext } from './tool.js';

type TransferRow = typeof transfers.$inferSelect;

const amount = z.number().int().positive().describe('Amount in cents: $500.00 is 50000');

export const internalTransfer = defineTool({
  name: 'internal_transfer',
  title: 'Move money between own accounts',
  description:
    'Moves money at once between two of the customer’s own accounts (from checking or savings; to any of their accounts, including paying their own card or loan). Needs level 2, an explicit confirmation and an idempotency key. Returns a confirmation number and the new balances.',
  input: z.strictObject({
    from_account: z.string().min(1).max(40),
    to_account: z.string().min(1).max(40),
    amount_cents: amount,
    memo: z.string().max(140).optional(),
  }),
  minLevel: 2,
  movesMoney: true,
  piiAccessed: true,
  async handler(ctx, input) {
    const from = await resolveAccount(ctx.tx, ctx.customerId!, input.from_account);
    if (isRefusal(from)) return from;
    const to = await resolveAccount(ctx.tx, ctx.customerId!, input.to_account);
    if (isRefusal(to)) return to;
    if (input.amount_cents > ctx.services.bank.limits.internalTransferCents) {
      return refuse(
        'LIMIT_EXCEEDED',
        `transfers here are limited to ${formatUsd(ctx.services.bank.limits.internalTransferCents)}`,
      );
    }
    const done = await moveBetweenOwnAccounts(ctx.tx, ctx.ledger, {
      customerId: ctx.customerId!,
      fromAccountId: from.id,
      toAccountId: to.id,
      amountCents: input.amount_cents,
      ...(input.memo ? { memo: input.memo } : {}),
    });
    return {
      ok: true,
      confirmation_number: done.confirmationNumber,
      transfer_id: done.transferId,
      amount_cents: done.amountCents,
      amount: formatUsd(done.amountCents),
      from: {
        account_id: from.id,
        type: from.type,
        last4: from.numberLast4,
        available_cents: done.fromAvailableCents,
        available: formatUsd(done.fromAvailableCents),
      },
      to: {
        account_id: to.id,
        type: to.type,
        last4: to.numberLast4,
        available_cents: done.toAvailableCents,
        available: formatUsd(done.toAvailableCents),
      },
      completed_at: done.completedAt,
    };
  },
});

const rails = ['internal', 'zelle', 'ach', 'wire'] as const;

/** The facts a transfer's status sentence needs, from its rail's timing rules (RULES.md §8). */
function statusFacts(
  ctx: ToolContext,
  t: TransferRow & { rail: 'zelle' | 'ach' | 'wire' },
): TransferStatusFacts {
  const tz = ctx.services.timeZone;
  const calendar = ctx.services.calendar;
  const base: TransferStatusFacts = {
    rail: t.rail,
    status: t.status,
    amountCents: t.amountCents,
    counterpartyName: t.counterpartyName ?? 'your other account',
    sameDay: t.sameDay,
    ...(t.feeCents ? { feeCents: t.feeCents } : {}),
    ...(t.completedAt ? { settledDate: localDateOf(t.completedAt, tz) } : {}),
  };
  if (t.rail === 'zelle' && t.status === 'pending_enrollment') {
    const timing = zelleTiming({ initiatedAt: t.createdAt, recipientEnrolledAt: null }, calendar, {
      timeZone: tz,
      unclaimedExpiryDays: ctx.services.bank.zelleUnclaimedExpiryDays,
    });
    return { ...base, ...('expiresAfter' in timing ? { expiresAfter: timing.expiresAfter } : {}) };
  }
  if (t.rail === 'ach' && (t.status === 'pending' || t.status === 'processing')) {
    const timing = achTiming(
      { initiatedAt: t.createdAt, amountCents: t.amountCents, sameDay: t.sameDay },
      calendar,
    );
    return {
      ...base,
      expectedDate: timing.kind === 'same_day' ? timing.settlementDate : timing.expectedByDate,
    };
  }
  if (t.rail === 'wire' && (t.status === 'pending' || t.status === 'processing')) {
    const timing = wireTiming(t.createdAt, calendar, {
      cutoff: ctx.services.bank.wireCutoff as ClockTime,
      cutoffTimeZone: tz,
    });
    return { ...base, expectedDate: timing.sendDate, wireSchedule: timing.schedule };
  }
  return base;
}

export const checkTransferStatus = defineTool({
  name: 'check_transfer_status',
  readOnly: true,
  title: 'Transfer status',
  description:
    'Status and expected timing of the customer’s Zelle, ACH, wire and internal transfers (newest first), optionally narrowed by rail, confirmation number or recipient.',
  input: z.strictObject({
    transfer_id: z
      .string()
      .regex(/^tr_[A-Za-z0-9]{24}$/)
      .optional(),
    rail: z.enum(rails).optional(),
    confirmation_number: z.string().max(40).optional(),
    counterparty: z.string().max(80).optional(),
  }),
  minLevel: 1,
  piiAccessed: true,
  async handler(ctx, input) {
    const rows = await ctx.tx
      .select()
      .from(transfers)
      .where(
        and(
          eq(transfers.customerId, ctx.customerId!),
          input.transfer_id ? eq(transfers.id, input.transfer_id) : undefined,
          input.rail ? eq(transfers.rail, input.rail) : undefined,
          input.confirmation_number
            ? eq(transfers.confirmationNumber, input.confirmation_number.toUpperCase())
            : undefined,
        ),
      )
      .orderBy(desc(transfers.createdAt))
      .limit(input.counterparty ? 50 : 10);
    const wanted = input.counterparty?.toLowerCase();
    const found = rows
      .filter((t) => !wanted || (t.counterpartyName ?? '').toLowerCase().includes(wanted))
      .slice(0, 10);
    if (found.length === 0) return refuse('NOT_FOUND', 'no transfer like that was found');
    return {
      ok: true,
      transfers: found.map((t) => {
        const facts = t.rail === 'internal' ? null : statusFacts(ctx, { ...t, rail: t.rail });
        return {
          transfer_id: t.id,
          rail: t.rail,
          status: t.status,
          amount_cents: t.amountCents,
          amount: formatUsd(t.amountCents),
          counterparty: t.counterpartyName,
          confirmation_number: t.confirmationNumber,
          created_on: localDateOf(t.createdAt, ctx.services.timeZone),
          expected_date: facts?.expectedDate ?? null,
          // Internal transfers complete at once; the rails' rules only concern money leaving the bank.
          explanation: facts
            ? describeTransferStatus(facts)
            : `Your transfer of ${formatUsd(t.amountCents)} between your own accounts was completed on ${localDateOf(t.completedAt ?? t.createdAt, ctx.services.timeZone)}.`,
        };
      }),
    };
  },
});

/** ABA routing numbers carry a checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function isValidRoutingNumber(routing: string): boolean {
  if (!/^\d{9}$/.test(routing)) return false;
  const d = [...routing].map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0;
}

export const sendWire = defineTool({
  name: 'send_wire',
  title: 'Send a domestic wire',
  description:
    'Sends a domestic wire (Fedwire) from checking or savings. Needs level 3, an explicit confirmation and an idempotency key. Before the bank’s cutoff on a business day it goes out today, otherwise the next business day; the fee comes from the bank’s profile. Wires are final once sent.',
  input: z.strictObject({
    from_account: z.string().min(1).max(40),
    amount_cents: amount,
    beneficiary_name: z.string().min(2).max(80),
    beneficiary_bank: z.string().min(2).max(80),
    routing_number: z.string().regex(/^\d{9}$/),
    account_number: z
      .string()
      .regex(/^\d{4,17}$/)
      .describe('The beneficiary’s account number; only its last four digits are kept'),
    memo: z.string().max(140).optional(),
  }),
  minLevel: 3,
  movesMoney: true,
  piiAccessed: true,
  async handler(ctx, input) {
    if (!isValidRoutingNumber(input.routing_number))
      return refuse('INVALID_INPUT', 'that routing number is not valid');
    if (input.amount_cents > ctx.services.bank.limits.wireCents) {
      return refuse(
        'LIMIT_EXCEEDED',
        `wires here are limited to ${formatUsd(ctx.services.bank.limits.wireCents)}`,
      );
    }
    const from = await resolveAccount(ctx.tx, ctx.customerId!, input.from_account);
    if (isRefusal(from)) return from;
    const tz = ctx.services.timeZone;
    const timing = wireTiming(ctx.now, ctx.services.calendar, {
      cutoff: ctx.services.bank.wireCutoff as ClockTime,
      cutoffTimeZone: tz,
    });
    const fee = ctx.services.bank.fees.domesticWireCents;
    const status = timing.sameDay ? 'processing' : 'pending';
    const sent = await sendExternalTransfer(ctx.tx, ctx.ledger, {
      customerId: ctx.customerId!,
      rail: 'wire',
      fromAccountId: from.id,
      amountCents: input.amount_cents,
      feeCents: fee,
      counterpartyName: input.beneficiary_name,
      counterpartyBank: input.beneficiary_bank,
      counterpartyAccountLast4: input.account_number.slice(-4),
      ...(input.memo ? { memo: input.memo } : {}),
      status,
      expectedBy: timing.expectedBy,
    });
    return {
      ok: true,
      confirmation_number: sent.confirmationNumber,
      transfer_id: sent.transferId,
      amount: formatUsd(input.amount_cents),
      fee: formatUsd(fee),
      total: formatUsd(input.amount_cents + fee),
      beneficiary: {
        name: input.beneficiary_name,
        bank: input.beneficiary_bank,
        account_last4: input.account_number.slice(-4),
      },
      send_date: timing.sendDate,
      status,
      message: describeTransferStatus({
        rail: 'wire',
        status,
        amountCents: input.amount_cents,
        counterpartyName: input.beneficiary_name,
        expectedDate: timing.sendDate,
        wireSchedule: timing.schedule,
        feeCents: fee,
      }),
      final_once_sent: true,
    };
  },
});
