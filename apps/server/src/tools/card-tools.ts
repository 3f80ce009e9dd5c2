import { randomInt } from 'node:crypto';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import { cards, newId } from '../db/index.js';
import type { Tx } from '../db/index.js';
import { formatWeekdayDate, localDateOf } from '../domain/regulation/index.js';
import { isRefusal, resolveCard } from './resolve.js';
import type { CardRow } from './resolve.js';
import { defineTool, refuse } from './tool.js';
import type { ToolContext } from './tool.js';

const cardSelector = z
  .string()
  .min(1)
  .max(40)
  .describe('A card id or its last four digits; may be left out when the customer has one card');

export function presentCard(card: CardRow) {
  return {
    card_id: card.id,
    kind: card.kind,
    brand: card.brand,
    last4: card.last4,
    status: card.status,
  };
}

function presentReplacement(card: CardRow) {
  return {
    ...presentCard(card),
    shipping_status: card.shippingStatus,
    expected_delivery_by: card.expectedDeliveryOn,
    tracking_number: card.trackingNumber,
  };
}

/** Orders a replacement for a card that can no longer be used, delivered in the bank's window. */
export async function orderReplacement(
  ctx: ToolContext,
  card: CardRow,
): Promise<{ card: CardRow; from: string; by: string }> {
  const today = localDateOf(ctx.now, ctx.services.timeZone);
  const window = ctx.services.bank.replacementCardBusinessDays;
  const from = ctx.services.calendar.addBusinessDays(today, window.min);
  const by = ctx.services.calendar.addBusinessDays(today, window.max);
  const [replacement] = await ctx.tx
    .insert(cards)
    .values({
      id: newId('card'),
      customerId: card.customerId,
      accountId: card.accountId,
      kind: card.kind,
      brand: card.brand,
      last4: String(randomInt(0, 10_000)).padStart(4, '0'),
      expMonth: card.expMonth,
      expYear: Number(today.slice(0, 4)) + 4,
      cardholderName: card.cardholderName,
      status: 'pending_activation',
      replacesCardId: card.id,
      shippingStatus: 'ordered',
      expectedDeliveryOn: by,
      createdAt: ctx.now,
    })
    .returning();
  return { card: replacement!, from, by };
}

async function replacementOf(tx: Tx, cardId: string): Promise<CardRow | undefined> {
  const [found] = await tx
    .select()
    .from(cards)
    .where(eq(cards.replacesCardId, cardId))
    .orderBy(desc(cards.createdAt))
    .limit(1);
  return found;
}

export const reportLostCard = defineTool({
  name: 'report_lost_card',
  title: 'Report a lost or stolen card',
  description:
    'Deactivates the card at once (it cannot be used again) and orders a replacement, delivered in 5 to 7 business days. Charges already pending stay pending; disputing them is separate.',
  input: z.strictObject({
    card: cardSelector.optional(),
    reason: z.enum(['lost', 'stolen']).default('lost'),
  }),
  minLevel: 1,
  piiAccessed: true,
  async handler(ctx, input) {
    const card = await resolveCard(
      ctx.tx,
      ctx.customerId!,
      input.card,
      (c) => c.status !== 'closed' && c.status !== 'pending_activation',
    );
    if (isRefusal(card)) return card;
    if (card.status === 'lost' || card.status === 'stolen') {
      const existing = await replacementOf(ctx.tx, card.id);
      return refuse(
        'CONFLICT',
        `the card ending in ${card.last4} was already reported ${card.status}`,
        {
          card: presentCard(card),
          ...(existing ? { replacement: presentReplacement(existing) } : {}),
        },
      );
    }
    const [deactivated] = await ctx.tx
      .update(cards)
      .set({
        status: input.reason,
        statusReason: `reported ${input.reason} by the cardholder`,
        statusChangedAt: ctx.now,
      })
      .where(eq(cards.id, card.id))
      .returning();
    const replacement = await orderReplacement(ctx, card);
    return {
      ok: true,
      card: presentCard(deactivated!),
      replacement: {
        ...presentReplacement(replacement.card),
        expected_delivery_from: replacement.from,
        message: `Your new card ending in ${replacement.card.last4} will arrive between ${formatWeekdayDate(replacement.from)} and ${formatWeekdayDate(replacement.by)}.`,
      },
    };
  },
});

