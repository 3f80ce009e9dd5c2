import { z } from 'zod';

/**
 * Every failure that leaves the server carries one of these codes. They are part of the public
 * contract: clients, scenario files and operators match on them, so a code is never renamed or
 * reused for a different meaning — add a new one instead.
 */
export const errorCodes = [
  // request shape
  'INVALID_INPUT',
  'MALFORMED_JSON',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'RATE_LIMITED',
  // access
  'UNAUTHORIZED',
  'FORBIDDEN',
  'AUTH_REQUIRED',
  'SESSION_INVALID',
  'SESSION_EXPIRED',
  'IDENTIFY_FAILED',
  'IDENTIFY_LOCKED',
  'OTP_INVALID',
  'OTP_EXPIRED',
  'OTP_NOT_SENT',
  'OTP_LOCKED',
  'OTP_SEND_LIMIT',
  'SECURITY_ANSWER_INVALID',
  'SECURITY_ANSWER_LOCKED',
  'STEP_UP_LOCKED',
  'LOGIN_FAILED',
  'LOGIN_LOCKED',
  'CONFIRMATION_REQUIRED',
  'AMBIGUOUS',
  'LIMIT_EXCEEDED',
  'CARD_NOT_FROZEN',
  'INVALID_TRANSITION',
  // resources
  'NOT_FOUND',
  'CONFLICT',
  'TURN_IN_PROGRESS',
  'CONVERSATION_CLOSED',
  // money
  'INVALID_AMOUNT',
  'INSUFFICIENT_FUNDS',
  'SAME_ACCOUNT',
  'ACCOUNT_NOT_OPEN',
  'CURRENCY_MISMATCH',
  'LEDGER_UNBALANCED',
  'HOLD_NOT_ACTIVE',
  'CARD_NOT_ACTIVE',
  'ALREADY_REVERSED',
  'IDEMPOTENCY_KEY_REUSED',
  // cards and payments
  'PCI_BLOCKED',
  'CARD_INVALID',
  'CARD_DECLINED',
  'CARD_CAPTURE_REQUIRED',
  'CAPTURE_EXPIRED',
  'PAYMENT_PROCESSOR_UNAVAILABLE',
  // service
  'SMS_DELIVERY_FAILED',
  'LLM_UNAVAILABLE',
  'NOT_READY',
  'DB_UNAVAILABLE',
  'DB_LOCKED',
  'CONFIG_INVALID',
  'SHUTTING_DOWN',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorCodeSchema = z.enum(errorCodes);

/** The one error body every endpoint returns: `{error: {code, message}}`. */
export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
  }),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;
