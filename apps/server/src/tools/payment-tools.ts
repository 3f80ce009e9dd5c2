import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, billPayments, checks, newId, payees, stopPayments } from '../db/index.js';
import type { Tx } from '../db/index.js';
import { formatUsd } from '../domain/index.js';
import { describeStopPayment, stopPaymentDates } from '../domain/rails/index.js';
import { addDays, addMonths, formatWeekdayDate, localDateOf } from '../domain/regulation/index.js';
import { chargeFee, confirmationNumber, postBillPayment } from '../ledger/index.js';
import { isRefusal, resolveAccount } from './resolve.js';
import { defineTool, refuse } from './tool.js';
import type { ToolRefusal } from './tool.js';

/** Runs an insert in a savepoint and turns a unique-index clash into a refusal, not a 500. */
async function insertUnlessTaken<T>(
  tx: Tx,
  insert: (sp: Tx) => Promise<T>,
  conflict: ToolRefusal,
): Promise<T | ToolRefusal> {
  try {
    return await tx.transaction((sp) => insert(sp as Tx));
  } catch (error) {
    for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
      if ((e as { code?: unknown }).code === '23505') return conflict;
    }
    throw error;
  }
}

export const stopPayment = defineTool({
  name: 'stop_payment',
  title: 'Stop a check',
  description:
    'Places a stop payment on a check that has not cleared. Needs level 3, an explicit confirmation and an idempotency key. The fee comes from the bank’s profile ($35 at the demo bank); the stop is valid for 6 months, and an oral order must be confirmed in writing within 14 days.',
  input: z.strictObject({
    check_number: z.number().int().min(1).max(99_999_999),
    account: z.string().min(1).max(40).optional(),
    amount_cents: z.number().int().positive().optional(),
    payee_name: z.string().min(1).max(80).optional(),
  }),
  minLevel: 3,
  movesMoney: true,
  piiAccessed: true,
  async handler(ctx, input) {
    const written = await ctx.tx
      .select({ check: checks, account: accounts })
      .from(checks)
      .innerJoin(accounts, eq(accounts.id, checks.accountId))
      .where(
        and(eq(accounts.customerId, ctx.customerId!), eq(checks.checkNumber, input.check_number)),
      )
      .for('update');
    let account;
    if (input.account) {
      account = await resolveAccount(ctx.tx, ctx.customerId!, input.account);
      if (isRefusal(account)) return account;
    } else if (written.length === 1) {
      account = written[0]!.account;
    } else {
      account = await resolveAccount(ctx.tx, ctx.customerId!, 'checking');
      if (isRefusal(account)) return account;
    }
    const check = written.find((w) => w.account.id === account.id)?.check;
    if (check?.status === 'cleared') {
      return refuse(
        'CONFLICT',
        `check #${check.checkNumber} was already paid on ${localDateOf(check.clearedAt!, ctx.services.timeZone)} and can no longer be stopped`,
      );
    }
    if (!check && input.amount_cents === undefined) {
      return refuse(
        'INVALID_INPUT',
        `we have no record of check #${input.check_number} yet; give its amount so we can recognise it`,
      );
    }
    const amountCents = check?.amountCents ?? input.amount_cents!;
    const payeeName = check?.payeeName ?? input.payee_name ?? null;
    const fee = ctx.services.bank.fees.stopPaymentCents;
    const dates = stopPaymentDates(
      { placedAt: ctx.now, oral: true },
      { timeZone: ctx.services.timeZone, validMonths: ctx.services.bank.stopPaymentValidMonths },
    );
    const id = newId('stopPayment');
    const confirmation = confirmationNumber('SP', ctx.now, ctx.ledger);
    const placed = await insertUnlessTaken(
      ctx.tx,
      (sp) =>
        sp.insert(stopPayments).values({
          id,
          customerId: ctx.customerId!,
          accountId: account.id,
          checkId: check?.id ?? null,
          checkNumber: input.check_number,
          amountCents,
          payeeName,
          feeCents: fee,
          confirmationNumber: confirmation,
          effectiveAt: ctx.now,
          expiresAt: dates.expiresAt,
          createdAt: ctx.now,
        }),
      refuse('CONFLICT', `a stop payment is already in place on check #${input.check_number}`),
    );
    if (isRefusal(placed)) return placed;
    if (fee > 0) {
      const { journalId } = await chargeFee(ctx.tx, ctx.ledger, {
        accountId: account.id,
        amountCents: fee,
        description: `STOP PAYMENT FEE CHECK #${input.check_number}`,
        refType: 'stop_payment',
        refId: id,
      });
      await ctx.tx
        .update(stopPayments)
        .set({ feeJournalId: journalId })
        .where(eq(stopPayments.id, id));
    }
    if (check)
      await ctx.tx.update(checks).set({ status: 'stopped' }).where(eq(checks.id, check.id));
    return {
      ok: true,
      confirmation_number: confirmation,
      stop_payment_id: id,
      check_number: input.check_number,
      amount: formatUsd(amountCents),
      payee: payeeName,
      account_last4: account.numberLast4,
      fee: formatUsd(fee),
      effective_through: dates.effectiveThrough,
      written_confirmation_by: dates.oralEffectiveThrough,
      message: describeStopPayment({
        checkNumber: input.check_number,
        amountCents,
        payeeName,
        dates,
        feeCents: fee,
      }),
    };
  },
});

