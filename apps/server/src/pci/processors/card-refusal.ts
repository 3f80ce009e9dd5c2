import type { ProcessorRefusal } from './processor.js';

// Errors that mean the details are wrong (the customer can re-enter them), not that the issuer
// said no.
const invalidDetails: Record<string, string> = {
  incorrect_number: 'The card number is not valid.',
  invalid_number: 'The card number is not valid.',
  invalid_expiry_month: 'The expiry date is not valid.',
  invalid_expiry_year: 'The expiry date is not valid.',
  expiry_missing: 'The expiry date is missing.',
  invalid_cvc: 'The security code is not valid.',
};

// Lost, stolen and fraudulent read as a plain decline on purpose, as the networks ask: telling
// the person holding the card why helps whoever stole it. The decline code keeps the reason.
const declineMessages: Record<string, string> = {
  insufficient_funds: 'The card was declined for insufficient funds.',
  expired_card: 'The card has expired.',
  incorrect_cvc: 'The security code is incorrect.',
  processing_error: 'The card could not be processed. Please try again.',
  authentication_required: 'The card issuer asked for an authentication that cannot be done here.',
  card_velocity_exceeded: 'The card was declined: it is over its spending limit.',
};

// A processor's code is copied into records and audits: only a short snake_case word is kept.
function cleanCode(value: string | null | undefined): string | undefined {
  return value && /^[a-z][a-z0-9_]{0,63}$/.test(value) ? value : undefined;
}

/**
 * A card refusal in Stripe's terms (the 402 card_error's `code` and `decline_code`) as ours.
 * The decline code reported is the issuer's reason when there is one, else the error code.
 */
export function cardRefusal(
  code: string | null | undefined,
  declineCode?: string | null,
): ProcessorRefusal {
  const errorCode = cleanCode(code);
  if (errorCode && errorCode in invalidDetails) {
    return {
      ok: false,
      code: 'CARD_INVALID',
      declineCode: errorCode,
      message: invalidDetails[errorCode]!,
    };
  }
  const reason = cleanCode(declineCode) ?? errorCode ?? 'card_declined';
  return {
    ok: false,
    code: 'CARD_DECLINED',
    declineCode: reason,
    message: declineMessages[reason] ?? 'The card was declined.',
  };
}

/** The processor refused this capture (too much, unknown or no longer capturable). */
export function captureRefusal(reason: string): ProcessorRefusal {
  const messages: Record<string, string> = {
    amount_too_large: 'The capture is larger than the authorised amount.',
    resource_missing: 'The processor does not know this authorisation.',
  };
  return {
    ok: false,
    code: 'CARD_DECLINED',
    declineCode: cleanCode(reason) ?? 'capture_refused',
    message: messages[reason] ?? 'The processor refused to capture this authorisation.',
  };
}

export function processorUnavailable(reason: string): ProcessorRefusal {
  return {
    ok: false,
    code: 'PAYMENT_PROCESSOR_UNAVAILABLE',
    declineCode: cleanCode(reason) ?? 'processor_error',
    message: 'The payment processor is not available right now. Please try again later.',
  };
}
