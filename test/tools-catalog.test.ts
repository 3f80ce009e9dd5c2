import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyLedger } from '../apps/server/src/ledger/index.js';
import { startCardCapture, submitCardForm, tokenizeCard } from '../apps/server/src/pci/index.js';
import { verifyAuditChain } from '../apps/server/src/security/index.js';
import type { ToolOutcome } from '../apps/server/src/tools/index.js';
import { bankIds } from './support/bank-ids.js';
import type { BankIds } from './support/bank-ids.js';
import { testTimeZone } from './support/fixtures.js';
import { alex, priya } from './support/seeded-bank.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';
import { registry, toolHarness } from './support/tool-harness.js';
import type { ToolHarness } from './support/tool-harness.js';

type Result = ToolOutcome & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What one spec leaves for a later one (the dispute filed, to add evidence to). */
type State = Record<string, string>;

interface Spec {
  name: string;
  /** Setup the happy path needs and a tool call cannot make (a card typed into the form). */
  before?(h: ToolHarness, ids: BankIds, state: State, session: string): Promise<void>;
  /** The happy path, as Alex (or, where noted, Priya). */
  happy(ids: BankIds, state: State): Record<string, unknown>;
  check(result: Result, ids: BankIds, state: State): void;
  /** The same call naming another customer's resource: must look exactly like a missing one. */
  foreign: ((ids: BankIds, state: State) => Record<string, unknown>) | 'scoped';
  /** Input that breaks the schema. */
  bad: Record<string, unknown>;
  as?: 'priya';
}

const month = new Date().toISOString().slice(0, 7);

