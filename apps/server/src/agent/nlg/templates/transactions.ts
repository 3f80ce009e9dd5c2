import { chargeName } from '../labels.js';
import { day, money, str } from '../read.js';
import type { Bag, RenderContext } from '../types.js';

/** How a presented transaction reads, on screen and heard. */
export interface TransactionLine {
  text: string;
  speech: string;
}

/** "November 15th: AMZN MKTP US, -$247.89 (pending)" / "On November 15th, 247 dollars … to Amazon". */
export function transactionLine(t: Bag, ctx: RenderContext, showAccount: boolean): TransactionLine {
  const name = chargeName(t);
  const when = day(t.date, ctx);
  const signed = money(t, 'amount_cents', 'amount');
  const out = signed?.startsWith('-') ?? false;
  const amount = signed?.replace(/^-/, '') ?? null;
  const pending = str(t, 'status') === 'pending';
  const last4 = str(t, 'account_last4');
  const account = showAccount && last4 ? ` (account ending in ${last4})` : '';
  const text = `${when ? `${when}: ` : ''}${name.text}${signed ? `, ${signed}` : ''}${pending ? ' (pending)' : ''}${account}`;
  const heardAmount = amount ? `${amount} ${out ? 'to' : 'from'} ` : '';
  const speech = `${when ? `On ${when}, ` : ''}${heardAmount}${name.speech}${pending ? ', still pending' : ''}`;
  return { text, speech };
}

/** "a charge of $247.89 from AMZN MKTP US on November 15th" for a single match. */
export function oneTransaction(t: Bag, ctx: RenderContext): TransactionLine {
  const name = chargeName(t);
  const when = day(t.date, ctx);
  const signed = money(t, 'amount_cents', 'amount');
  const out = signed ? signed.startsWith('-') : true;
  const amount = signed?.replace(/^-/, '');
  const noun = out ? 'a charge' : 'a deposit';
  const head = amount ? `${noun} of ${amount}` : noun;
  const tail = when ? ` on ${when}` : '';
  const pending = str(t, 'status') === 'pending' ? ' It is still pending.' : '';
  return {
    text: `${head} from ${name.text}${tail}.${pending}`,
    speech: `${head} from ${name.speech}${tail}.${pending}`,
  };
}

export function spansAccounts(list: Bag[]): boolean {
  return new Set(list.map((t) => str(t, 'account_last4'))).size > 1;
}