const frequencies = ['once', 'weekly', 'biweekly', 'monthly'] as const;

function nextAfter(date: string, frequency: (typeof frequencies)[number]): string | null {
  if (frequency === 'weekly') return addDays(date, 7);
  if (frequency === 'biweekly') return addDays(date, 14);
  if (frequency === 'monthly') return addMonths(date, 1);
  return null;
}

export const setupBillpay = defineTool({
  name: 'setup_billpay',
  title: 'Set up bill pay',
  description:
    'Adds a bill-pay payee (if new) and, with an amount, schedules a one-time or recurring payment from checking or savings. A payment dated today goes out now; a later one is scheduled. Needs level 2, an explicit confirmation and an idempotency key.',
  input: z.strictObject({
    payee_name: z.string().min(2).max(80),
    payee_category: z.string().min(2).max(40).default('other'),
    payee_account_last4: z
      .string()
      .regex(/^\d{4}$/)
      .optional(),
    amount_cents: z.number().int().positive().optional(),
    from_account: z.string().min(1).max(40).default('checking'),
    send_on: z.iso.date().optional(),
    frequency: z.enum(frequencies).default('once'),
    end_on: z.iso.date().optional(),
  }),
  minLevel: 2,
  movesMoney: true,
  piiAccessed: true,
  async handler(ctx, input) {
    const today = localDateOf(ctx.now, ctx.services.timeZone);
    const [existing] = await ctx.tx
      .select()
      .from(payees)
      .where(
        and(
          eq(payees.customerId, ctx.customerId!),
          sql`lower(${payees.name}) = ${input.payee_name.toLowerCase()}`,
        ),
      );
    const payee =
      existing ??
      (
        await ctx.tx
          .insert(payees)
          .values({
            id: newId('payee'),
            customerId: ctx.customerId!,
            name: input.payee_name,
            category: input.payee_category,
            accountLast4: input.payee_account_last4 ?? null,
            createdAt: ctx.now,
          })
          .returning()
      )[0]!;
    const payeeOut = {
      payee_id: payee.id,
      name: payee.name,
      account_last4: payee.accountLast4,
      added: !existing,
    };
    if (input.amount_cents === undefined) return { ok: true, payee: payeeOut };

    if (input.amount_cents > ctx.services.bank.limits.billPaymentCents) {
      return refuse(
        'LIMIT_EXCEEDED',
        `bill payments are limited to ${formatUsd(ctx.services.bank.limits.billPaymentCents)}`,
      );
    }
    const sendOn = input.send_on ?? today;
    if (sendOn < today || sendOn > addDays(today, 365))
      return refuse('INVALID_INPUT', 'send_on must be between today and a year from now');
    if (input.end_on && input.end_on < sendOn)
      return refuse('INVALID_INPUT', 'end_on must not be before send_on');
    const from = await resolveAccount(ctx.tx, ctx.customerId!, input.from_account);
    if (isRefusal(from)) return from;
    const id = newId('billPayment');
    const confirmation = confirmationNumber('BP', ctx.now, ctx.ledger);
    const sendsNow = sendOn === today;
    const next = input.frequency === 'once' ? null : nextAfter(sendOn, input.frequency);
    const nextSendOn = next && (!input.end_on || next <= input.end_on) ? next : null;
    await ctx.tx.insert(billPayments).values({
      id,
      customerId: ctx.customerId!,
      payeeId: payee.id,
      fromAccountId: from.id,
      amountCents: input.amount_cents,
      frequency: input.frequency,
      sendOn,
      nextSendOn: sendsNow ? nextSendOn : sendOn,
      endOn: input.end_on ?? null,
      status: sendsNow && input.frequency === 'once' ? 'sent' : 'scheduled',
      confirmationNumber: confirmation,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (sendsNow) {
      await postBillPayment(ctx.tx, ctx.ledger, {
        billPaymentId: id,
        fromAccountId: from.id,
        payeeName: payee.name,
        amountCents: input.amount_cents,
      });
    }
    const when = sendsNow ? 'today' : `on ${formatWeekdayDate(sendOn)}`;
    const repeat =
      input.frequency === 'once'
        ? ''
        : `, then ${input.frequency === 'biweekly' ? 'every two weeks' : input.frequency}${input.end_on ? ` until ${formatWeekdayDate(input.end_on)}` : ''}`;
    const businessDay = ctx.services.calendar.businessDayOnOrAfter(sendOn);
    return {
      ok: true,
      confirmation_number: confirmation,
      bill_payment_id: id,
      payee: payeeOut,
      amount: formatUsd(input.amount_cents),
      from_last4: from.numberLast4,
      frequency: input.frequency,
      send_on: sendOn,
      next_send_on: sendsNow ? nextSendOn : sendOn,
      status: sendsNow && input.frequency === 'once' ? 'sent' : 'scheduled',
      message: `${formatUsd(input.amount_cents)} to ${payee.name} from your account ending in ${from.numberLast4} ${sendsNow ? 'was sent' : 'will be sent'} ${when}${repeat}.${businessDay !== sendOn ? ` ${formatWeekdayDate(sendOn)} is not a business day, so it is processed on ${formatWeekdayDate(businessDay)}.` : ''}`,
    };
  },
});