// In the order they run: later ones change state the earlier ones read.
const specs: Spec[] = [
  {
    name: 'check_balance',
    happy: () => ({ account: 'checking' }),
    check: (r) =>
      expect(r.accounts[0]).toMatchObject({
        last4: '4521',
        available: '$5,647.32',
        pending: '$200.00',
      }),
    foreign: (ids) => ({ account: ids.priya.checking }),
    bad: { account: 42 },
  },
  {
    name: 'view_recent_transactions',
    happy: () => ({}),
    check: (r) => {
      expect(r.transactions).toHaveLength(10);
      expect(
        r.transactions.every((t: { account_last4: string }) =>
          ['4521', '7789'].includes(t.account_last4),
        ),
      ).toBe(true);
    },
    foreign: (ids) => ({ account: ids.priya.checking }),
    bad: { limit: 11 },
  },
  {
    name: 'search_transactions',
    happy: () => ({ merchant: 'amazon' }),
    check: (r) =>
      expect(r.transactions[0]).toMatchObject({
        description: expect.stringContaining('AMZN MKTP US'),
        amount: '-$247.89',
      }),
    foreign: 'scoped',
    bad: { amount_cents: -5 },
  },
  {
    name: 'lookup_transaction',
    happy: () => ({ merchant_name: 'XYZ Restaurant', amount_cents: 7500 }),
    check: (r, ids) =>
      expect(r.transactions).toEqual([
        expect.objectContaining({ transaction_id: ids.alex.restaurantCharge }),
      ]),
    foreign: (ids) => ({ account_id: ids.priya.creditCardAccount }),
    bad: { date_from: '21/11/2026' },
  },
  {
    name: 'explain_pending',
    happy: () => ({}),
    check: (r) =>
      expect(r).toMatchObject({
        pending_total: '$200.00',
        explanation: expect.stringContaining('available balance'),
      }),
    foreign: (ids) => ({ transaction_id: ids.priya.allbirdsCharge }),
    bad: { transaction_id: 'not-an-id' },
  },
  {
    name: 'clarify_merchant',
    happy: () => ({ descriptor: 'SQ *BLUE BOTTLE COFFEE' }),
    check: (r) => {
      expect(r).toMatchObject({ processor: 'Square', recognised: true });
      expect(r.matching_transactions.length).toBeGreaterThan(0);
    },
    foreign: 'scoped',
    bad: { descriptor: 'x' },
  },
  {
    name: 'check_transfer_status',
    happy: () => ({ rail: 'ach' }),
    check: (r) =>
      expect(r.transfers[0]).toMatchObject({
        counterparty: 'Vanguard',
        status: 'pending',
        amount: '$500.00',
      }),
    foreign: (ids) => ({ transfer_id: ids.priya.transfer }),
    bad: { rail: 'pigeon' },
  },
  {
    name: 'fraud_score',
    happy: (ids) => ({ transaction_id: ids.alex.electronicsCharge, amount_cents: 25_000 }),
    check: (r) => {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
      expect(r.reasons.map((x: { name: string }) => x.name)).toContain('merchant_category_risk');
    },
    foreign: (ids) => ({ transaction_id: ids.priya.allbirdsCharge, amount_cents: 12_800 }),
    bad: { amount_cents: '250' },
  },
  {
    name: 'check_dispute_status',
    happy: (ids) => ({ dispute_id: ids.alex.openDispute }),
    check: (r) =>
      expect(r).toMatchObject({
        status: 'under_review',
        amount_cents: 110_424,
        provisional_credit: { status: 'credited' },
      }),
    foreign: (ids) => ({ dispute_id: ids.priya.dispute }),
    bad: { dispute_id: 'DSP-123' },
  },
  {
    name: 'list_disputes',
    happy: () => ({}),
    check: (r, ids) =>
      expect(r.disputes.map((d: { dispute_id: string }) => d.dispute_id)).toEqual([
        ids.alex.openDispute,
      ]),
    foreign: 'scoped',
    bad: { include_closed: 'yes' },
  },
  {
    name: 'explain_provisional_credit',
    happy: (ids) => ({ dispute_id: ids.alex.openDispute }),
    check: (r) => expect(r.explanation).toContain('provisionally credited $1,104.24'),
    foreign: (ids) => ({ dispute_id: ids.priya.dispute }),
    bad: { dispute_id: 7 },
  },
  {
    name: 'get_compliance_deadline',
    happy: (ids) => ({ dispute_id: ids.alex.openDispute, card_type: 'debit' }),
    check: (r) => {
      expect(r.regulation).toBe('Reg E');
      expect(r.deadlines.map((d: { action_required: string }) => d.action_required)).toContain(
        'provisional_credit',
      );
    },
    foreign: (ids) => ({ dispute_id: ids.priya.dispute, card_type: 'credit' }),
    bad: { card_type: 'amex' },
  },
  {
    name: 'file_dispute',
    happy: (ids) => ({
      charge_id: ids.alex.restaurantCharge,
      reason: 'product_unacceptable',
      complaint_narrative: 'The food never came.',
    }),
    check: (r, _ids, state) => {
      state.filedDispute = r.dispute_id;
      expect(r.dispute_id).toMatch(/^dp_[a-zA-Z0-9]{24}$/);
      expect(r).toMatchObject({
        status: 'needs_response',
        provisional_credit_eligible: true,
        provisional_credit_deadline_days: 10,
        regulation: 'Reg E',
      });
    },
    foreign: (ids) => ({ charge_id: ids.priya.allbirdsCharge, reason: 'fraudulent' }),
    bad: { charge_id: 'ch_short', reason: 'fraudulent' },
  },
  {
    name: 'dispute_charge',
    happy: () => ({ merchant: 'amazon', amount_cents: 24_789, reason: 'fraudulent' }),
    check: (r) =>
      expect(r).toMatchObject({
        amount: '$247.89',
        merchant: 'Amazon Marketplace',
        network_reason_code: '10.4',
      }),
    foreign: (ids) => ({ transaction_id: ids.priya.allbirdsCharge }),
    bad: { reason: 'i_just_want_my_money' },
  },
  {
    name: 'add_evidence',
    happy: (_ids, state) => ({
      dispute_id: state.filedDispute,
      evidence_type: 'customer_communication',
      content: 'Receipt and delivery note.',
      submit_to_network: true,
    }),
    check: (r) =>
      expect(r).toMatchObject({
        status: 'under_review',
        evidence_submitted: true,
        evidence_count: 1,
      }),
    foreign: (ids) => ({
      dispute_id: ids.priya.dispute,
      evidence_type: 'uncategorized_text',
      content: 'x',
    }),
    bad: { dispute_id: 'dp_x', evidence_type: 'uncategorized_text', content: 'x'.repeat(20_001) },
  },
  {
    name: 'internal_transfer',
    happy: () => ({ from_account: 'checking', to_account: 'savings', amount_cents: 50_000 }),
    check: (r) =>
      expect(r).toMatchObject({
        amount: '$500.00',
        from: { last4: '4521', available: '$5,147.32' },
        to: { last4: '7789', available: '$12,900.00' },
      }),
    foreign: (ids) => ({
      from_account: 'checking',
      to_account: ids.priya.checking,
      amount_cents: 100,
    }),
    bad: { from_account: 'checking', to_account: 'savings', amount_cents: 12.5 },
  },
  {
    name: 'setup_billpay',
    happy: () => ({ payee_name: 'Xcel Energy', amount_cents: 9_000, frequency: 'monthly' }),
    check: (r) =>
      expect(r).toMatchObject({
        status: 'scheduled',
        frequency: 'monthly',
        payee: { name: 'Xcel Energy', added: false },
      }),
    foreign: (ids) => ({
      payee_name: 'Somebody',
      amount_cents: 100,
      from_account: ids.priya.checking,
    }),
    bad: { payee_name: 'X', amount_cents: 100 },
  },
  {
    name: 'stop_payment',
    happy: () => ({ check_number: 1234 }),
    check: (r) =>
      expect(r).toMatchObject({
        check_number: 1234,
        amount: '$150.00',
        payee: 'ABC Company',
        fee: '$35.00',
        confirmation_number: expect.stringMatching(/^SP-\d{8}-/),
      }),
    foreign: (ids) => ({ check_number: 1234, account: ids.priya.checking }),
    bad: { check_number: 0 },
  },
  {
    name: 'send_wire',
    happy: () => ({
      from_account: 'savings',
      amount_cents: 100_000,
      beneficiary_name: 'Jane Doe',
      beneficiary_bank: 'Example Bank',
      routing_number: '021000021',
      account_number: '000123456789',
    }),
    check: (r) =>
      expect(r).toMatchObject({
        amount: '$1,000.00',
        fee: '$25.00',
        beneficiary: { account_last4: '6789' },
        final_once_sent: true,
      }),
    foreign: (ids) => ({
      from_account: ids.priya.checking,
      amount_cents: 100,
      beneficiary_name: 'X Y',
      beneficiary_bank: 'Bank',
      routing_number: '021000021',
      account_number: '1234',
    }),
    bad: {
      from_account: 'savings',
      amount_cents: 100,
      beneficiary_name: 'X Y',
      beneficiary_bank: 'Bank',
      routing_number: '12345',
      account_number: '1234',
    },
  },
  {
    name: 'request_statement',
    happy: () => ({ month, delivery: 'download' }),
    check: (r) => {
      expect(Buffer.from(r.content_base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      expect(r.filename).toBe(`statement-4521-${month}.pdf`);
    },
    foreign: (ids) => ({ account: ids.priya.checking, month, delivery: 'email' }),
    bad: { month: '2026-13', delivery: 'download' },
  },
  {
    name: 'freeze_card',
    happy: () => ({}),
    check: (r) => expect(r.card).toMatchObject({ last4: '4532', status: 'frozen' }),
    foreign: (ids) => ({ card: ids.priya.creditCard }),
    bad: { card: '' },
  },
  {
    name: 'unfreeze_card',
    happy: () => ({}),
    check: (r) => expect(r.card).toMatchObject({ last4: '4532', status: 'active' }),
    foreign: (ids) => ({ card: ids.priya.creditCard }),
    bad: { card: 4532 },
  },
  {
    name: 'report_lost_card',
    happy: () => ({ reason: 'stolen' }),
    check: (r) => {
      expect(r.card).toMatchObject({ last4: '4532', status: 'stolen' });
      expect(r.replacement).toMatchObject({
        status: 'pending_activation',
        shipping_status: 'ordered',
      });
    },
    foreign: (ids) => ({ card: ids.priya.creditCard }),
    bad: { reason: 'misplaced' },
  },
  {
    name: 'check_replacement_status',
    happy: () => ({}),
    check: (r) =>
      expect(r.replacements[0]).toMatchObject({
        replaces_last4: '4532',
        status: 'pending_activation',
      }),
    foreign: (ids) => ({ card: ids.priya.creditCard }),
    bad: { card: '' },
  },
  {
    name: 'report_fraud',
    as: 'priya',
    happy: (ids) => ({ card: '8810', transaction_ids: [ids.priya.groceryCharge] }),
    check: (r) => {
      expect(r.card).toMatchObject({ last4: '8810', status: 'closed' });
      expect(r.replacement).toMatchObject({ status: 'pending_activation' });
      expect(r.fraud_cases).toEqual([
        expect.objectContaining({
          case_number: expect.stringMatching(/^FRAUD-\d{8}-/),
          merchant: 'Whole Foods Market',
        }),
      ]);
    },
    foreign: (ids) => ({ transaction_ids: [ids.alex.amazonCharge] }),
    bad: { transaction_ids: ['nope'] },
  },
  {
    name: 'check_card_capture',
    as: 'priya',
    async before(h, ids, state, session) {
      const started = (await h.move(session, 'make_card_payment', {
        account: 'credit card',
        amount_cents: 1_234,
      })) as Result;
      state.capture = started.capture_id;
      const payments = h.services.payments!;
      const services = {
        db: h.services.db,
        keyring: payments.keyring,
        processor: payments.processor,
        timeZone: testTimeZone,
        now: h.security.clock.now,
      };
      await submitCardForm(services, {
        captureId: started.capture_id,
        number: '4242 4242 4242 4242',
        expiry: '12/39',
        cvv: '123',
      });
      // Alex's own capture (of no real payment), to ask about from Priya's conversation.
      const theirs = await h.session(alex, 1);
      const row = await h.services.db.transaction((tx) =>
        startCardCapture(tx, {
          sessionId: theirs,
          customerId: ids.alex.customerId,
          accountId: ids.alex.checking,
          amountCents: 100,
          channel: 'web',
          now: h.security.clock.now(),
        }),
      );
      state.foreignCapture = row.id;
    },
    happy: (_ids, state) => ({ capture_id: state.capture }),
    check: (r, _ids, state) => {
      expect(r).toMatchObject({
        status: 'authorized',
        card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2039 },
      });
      state.cardToken = r.card.token;
    },
    foreign: (_ids, state) => ({ capture_id: state.foreignCapture }),
    bad: { capture_id: 'cap_short' },
  },
  {
    name: 'make_card_payment',
    as: 'priya',
    async before(h, ids, state) {
      const theirs = await tokenizeCard(h.services.db, h.services.payments!.keyring, {
        pan: '5555555555554444',
        customerId: ids.alex.customerId,
        now: h.security.clock.now(),
      });
      state.foreignToken = theirs.token;
    },
    happy: (_ids, state) => ({
      account: 'credit card',
      amount_cents: 1_234,
      card_token: state.cardToken,
    }),
    check: (r) =>
      expect(r).toMatchObject({
        status: 'succeeded',
        amount: '$12.34',
        card: { brand: 'visa', last4: '4242' },
        confirmation_number: expect.stringMatching(/^PAY-\d{8}-/),
      }),
    foreign: (_ids, state) => ({
      account: 'credit card',
      amount_cents: 1_234,
      card_token: state.foreignToken,
    }),
    bad: { account: 'credit card', amount_cents: -5 },
  },
  {
    name: 'escalate_to_human',
    happy: () => ({
      reason: 'bereavement',
      summary: 'Customer’s spouse passed away; wants to discuss joint accounts.',
    }),
    check: (r) =>
      expect(r).toMatchObject({ status: 'waiting', handoff_id: expect.stringMatching(/^ho_/) }),
    foreign: 'scoped',
    bad: { reason: 'bored' },
  },
];

describeEachStore('every tool of the catalog', (kind) => {
  let t: TestStore;
  let h: ToolHarness;
  let ids: BankIds;
  const sessions = new Map<string, string>();
  const state: State = {};
  const sessionFor = async (who: 'alex' | 'priya', level: 0 | 1 | 2 | 3) => {
    const key = `${who}:${level}`;
    if (!sessions.has(key))
      sessions.set(
        key,
        await h.session(who === 'alex' ? alex : { ...priya, answer: 'Biscuit' }, level),
      );
    return sessions.get(key)!;
  };
  beforeAll(async () => {
    t = await openTestStore(kind);
    h = await toolHarness(t.store);
    ids = await bankIds(t.store);
  });
  afterAll(async () => {
    expect(await verifyLedger(t.store.db)).toEqual([]);
    expect((await verifyAuditChain(t.store.db)).ok).toBe(true);
    await t.close();
  });

  it('authenticate, verify_otp and step_up_authentication verify only the right person, one step at a time', async () => {
    // A conversation of its own: this one climbs to level 3.
    const session = await h.session(alex, 0);
    expect(
      await h.call(session, 'authenticate', { phone: alex.phone, zip: 'abcde' }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    // Someone else's date of birth with Alex's number: refused, without saying which part.
    expect(
      await h.call(session, 'authenticate', {
        phone: alex.phone,
        date_of_birth: priya.dateOfBirth,
      }),
    ).toMatchObject({
      ok: false,
      code: 'IDENTIFY_FAILED',
      message: 'those details do not match our records',
    });
    expect(await h.call(session, 'verify_otp', {})).toMatchObject({
      ok: false,
      code: 'AUTH_REQUIRED',
      level: 1,
    });
    expect(
      await h.call(session, 'authenticate', {
        phone: '(555) 234-5678',
        date_of_birth: '03/14/1985',
      }),
    ).toMatchObject({ ok: true, level: 1 });
    expect(await h.call(session, 'step_up_authentication', {})).toMatchObject({
      ok: false,
      code: 'AUTH_REQUIRED',
      level: 2,
    });
    expect(await h.call(session, 'verify_otp', { code: 'abc' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    h.security.clock.advance(16 * 60_000);
    expect(await h.call(session, 'verify_otp', {})).toMatchObject({
      ok: true,
      sent_to_last4: '5678',
    });
    const code = await h.security.lastCode(alex.phone);
    // Priya's fresh code is no use in Alex's conversation.
    const other = await h.session({ ...priya, answer: 'Biscuit' }, 1);
    await h.call(other, 'verify_otp', {});
    const priyasCode = await h.security.lastCode(priya.phone);
    if (priyasCode !== code)
      expect(await h.call(session, 'verify_otp', { code: priyasCode })).toMatchObject({
        code: 'OTP_INVALID',
      });
    expect(await h.call(session, 'verify_otp', { code })).toMatchObject({ ok: true, level: 2 });
    expect(await h.call(session, 'step_up_authentication', {})).toMatchObject({
      ok: true,
      question: "What is your mother's maiden name?",
    });
    expect(await h.call(session, 'step_up_authentication', { answer: '' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await h.call(session, 'step_up_authentication', { answer: 'Biscuit' })).toMatchObject({
      code: 'SECURITY_ANSWER_INVALID',
      attempts_left: 2,
    });
    expect(await h.call(session, 'step_up_authentication', { answer: 'johnson' })).toMatchObject({
      ok: true,
      level: 3,
    });
  });

  it('covers TOOLS.md and every other tool of the catalog', () => {
    const names = registry.list().map((tool) => tool.name);
    const tested = new Set([
      ...specs.map((s) => s.name),
      'authenticate',
      'verify_otp',
      'step_up_authentication',
    ]);
    expect(names.filter((n) => !tested.has(n))).toEqual([]);
  });

  for (const spec of specs) {
    it(`${spec.name}: refuses bad input, too low a level and another customer's data; then works`, async () => {
      const tool = registry.get(spec.name)!;
      const who = spec.as ?? 'alex';
      const run = (session: string, input: Record<string, unknown>) =>
        tool.movesMoney ? h.move(session, spec.name, input) : h.call(session, spec.name, input);
      const session = await sessionFor(who, tool.minLevel);
      await spec.before?.(h, ids, state, session);

      expect(await run(session, spec.bad)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });

      if (tool.minLevel > 0) {
        const low = await sessionFor(who, (tool.minLevel - 1) as 0 | 1 | 2);
        expect(await run(low, spec.happy(ids, state))).toMatchObject({
          ok: false,
          code: 'AUTH_REQUIRED',
          level: tool.minLevel,
        });
      }

      if (spec.foreign !== 'scoped') {
        const foreign = (await run(session, spec.foreign(ids, state))) as Result;
        expect(foreign).toMatchObject({ ok: false, code: 'NOT_FOUND' });
        // Indistinguishable from an id that does not exist at all.
        expect(foreign.message).not.toMatch(/customer|belong|another|forbidden/i);
      }

      const result = (await run(session, spec.happy(ids, state))) as Result;
      expect(result, JSON.stringify(result).slice(0, 300)).toMatchObject({ ok: true });
      spec.check(result, ids, state);
      if (spec.foreign === 'scoped') {
        expect(JSON.stringify(result)).not.toContain(ids.priya.allbirdsCharge);
        expect(JSON.stringify(result)).not.toContain(ids.priya.dispute);
      }
    });
  }
});
