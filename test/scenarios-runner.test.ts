import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BankClient,
  checkHandoff,
  conversationToolCalls,
  createEvalTarget,
  imageDemoBank,
  runStateCheck,
} from '../apps/server/src/scenarios/index.js';
import type { CheckScope, DemoBankImage, EvalTarget } from '../apps/server/src/scenarios/index.js';

// The runner's checks read the real ops API of a real in-process server on the seeded demo bank:
// the paths, the staff token and the contract schemas are exercised as a suite run uses them.
let image: DemoBankImage | null;
let target: EvalTarget;
let client: BankClient;

beforeAll(async () => {
  image = await imageDemoBank();
  target = await createEvalTarget({ brain: 'builtin', image });
  client = new BankClient(target.url, target.staffToken);
}, 180_000);

afterAll(async () => {
  await target?.close();
});

const alex = 'CUST-10001';
const scope = (since: Date): CheckScope => ({ client, customer: alex, since });
const longAgo = new Date('2000-01-01T00:00:00Z');

describe('an evaluation server', () => {
  it('starts from an image of the demo bank, with the ops API behind its own staff token', async () => {
    expect(image?.data.size).toBeGreaterThan(1_000_000);
    expect(target.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const accounts = await client.accounts(alex);
    expect(accounts.map((a) => a.last4).sort()).toEqual(['4521', '7789']);
  });

  it('refuses the ops API without the right token', async () => {
    await expect(new BankClient(target.url).cards(alex)).rejects.toThrow(/needs a staff token/);
    await expect(new BankClient(target.url, 'x'.repeat(40)).cards(alex)).rejects.toThrow(
      /answered 401/,
    );
  });

  it('gives each target its own database', async () => {
    const other = await createEvalTarget({ brain: 'builtin', image });
    try {
      expect(other.url).not.toBe(target.url);
      expect(other.staffToken).not.toBe(target.staffToken);
      const otherClient = new BankClient(other.url, other.staffToken);
      expect((await otherClient.cards(alex)).map((c) => c.last4)).toEqual(['4532']);
    } finally {
      await other.close();
    }
    // Closing one leaves the other serving.
    expect((await client.cards(alex)).map((c) => c.last4)).toEqual(['4532']);
  }, 60_000);
});

describe('state checks against the seeded bank', () => {
  it('reads balances and cards', async () => {
    expect(
      await runStateCheck(scope(longAgo), { balance: { last4: '4521', availableCents: 564732 } }),
    ).toEqual({ pass: true });
    expect(
      await runStateCheck(scope(longAgo), { balance: { last4: '4521', availableCents: 514732 } }),
    ).toEqual({
      pass: false,
      reason: 'account ending in 4521 has $5,647.32 available, expected $5,147.32',
    });
    expect(
      await runStateCheck(scope(longAgo), { card: { last4: '4532', status: 'active' } }),
    ).toEqual({ pass: true });
    expect(
      await runStateCheck(scope(longAgo), { card: { last4: '4532', status: 'closed' } }),
    ).toEqual({ pass: false, reason: 'card ending in 4532 is active, expected closed' });
    expect(
      await runStateCheck(scope(longAgo), { card: { last4: '0000', status: 'active' } }),
    ).toEqual({ pass: false, reason: 'no card ending in 0000' });
  });

  it('counts only what happened since the conversation began', async () => {
    const dispute = { dispute: { amountCents: 110424, reason: 'fraudulent' as const } };
    expect(await runStateCheck(scope(longAgo), dispute)).toEqual({ pass: true });
    expect(await runStateCheck(scope(new Date()), dispute)).toEqual({
      pass: false,
      reason: 'a dispute of $1,104.24 (fraudulent) was not filed in this conversation',
    });
    const ach = { amountCents: 50000, rail: 'ach' as const };
    expect(await runStateCheck(scope(longAgo), { transfer: ach })).toEqual({ pass: true });
    expect(await runStateCheck(scope(new Date()), { transfer: { ...ach, absent: true } })).toEqual({
      pass: true,
    });
    expect(await runStateCheck(scope(longAgo), { transfer: { ...ach, absent: true } })).toEqual({
      pass: false,
      reason: 'a ach transfer of $500.00 was made',
    });
  });

  it('reads evidence counts, stop payments, hand-offs and the audit trail', async () => {
    expect(
      await runStateCheck(scope(longAgo), {
        dispute: { amountCents: 110424, merchant: 'delta', minEvidence: 1 },
      }),
    ).toEqual({ pass: true });
    expect(await runStateCheck(scope(longAgo), { stopPayment: { checkNumber: 1234 } })).toEqual({
      pass: false,
      reason: 'no active stop payment on check 1234',
    });
    expect(await checkHandoff(scope(longAgo), 'legal')).toEqual({
      pass: false,
      reason: 'no hand-off (expected legal)',
    });
    expect(await runStateCheck(scope(new Date()), { audit: { action: 'PCI_BLOCKED' } })).toEqual({
      pass: false,
      reason: 'no PCI_BLOCKED audit record',
    });
    expect(await conversationToolCalls(scope(new Date()))).toEqual([]);
  });
});

describe('the sandbox doors the scripted user uses', () => {
  it('reads the sandbox phone and answers a card for no form with NOT_FOUND', async () => {
    expect(await client.outbox('+1-555-234-5678')).toEqual([]);
    expect(
      await client.submitCard('cap_' + 'a'.repeat(24), {
        number: '4242424242424242',
        expiry: '12/30',
        cvv: '123',
      }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
