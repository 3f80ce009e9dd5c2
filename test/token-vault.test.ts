import { randomBytes } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog, vaultCards } from '../apps/server/src/db/index.js';
import type { Db } from '../apps/server/src/db/index.js';
import { createSandboxProcessor } from '../apps/server/src/pci/processors/index.js';
import { detokenize } from '../apps/server/src/pci/vault/detokenize.js';
import type { DetokenizeContext } from '../apps/server/src/pci/vault/detokenize.js';
import {
  createVaultKeyring,
  findCard,
  rekeyVault,
  setCardExpiry,
  tokenizeCard,
} from '../apps/server/src/pci/vault/index.js';
import type { VaultKeyring } from '../apps/server/src/pci/vault/index.js';
import { createKeys, verifyAuditChain } from '../apps/server/src/security/index.js';
import type { Keys } from '../apps/server/src/security/index.js';
import {
  findInTextColumns,
  futureExpiry,
  insertCustomer,
  standalone,
  withCheckDigit,
} from './support/pci-fixtures.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

const now = new Date();
// A number with varied digits, found nowhere else, so a scan for it means something.
const pan = withCheckDigit('453201984712365');
const runsOf = (digits: string, length: number) =>
  Array.from({ length: digits.length - length + 1 }, (_, i) => digits.slice(i, i + length));

async function auditCount(db: Db): Promise<number> {
  return (await db.select({ seq: auditLog.seq }).from(auditLog)).length;
}

