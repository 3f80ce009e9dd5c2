/**
 * How texts leave the bank. Implementations never log or keep a message body in clear: a body
 * can hold a one-time code.
 */
export interface SmsMessage {
  /** E.164. */
  to: string;
  body: string;
  purpose: 'otp' | 'notice';
}

export interface SmsSender {
  readonly provider: 'sandbox' | 'twilio' | 'sns';
  /** Resolves with the provider's message id; rejects with AppError SMS_DELIVERY_FAILED. */
  send(message: SmsMessage): Promise<{ messageId: string }>;
}
