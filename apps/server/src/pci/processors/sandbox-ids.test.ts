import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { paymentIdFor, signAuthorization, verifyAuthorization } from './sandbox-ids.js';

const key = randomBytes(32);
const input = {
  token: 'tok_4fGh7Kq2LmN8pR1sT5vW9xYz',
  amountCents: 12_500,
  currency: 'usd' as const,
  idempotencyKey: 'cap_Abc123Abc123Abc123Abc123',
};

function tamper(id: string, change: (payload: Record<string, unknown>) => void): string {
  const [body, signature] = id.slice('sbxauth_'.length).split('.');
  const payload = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8'));
  change(payload);
  return `sbxauth_${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
}

describe('sandbox authorisation ids', () => {
  it('carry the token and amount, signed, and are the same for the same idempotency key', () => {
    const id = signAuthorization(key, input);
    expect(verifyAuthorization(key, id)).toMatchObject({
      token: input.token,
      amountCents: 12_500,
      currency: 'usd',
    });
    expect(signAuthorization(key, input)).toBe(id);
    expect(signAuthorization(key, { ...input, idempotencyKey: 'another' })).not.toBe(id);
  });

  it('refuse forged, altered and foreign ids', () => {
    const id = signAuthorization(key, input);
    expect(verifyAuthorization(randomBytes(32), id)).toBeNull();
    expect(
      verifyAuthorization(
        key,
        tamper(id, (p) => (p.amountCents = 999_999)),
      ),
    ).toBeNull();
    expect(
      verifyAuthorization(
        key,
        tamper(id, (p) => (p.token = 'tok_AAAAAAAAAAAAAAAAAAAAAAAA')),
      ),
    ).toBeNull();
    expect(verifyAuthorization(key, `${id}x`)).toBeNull();
    expect(verifyAuthorization(key, `${id}.extra`)).toBeNull();
    expect(verifyAuthorization(key, 'pi_3MtwBwLkdIwHu7ix28a3tqPa')).toBeNull();
    expect(verifyAuthorization(key, 'sbxauth_')).toBeNull();
    // Signed, but not a payload the sandbox ever writes.
    const body = Buffer.from('{"token":1}').toString('base64url');
    const mac = createHmac('sha256', key)
      .update(['bankdesk/sandbox-processor', 'authorization', body].join('\0'))
      .digest('base64url');
    expect(verifyAuthorization(key, `sbxauth_${body}.${mac}`)).toBeNull();
  });

  it('give one payment id per authorisation and capture key, shaped like our ids', () => {
    const id = signAuthorization(key, input);
    const payment = paymentIdFor(key, id, 'capture-1');
    expect(payment).toMatch(/^sbxpay_[0-9A-Za-z]{24}$/);
    expect(paymentIdFor(key, id, 'capture-1')).toBe(payment);
    expect(paymentIdFor(key, id, 'capture-2')).not.toBe(payment);
  });
});
