import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardCaptures, cardPayments } from '../apps/server/src/db/index.js';
import { getBalances, verifyLedger } from '../apps/server/src/ledger/index.js';
import {
  captureInProgress,
  submitCardForm,
  submitKeypadEntry,
} from '../apps/server/src/pci/index.js';
import type { CaptureServices } from '../apps/server/src/pci/index.js';
import { bankIds } from './support/bank-ids.js';
import type { BankIds } from './support/bank-ids.js';
import { testTimeZone } from './support/fixtures.js';
import {
  cvvFor,
  expectedTestCardOutcomes,
  findInTextColumns,
  standalone,
} from './support/pci-fixtures.js';
import { alex, priya } from './support/seeded-bank.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';
import { toolHarness } from './support/tool-harness.js';
import type { ToolHarness } from './support/tool-harness.js';

type Outcome = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeEachStore('card payments through secure capture', (kind) => {
  let t: TestStore;
  let h: ToolHarness;
  let ids: BankIds;
  let capture: CaptureServices;
  const cvvsUsed = new Set<string>();
  const pansUsed = new Set<string>();

  beforeAll(async () => {
    t = await openTestStore(kind);
    h = await toolHarness(t.store);
    ids = await bankIds(t.store);
    capture = {
      db: t.store.db,
      keyring: h.services.payments!.keyring,
      processor: h.services.payments!.processor,
      timeZone: testTimeZone,
      now: h.security.clock.now,
    };
  });
  afterAll(async () => {
    expect(await verifyLedger(t.store.db)).toEqual([]);
    // PCI DSS 3.3.1: no security code anywhere, and no card number outside the vault's seal.
    const needles = [
      ...[...cvvsUsed].map((cvv) => ({
        label: `cvv ${cvv}`,
        pattern: new RegExp(`(?<![0-9A-Za-z])${cvv}(?![0-9A-Za-z])`),
      })),
      ...[...pansUsed].map((pan) => ({ label: `pan …${pan.slice(-4)}`, pattern: standalone(pan) })),
    ];
    expect(await findInTextColumns(t.store.db, needles)).toEqual([]);
    await t.close();
  });

  const owed = async () =>
    -(await getBalances(t.store.db, [ids.priya.creditCardAccount])).get(
      ids.priya.creditCardAccount,
    )!.postedCents;
  const expiry = () => `12/${String(h.security.clock.now().getUTCFullYear() + 3).slice(2)}`;

  /** A web conversation for Priya that asks to pay, gets a capture, and types the card into the form. */
  async function capturedOnWeb(pan: string, amountCents: number, cvv = cvvFor(pan)) {
    const session = await h.session({ ...priya }, 1);
    const started = (await h.move(session, 'make_card_payment', {
      account: 'credit card',
      amount_cents: amountCents,
    })) as Outcome;
    expect(started).toMatchObject({ ok: false, code: 'CARD_CAPTURE_REQUIRED', channel: 'web' });
    pansUsed.add(pan);
    cvvsUsed.add(cvv);
    const entered = await submitCardForm(capture, {
      captureId: started.capture_id,
      number: pan,
      expiry: expiry(),
      cvv,
    });
    return { session, captureId: started.capture_id as string, entered };
  }

  it('takes a payment end to end: capture on the web form, a token to the tool, a receipt, the ledger credited', async () => {
    const before = await owed();
    const { session, captureId, entered } = await capturedOnWeb('4242 4242 4242 4242', 2_500);
    expect(entered).toMatchObject({
      ok: true,
      status: 'authorized',
      card: { brand: 'visa', last4: '4242' },
    });
    const checked = (await h.call(session, 'check_card_capture', {
      capture_id: captureId,
    })) as Outcome;
    expect(checked).toMatchObject({
      ok: true,
      status: 'authorized',
      card: { brand: 'visa', last4: '4242', exp_month: 12 },
    });
    const token = checked.card.token as string;
    expect(token).toMatch(/^tok_[A-Za-z0-9]{24}$/);
    expect(JSON.stringify(checked)).not.toMatch(/4242424242424242/);

    const paid = (await h.call(
      session,
      'make_card_payment',
      { account: 'credit card', amount_cents: 2_500, card_token: token },
      { key: 'pay-once-0001', confirmed: true },
    )) as Outcome;
    expect(paid).toMatchObject({
      ok: true,
      status: 'succeeded',
      amount: '$25.00',
      paid_to: 'credit card ending in 8810',
      card: { brand: 'visa', last4: '4242' },
      confirmation_number: expect.stringMatching(/^PAY-\d{8}-[0-9A-HJKMNP-TV-Z]{6}$/),
    });
    expect(paid.receipt).toEqual(
      expect.arrayContaining([expect.stringContaining('Visa ending in 4242')]),
    );
    expect(await owed()).toBe(before - 2_500);

    // A retry with the same key replays; a new key on the same card finds it paid; money moved once.
    const replay = await h.call(
      session,
      'make_card_payment',
      { account: 'credit card', amount_cents: 2_500, card_token: token },
      { key: 'pay-once-0001', confirmed: true },
    );
    expect(replay).toEqual(paid);
    const again = (await h.move(session, 'make_card_payment', {
      account: 'credit card',
      amount_cents: 2_500,
      card_token: token,
    })) as Outcome;
    expect(again).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      confirmation_number: paid.confirmation_number,
    });
    expect(await owed()).toBe(before - 2_500);
    expect(
      await t.store.db.select().from(cardPayments).where(eq(cardPayments.captureId, captureId)),
    ).toHaveLength(1);
  });

  it('pays once when two payments with different keys race on one captured card', async () => {
    const before = await owed();
    const { session, captureId } = await capturedOnWeb('5555555555554444', 1_000);
    const token = (
      (await h.call(session, 'check_card_capture', { capture_id: captureId })) as Outcome
    ).card.token;
    const results = (await Promise.all(
      ['race-a-0001', 'race-b-0001'].map((key) =>
        h.call(
          session,
          'make_card_payment',
          { account: 'credit card', amount_cents: 1_000, card_token: token },
          { key, confirmed: true },
        ),
      ),
    )) as Outcome[];
    expect(results.map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual(['CONFLICT', 'ok']);
    expect(await owed()).toBe(before - 1_000);
  });

  describe("gives each of Stripe's test cards its documented outcome", () => {
    for (const [pan, expected] of Object.entries(expectedTestCardOutcomes)) {
      it(`${pan.slice(0, 6)}…${pan.slice(-4)}: ${expected.ok ? 'paid' : expected.declineCode}`, async () => {
        const before = await owed();
        const { session, captureId, entered } = await capturedOnWeb(pan, 100);
        if (expected.ok) {
          expect(entered).toMatchObject({ ok: true, status: 'authorized' });
          const token = (
            (await h.call(session, 'check_card_capture', { capture_id: captureId })) as Outcome
          ).card.token;
          expect(
            await h.move(session, 'make_card_payment', {
              account: 'credit card',
              amount_cents: 100,
              card_token: token,
            }),
          ).toMatchObject({ ok: true });
          expect(await owed()).toBe(before - 100);
        } else {
          expect(entered).toMatchObject({
            ok: false,
            code: expected.code,
            declineCode: expected.declineCode,
          });
          const [row] = await t.store.db
            .select()
            .from(cardCaptures)
            .where(eq(cardCaptures.id, captureId));
          expect(row).toMatchObject({ status: 'declined', declineCode: expected.declineCode });
          expect(
            await h.call(session, 'check_card_capture', { capture_id: captureId }),
          ).toMatchObject({
            ok: true,
            status: 'declined',
            card: null,
            decline_code: expected.declineCode,
          });
          expect(await owed()).toBe(before);
        }
      });
    }
  });

  it('walks the keypad on the phone: number, expiry, code, with a few wrong entries allowed', async () => {
    const session = await h.session({ ...priya }, 1, 'phone');
    const started = (await h.move(session, 'make_card_payment', {
      account: '8810',
      amount_cents: 700,
    })) as Outcome;
    expect(started).toMatchObject({ code: 'CARD_CAPTURE_REQUIRED', channel: 'keypad' });
    expect(started.capture_url).toBeUndefined();
    const key = (digits: string) =>
      submitKeypadEntry(capture, { captureId: started.capture_id, sessionId: session, digits });
    // While the caller keys digits, voice channels must not record (PCI SSC FAQ 1210).
    const capturing = () => captureInProgress(t.store.db, session, h.security.clock.now());
    expect(await capturing()).toBe(true);
    pansUsed.add('378282246310005');
    cvvsUsed.add('7391');
    expect(await key('378282246310006#')).toMatchObject({
      ok: false,
      code: 'CARD_INVALID',
      next: 'card',
    });
    expect(await key('378282246310005#')).toMatchObject({
      ok: true,
      status: 'awaiting_expiry',
      next: 'expiry',
      card: { brand: 'amex', last4: '0005' },
    });
    expect(await key('1340#')).toMatchObject({ ok: false, code: 'CARD_INVALID', next: 'expiry' });
    expect(
      await key(`12${String(h.security.clock.now().getUTCFullYear() + 2).slice(2)}#`),
    ).toMatchObject({ ok: true, status: 'awaiting_cvv', next: 'cvv' });
    expect(await capturing()).toBe(true);
    expect(await key('7391#')).toMatchObject({
      ok: true,
      status: 'authorized',
      card: { brand: 'amex', last4: '0005' },
    });
    expect(await capturing()).toBe(false);
    // Another conversation cannot drive this capture.
    const other = await h.session({ ...priya }, 1, 'phone');
    expect(
      await submitKeypadEntry(capture, {
        captureId: started.capture_id,
        sessionId: other,
        digits: '1',
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('ends a capture after three wrong entries, and a stale one after ten minutes', async () => {
    const session = await h.session({ ...priya }, 1, 'phone');
    const first = (await h.move(session, 'make_card_payment', {
      account: 'credit card',
      amount_cents: 300,
    })) as Outcome;
    const key = (digits: string) =>
      submitKeypadEntry(capture, { captureId: first.capture_id, sessionId: session, digits });
    await key('1111');
    await key('2222');
    expect(await key('3333')).toMatchObject({ code: 'CARD_INVALID', next: null });
    expect(await key('4242424242424242')).toMatchObject({ code: 'CONFLICT' });

    const second = (await h.move(session, 'make_card_payment', {
      account: 'credit card',
      amount_cents: 300,
    })) as Outcome;
    h.security.clock.advance(10 * 60_000 + 1);
    expect(
      await submitKeypadEntry(capture, {
        captureId: second.capture_id,
        sessionId: session,
        digits: '4242424242424242',
      }),
    ).toMatchObject({ code: 'CAPTURE_EXPIRED' });
    expect(
      await h.call(session, 'check_card_capture', { capture_id: second.capture_id }),
    ).toMatchObject({ ok: true, status: 'expired', card: null });
  });

  it('pays only a loan or credit card, within what is owed and the limit', async () => {
    const session = await h.session({ ...priya }, 1);
    expect(
      await h.move(session, 'make_card_payment', { account: 'checking', amount_cents: 100 }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(
      await h.move(session, 'make_card_payment', { account: 'credit card', amount_cents: 500_001 }),
    ).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(
      await h.move(session, 'make_card_payment', {
        account: 'credit card',
        amount_cents: (await owed()) + 1,
      }),
    ).toMatchObject({ code: 'INVALID_AMOUNT' });
    expect(
      await h.call(session, 'make_card_payment', { account: 'credit card', amount_cents: 100 }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(
      await h.move(session, 'make_card_payment', {
        account: 'credit card',
        amount_cents: 100,
        card_token: 'tok_000000000000000000000000',
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it("refuses another customer's card token and capture exactly like missing ones", async () => {
    const { captureId } = await capturedOnWeb('6011111111111117', 200);
    const [row] = await t.store.db
      .select()
      .from(cardCaptures)
      .where(and(eq(cardCaptures.id, captureId)));
    const alexSession = await h.session(alex, 1);
    const missing = await h.call(alexSession, 'check_card_capture', {
      capture_id: 'cap_000000000000000000000000',
    });
    expect(await h.call(alexSession, 'check_card_capture', { capture_id: captureId })).toEqual(
      missing,
    );
    const token = { account: 'checking', amount_cents: 200, card_token: row!.vaultToken! };
    expect(await h.move(alexSession, 'make_card_payment', token)).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('never lets card digits into a tool call: refused with the warning, audited without them', async () => {
    const session = await h.session({ ...priya }, 2);
    const refused = (await h.call(session, 'file_dispute', {
      charge_id: ids.priya.allbirdsCharge,
      reason: 'fraudulent',
      complaint_narrative: 'someone used my card 4000 0566 5566 5556 cvv 123 at this shop',
    })) as Outcome;
    expect(refused).toMatchObject({
      ok: false,
      code: 'PCI_BLOCKED',
      message: expect.stringContaining('never share your full card number'),
    });
    pansUsed.add('4000056655665556');
  });
});
