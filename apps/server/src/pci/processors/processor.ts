import type { Db } from '../../db/index.js';
import type { VaultKeyring } from '../vault/index.js';

/**
 * One authorisation. The CVV travels in this object once, is checked and used for that request,
 * and is never stored, logged, audited or hashed; the card itself is named only by its token.
 */
export interface AuthorizeRequest {
  token: string;
  cvv: string;
  amountCents: number;
  currency: 'usd';
  idempotencyKey: string;
  description: string;
  sessionId: string | null;
  customerId: string;
  now: Date;
}

export type ProcessorRefusalCode =
  'CARD_DECLINED' | 'CARD_INVALID' | 'PAYMENT_PROCESSOR_UNAVAILABLE';

/** A refusal is an answer, not an exception: callers record it and tell the customer. */
export interface ProcessorRefusal {
  ok: false;
  code: ProcessorRefusalCode;
  /** Stripe's vocabulary (generic_decline, insufficient_funds, incorrect_cvc, …): for records. */
  declineCode: string;
  /** Ours, never the processor's text: safe to say to a customer. */
  message: string;
}

export type AuthorizeResult =
  { ok: true; authorizationId: string; processor: string } | ProcessorRefusal;

export interface CaptureRequest {
  authorizationId: string;
  amountCents: number;
  idempotencyKey: string;
}

export type CaptureResult = { ok: true; paymentId: string } | ProcessorRefusal;

export interface PaymentProcessor {
  readonly name: 'sandbox' | 'stripe';
  authorize(request: AuthorizeRequest): Promise<AuthorizeResult>;
  capture(request: CaptureRequest): Promise<CaptureResult>;
  /** Releases an authorisation; already released is fine. Throws AppError when it cannot. */
  void(authorizationId: string, idempotencyKey: string): Promise<void>;
}

export interface SandboxProcessorDeps {
  db: Db;
  keyring: VaultKeyring;
  /** Signs the sandbox's authorisation ids; any instance with the same key can capture them. */
  signingKey: Buffer;
}

export interface StripeProcessorDeps {
  db: Db;
  keyring: VaultKeyring;
  secretKey: string;
  /** Another API origin, e.g. http://127.0.0.1:12111 for tests or an egress proxy. */
  apiBaseUrl?: string;
  timeoutMs?: number;
}
