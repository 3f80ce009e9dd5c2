import { localDateOf, parseIsoDate } from '../../../domain/regulation/index.js';
import { say } from '../compose.js';
import { bankDay, humanizeDates } from '../format-date.js';
import { bag, day, int, md, money, plural, str } from '../read.js';
import type { Bag, RenderContext, ToolTemplate } from '../types.js';

/** Whole months from today to the day a stop payment ends: the profile's validity, usually 6. */
function monthsUntil(iso: string | null, ctx: RenderContext): number | null {
  const end = iso ? bankDay(iso, ctx.timeZone) : null;
  if (!end) return null;
  const a = parseIsoDate(localDateOf(ctx.now, ctx.timeZone));
  const b = parseIsoDate(end);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  return months > 0 ? months : null;
}

/**
 * Seed 000: "Stop payment placed on check 1234 for $150.00 to ABC Company. A $35.00 fee will be
 * charged. The stop payment is valid for 6 months. Confirmation number: …"
 */
const stopPayment: ToolTemplate = {
  success(r, ctx) {
    const check = int(r, 'check_number');
    const amount = money(r, null, 'amount');
    const payee = str(r, 'payee');
    const fee = money(r, null, 'fee');
    const through = str(r, 'effective_through');
    const months = monthsUntil(through, ctx);
    const writtenBy = day(str(r, 'written_confirmation_by'), ctx);
    const throughDay = day(through, ctx);
    const confirmation = str(r, 'confirmation_number');
    const which = check !== null ? `check ${check}` : 'the check';
    const parts = [
      `Stop payment placed on ${which}${amount ? ` for ${amount}` : ''}${payee ? ` to ${md(payee)}` : ''}.`,
      fee && fee !== '$0.00' ? `A ${fee} fee will be charged.` : null,
      months ? `The stop payment is valid for ${plural(months, 'month')}.` : null,
      confirmation ? `Confirmation number: ${confirmation}.` : null,
    ].filter(Boolean);
    const after = [
      throughDay ? `It stays in effect through ${throughDay}.` : null,
      writtenBy
        ? `Because it was placed by ${ctx.channel === 'phone' || ctx.channel === 'voice' ? 'phone' : 'message'} rather than in writing, please confirm it in writing by ${writtenBy}, or it will lapse after that day.`
        : null,
    ].filter(Boolean);
    return [say(parts.join(' ')), ...(after.length > 0 ? [say(after.join(' '))] : [])];
  },
  refusal(r, ctx) {
    const number = /check #(\d+)/.exec(r.message)?.[1];
    const which = number ? `check ${number}` : 'that check';
    if (r.code === 'INVALID_INPUT' && r.message.includes('no record of check'))
      return [
        say(
          `I don't have a record of ${which} yet. What amount was it written for, so we can recognise it?`,
        ),
      ];
    if (r.code === 'CONFLICT' && r.message.includes('already paid')) {
      const paidOn = /paid on (\d{4}-\d{2}-\d{2})/.exec(r.message)?.[1];
      return [
        say(
          humanizeDates(
            `${which.charAt(0).toUpperCase()}${which.slice(1)} was already paid${paidOn ? ` on ${paidOn}` : ''}, so it can no longer be stopped. If something is wrong with that payment, I can connect you with a colleague.`,
            ctx,
          ),
        ),
      ];
    }
    if (r.code === 'CONFLICT') return [say(`There's already a stop payment in place on ${which}.`)];
    return null;
  },
};

function payeeSentence(payee: Bag | null): string | null {
  const name = str(payee, 'name');
  if (!name) return null;
  return payee?.added === true
    ? `I've added ${md(name)} as a new payee.`
    : `${md(name)} is already one of your payees.`;
}

const setupBillpay: ToolTemplate = {
  success(r, ctx) {
    const payee = bag(r, 'payee');
    const intro = payeeSentence(payee);
    const message = str(r, 'message');
    const confirmation = str(r, 'confirmation_number');
    if (!message) {
      return [say(`${intro ?? "I've set up that payee."} You can pay them whenever you like.`)];
    }
    // The tool's sentence names the payee raw; on screen it must not open markdown emphasis.
    const name = str(payee, 'name');
    const shown = name ? message.replace(name, md(name)) : message;
    const confirm = confirmation ? `Confirmation number: ${confirmation}.` : null;
    return [say([intro, humanizeDates(shown, ctx), confirm].filter(Boolean).join(' '))];
  },
};

export const paymentTemplates: Record<string, ToolTemplate> = {
  stop_payment: stopPayment,
  setup_billpay: setupBillpay,
};
