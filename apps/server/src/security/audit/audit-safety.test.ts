import { describe, expect, it } from 'vitest';
import { assertAuditSafe } from './audit-safety.js';
import type { AuditInput } from './audit-record.js';

const base: AuditInput = { action: 'OTP_VERIFY', result: 'failure', actor: 'customer' };

describe('what the audit accepts', () => {
  it('takes ids, customer numbers, flags, numbers and booleans', () => {
    expect(() =>
      assertAuditSafe({
        ...base,
        customerId: 'cus_4fGh7Kq2LmN8pR1sT5vW9xYz',
        sessionId: 'sess_4fGh7Kq2LmN8pR1sT5vW9xYz',
        resource: 'CUST-10001',
        authLevel: 1,
        ipAddress: '127.0.0.1',
        jurisdiction: 'US-CO',
        complianceFlags: ['otp_invalid', 'handoff'],
        metadata: { channel: 'sms', attempts: 3, locked: false, reason: null },
      }),
    ).not.toThrow();
  });

  it.each([
    ['a one-time code', { metadata: { code: '482913' } }],
    ['a phone number', { metadata: { phone: '+15552345678' } }],
    ['a card number', { resource: '4242424242424242' }],
    ['a card number as a number', { metadata: { amount: 4242424242424242 } }],
    ['a card number inside an id-shaped value', { metadata: { ref: 'ref_4242424242424242' } }],
    ['a card number split by underscores in an id', { resource: 'ref_4242_4242_4242_4242' }],
    ['an email', { metadata: { email: 'alex.rivera@example.com' } }],
    ['a security answer in prose', { metadata: { answer: 'my mother Johnson' } }],
    ['a name', { resource: 'Alex Rivera' }],
    ['free text in a flag', { complianceFlags: ['customer said hello'] }],
    ['a made-up actor', { actor: 'Alex' }],
  ])('refuses %s', (_what, extra) => {
    expect(() => assertAuditSafe({ ...base, ...extra } as AuditInput)).toThrow(/refused to audit/);
  });
});
