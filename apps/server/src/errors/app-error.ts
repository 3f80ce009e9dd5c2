import type { ErrorCode } from '@bankdesk/contracts';

const httpStatusByCode: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  RATE_LIMITED: 429,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  AUTH_REQUIRED: 403,
  SESSION_INVALID: 401,
  SESSION_EXPIRED: 401,
  IDENTIFY_FAILED: 401,
  IDENTIFY_LOCKED: 423,
  OTP_INVALID: 401,
  OTP_EXPIRED: 401,
  OTP_NOT_SENT: 409,
  OTP_LOCKED: 423,
  OTP_SEND_LIMIT: 429,
  SECURITY_ANSWER_INVALID: 401,
  SECURITY_ANSWER_LOCKED: 423,
  STEP_UP_LOCKED: 423,
  LOGIN_FAILED: 401,
  LOGIN_LOCKED: 423,
  CONFIRMATION_REQUIRED: 409,
  AMBIGUOUS: 409,
  LIMIT_EXCEEDED: 422,
  CARD_NOT_FROZEN: 409,
  INVALID_TRANSITION: 409,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TURN_IN_PROGRESS: 409,
  CONVERSATION_CLOSED: 409,
  INVALID_AMOUNT: 400,
  INSUFFICIENT_FUNDS: 422,
  SAME_ACCOUNT: 422,
  ACCOUNT_NOT_OPEN: 422,
  CURRENCY_MISMATCH: 422,
  LEDGER_UNBALANCED: 500,
  HOLD_NOT_ACTIVE: 409,
  CARD_NOT_ACTIVE: 422,
  ALREADY_REVERSED: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  PCI_BLOCKED: 422,
  CARD_INVALID: 422,
  CARD_DECLINED: 402,
  CARD_CAPTURE_REQUIRED: 409,
  CAPTURE_EXPIRED: 410,
  PAYMENT_PROCESSOR_UNAVAILABLE: 502,
  SMS_DELIVERY_FAILED: 502,
  LLM_UNAVAILABLE: 502,
  NOT_READY: 503,
  DB_UNAVAILABLE: 503,
  DB_LOCKED: 503,
  CONFIG_INVALID: 500,
  SHUTTING_DOWN: 503,
  INTERNAL: 500,
};

/**
 * The one error type of the server. `code` is the stable contract; `message` is for humans and may
 * change. `details` never reaches a client unless a route copies it out on purpose.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly httpStatus: number;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.httpStatus = httpStatusByCode[code];
    this.details = options.details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export function httpStatusFor(code: ErrorCode): number {
  return httpStatusByCode[code];
}