export const freezeCard = defineTool({
  name: 'freeze_card',
  title: 'Freeze a card',
  description:
    'Temporarily blocks new charges on a card. It can be unfrozen later (that needs a one-time code).',
  input: z.strictObject({ card: cardSelector.optional() }),
  minLevel: 1,
  async handler(ctx, input) {
    const card = await resolveCard(
      ctx.tx,
      ctx.customerId!,
      input.card,
      (c) => c.status === 'active' || c.status === 'frozen',
    );
    if (isRefusal(card)) return card;
    if (card.status === 'frozen')
      return { ok: true, card: presentCard(card), already_frozen: true };
    const [frozen] = await ctx.tx
      .update(cards)
      .set({ status: 'frozen', statusReason: 'frozen by the cardholder', statusChangedAt: ctx.now })
      .where(eq(cards.id, card.id))
      .returning();
    return { ok: true, card: presentCard(frozen!), already_frozen: false };
  },
});

export const unfreezeCard = defineTool({
  name: 'unfreeze_card',
  title: 'Unfreeze a card',
  description:
    'Lifts a freeze so the card works again. Only a frozen card can be unfrozen; a lost or stolen one stays blocked.',
  input: z.strictObject({ card: cardSelector.optional() }),
  minLevel: 2,
  async handler(ctx, input) {
    const card = await resolveCard(
      ctx.tx,
      ctx.customerId!,
      input.card,
      (c) => c.status !== 'closed' && c.status !== 'pending_activation',
    );
    if (isRefusal(card)) return card;
    if (card.status !== 'frozen') {
      return refuse(
        'CARD_NOT_FROZEN',
        card.status === 'active'
          ? `the card ending in ${card.last4} is not frozen`
          : `the card ending in ${card.last4} was reported ${card.status} and cannot be unfrozen`,
        { card: presentCard(card) },
      );
    }
    const [active] = await ctx.tx
      .update(cards)
      .set({ status: 'active', statusReason: null, statusChangedAt: ctx.now })
      .where(eq(cards.id, card.id))
      .returning();
    return { ok: true, card: presentCard(active!) };
  },
});

export const checkReplacementStatus = defineTool({
  name: 'check_replacement_status',
  title: 'Where is my replacement card',
  description:
    'Shipping status and expected delivery date of replacement cards on their way (or the one for a given card).',
  input: z.strictObject({ card: cardSelector.optional() }),
  minLevel: 1,
  async handler(ctx, input) {
    const replacements = await ctx.tx
      .select()
      .from(cards)
      .where(and(eq(cards.customerId, ctx.customerId!), isNotNull(cards.replacesCardId)))
      .orderBy(desc(cards.createdAt));
    const wanted = input.card?.replace(/\D/g, '');
    // The customer may name the new card or the one it replaces.
    const selected = input.card
      ? replacements.filter((r) => r.id === input.card || r.last4 === wanted)
      : replacements;
    const originals = await ctx.tx
      .select()
      .from(cards)
      .where(eq(cards.customerId, ctx.customerId!));
    const forOriginal = input.card
      ? replacements.filter((r) =>
          originals.some(
            (o) => o.id === r.replacesCardId && (o.id === input.card || o.last4 === wanted),
          ),
        )
      : [];
    const result = [...new Map([...selected, ...forOriginal].map((r) => [r.id, r])).values()];
    if (result.length === 0) return refuse('NOT_FOUND', 'there is no replacement card on its way');
    return {
      ok: true,
      replacements: result.map((r) => ({
        ...presentReplacement(r),
        replaces_last4: originals.find((o) => o.id === r.replacesCardId)?.last4 ?? null,
        message:
          r.shippingStatus === 'delivered'
            ? `Your card ending in ${r.last4} was delivered; activate it before use.`
            : `Your card ending in ${r.last4} is ${(r.shippingStatus ?? 'ordered').replace('_', ' ')} and should arrive by ${r.expectedDeliveryOn ? formatWeekdayDate(r.expectedDeliveryOn) : 'soon'}.`,
      })),
    };
  },
});
