import Stripe from 'stripe';
import { AppError } from '../../errors/index.js';
import { captureRefusal, cardRefusal, processorUnavailable } from './card-refusal.js';
import type { ProcessorRefusal } from './processor.js';

// What Stripe says when a capture itself is refused (400 invalid_request_error): the capture is
// over the capturable amount, the intent is unknown, or it is no longer waiting to be captured.
const captureRefusals = new Set([
  'amount_too_large',
  'resource_missing',
  'payment_intent_unexpected_state',
]);

/**
 * Any failure of a Stripe call as a refusal. Only codes cross over, never Stripe's messages: a
 * 401's text quotes part of the API key and a card error's may describe the card. Failures that
 * are not Stripe's (our own AppErrors, bugs) are rethrown untouched.
 */
export function refusalFromStripe(
  error: unknown,
  operation: 'authorize' | 'capture',
): ProcessorRefusal {
  const errors = Stripe.errors;
  if (!(error instanceof errors.StripeError)) throw error;
  if (error instanceof errors.StripeCardError) return cardRefusal(error.code, error.decline_code);
  if (error instanceof errors.StripeIdempotencyError) {
    // A key reused for a different request is our bug, not the customer's: say so loudly.
    throw new AppError(
      'IDEMPOTENCY_KEY_REUSED',
      'The processor has seen this idempotency key with a different request.',
    );
  }
  if (error instanceof errors.StripeInvalidRequestError) {
    const code = error.code ?? 'invalid_request';
    if (operation === 'capture' && captureRefusals.has(code)) return captureRefusal(code);
    // Anything else we sent wrong is not something the customer can fix by trying again with
    // the same card: the service is, for this payment, unavailable.
    return processorUnavailable(code);
  }
  if (error instanceof errors.StripeAuthenticationError)
    return processorUnavailable('authentication_failed');
  if (error instanceof errors.StripePermissionError)
    return processorUnavailable('permission_denied');
  if (error instanceof errors.StripeRateLimitError) return processorUnavailable('rate_limited');
  if (error instanceof errors.StripeConnectionError)
    return processorUnavailable('connection_error');
  return processorUnavailable('api_error');
}

/** Voids answer nothing, so their failures are thrown, with the same care for messages. */
export function voidFailure(error: unknown): AppError | null {
  const errors = Stripe.errors;
  if (!(error instanceof errors.StripeError)) throw error;
  if (error instanceof errors.StripeIdempotencyError) {
    return new AppError(
      'IDEMPOTENCY_KEY_REUSED',
      'The processor has seen this idempotency key with a different request.',
    );
  }
  if (error instanceof errors.StripeInvalidRequestError) {
    // Already cancelled: the goal of a void is met, whoever got there first.
    if (error.payment_intent?.status === 'canceled') return null;
    if (error.code === 'resource_missing') {
      return new AppError('NOT_FOUND', 'The processor does not know this authorisation.');
    }
    return new AppError('CONFLICT', 'The processor can no longer void this authorisation.');
  }
  return new AppError(
    'PAYMENT_PROCESSOR_UNAVAILABLE',
    'The payment processor is not available right now.',
  );
}
