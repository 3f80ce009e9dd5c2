import { say, textOnly } from '../compose.js';
import { businessDaysUntil, cardLabel } from '../labels.js';
import { bag, bags, day, flag, md, str, words } from '../read.js';
import type { Bag, RenderContext, Reply, ToolTemplate } from '../types.js';

/**
 * "a replacement will arrive in 5-7 business days (between November 27th and December 1st)":
 * the seed's phrase with the window counted on the bank's calendar, and the dates themselves.
 */
export function replacementArrival(replacement: Bag, ctx: RenderContext, withDates = true): string {
  const fromIso = str(replacement, 'expected_delivery_from');
  const byIso = str(replacement, 'expected_delivery_by');
  const from = day(fromIso, ctx);
  const by = day(byIso, ctx);
  const min = businessDaysUntil(fromIso, ctx);
  const max = businessDaysUntil(byIso, ctx);
  const window = min && max ? (min === max ? `${min}` : `${min}-${max}`) : null;
  const dates = from && by && from !== by ? `between ${from} and ${by}` : by ? `by ${by}` : null;
  if (window && dates && withDates) return `will arrive in ${window} business days (${dates})`;
  if (window) return `will arrive in ${window} business days`;
  return dates ? `will arrive ${dates}` : 'is on its way';
}

const reportLostCard: ToolTemplate = {
  success(r, ctx) {
    const card = bag(r, 'card');
    const replacement = bag(r, 'replacement');
    const how = str(card, 'status') === 'stolen' ? 'stolen' : 'lost';
    const lines: Reply = [
      say(
        `I've deactivated your ${cardLabel(card)} and marked it ${how}, so it can't be used again.`,
      ),
    ];
    if (replacement) {
      lines.push(
        say(
          `Your replacement ${cardLabel(replacement)} ${replacementArrival(replacement, ctx)}. You'll need to activate it when it comes.`,
        ),
      );
    }
    lines.push(
      say(
        "Any charges that are already pending stay pending. If you don't recognise one, I can help you dispute it.",
      ),
    );
    return lines;
  },
  refusal(r, ctx) {
    if (r.code !== 'CONFLICT') return null;
    const card = bag(r, 'card');
    const status = str(card, 'status');
    const replacement = bag(r, 'replacement');
    const first = `Your ${cardLabel(card)} was already reported ${status === 'stolen' ? 'stolen' : 'lost'}, so it can't be used.`;
    if (!replacement) return [say(first)];
    const when = day(str(replacement, 'expected_delivery_by'), ctx);
    return [
      say(
        `${first} Its replacement ${cardLabel(replacement)} is ${words(str(replacement, 'shipping_status') ?? 'ordered')}${when ? ` and should arrive by ${when}` : ''}.`,
      ),
    ];
  },
};

const freezeCard: ToolTemplate = {
  success(r) {
    const card = cardLabel(bag(r, 'card'));
    if (flag(r, 'already_frozen'))
      return [say(`Your ${card} is already frozen, so no new charges can go through.`)];
    return [
      say(
        `I've frozen your ${card}. New charges will be declined until you unfreeze it, which needs a one-time code.`,
      ),
    ];
  },
};

const unfreezeCard: ToolTemplate = {
  success(r) {
    return [say(`Your ${cardLabel(bag(r, 'card'))} is unfrozen and ready to use again.`)];
  },
  refusal(r) {
    if (r.code !== 'CARD_NOT_FROZEN') return null;
    const card = bag(r, 'card');
    const status = str(card, 'status');
    if (status === 'active')
      return [
        say(
          `Your ${cardLabel(card)} isn't frozen, so there's nothing to unfreeze. It's ready to use.`,
        ),
      ];
    const why = status === 'lost' || status === 'stolen' ? `was reported ${status}` : 'is closed';
    return [
      say(
        `Your ${cardLabel(card)} ${why}, so it stays blocked and can't be unfrozen. I can check on its replacement for you.`,
      ),
    ];
  },
};

function replacementLine(r: Bag, ctx: RenderContext): Reply {
  const label = cardLabel(r);
  const replaces = str(r, 'replaces_last4');
  const old = replaces ? ` (replacing the card ending in ${replaces})` : '';
  const by = day(str(r, 'expected_delivery_by'), ctx);
  const status = str(r, 'shipping_status') ?? 'ordered';
  const sentence =
    status === 'delivered'
      ? `Your ${label}${old} was delivered. Please activate it before you use it.`
      : status === 'returned'
        ? `Your ${label}${old} came back to us undelivered. Please check your mailing address with us, and we'll send it again.`
        : `Your ${label}${old} ${status === 'ordered' ? 'has been ordered' : 'is on its way'}${by ? ` and should arrive by ${by}` : ''}.`;
  const tracking = str(r, 'tracking_number');
  return [say(sentence), ...(tracking ? [textOnly(`Tracking number: ${md(tracking)}`)] : [])];
}

const checkReplacementStatus: ToolTemplate = {
  success(r, ctx) {
    const list = bags(r, 'replacements');
    if (list.length === 0) return [say("I don't see a replacement card on its way.")];
    return list.flatMap((one) => replacementLine(one, ctx));
  },
  refusal(r) {
    return r.code === 'NOT_FOUND' ? [say("I don't see a replacement card on its way.")] : null;
  },
};

export const cardTemplates: Record<string, ToolTemplate> = {
  report_lost_card: reportLostCard,
  freeze_card: freezeCard,
  unfreeze_card: unfreezeCard,
  check_replacement_status: checkReplacementStatus,
};

/** "It should arrive between November 27th and December 1st.", or null without the dates. */
export function arrivalDates(replacement: Bag, ctx: RenderContext): string | null {
  const from = day(str(replacement, 'expected_delivery_from'), ctx);
  const by = day(str(replacement, 'expected_delivery_by'), ctx);
  if (from && by && from !== by) return `It should arrive between ${from} and ${by}.`;
  return by ? `It should arrive by ${by}.` : null;
}