describeEachStore('the token vault', (kind) => {
  let t: TestStore;
  let db: Db;
  let keys: Keys;
  let keyring: VaultKeyring;
  let customerId: string;
  let otherCustomerId: string;
  const context = (): DetokenizeContext => ({
    purpose: 'authorize',
    actor: 'processor',
    sessionId: null,
    customerId,
    processor: 'sandbox',
    now,
  });

  beforeAll(async () => {
    t = await openTestStore(kind);
    db = t.store.db;
    keys = createKeys(randomBytes(32));
    keyring = createVaultKeyring(keys);
    customerId = await insertCustomer(db, 'CUST-18001');
    otherCustomerId = await insertCustomer(db, 'CUST-18002');
  });
  afterAll(() => t.close());

  it('tokenizes a card, shows only what may be shown, and takes the expiry later', async () => {
    const card = await tokenizeCard(db, keyring, { pan, customerId, now });
    expect(card).toEqual({
      token: expect.stringMatching(/^tok_[0-9A-Za-z]{24}$/),
      customerId,
      brand: 'visa',
      last4: pan.slice(-4),
      expMonth: null,
      expYear: null,
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      keyId: 'v1',
    });
    expect(await findCard(db, card.token)).toEqual(card);
    const expiry = futureExpiry(now);
    expect(await setCardExpiry(db, card.token, expiry.expMonth, expiry.expYear)).toEqual({
      ...card,
      ...expiry,
    });
    expect(await findCard(db, card.token)).toMatchObject(expiry);
    expect(await findCard(db, 'tok_AAAAAAAAAAAAAAAAAAAAAAAA')).toBeUndefined();
    await expect(setCardExpiry(db, 'tok_AAAAAAAAAAAAAAAAAAAAAAAA', 1, 2030)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(setCardExpiry(db, card.token, 13, 2030)).rejects.toMatchObject({
      code: 'CARD_INVALID',
    });
  });

  it('seals differently every time, with no run of the number in the sealed value', async () => {
    const a = await tokenizeCard(db, keyring, { pan, customerId, now });
    const b = await tokenizeCard(db, keyring, { pan, customerId, now });
    const sealed = await db
      .select({ token: vaultCards.token, sealedPan: vaultCards.sealedPan })
      .from(vaultCards)
      .where(eq(vaultCards.fingerprint, a.fingerprint));
    const mine = sealed.filter((row) => row.token === a.token || row.token === b.token);
    expect(mine).toHaveLength(2);
    expect(mine[0]!.sealedPan).not.toBe(mine[1]!.sealedPan);
    for (const { sealedPan } of mine) {
      expect(sealedPan).toMatch(/^gcm1\./);
      for (const run of runsOf(pan, 6)) expect(sealedPan).not.toContain(run);
    }
    // The same card gives the same fingerprint, another card or another secret a different one.
    expect(b.fingerprint).toBe(a.fingerprint);
    const other = await tokenizeCard(db, keyring, { pan: '4242424242424242', customerId, now });
    expect(other.fingerprint).not.toBe(a.fingerprint);
    // Sealed under another master secret: this vault cannot open it, so it does not stay.
    const foreign = await tokenizeCard(db, createVaultKeyring(createKeys(randomBytes(32))), {
      pan,
      customerId,
      now,
    });
    expect(foreign.fingerprint).not.toBe(a.fingerprint);
    await db.delete(vaultCards).where(eq(vaultCards.token, foreign.token));
  });

  it('binds each sealed value to its token: copied onto another row it does not open', async () => {
    const a = await tokenizeCard(db, keyring, { pan, customerId, now });
    const b = await tokenizeCard(db, keyring, { pan: '5555555555554444', customerId, now });
    expect(await detokenize(db, keyring, b.token, context())).toBe('5555555555554444');
    const original = await sealedOf(db, b.token);
    const setSealed = (value: string) =>
      db.update(vaultCards).set({ sealedPan: value }).where(eq(vaultCards.token, b.token));
    await setSealed(await sealedOf(db, a.token));
    await expect(detokenize(db, keyring, b.token, context())).rejects.toMatchObject({
      code: 'INTERNAL',
    });
    const [failure] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.resource, b.token))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(failure).toMatchObject({ result: 'failure', metadata: { reason: 'seal_invalid' } });
    expect(await detokenize(db, keyring, a.token, context())).toBe(pan);
    // Put it back, so the rest of the suite (rekey) meets an intact vault.
    await setSealed(original);
    expect(await detokenize(db, keyring, b.token, context())).toBe('5555555555554444');
  });

  it('opens a number with exactly one audit record, which holds no digit of it', async () => {
    const card = await tokenizeCard(db, keyring, { pan, customerId, now });
    const before = await auditCount(db);
    expect(await detokenize(db, keyring, card.token, context())).toBe(pan);
    expect(await auditCount(db)).toBe(before + 1);
    const [record] = await db.select().from(auditLog).where(eq(auditLog.resource, card.token));
    expect(record).toMatchObject({
      action: 'VAULT_DETOKENIZED',
      result: 'success',
      actor: 'system',
      customerId,
      piiAccessed: true,
      metadata: { purpose: 'authorize', accessor: 'processor', processor: 'sandbox', key_id: 'v1' },
    });
    // The chain's own hashes are random hex and may hold any digits; everything else may not.
    const { hash: _hash, prevHash: _prevHash, ...written } = record!;
    const json = JSON.stringify(written);
    for (const run of runsOf(pan, 6)) expect(json).not.toContain(run);
    const [used] = await db
      .select({ lastUsedAt: vaultCards.lastUsedAt })
      .from(vaultCards)
      .where(eq(vaultCards.token, card.token));
    expect(used!.lastUsedAt?.getTime()).toBe(now.getTime());
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('answers NOT_FOUND for a missing token and another customer’s, and audits the refusal', async () => {
    const card = await tokenizeCard(db, keyring, { pan, customerId, now });
    const before = await auditCount(db);
    await expect(
      detokenize(db, keyring, card.token, { ...context(), customerId: otherCustomerId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      detokenize(db, keyring, 'tok_AAAAAAAAAAAAAAAAAAAAAAAA', context()),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Even a card number passed by mistake as the token stays out of the trail.
    await expect(detokenize(db, keyring, pan, context())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await auditCount(db)).toBe(before + 3);
    const [row] = await db
      .select({ lastUsedAt: vaultCards.lastUsedAt })
      .from(vaultCards)
      .where(eq(vaultCards.token, card.token));
    expect(row!.lastUsedAt).toBeNull();
  });

  it.each([
    ['a Luhn failure', '4242424242424241'],
    ['too short', '4242'],
    ['too long', '42424242424242424242'],
    ['separators', '4242 4242 4242 4242'],
    ['dashes', '4242-4242-4242-4242'],
    ['letters', '4242abcd42424242'],
    ['an unknown network', withCheckDigit('999999999999999')],
    ['nothing', ''],
  ])('refuses %s with CARD_INVALID and stores nothing', async (_what, bad) => {
    const before = (await db.select({ token: vaultCards.token }).from(vaultCards)).length;
    const error = await tokenizeCard(db, keyring, { pan: bad, customerId, now }).catch((e) => e);
    expect(error).toMatchObject({ code: 'CARD_INVALID' });
    expect(String(error.message)).not.toMatch(/\d{4}/);
    expect((await db.select({ token: vaultCards.token }).from(vaultCards)).length).toBe(before);
  });

  it('refuses an impossible expiry', async () => {
    for (const expiry of [
      { expMonth: 0, expYear: 2030 },
      { expMonth: 13, expYear: 2030 },
      { expMonth: 6, expYear: 30 },
      { expMonth: 1.5, expYear: 2030 },
    ]) {
      await expect(
        tokenizeCard(db, keyring, { pan, customerId, now, ...expiry }),
      ).rejects.toMatchObject({ code: 'CARD_INVALID' });
    }
  });

  it('keeps old rows readable after the current key id changes, and rekey moves them', async () => {
    const old = await tokenizeCard(db, keyring, { pan, customerId, now });
    const rotated = createVaultKeyring(keys, 'v2');
    const fresh = await tokenizeCard(db, rotated, { pan: '378282246310005', customerId, now });
    expect(old.keyId).toBe('v1');
    expect(fresh.keyId).toBe('v2');
    expect(fresh.fingerprint).not.toBe(old.fingerprint);
    // The fingerprint key does not rotate: the same card keeps matching across key ids.
    expect((await tokenizeCard(db, rotated, { pan, customerId, now })).fingerprint).toBe(
      old.fingerprint,
    );
    expect(await detokenize(db, rotated, old.token, context())).toBe(pan);

    const sealedBefore = await sealedOf(db, old.token);
    const messages: string[] = [];
    const first = await rekeyVault(db, rotated, (m) => messages.push(m));
    const all = (await db.select({ keyId: vaultCards.keyId }).from(vaultCards)).length;
    expect(first.total).toBe(all);
    expect(first.rekeyed).toBeGreaterThan(0);
    expect(messages.at(-1)).toMatch(/re-sealed; all are under key id v2/);
    expect(
      (await db.select({ keyId: vaultCards.keyId }).from(vaultCards)).every(
        (row) => row.keyId === 'v2',
      ),
    ).toBe(true);
    expect((await findCard(db, old.token))!.keyId).toBe('v2');
    expect(await sealedOf(db, old.token)).not.toBe(sealedBefore);
    expect(await detokenize(db, rotated, old.token, context())).toBe(pan);
    expect(await detokenize(db, rotated, fresh.token, context())).toBe('378282246310005');

    // Idempotent: nothing is left to move.
    expect(await rekeyVault(db, rotated)).toEqual({ rekeyed: 0, total: all });
    // The rekey is in the audit, with counts only.
    const rekeys = await db.select().from(auditLog).where(eq(auditLog.action, 'VAULT_REKEYED'));
    expect(rekeys.reduce((n, r) => n + Number(r.metadata.cards), 0)).toBe(first.rekeyed);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });

    // And back: rotating again to v1 moves every row once more, still readable.
    const back = await rekeyVault(db, keyring);
    expect(back).toEqual({ rekeyed: all, total: all });
    expect(await detokenize(db, keyring, fresh.token, context())).toBe('378282246310005');
  });

  it('never lets the CVV reach a table, nor the number outside its sealed value', async () => {
    const signingKey = randomBytes(32);
    const sandbox = createSandboxProcessor({ db, keyring, signingKey });
    const cards = [
      { pan, cvv: '739' },
      { pan: withCheckDigit('37144963539843'.slice(0, 14)), cvv: '8351' },
    ];
    for (const [i, { pan: number, cvv }] of cards.entries()) {
      const card = await tokenizeCard(db, keyring, {
        pan: number,
        customerId,
        now,
        ...futureExpiry(now),
      });
      const authorized = await sandbox.authorize({
        token: card.token,
        cvv,
        amountCents: 4_321,
        currency: 'usd',
        idempotencyKey: `scan-${i}`,
        description: 'Card payment to loan account',
        sessionId: null,
        customerId,
        now,
      });
      expect(authorized).toMatchObject({ ok: true });
      if (!authorized.ok) continue;
      expect(
        await sandbox.capture({
          authorizationId: authorized.authorizationId,
          amountCents: 4_321,
          idempotencyKey: `scan-capture-${i}`,
        }),
      ).toMatchObject({ ok: true });
    }
    const needles = cards.flatMap(({ pan: number, cvv }) => [
      { label: `cvv ${cvv}`, pattern: standalone(cvv) },
      { label: `number ending ${number.slice(-4)}`, pattern: new RegExp(number) },
      ...runsOf(number, 8).map((run) => ({
        label: `digits of ${number.slice(-4)}`,
        pattern: new RegExp(run),
      })),
    ]);
    expect(await findInTextColumns(db, needles)).toEqual([]);
    // The control: a planted value is found by the same scan.
    await db
      .update(vaultCards)
      .set({ last4: '8351' })
      .where(
        eq(vaultCards.token, (await tokenizeCard(db, keyring, { pan, customerId, now })).token),
      );
    expect(await findInTextColumns(db, needles)).toEqual(['vault_cards.last4: cvv 8351']);
  });
});

async function sealedOf(db: Db, token: string): Promise<string> {
  const [row] = await db
    .select({ sealedPan: vaultCards.sealedPan })
    .from(vaultCards)
    .where(eq(vaultCards.token, token));
  return row!.sealedPan;
}
