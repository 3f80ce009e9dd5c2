import { and, desc, eq } from 'drizzle-orm';
import type { ErrorCode } from '@bankdesk/contracts';
import { cardCaptures, cardPayments, newId } from '../../db/index.js';
import type { Tx } from '../../db/index.js';
import { confirmationNumber, receiveCardPayment } from '../../ledger/index.js';
import type { LedgerContext } from '../../ledger/index.js';
import { appendAudit } from '../../security/index.js';
import { updateCapture } from '../capture/capture-store.js';
import type { PaymentProcessor } from '../processors/index.js';
import { findCard } from '../vault/index.js';
import type { StoredCard } from '../vault/index.js';

export type CardPaymentRow = typeof cardPayments.$inferSelect;

export interface PaymentRefusal {
  ok: false;
  code: ErrorCode;
  message: string;
  [detail: string]: unknown;
}

export interface CardPaymentResult {
  ok: true;
  payment: CardPaymentRow;
  card: StoredCard;
}

/**
 * Takes the money a captured card was authorised for and credits the customer's account. The
 * capture row is locked first, so two attempts on one capture (a retry with a fresh key, a
 * double click) cannot both pay: the second finds it used and is told the first confirmation.
 * The processor's capture is idempotent on the capture id as well, in case this transaction
 * fails after the processor has answered.
 */
export async function payWithCapturedCard(
  tx: Tx,
  deps: { processor: PaymentProcessor; ledger: LedgerContext; now: Date },
  input: {
    sessionId: string;
    customerId: string;
    token: string;
    accountId: string;
    amountCents: number;
  },
): Promise<CardPaymentResult | PaymentRefusal> {
  const [capture] = await tx
    .select()
    .from(cardCaptures)
    .where(
      and(eq(cardCaptures.sessionId, input.sessionId), eq(cardCaptures.vaultToken, input.token)),
    )
    .orderBy(desc(cardCaptures.createdAt))
    .limit(1)
    .for('update');
  if (!capture) {
    return {
      ok: false,
      code: 'NOT_FOUND',
      message: 'no card was entered in this conversation with that token',
    };
  }
  if (capture.status === 'used') {
    const [paid] = await tx
      .select()
      .from(cardPayments)
      .where(eq(cardPayments.captureId, capture.id));
    return {
      ok: false,
      code: 'CONFLICT',
      message: 'this card payment has already been made',
      confirmation_number: paid?.confirmationNumber ?? null,
    };
  }
  if (capture.status === 'declined') {
    return {
      ok: false,
      code: 'CARD_DECLINED',
      message: 'that card was declined; another card can be used',
      decline_code: capture.declineCode,
    };
  }
  if (capture.status !== 'authorized' || !capture.authorizationId) {
    return {
      ok: false,
      code: 'CARD_CAPTURE_REQUIRED',
      message: 'the card has not been fully entered yet',
      capture_id: capture.id,
    };
  }
  if (capture.accountId !== input.accountId || capture.amountCents !== input.amountCents) {
    return {
      ok: false,
      code: 'INVALID_INPUT',
      message:
        'the card was authorised for a different amount or account; start the payment again for a new amount',
    };
  }
  const card = await findCard(tx, input.token);
  if (!card || card.customerId !== input.customerId) {
    return {
      ok: false,
      code: 'NOT_FOUND',
      message: 'no card was entered in this conversation with that token',
    };
  }

  const captured = await deps.processor.capture({
    authorizationId: capture.authorizationId,
    amountCents: capture.amountCents,
    idempotencyKey: `${capture.id}-capture`,
  });
  if (!captured.ok) {
    await appendAudit(
      tx,
      paymentAudit(capture, 'failure', { decline_code: captured.declineCode }),
      deps.now,
    );
    return {
      ok: false,
      code: captured.code,
      message: captured.message,
      decline_code: captured.declineCode,
    };
  }

  const paymentId = newId('cardPayment');
  const { journalId } = await receiveCardPayment(tx, deps.ledger, {
    cardPaymentId: paymentId,
    toAccountId: capture.accountId,
    amountCents: capture.amountCents,
    cardLabel: `${card.brand.toUpperCase()} ••${card.last4}`,
    at: deps.now,
  });
  const [payment] = await tx
    .insert(cardPayments)
    .values({
      id: paymentId,
      captureId: capture.id,
      customerId: input.customerId,
      accountId: capture.accountId,
      vaultToken: card.token,
      amountCents: capture.amountCents,
      status: 'succeeded',
      processor: capture.processor ?? deps.processor.name,
      processorPaymentId: captured.paymentId,
      confirmationNumber: confirmationNumber('PAY', deps.now, deps.ledger),
      journalId,
      createdAt: deps.now,
    })
    .returning();
  await updateCapture(tx, capture.id, { status: 'used' }, deps.now);
  await appendAudit(
    tx,
    paymentAudit(capture, 'success', { brand: card.brand, amount_cents: capture.amountCents }),
    deps.now,
  );
  return { ok: true, payment: payment!, card };
}

function paymentAudit(
  capture: typeof cardCaptures.$inferSelect,
  result: 'success' | 'failure',
  metadata: Record<string, string | number | null>,
) {
  return {
    action: 'CARD_PAYMENT' as const,
    result,
    actor: 'customer',
    customerId: capture.customerId,
    sessionId: capture.sessionId,
    resource: capture.id,
    complianceFlags: ['pci'],
    metadata,
  };
}
