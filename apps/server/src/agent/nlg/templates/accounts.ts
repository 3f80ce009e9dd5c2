import { bullets, say, speechOnly, textOnly } from '../compose.js';
import { formatMonth, humanizeDates } from '../format-date.js';
import { accountLabel } from '../labels.js';
import { bag, bags, int, money, plural, str } from '../read.js';
import type { Bag, RenderContext, Reply, ToolTemplate } from '../types.js';
import { oneTransaction, spansAccounts, transactionLine } from './transactions.js';

/** Seed 000: "Your checking account ending in 4521 has an available balance of $5,647.32, with $200.00 in pending transactions." */
function balanceSentence(a: Bag): string {
  const type = str(a, 'type');
  const label = accountLabel(type, str(a, 'last4'));
  const pendingCents = int(a, 'pending_cents') ?? 0;
  const pending = pendingCents > 0 ? money(a, 'pending_cents', 'pending') : null;
  const frozen = str(a, 'status') === 'frozen' ? ' This account is frozen.' : '';
  if (type === 'credit_card' || type === 'loan') {
    const owed = money(a, 'balance_owed_cents', 'balance_owed');
    const credit =
      type === 'credit_card' ? money(a, 'available_credit_cents', 'available_credit') : null;
    const head =
      type === 'loan'
        ? `Your ${label} has ${owed ?? 'a balance'} left to pay`
        : `Your ${label} has a balance of ${owed ?? 'an unknown amount'}`;
    const extra = [
      credit ? `${credit} of available credit` : null,
      pending ? `${pending} in pending transactions` : null,
    ]
      .filter(Boolean)
      .join(', and ');
    return `${head}${extra ? `, with ${extra}` : ''}.${frozen}`;
  }
  const available = money(a, 'available_cents', 'available');
  const head = available
    ? `Your ${label} has an available balance of ${available}`
    : `I couldn't read the balance of your ${label}`;
  return `${head}${pending ? `, with ${pending} in pending transactions` : ''}.${frozen}`;
}

const checkBalance: ToolTemplate = {
  success(r) {
    const accounts = bags(r, 'accounts');
    if (accounts.length === 0) return [say("I don't see any open accounts on your profile.")];
    if (accounts.length === 1) return [say(balanceSentence(accounts[0]!))];
    return [say('Here are your balances:'), bullets(accounts.map(balanceSentence))];
  },
};

/** Ten lines are fine to read on screen; heard, five is already a lot. */
const spokenLimit = 5;

function transactionList(list: Bag[], ctx: RenderContext, lead: string): Reply {
  const showAccount = spansAccounts(list);
  const lines = list.map((t) => transactionLine(t, ctx, showAccount));
  const heard = lines.slice(0, spokenLimit).map((l) => l.speech);
  const more =
    list.length > spokenLimit
      ? ` The other ${list.length - spokenLimit} are on your screen, or I can read them out.`
      : '';
  return [
    textOnly(lead),
    bullets(
      lines.map((l) => l.text),
      null,
    ),
    speechOnly(
      `${list.length > spokenLimit ? `Here are the ${spokenLimit} most recent.` : lead} ${heard.join('. ')}.${more}`,
    ),
  ];
}

const viewRecentTransactions: ToolTemplate = {
  success(r, ctx) {
    const list = bags(r, 'transactions');
    if (list.length === 0) return [say("I don't see any transactions yet.")];
    if (list.length === 1) {
      const only = oneTransaction(list[0]!, ctx);
      return [
        say(
          `Your only recent transaction is ${only.text}`,
          `Your only recent transaction is ${only.speech}`,
        ),
      ];
    }
    return transactionList(list, ctx, `Here are your ${list.length} most recent transactions:`);
  },
};

/** Seed 004, flow 1: "I found a charge of $247.89 from 'AMZN MKTP US' on November 15th." */
const searchResults: ToolTemplate = {
  success(r, ctx) {
    const list = bags(r, 'transactions');
    if (list.length === 0) return [say("I couldn't find any transactions matching that.")];
    if (list.length === 1) {
      const only = oneTransaction(list[0]!, ctx);
      return [say(`I found ${only.text}`, `I found ${only.speech}`)];
    }
    return transactionList(list, ctx, `I found ${list.length} matching transactions:`);
  },
};

const explainPending: ToolTemplate = {
  success(r, ctx) {
    const explanation = str(r, 'explanation');
    const detail = str(bag(r, 'transaction'), 'detail');
    const general = explanation ? [say(explanation)] : [];
    if (detail) return [say(humanizeDates(detail, ctx)), ...general];
    const pending = bags(r, 'pending');
    const total = money(r, 'pending_total_cents', 'pending_total');
    if (pending.length === 0)
      return [say('You have no pending transactions right now.'), ...general];
    const lines = pending.map((t) => transactionLine(t, ctx, spansAccounts(pending)));
    const lead = `You have ${total ? `${total} in ` : ''}${plural(pending.length, 'pending transaction')}:`;
    return [
      say(
        lead,
        `You have ${total ? `${total} in ` : ''}${plural(pending.length, 'pending transaction')}.`,
      ),
      bullets(
        lines.map((l) => l.text),
        lines
          .slice(0, spokenLimit)
          .map((l) => l.speech)
          .join('. '),
      ),
      ...general,
    ];
  },
};

const requestStatement: ToolTemplate = {
  success(r, ctx) {
    const month = str(r, 'month');
    const named = (month && formatMonth(month, ctx)) ?? null;
    const which = `Your ${named ? `${named} ` : ''}statement for the ${accountLabel(null, str(r, 'account_last4'))}`;
    const delivery = str(r, 'delivery');
    if (delivery === 'email') {
      const to = /emailed to (\S+@\S+?) within/.exec(str(r, 'message') ?? '')?.[1];
      return [
        say(
          `${which} will be emailed to ${to ?? 'the address on file'} within one business day.`,
          `${which} will be emailed to the address on file within one business day.`,
        ),
      ];
    }
    if (delivery === 'mail')
      return [
        say(
          `${which} will be mailed to the address on file and should arrive within 5 to 7 business days.`,
        ),
      ];
    const file = str(r, 'filename');
    const bytes = int(r, 'bytes');
    const size = bytes !== null ? `, ${Math.max(1, Math.round(bytes / 1024))} KB` : '';
    return [
      say(
        `${which} is ready to download${file ? ` (${file}${size})` : ''}.`,
        `${which} is ready to download.`,
      ),
    ];
  },
};

export const accountTemplates: Record<string, ToolTemplate> = {
  check_balance: checkBalance,
  view_recent_transactions: viewRecentTransactions,
  search_transactions: searchResults,
  lookup_transaction: searchResults,
  explain_pending: explainPending,
  request_statement: requestStatement,
};
