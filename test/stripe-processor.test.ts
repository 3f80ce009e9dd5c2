import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../apps/server/src/db/index.js';
import type { Db } from '../apps/server/src/db/index.js';
import { createStripeProcessor, stripeTestCards } from '../apps/server/src/pci/processors/index.js';
import type {
  AuthorizeRequest,
  PaymentProcessor,
} from '../apps/server/src/pci/processors/index.js';
import { createVaultKeyring, tokenizeCard } from '../apps/server/src/pci/vault/index.js';
import type { VaultKeyring } from '../apps/server/src/pci/vault/index.js';
import { createKeys } from '../apps/server/src/security/index.js';
import { startFakeStripe } from './support/fake-stripe.js';
import type { FakeStripe } from './support/fake-stripe.js';
import {
  cvvFor,
  expectedTestCardOutcomes,
  futureExpiry,
  insertCustomer,
} from './support/pci-fixtures.js';
import { openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

const secretKey = `sk_test_${randomBytes(24).toString('hex')}`;
const now = new Date();

describe('the Stripe processor, through the official SDK against a local Stripe', () => {
  let t: TestStore;
  let db: Db;
  let keyring: VaultKeyring;
  let fake: FakeStripe;
  let stripe: PaymentProcessor;
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
      amountCents: 12_345,
      currency: 'usd' as const,
      idempotencyKey: `cap_test_${keyCounter}`,
      description: 'Payment to loan account',
      sessionId: null,
      customerId,
      now,
      ...extra,
    };
  }

  beforeAll(async () => {
    t = await openTestStore('pglite');
    db = t.store.db;
    keyring = createVaultKeyring(createKeys(randomBytes(32)));
    customerId = await insertCustomer(db, 'CUST-18101');
    fake = await startFakeStripe({ secretKey });
    stripe = createStripeProcessor({
      db,
      keyring,
      secretKey,
      apiBaseUrl: fake.url,
      timeoutMs: 5_000,
    });
  });
  afterAll(async () => {
    await fake.close();
    await t.close();
  });

  it('covers every test card the table knows', () => {
    expect(stripeTestCards.map((card) => card.pan).sort()).toEqual(
      Object.keys(expectedTestCardOutcomes).sort(),
    );
  });

  it.each(Object.entries(expectedTestCardOutcomes))(
    'card %s gives its documented outcome',
    async (pan, expected) => {
      const token = await vaulted(pan);
      const result = await stripe.authorize(request(token, pan));
      if (expected.ok) {
        expect(result).toEqual({
          ok: true,
          authorizationId: expect.stringMatching(/^pi_[0-9A-Za-z]{24}$/),
          processor: 'stripe',
        });
        if (!result.ok) return;
        const intent = fake.intents.get(result.authorizationId)!;
        expect(intent).toMatchObject({ status: 'requires_capture', amount_capturable: 12_345 });
      } else {
        expect(result).toEqual({
          ok: false,
          code: expected.code,
          declineCode: expected.declineCode,
          message: expect.any(String),
        });
        if (!result.ok) expect(result.message).not.toMatch(/\d{4}/);
      }
    },
  );

  it('sends a manual-capture PaymentIntent, confirmed, with the idempotency key and the card', async () => {
    const pan = '4242424242424242';
    const token = await vaulted(pan);
    const sent = request(token, pan);
    const result = await stripe.authorize(sent);
    expect(result.ok).toBe(true);
    const last = fake.requests.at(-1)!;
    expect(last.method).toBe('POST');
    expect(last.path).toBe('/v1/payment_intents');
    expect(last.headers.authorization).toBeUndefined();
    expect(last.headers['idempotency-key']).toBe(`authorize:${sent.idempotencyKey}`);
    expect(last.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(last.body).toEqual({
      amount: '12345',
      currency: 'usd',
      description: 'Payment to loan account',
      capture_method: 'manual',
      confirm: 'true',
      allowed_payment_method_types: ['card'],
      error_on_requires_action: 'true',
      payment_method_data: {
        type: 'card',
        card: {
          number: pan,
          exp_month: String(futureExpiry(now).expMonth),
          exp_year: String(futureExpiry(now).expYear),
          cvc: sent.cvv,
        },
      },
    });
    // The number left the vault once, on the record.
    const opened = await db.select().from(auditLog).where(eq(auditLog.resource, token));
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      action: 'VAULT_DETOKENIZED',
      metadata: { processor: 'stripe', purpose: 'authorize' },
    });
  });

  it('authorises once when the same request is retried with the same key', async () => {
    const pan = '5555555555554444';
    const token = await vaulted(pan);
    const sent = request(token, pan);
    const createdBefore = fake.created();
    const first = await stripe.authorize(sent);
    const second = await stripe.authorize(sent);
    expect(first.ok).toBe(true);
    expect(second).toEqual(first);
    expect(fake.created()).toBe(createdBefore + 1);
  });

  it('refuses the same key reused for a different request', async () => {
    const pan = '5555555555554444';
    const token = await vaulted(pan);
    const sent = request(token, pan);
    expect((await stripe.authorize(sent)).ok).toBe(true);
    await expect(stripe.authorize({ ...sent, amountCents: 99_999 })).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('captures what was authorised, idempotently, and never more', async () => {
    const pan = '378282246310005';
    const authorized = await stripe.authorize(request(await vaulted(pan), pan));
    if (!authorized.ok) throw new Error('expected an authorisation');
    const id = authorized.authorizationId;
    expect(
      await stripe.capture({ authorizationId: id, amountCents: 12_346, idempotencyKey: 'cap-a' }),
    ).toMatchObject({ ok: false, code: 'CARD_DECLINED', declineCode: 'amount_too_large' });
    const captured = await stripe.capture({
      authorizationId: id,
      amountCents: 12_345,
      idempotencyKey: 'cap-b',
    });
    expect(captured).toEqual({ ok: true, paymentId: id });
    expect(fake.requests.at(-1)!.body).toEqual({ amount_to_capture: '12345' });
    expect(fake.requests.at(-1)!.headers['idempotency-key']).toBe('capture:cap-b');
    expect(fake.intents.get(id)).toMatchObject({ status: 'succeeded', amount_received: 12_345 });
    // Replayed: the same answer. A second capture under a new key: refused by Stripe.
    expect(
      await stripe.capture({ authorizationId: id, amountCents: 12_345, idempotencyKey: 'cap-b' }),
    ).toEqual(captured);
    expect(
      await stripe.capture({ authorizationId: id, amountCents: 12_345, idempotencyKey: 'cap-c' }),
    ).toMatchObject({ ok: false, declineCode: 'payment_intent_unexpected_state' });
    expect(
      await stripe.capture({
        authorizationId: 'pi_AAAAAAAAAAAAAAAAAAAAAAAA',
        amountCents: 100,
        idempotencyKey: 'cap-d',
      }),
    ).toMatchObject({ ok: false, declineCode: 'resource_missing' });
  });

  it('voids an authorisation, once or twice, and it cannot be captured afterwards', async () => {
    const pan = '6011111111111117';
    const authorized = await stripe.authorize(request(await vaulted(pan), pan));
    if (!authorized.ok) throw new Error('expected an authorisation');
    await stripe.void(authorized.authorizationId, 'void-1');
    expect(fake.requests.at(-1)!.path).toBe(
      `/v1/payment_intents/${authorized.authorizationId}/cancel`,
    );
    expect(fake.intents.get(authorized.authorizationId)!.status).toBe('canceled');
    await stripe.void(authorized.authorizationId, 'void-2');
    expect(
      await stripe.capture({
        authorizationId: authorized.authorizationId,
        amountCents: 100,
        idempotencyKey: 'after-void',
      }),
    ).toMatchObject({ ok: false, code: 'CARD_DECLINED' });
    await expect(stripe.void('pi_AAAAAAAAAAAAAAAAAAAAAAAA', 'void-3')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses a CVV of the wrong length or an expired card without opening or sending it', async () => {
    const pan = '378282246310005';
    const token = await vaulted(pan);
    const sentBefore = fake.requests.length;
    for (const cvv of ['123', '12345', '12a4', '']) {
      expect(await stripe.authorize(request(token, pan, { cvv }))).toMatchObject({
        ok: false,
        code: 'CARD_INVALID',
        declineCode: 'invalid_cvc',
      });
    }
    const lapsed = await vaulted('4242424242424242', {
      expMonth: 1,
      expYear: now.getUTCFullYear() - 1,
    });
    expect(await stripe.authorize(request(lapsed, '4242424242424242'))).toMatchObject({
      ok: false,
      code: 'CARD_INVALID',
      declineCode: 'invalid_expiry_year',
    });
    expect(fake.requests.length).toBe(sentBefore);
    expect(await db.select().from(auditLog).where(eq(auditLog.resource, token))).toEqual([]);
  });

  it('refuses another customer’s card as a missing one', async () => {
    const other = await insertCustomer(db, 'CUST-18102');
    const token = (
      await tokenizeCard(db, keyring, {
        pan: '4242424242424242',
        customerId: other,
        now,
        ...futureExpiry(now),
      })
    ).token;
    await expect(stripe.authorize(request(token, '4242424242424242'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  describe('when Stripe cannot be used', () => {
    const leaks = (value: unknown) => {
      const text = JSON.stringify(value);
      return [secretKey, secretKey.slice(-4), 'sk_test_', '4242424242424242'].filter((s) =>
        text.includes(s),
      );
    };

    it('a wrong API key (401) is PAYMENT_PROCESSOR_UNAVAILABLE, and says nothing of the key', async () => {
      const wrong = `sk_test_${randomBytes(24).toString('hex')}`;
      const processor = createStripeProcessor({
        db,
        keyring,
        secretKey: wrong,
        apiBaseUrl: fake.url,
      });
      const result = await processor.authorize(
        request(await vaulted('4242424242424242'), '4242424242424242'),
      );
      expect(result).toMatchObject({
        ok: false,
        code: 'PAYMENT_PROCESSOR_UNAVAILABLE',
        declineCode: 'authentication_failed',
      });
      expect(leaks(result)).toEqual([]);
      expect(JSON.stringify(result)).not.toContain(wrong.slice(-4));
    });

    it('a refused connection is PAYMENT_PROCESSOR_UNAVAILABLE', async () => {
      const closed = http.createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const { port } = closed.address() as AddressInfo;
      await new Promise((resolve) => closed.close(resolve));
      const processor = createStripeProcessor({
        db,
        keyring,
        secretKey,
        apiBaseUrl: `http://127.0.0.1:${port}`,
        timeoutMs: 2_000,
      });
      const result = await processor.authorize(
        request(await vaulted('4242424242424242'), '4242424242424242'),
      );
      expect(result).toMatchObject({
        ok: false,
        code: 'PAYMENT_PROCESSOR_UNAVAILABLE',
        declineCode: 'connection_error',
      });
      expect(leaks(result)).toEqual([]);
    });

    it('an outage (500s past the one retry) is PAYMENT_PROCESSOR_UNAVAILABLE', async () => {
      fake.failNext(2);
      const result = await stripe.authorize(
        request(await vaulted('4242424242424242'), '4242424242424242'),
      );
      expect(result).toMatchObject({
        ok: false,
        code: 'PAYMENT_PROCESSOR_UNAVAILABLE',
        declineCode: 'api_error',
      });
      expect(leaks(result)).toEqual([]);
    });

    it('a malformed key or base URL is refused at start, without echoing the key', () => {
      const error = (() => {
        try {
          createStripeProcessor({ db, keyring, secretKey: 'pk_test_abc123secret' });
        } catch (e) {
          return e as { code: string; message: string };
        }
      })();
      expect(error).toMatchObject({ code: 'CONFIG_INVALID' });
      expect(error!.message).not.toContain('abc123secret');
      expect(() =>
        createStripeProcessor({ db, keyring, secretKey, apiBaseUrl: 'ftp://127.0.0.1/x' }),
      ).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
    });
  });
});
