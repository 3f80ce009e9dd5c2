import { advance } from './advance.js';
import type { TurnContext } from './turn-context.js';

const brandNames: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
};

/**
 * The customer says they have entered the card: the conversation asks the vault what arrived.
 * Only the token, brand and last four come back; the number never passes through here.
 */
export async function receiveCapturedCard(ctx: TurnContext): Promise<void> {
  const task = ctx.state.task;
  if (!task?.captureId) return;
  const checked = await ctx.call('check_card_capture', { capture_id: task.captureId });
  if (!checked.ok) {
    ctx.say('That card request is no longer valid.');
    ctx.state.task = undefined;
    return;
  }
  const card = checked.card as { token: string; brand: string; last4: string } | null;
  if (checked.status === 'authorized' && card) {
    task.slots.card_token = card.token;
    task.slots.card_label = `${brandNames[card.brand] ?? card.brand} ending in ${card.last4}`;
    task.confirming = false;
    await advance(ctx, task);
    return;
  }
  if (
    checked.status === 'declined' ||
    checked.status === 'expired' ||
    checked.status === 'failed'
  ) {
    ctx.say(
      checked.status === 'declined'
        ? 'That card was declined. Would you like to try another card?'
        : 'The card form has expired.',
    );
    task.captureId = undefined;
    if (checked.status === 'declined') {
      await advance(ctx, task);
    } else {
      ctx.state.task = undefined;
    }
    return;
  }
  ctx.ask(
    'card',
    "I haven't received the card yet. Please complete the secure form, then tell me when you're done.",
  );
  if (typeof task.slots.capture_url === 'string')
    ctx.capture = { captureId: task.captureId, url: task.slots.capture_url };
}
