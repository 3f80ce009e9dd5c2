import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../apps/server/src/db/index.js';
import type { Db } from '../apps/server/src/db/index.js';
import { createSandboxProcessor } from '../apps/server/src/pci/processors/index.js';
import type {
  AuthorizeRequest,
  PaymentProcessor,
} from '../apps/server/src/pci/processors/index.js';
import { createVaultKeyring, tokenizeCard } from '../apps/server/src/pci/vault/index.js';
import type { VaultKeyring } from '../apps/server/src/pci/vault/index.js';
import { createKeys } from '../apps/server/src/security/index.js';
import {
  cvvFor,
  expectedTestCardOutcomes,
  futureExpiry,
  insertCustomer,
  withCheckDigit,
} from './support/pci-fixtures.js';
import { openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

const now = new Date();

describe('the sandbox processor', () => {
  let t: TestStore;
  let db: Db;
  let keyring: VaultKeyring;
  let signingKey: Buffer;
  let sandbox: PaymentProcessor;
  let customerId: string;
  let keyCounter = 0;

  async function vaulted(pan: string, expiry = futureExpiry(now)): Promise<string> {
    return (await tokenizeCard(db, keyring, { pan, customerId, now, ...expiry })).token;
  }

  function request(token: string, pan: string, extra: Partial<AuthorizeRequest> = {}) {
    keyCounter += 1;
    return {
      token,
      cvv: cvvFor(pan),
      amountCents: 5_000,
      currency: 'usd' as const,
      idempotencyKey: `cap_sandbox_${keyCounter}`,
      description: 'Payment to credit card account',
      sessionId: null,
      customerId,
      now,
      ...extra,
    };
  }

  async function authorized(pan = '4242424242424242', amountCents = 5_000): Promise<string> {
    const result = await sandbox.authorize(request(await vaulted(pan), pan, { amountCents }));
    if (!result.ok) throw new Error(`expected an authorisation, got ${result.declineCode}`);
    return result.authorizationId;
  }

  beforeAll(async () => {
    t = await openTestStore('pglite');
    db = t.store.db;
    keyring = createVaultKeyring(createKeys(randomBytes(32)));
    customerId = await insertCustomer(db, 'CUST-18201');
    signingKey = randomBytes(32);
    sandbox = createSandboxProcessor({ db, keyring, signingKey });
  });
  afterAll(() => t.close());

  it.each(Object.entries(expectedTestCardOutcomes))(
    'card %s gives its documented outcome',
    async (pan, expected) => {
      const token = await vaulted(pan);
      const result = await sandbox.authorize(request(token, pan));
      if (expected.ok) {
        expect(result).toEqual({
          ok: true,
          authorizationId: expect.stringMatching(/^sbxauth_/),
          processor: 'sandbox',
        });
      } else {
        expect(result).toEqual({
          ok: false,
          code: expected.code,
          declineCode: expected.declineCode,
          message: expect.any(String),
        });
      }
      // Either way the number was opened once, on the record.
      const opened = await db.select().from(auditLog).where(eq(auditLog.resource, token));
      expect(opened).toHaveLength(1);
      expect(opened[0]).toMatchObject({ metadata: { processor: 'sandbox' } });
    },
  );

  it('approves any other valid card', async () => {
    expect(await authorized(withCheckDigit('411111111111111'))).toMatch(/^sbxauth_/);
    expect(await authorized(withCheckDigit('535310000000000'))).toMatch(/^sbxauth_/);
  });

  it('refuses a CVV of the wrong length for the brand, and an expired card, unopened', async () => {
    const amex = await vaulted('378282246310005');
    for (const cvv of ['123', '12345', 'abcd']) {
      expect(await sandbox.authorize(request(amex, '378282246310005', { cvv }))).toMatchObject({
        ok: false,
        code: 'CARD_INVALID',
        declineCode: 'invalid_cvc',
      });
    }
    const visa = await vaulted('4242424242424242');
    expect(
      await sandbox.authorize(request(visa, '4242424242424242', { cvv: '1234' })),
    ).toMatchObject({
      code: 'CARD_INVALID',
    });
    const lapsed = await vaulted('4242424242424242', {
      expMonth: 12,
      expYear: now.getUTCFullYear() - 1,
    });
    expect(await sandbox.authorize(request(lapsed, '4242424242424242'))).toMatchObject({
      code: 'CARD_INVALID',
      declineCode: 'invalid_expiry_year',
    });
    for (const token of [amex, visa, lapsed]) {
      expect(await db.select().from(auditLog).where(eq(auditLog.resource, token))).toEqual([]);
    }
  });

  it('gives the same authorisation for a retry with the same key', async () => {
    const pan = '5555555555554444';
    const sent = request(await vaulted(pan), pan);
    const first = await sandbox.authorize(sent);
    expect(first.ok).toBe(true);
    expect(await sandbox.authorize(sent)).toEqual(first);
    expect(await sandbox.authorize({ ...sent, idempotencyKey: 'another-key' })).not.toEqual(first);
  });

  it('captures up to the authorised amount, idempotently, on any instance with the key', async () => {
    const id = await authorized('4242424242424242', 5_000);
    const captured = await sandbox.capture({
      authorizationId: id,
      amountCents: 5_000,
      idempotencyKey: 'c-1',
    });
    expect(captured).toEqual({
      ok: true,
      paymentId: expect.stringMatching(/^sbxpay_[0-9A-Za-z]{24}$/),
    });
    expect(
      await sandbox.capture({ authorizationId: id, amountCents: 5_000, idempotencyKey: 'c-1' }),
    ).toEqual(captured);
    // Another server instance holds no state of this one's, only the same key.
    const elsewhere = createSandboxProcessor({ db, keyring, signingKey });
    expect(
      await elsewhere.capture({ authorizationId: id, amountCents: 5_000, idempotencyKey: 'c-1' }),
    ).toEqual(captured);
    expect(
      await sandbox.capture({ authorizationId: id, amountCents: 2_000, idempotencyKey: 'c-2' }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await sandbox.capture({ authorizationId: id, amountCents: 5_001, idempotencyKey: 'c-3' }),
    ).toMatchObject({
      ok: false,
      code: 'CARD_DECLINED',
      declineCode: 'amount_too_large',
    });
    await expect(
      sandbox.capture({ authorizationId: id, amountCents: 0, idempotencyKey: 'c-4' }),
    ).rejects.toMatchObject({ code: 'INVALID_AMOUNT' });
  });

  it('refuses forged and tampered authorisation ids', async () => {
    const id = await authorized('4242424242424242', 5_000);
    const [body, signature] = id.slice('sbxauth_'.length).split('.');
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8'));
    const raised = Buffer.from(JSON.stringify({ ...payload, amountCents: 500_000 })).toString(
      'base64url',
    );
    const forgedKey = createSandboxProcessor({ db, keyring, signingKey: randomBytes(32) });
    const tries = [
      `sbxauth_${raised}.${signature}`,
      `sbxauth_${body}.${signature!.slice(0, 10)}${signature![10] === 'Q' ? 'A' : 'Q'}${signature!.slice(11)}`,
      `sbxauth_${body}`,
      'pi_3MtwBwLkdIwHu7ix28a3tqPa',
      '',
    ];
    for (const authorizationId of tries) {
      expect(
        await sandbox.capture({ authorizationId, amountCents: 100, idempotencyKey: 'f' }),
      ).toMatchObject({
        ok: false,
        code: 'CARD_DECLINED',
        declineCode: 'resource_missing',
      });
      await expect(sandbox.void(authorizationId, 'f')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // Signed under another key: just as unknown.
    expect(
      await forgedKey.capture({ authorizationId: id, amountCents: 100, idempotencyKey: 'f' }),
    ).toMatchObject({
      declineCode: 'resource_missing',
    });
    await expect(sandbox.void(id, 'v')).resolves.toBeUndefined();
  });

  it('needs a real signing key', () => {
    expect(() => createSandboxProcessor({ db, keyring, signingKey: Buffer.alloc(8) })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID' }),
    );
  });
});
