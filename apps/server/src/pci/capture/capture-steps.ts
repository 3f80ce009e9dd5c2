import { appendAudit } from '../../security/index.js';
import type { StoredCard } from '../vault/index.js';
import type { EntryCheck } from './card-entry.js';
import { lockCapture, maxCaptureAttempts, updateCapture } from './capture-store.js';
import type { CaptureRow } from './capture-store.js';
import { cardView } from './capture-types.js';
import type {
  CaptureOutcome,
  CaptureServices,
  CaptureStepName,
  CardView,
} from './capture-types.js';

// The steps every capture shares, whichever door the card came in by: a wrong entry counted,
// the authorisation with the CVV, and the answer for a capture that has already moved on.

/** A wrong entry: counted, and after too many the capture ends. The entry itself is not kept. */
export async function wrongEntry(
  services: CaptureServices,
  capture: CaptureRow,
  check: Extract<EntryCheck<unknown>, { ok: false }>,
): Promise<CaptureOutcome> {
  const now = services.now();
  const attempts = capture.attempts + 1;
  const giveUp = attempts >= maxCaptureAttempts;
  await services.db.transaction(async (tx) => {
    await updateCapture(
      tx,
      capture.id,
      { attempts, ...(giveUp ? { status: 'failed' as const } : {}) },
      now,
    );
    await appendAudit(
      tx,
      captureAudit(capture, giveUp ? 'failure' : 'denied', { field: check.field, attempts }),
      now,
    );
  });
  const step: CaptureStepName = check.field === 'number' ? 'card' : check.field;
  return {
    ok: false,
    captureId: capture.id,
    code: 'CARD_INVALID',
    message: giveUp
      ? `${check.message}; too many tries, so this card request has ended`
      : check.message,
    next: giveUp ? null : step,
  };
}

function captureAudit(
  capture: CaptureRow,
  result: 'success' | 'failure' | 'denied',
  metadata: Record<string, string | number>,
) {
  return {
    action: 'CARD_CAPTURE' as const,
    result,
    actor: 'customer',
    customerId: capture.customerId,
    sessionId: capture.sessionId,
    resource: capture.id,
    complianceFlags: ['pci'],
    metadata: { channel: capture.channel, ...metadata },
  };
}

/**
 * Authorises the amount with the CVV, which lives only in this call: it goes to the processor and
 * is dropped. The processor's idempotency key is the capture's, so a double submission (two
 * clicks, a retried request) authorises once; the second writer sees the first one's result.
 */
export async function authorizeCapture(
  services: CaptureServices,
  capture: CaptureRow,
  card: StoredCard,
  cvv: string,
): Promise<CaptureOutcome> {
  const result = await services.processor.authorize({
    token: card.token,
    cvv,
    amountCents: capture.amountCents,
    currency: 'usd',
    idempotencyKey: `${capture.id}-authorize`,
    description: 'Payment to your account',
    sessionId: capture.sessionId,
    customerId: capture.customerId,
    now: services.now(),
  });
  const now = services.now();
  const view = cardView(card);
  if (!result.ok && result.code === 'PAYMENT_PROCESSOR_UNAVAILABLE') {
    // Nothing was authorised: the customer may key the code again once the processor answers.
    return {
      ok: false,
      captureId: capture.id,
      code: 'PAYMENT_PROCESSOR_UNAVAILABLE',
      message: 'the card could not be checked just now; try again in a moment',
    };
  }
  return services.db.transaction(async (tx) => {
    const locked = await lockCapture(tx, capture.id);
    if (locked?.status !== 'awaiting_cvv') return settledOutcome(locked!, view);
    if (result.ok) {
      await updateCapture(
        tx,
        capture.id,
        {
          status: 'authorized',
          processor: result.processor,
          authorizationId: result.authorizationId,
        },
        now,
      );
      await appendAudit(
        tx,
        captureAudit(capture, 'success', { brand: card.brand, processor: result.processor }),
        now,
      );
      return {
        ok: true as const,
        captureId: capture.id,
        status: 'authorized' as const,
        card: view,
      };
    }
    const declined = result.code === 'CARD_DECLINED';
    await updateCapture(
      tx,
      capture.id,
      {
        status: declined ? 'declined' : 'failed',
        processor: services.processor.name,
        declineCode: result.declineCode,
      },
      now,
    );
    await appendAudit(
      tx,
      captureAudit(capture, 'failure', { brand: card.brand, decline_code: result.declineCode }),
      now,
    );
    if (declined) {
      return {
        ok: false as const,
        captureId: capture.id,
        code: 'CARD_DECLINED' as const,
        message: result.message,
        declineCode: result.declineCode,
        card: view,
      };
    }
    return {
      ok: false as const,
      captureId: capture.id,
      code: 'CARD_INVALID' as const,
      message: result.message,
      next: null,
    };
  });
}

/** What a capture that has moved past the asked step already reached. */
export function settledOutcome(capture: CaptureRow, card: CardView): CaptureOutcome {
  if (capture.status === 'authorized')
    return { ok: true, captureId: capture.id, status: 'authorized', card };
  if (capture.status === 'declined') {
    return {
      ok: false,
      captureId: capture.id,
      code: 'CARD_DECLINED',
      message: 'the card was declined',
      declineCode: capture.declineCode ?? 'card_declined',
      card,
    };
  }
  return {
    ok: false,
    captureId: capture.id,
    code: 'CONFLICT',
    message: `the card request is ${capture.status.replaceAll('_', ' ')}`,
  };
}
