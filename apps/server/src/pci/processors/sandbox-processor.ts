import { AppError } from '../../errors/index.js';
import { cardForAuthorization } from './card-checks.js';
import { captureRefusal, cardRefusal } from './card-refusal.js';
import type { PaymentProcessor, SandboxProcessorDeps } from './processor.js';
import { paymentIdFor, signAuthorization, verifyAuthorization } from './sandbox-ids.js';
import { testCardOutcome } from './test-cards.js';

/**
 * A processor that moves no money and needs no network, for laptops, demos and tests. It answers
 * like Stripe for Stripe's test cards (test-cards.ts) and approves every other valid card. It is
 * stateless: the signed authorisation id is the whole record (sandbox-ids.ts).
 *
 * Being stateless, it cannot notice a second capture of one authorisation under a new
 * idempotency key; the card payment's own row (one per capture) is what prevents that.
 */
export function createSandboxProcessor(deps: SandboxProcessorDeps): PaymentProcessor {
  if (deps.signingKey.length < 32) {
    throw new AppError('CONFIG_INVALID', 'The sandbox processor needs a 32-byte signing key');
  }
  return {
    name: 'sandbox',

    async authorize(request) {
      const checked = await cardForAuthorization(deps, 'sandbox', request);
      if (!checked.ok) return checked;
      const outcome = testCardOutcome(checked.pan);
      if (outcome.kind === 'decline') return cardRefusal(outcome.code, outcome.declineCode);
      return {
        ok: true,
        processor: 'sandbox',
        authorizationId: signAuthorization(deps.signingKey, {
          token: request.token,
          amountCents: request.amountCents,
          currency: request.currency,
          idempotencyKey: request.idempotencyKey,
        }),
      };
    },

    async capture(request) {
      const authorization = verifyAuthorization(deps.signingKey, request.authorizationId);
      if (!authorization) return captureRefusal('resource_missing');
      if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0) {
        throw new AppError('INVALID_AMOUNT', 'The amount must be a positive number of cents.');
      }
      // Partial captures are allowed, as on Stripe; more than was authorised never is.
      if (request.amountCents > authorization.amountCents)
        return captureRefusal('amount_too_large');
      return {
        ok: true,
        paymentId: paymentIdFor(deps.signingKey, request.authorizationId, request.idempotencyKey),
      };
    },

    async void(authorizationId) {
      // Nothing is held anywhere, so releasing is only checking that the id is ours.
      if (!verifyAuthorization(deps.signingKey, authorizationId)) {
        throw new AppError('NOT_FOUND', 'The processor does not know this authorisation.');
      }
    },
  };
}
