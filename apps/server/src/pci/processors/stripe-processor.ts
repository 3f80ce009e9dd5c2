import Stripe from 'stripe';
import { AppError } from '../../errors/index.js';
import { cardForAuthorization } from './card-checks.js';
import { captureRefusal, processorUnavailable } from './card-refusal.js';
import type { PaymentProcessor, StripeProcessorDeps } from './processor.js';
import { refusalFromStripe, voidFailure } from './stripe-errors.js';

// Raw card numbers are not in the SDK's types (Stripe steers integrations to its own capture
// forms); they are in its API for accounts cleared to send them, which a bank capturing cards in
// its own PCI scope is. The SDK encodes the extra hash like any other.
type CreateWithRawCard = Stripe.PaymentIntentCreateParams & {
  payment_method_data: Stripe.PaymentIntentCreateParams.PaymentMethodData & {
    card: { number: string; exp_month: number; exp_year: number; cvc: string };
  };
};

// Stripe ids are short base-62 words; anything else never reaches a request path.
const paymentIntentId = /^pi_[A-Za-z0-9_]{1,255}$/;

/** The SDK's host, port and protocol from one URL; the SDK builds every path itself. */
function endpoint(
  apiBaseUrl: string | undefined,
): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  if (!apiBaseUrl) return {};
  let url: URL;
  try {
    url = new URL(apiBaseUrl);
  } catch {
    throw new AppError('CONFIG_INVALID', 'The Stripe API base URL is not a URL');
  }
  const protocol = url.protocol.slice(0, -1);
  if (
    (protocol !== 'http' && protocol !== 'https') ||
    (url.pathname !== '/' && url.pathname !== '')
  ) {
    throw new AppError('CONFIG_INVALID', 'The Stripe API base URL must be http(s)://host[:port]');
  }
  return { protocol, host: url.hostname, port: url.port || (protocol === 'https' ? 443 : 80) };
}

/**
 * Stripe through its official SDK: authorise = a PaymentIntent created and confirmed at once
 * with capture_method=manual, so the funds are held and nothing is charged; capture = capture
 * that intent; void = cancel it. Each call carries an Idempotency-Key derived from the caller's,
 * namespaced by operation so one caller key (say, the capture id) is safe for all three.
 */
export function createStripeProcessor(deps: StripeProcessorDeps): PaymentProcessor {
  if (!/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/.test(deps.secretKey)) {
    // Never echo the value: a mistyped key is still mostly a key.
    throw new AppError(
      'CONFIG_INVALID',
      'STRIPE_SECRET_KEY is not a Stripe secret or restricted key',
    );
  }
  const stripe = new Stripe(deps.secretKey, {
    ...endpoint(deps.apiBaseUrl),
    // One retry covers a dropped connection; the idempotency key makes it safe. More would keep
    // a customer on the line while a processor is down.
    maxNetworkRetries: 1,
    timeout: deps.timeoutMs ?? 20_000,
    telemetry: false,
  });

  return {
    name: 'stripe',

    async authorize(request) {
      const checked = await cardForAuthorization(deps, 'stripe', request);
      if (!checked.ok) return checked;
      const params: CreateWithRawCard = {
        amount: request.amountCents,
        currency: request.currency,
        description: request.description,
        capture_method: 'manual',
        confirm: true,
        // Card only, so confirming never needs a redirect (and a return_url) for another method;
        // and 3-D Secure, which needs the cardholder at a browser a phone payment does not have,
        // fails the attempt (authentication_required) instead of leaving it waiting.
        allowed_payment_method_types: ['card'],
        error_on_requires_action: true,
        payment_method_data: {
          type: 'card',
          card: {
            number: checked.pan,
            exp_month: checked.expMonth,
            exp_year: checked.expYear,
            cvc: request.cvv,
          },
        },
      };
      try {
        const intent = await stripe.paymentIntents.create(params, {
          idempotencyKey: `authorize:${request.idempotencyKey}`,
        });
        if (intent.status === 'requires_capture') {
          return { ok: true, authorizationId: intent.id, processor: 'stripe' };
        }
        return processorUnavailable('unexpected_status');
      } catch (error) {
        return refusalFromStripe(error, 'authorize');
      }
    },

    async capture(request) {
      if (!paymentIntentId.test(request.authorizationId)) return captureRefusal('resource_missing');
      if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0) {
        throw new AppError('INVALID_AMOUNT', 'The amount must be a positive number of cents.');
      }
      try {
        const intent = await stripe.paymentIntents.capture(
          request.authorizationId,
          { amount_to_capture: request.amountCents },
          { idempotencyKey: `capture:${request.idempotencyKey}` },
        );
        // The intent is the payment (refunds and disputes name it); its charge id would also
        // clash with our own `ch_` ids.
        if (intent.status === 'succeeded') return { ok: true, paymentId: intent.id };
        return processorUnavailable('unexpected_status');
      } catch (error) {
        return refusalFromStripe(error, 'capture');
      }
    },

    async void(authorizationId, idempotencyKey) {
      if (!paymentIntentId.test(authorizationId)) {
        throw new AppError('NOT_FOUND', 'The processor does not know this authorisation.');
      }
      try {
        await stripe.paymentIntents.cancel(
          authorizationId,
          {},
          { idempotencyKey: `void:${idempotencyKey}` },
        );
      } catch (error) {
        const failure = voidFailure(error);
        if (failure) throw failure;
      }
    },
  };
}
