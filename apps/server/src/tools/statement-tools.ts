import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  customers,
  journals,
  ledgerEntries,
  newId,
  rows,
  statementRequests,
  transactions,
} from '../db/index.js';
import { addMonths, localDateOf, zonedInstant } from '../domain/regulation/index.js';
import { buildStatement, periodOfMonth, renderStatementPdf } from '../statements/index.js';
import { isRefusal, resolveAccount } from './resolve.js';
import { defineTool, refuse } from './tool.js';

/** "a***@example.com": enough for the customer to recognise, too little to be of use to anyone else. */
function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

export const requestStatement = defineTool({
  name: 'request_statement',
  title: 'Get a statement',
  description:
    'A monthly statement for a checking or savings account: emailed or mailed to the address on file, or downloaded at once as a PDF (returned base64-encoded). Months up to the current one; the current month runs to date.',
  input: z.strictObject({
    account: z.string().min(1).max(40).default('checking'),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM'),
    delivery: z.enum(['email', 'mail', 'download']),
  }),
  minLevel: 1,
  piiAccessed: true,
  async handler(ctx, input) {
    const tz = ctx.services.timeZone;
    const thisMonth = localDateOf(ctx.now, tz).slice(0, 7);
    if (input.month > thisMonth) return refuse('INVALID_INPUT', 'that month has not started yet');
    const account = await resolveAccount(ctx.tx, ctx.customerId!, input.account);
    if (isRefusal(account)) return account;
    if (account.type !== 'checking' && account.type !== 'savings') {
      return refuse(
        'INVALID_INPUT',
        'card and loan statements come from their own statement service',
      );
    }
    const [customer] = await ctx.tx
      .select()
      .from(customers)
      .where(eq(customers.id, ctx.customerId!));
    const me = customer!;

    if (input.delivery !== 'download') {
      const destination =
        input.delivery === 'email'
          ? maskEmail(me.email)
          : `…${me.addressLine1.slice(-12)}, ${me.postalCode}`;
      await ctx.tx.insert(statementRequests).values({
        id: newId('statementRequest'),
        customerId: me.id,
        accountId: account.id,
        period: input.month,
        delivery: input.delivery,
        destination,
        createdAt: ctx.now,
      });
      return {
        ok: true,
        delivery: input.delivery,
        month: input.month,
        account_last4: account.numberLast4,
        message:
          input.delivery === 'email'
            ? `Your ${input.month} statement for the account ending in ${account.numberLast4} will be emailed to ${destination} within one business day.`
            : `Your ${input.month} statement for the account ending in ${account.numberLast4} will be mailed to the address on file and should arrive within 5 to 7 business days.`,
      };
    }

    const period = periodOfMonth(input.month)!;
    const start = zonedInstant(period.firstDay, '00:00', tz);
    const end = zonedInstant(`${addMonths(period.firstDay, 1)}`, '00:00', tz);
    const [opening] = await rows<{ total: string }>(
      ctx.tx,
      sql`SELECT coalesce(sum(e.amount_cents), 0)::text AS total
            FROM ${ledgerEntries} e JOIN ${journals} j ON j.id = e.journal_id
           WHERE e.account_id = ${account.id} AND j.effective_at < ${start}`,
    );
    const lines = await ctx.tx
      .select()
      .from(transactions)
      .where(
        and(
          eq(transactions.accountId, account.id),
          eq(transactions.status, 'posted'),
          gte(transactions.postedAt, start),
          lt(transactions.postedAt, end),
        ),
      )
      .orderBy(asc(transactions.postedAt), asc(transactions.createdAt));
    const built = buildStatement({
      bank: {
        name: ctx.services.bank.name,
        // The profile's address starts with the bank's name, which the header already shows.
        addressLine: ctx.services.bank.mailingAddress.replace(
          new RegExp(`^${ctx.services.bank.name},\\s*`),
          '',
        ),
        servicePhone: ctx.services.bank.customerServicePhone,
      },
      customer: {
        name: `${me.firstName} ${me.lastName}`,
        mailingAddress: [me.addressLine1, `${me.city}, ${me.region} ${me.postalCode}`],
      },
      account: {
        nickname: account.nickname,
        type: account.type,
        last4: account.numberLast4,
        currency: account.currency.toUpperCase(),
      },
      period,
      openingBalanceCents: Number(opening?.total ?? 0),
      transactions: lines.map((l) => ({
        id: l.id,
        postedDate: localDateOf(l.postedAt!, tz),
        description: l.description,
        amountCents: l.amountCents,
        checkNumber: l.checkNumber ?? undefined,
      })),
    });
    if (!built.ok)
      return refuse('INTERNAL', `the statement could not be built: ${built.problems.join('; ')}`);
    const pdf = await renderStatementPdf(built.statement);
    return {
      ok: true,
      delivery: 'download',
      month: input.month,
      account_last4: account.numberLast4,
      filename: `statement-${account.numberLast4}-${input.month}.pdf`,
      content_type: 'application/pdf',
      bytes: pdf.length,
      opening_balance_cents: built.statement.openingBalanceCents,
      closing_balance_cents: built.statement.closingBalanceCents,
      content_base64: pdf.toString('base64'),
    };
  },
});
