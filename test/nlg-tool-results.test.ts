import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  formatDate,
  hasToolTemplate,
  renderToolResult,
} from '../apps/server/src/agent/nlg/index.js';
import type { RenderContext, Rendered } from '../apps/server/src/agent/nlg/index.js';
import { containsCardData, pciWarning, submitCardForm } from '../apps/server/src/pci/index.js';
import { invokeTool, toolCatalog } from '../apps/server/src/tools/index.js';
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

interface Sample {
  tool: string;
  outcome: Result;
  chat: Rendered;
  phone: Rendered;
}

const priyaCaller = { ...priya, answer: 'Biscuit' };
/** Numbers the conversation handled in full and that must never be shown back whole. */
const fullNumbers = ['4242424242424242', '000123456789', '021000021'];

describeEachStore('rendering every tool result', (kind) => {
  let t: TestStore;
  let h: ToolHarness;
  let ids: BankIds;
  const samples: Sample[] = [];
  const last = (tool: string, ok = true) =>
    [...samples].reverse().find((s) => s.tool === tool && s.outcome.ok === ok)!;

  const context = (channel: RenderContext['channel'], extra: Partial<RenderContext>) => ({
    timeZone: testTimeZone,
    now: h.security.clock.now(),
    channel,
    calendar: h.services.calendar,
    ...extra,
  });
  /** One real call through the gate, rendered for a chat and for a phone call. */
  async function run(
    session: string,
    tool: string,
    input: Record<string, unknown>,
    extra: Partial<RenderContext> & { unconfirmed?: boolean } = {},
  ): Promise<Sample> {
    const { unconfirmed, ...render } = extra;
    const outcome = (
      !registry.get(tool)?.movesMoney
        ? await h.call(session, tool, input)
        : unconfirmed
          ? await h.call(session, tool, input, { key: `unconfirmed-${samples.length}` })
          : await h.move(session, tool, input)
    ) as Result;
    const withInput = { input, ...render };
    const sample = {
      tool,
      outcome,
      chat: renderToolResult(tool, outcome, context('chat', withInput)),
      phone: renderToolResult(tool, outcome, context('phone', withInput)),
    };
    samples.push(sample);
    return sample;
  }

  beforeAll(async () => {
    t = await openTestStore(kind);
    h = await toolHarness(t.store);
    ids = await bankIds(t.store);
    const a0 = await h.session(alex, 0);

    // Verification, with its refusals.
    await run(a0, 'check_balance', { account: 'checking' });
    await run(a0, 'authenticate', { phone: alex.phone, date_of_birth: priya.dateOfBirth });
    await run(a0, 'authenticate', { phone: alex.phone, date_of_birth: alex.dateOfBirth });
    h.security.clock.advance(16 * 60_000);
    await run(a0, 'verify_otp', {});
    await run(a0, 'verify_otp', { code: '000000' });
    await run(a0, 'verify_otp', { code: await h.security.lastCode(alex.phone) });
    await run(a0, 'step_up_authentication', {});
    await run(a0, 'step_up_authentication', { answer: alex.answer });
    // Sessions that needed a code first (each moves the clock on), then the others, so none of
    // them sits idle long enough to expire.
    const a2 = await h.session(alex, 2);
    const a3 = await h.session(alex, 3);
    const p2 = await h.session(priyaCaller, 2);
    const a1 = await h.session(alex, 1);
    const p1 = await h.session(priyaCaller, 1);

    // Reading, before anything moves money.
    await run(a1, 'check_balance', { account: 'checking' });
    await run(a1, 'check_balance', {});
    await run(a1, 'check_balance', { account: '0000' });
    const recent = await run(a1, 'view_recent_transactions', {});
    await run(a1, 'search_transactions', { merchant: 'amazon' });
    await run(a1, 'search_transactions', { merchant: 'card 4242 4242 4242 4242' });
    const lookup = await run(a1, 'lookup_transaction', {
      merchant_name: 'Amazon',
      amount_cents: 24_789,
    });
    await run(a1, 'explain_pending', {});
    const pending = recent.outcome.transactions.find(
      (x: { status: string }) => x.status === 'pending',
    );
    await run(a1, 'explain_pending', { transaction_id: pending.transaction_id });
    await run(a1, 'clarify_merchant', { descriptor: 'SQ *BLUE BOTTLE COFFEE' });
    await run(a1, 'check_transfer_status', { rail: 'ach' });
    await run(a1, 'check_transfer_status', { confirmation_number: 'TXN-19990101-NOPE' });
    await run(a1, 'fraud_score', {
      transaction_id: ids.alex.electronicsCharge,
      amount_cents: 25_000,
    });
    await run(a1, 'check_dispute_status', { dispute_id: ids.alex.openDispute });
    await run(a1, 'list_disputes', {});
    await run(a1, 'explain_provisional_credit', { dispute_id: ids.alex.openDispute });
    await run(a1, 'explain_provisional_credit', {});
    await run(a1, 'get_compliance_deadline', {
      dispute_id: ids.alex.openDispute,
      card_type: 'debit',
    });
    const month = h.security.clock.now().toISOString().slice(0, 7);
    for (const delivery of ['download', 'email', 'mail'])
      await run(a1, 'request_statement', { month, delivery });

    // Money and cases, in an order that keeps the seed's balances true when they are read.
    await run(
      a2,
      'internal_transfer',
      { from_account: 'checking', to_account: 'savings', amount_cents: 50_000 },
      { unconfirmed: true },
    );
    await run(a2, 'internal_transfer', {
      from_account: 'checking',
      to_account: 'savings',
      amount_cents: 50_000,
    });
    await run(a2, 'internal_transfer', {
      from_account: 'savings',
      to_account: 'checking',
      amount_cents: 2_400_000,
    });
    await run(a2, 'internal_transfer', {
      from_account: 'savings',
      to_account: 'checking',
      amount_cents: 9_000_000,
    });
    const charge = lookup.outcome.transactions[0];
    await run(
      a2,
      'dispute_charge',
      { merchant: 'amazon', amount_cents: 24_789, reason: 'fraudulent' },
      { charge },
    );
    await run(a2, 'dispute_charge', {
      merchant: 'amazon',
      amount_cents: 24_789,
      reason: 'fraudulent',
    });
    const filed = await run(a2, 'file_dispute', {
      charge_id: ids.alex.restaurantCharge,
      reason: 'product_unacceptable',
    });
    const evidence = {
      dispute_id: filed.outcome.dispute_id,
      evidence_type: 'customer_communication',
      content: 'Receipt.',
    };
    await run(a2, 'add_evidence', evidence);
    await run(a2, 'add_evidence', { ...evidence, submit_to_network: true });
    await run(p2, 'file_dispute', { charge_id: ids.priya.groceryCharge, reason: 'duplicate' });
    await run(a1, 'list_disputes', {});
    await run(a1, 'check_dispute_status', { dispute_id: filed.outcome.dispute_id });
    await run(p1, 'check_dispute_status', { dispute_id: ids.priya.dispute });
    await run(p1, 'explain_provisional_credit', { dispute_id: ids.priya.dispute });
    await run(p1, 'get_compliance_deadline', {
      dispute_id: ids.priya.dispute,
      card_type: 'credit',
    });
    await run(p1, 'check_transfer_status', {});
    await run(a1, 'freeze_card', {});
    await run(a1, 'freeze_card', {});
    await run(a2, 'unfreeze_card', {});
    await run(a2, 'unfreeze_card', {});
    await run(a2, 'report_fraud', { card: '4532', transaction_ids: [ids.alex.electronicsCharge] });
    await run(a1, 'check_replacement_status', {});
    await run(p1, 'check_replacement_status', {});
    await run(p1, 'report_lost_card', {});
    await run(p1, 'report_lost_card', { card: 'debit', reason: 'stolen' });
    await run(p1, 'report_lost_card', { card: 'debit' });
    await run(p2, 'report_fraud', { card: 'debit' });
    await run(a2, 'setup_billpay', {
      payee_name: 'Xcel Energy',
      amount_cents: 9_000,
      frequency: 'monthly',
    });
    await run(a2, 'setup_billpay', { payee_name: 'Denver Water' });
    await run(a3, 'stop_payment', { check_number: 1234 });
    await run(a3, 'stop_payment', { check_number: 1234 });
    await run(a3, 'stop_payment', { check_number: 5678 });
    const wire = {
      from_account: 'savings',
      beneficiary_name: 'Jane Doe',
      beneficiary_bank: 'Example Bank',
      routing_number: fullNumbers[2],
      account_number: fullNumbers[1],
    };
    await run(a3, 'send_wire', { ...wire, amount_cents: 100_000 });
    await run(a3, 'send_wire', { ...wire, amount_cents: 20_000_000 });
    await run(a0, 'escalate_to_human', { reason: 'bereavement' });

    // A card payment: the secure entry (web form in a chat, keypad on a call), then the payment.
    const phoneCall = await h.session(priyaCaller, 1, 'phone');
    await run(phoneCall, 'make_card_payment', { account: 'credit card', amount_cents: 1_234 });
    const started = await run(p1, 'make_card_payment', {
      account: 'credit card',
      amount_cents: 1_234,
    });
    const capture_id = started.outcome.capture_id;
    await run(p1, 'check_card_capture', { capture_id });
    const payments = h.services.payments!;
    await submitCardForm(
      {
        db: h.services.db,
        keyring: payments.keyring,
        processor: payments.processor,
        timeZone: testTimeZone,
        now: h.security.clock.now,
      },
      { captureId: capture_id, number: fullNumbers[0]!, expiry: '12/39', cvv: '123' },
    );
    const captured = await run(p1, 'check_card_capture', { capture_id });
    const pay = {
      account: 'credit card',
      amount_cents: 1_234,
      card_token: captured.outcome.card.token,
    };
    await run(p1, 'make_card_payment', pay);
    await run(p1, 'make_card_payment', pay);

    // The gate's own refusals: too many calls, and a verification step locked for good.
    const limited = (await invokeTool({ ...h.services, callsPerMinute: 0 }, registry, {
      name: 'check_balance',
      input: {},
      sessionId: a1,
    })) as Result;
    samples.push({
      tool: 'check_balance',
      outcome: limited,
      chat: renderToolResult('check_balance', limited, context('chat', {})),
      phone: renderToolResult('check_balance', limited, context('phone', {})),
    });
    const locked = await h.session(alex, 2);
    for (let i = 0; i < 3; i++) await run(locked, 'step_up_authentication', { answer: 'Smith' });
    await run(locked, 'stop_payment', { check_number: 1234 });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('has a template for every tool of the catalog and renders each one’s real success', () => {
    const names = toolCatalog.map((tool) => tool.name);
    expect(names.filter((name) => !hasToolTemplate(name))).toEqual([]);
    const succeeded = new Set(samples.filter((s) => s.outcome.ok).map((s) => s.tool));
    expect(names.filter((name) => !succeeded.has(name))).toEqual([]);
    for (const s of samples.filter((x) => x.outcome.ok)) {
      expect(s.chat.text, s.tool).not.toMatch(/can't show you the details/);
    }
  });

  it('renders the real refusals each tool gave, in its own words where it has them', () => {
    const codes = new Set(samples.filter((s) => !s.outcome.ok).map((s) => s.outcome.code));
    for (const code of [
      'AUTH_REQUIRED',
      'IDENTIFY_FAILED',
      'OTP_INVALID',
      'NOT_FOUND',
      'AMBIGUOUS',
      'INSUFFICIENT_FUNDS',
      'LIMIT_EXCEEDED',
      'CARD_NOT_FROZEN',
      'INVALID_INPUT',
      'PCI_BLOCKED',
      'RATE_LIMITED',
      'STEP_UP_LOCKED',
      'CARD_CAPTURE_REQUIRED',
      'CONFIRMATION_REQUIRED',
      'CONFLICT',
      'SECURITY_ANSWER_LOCKED',
    ])
      expect(codes, code).toContain(code);
    const refusal = (tool: string, code: string) =>
      samples.find((s) => s.tool === tool && s.outcome.code === code)!;
    expect(refusal('search_transactions', 'PCI_BLOCKED').chat.text).toBe(pciWarning);
    expect(refusal('unfreeze_card', 'CARD_NOT_FROZEN').chat.text).toMatch(
      /ending in 4532 isn't frozen/,
    );
    expect(refusal('internal_transfer', 'LIMIT_EXCEEDED').chat.text).toContain(
      '$25,000.00 limit for transfers',
    );
    expect(refusal('send_wire', 'LIMIT_EXCEEDED').chat.text).toContain(
      '$100,000.00 limit for wires',
    );
    expect(refusal('report_lost_card', 'AMBIGUOUS').chat.text).toMatch(
      /- Your credit card ending in 8810/,
    );
    expect(refusal('stop_payment', 'INVALID_INPUT').chat.text).toContain('record of check 5678');
    expect(refusal('stop_payment', 'STEP_UP_LOCKED').chat.text).toMatch(/colleague/);
    const web = samples.find(
      (s) => s.outcome.code === 'CARD_CAPTURE_REQUIRED' && s.outcome.channel === 'web',
    )!;
    expect(web.chat.text).toContain(`http://bankdesk.test/capture/${web.outcome.capture_id}`);
    expect(web.chat.speech).toMatch(/secure card form on your screen/);
    expect(web.chat.speech).not.toMatch(/http|cap_/);
    const keypad = samples.find(
      (s) => s.outcome.code === 'CARD_CAPTURE_REQUIRED' && s.outcome.channel === 'keypad',
    )!;
    expect(keypad.phone.speech).toMatch(
      /^To pay 12 dollars and 34 cents toward your credit card ending in 8 8 1 0, please key in the card number on your phone's keypad, followed by the pound key/,
    );
  });

  it('uses the seed wording for Alex Rivera’s balance, transfer, stop payment, fraud report and dispute', () => {
    const balance = samples.find((s) => s.tool === 'check_balance' && s.outcome.ok)!;
    expect(balance.chat.text).toBe(
      'Your checking account ending in 4521 has an available balance of $5,647.32, with $200.00 in pending transactions.',
    );
    expect(balance.phone.speech).toBe(
      'Your checking account ending in 4 5 2 1 has an available balance of 5,647 dollars and 32 cents, with 200 dollars in pending transactions.',
    );
    expect(last('internal_transfer').chat.text).toMatch(
      /^Transfer complete! Confirmation number: TXN-\d{8}-[0-9A-Z]{6}\. Your new checking balance is \$5,147\.32\./,
    );
    expect(last('stop_payment').chat.text).toMatch(
      /^Stop payment placed on check 1234 for \$150\.00 to ABC Company\. A \$35\.00 fee will be charged\. The stop payment is valid for 6 months\. Confirmation number: SP-\d{8}-[0-9A-Z]{6}\./,
    );
    const fraud = samples.find((s) => s.tool === 'report_fraud' && s.outcome.ok)!;
    expect(fraud.chat.text).toMatch(
      /^I've created fraud case #FRAUD-\d{8}-[0-9A-Z]{6}\. Your card is deactivated, and a replacement will arrive in 5-7 business days\. Under Regulation E, you have zero liability for unauthorized transactions/,
    );
    expect(fraud.phone.speech).toMatch(
      /fraud case number Fraud, (\d ){7}\d, ([0-9A-Z] ){5}[0-9A-Z]\. Your card is deactivated, and a replacement will arrive in 5 to 7 business days/,
    );

    const charge = samples.find((s) => s.tool === 'lookup_transaction')!.outcome.transactions[0];
    const on = formatDate(charge.date, context('chat', {}));
    expect(on).toMatch(/^[A-Z][a-z]+ \d{1,2}(st|nd|rd|th)$/);
    expect(last('lookup_transaction').chat.text).toBe(
      `I found a charge of $247.89 from AMZN MKTP US on ${on}.`,
    );
    const dispute = samples.find((s) => s.tool === 'dispute_charge' && s.outcome.ok)!;
    expect(dispute.chat.text).toContain(
      `I've filed a fraud dispute for the $247.89 charge from AMZN MKTP US on ${on}.`,
    );
    expect(dispute.chat.text).toMatch(
      /\*\*Case Number\*\*: DSP-\d{8}-[0-9A-Z]{6}\n\*\*Status\*\*: Filed/,
    );
    expect(dispute.chat.text).toContain(
      "Under Regulation E, you're entitled to provisional credit within 10 business days if the investigation takes longer.",
    );
    expect(dispute.chat.text).toContain(
      '- No immediate action required\n- Keep any evidence related to this transaction',
    );
    expect(dispute.chat.text).toMatch(
      /Would you like to add any evidence to strengthen your case\?$/,
    );
    expect(dispute.phone.speech).toContain(
      `fraud dispute for the 247 dollars and 89 cents charge from Amazon Marketplace on ${on}.`,
    );
    const regZ = samples.find(
      (s) => s.tool === 'file_dispute' && s.outcome.regulation === 'Reg Z',
    )!;
    expect(regZ.chat.text).toContain(
      'Under Regulation Z, the bank will investigate and respond within 90 days',
    );

    const status = samples.find((s) => s.tool === 'check_dispute_status')!.chat.text;
    expect(status).toMatch(/^Here's the current status of your dispute:\n\n\*\*Case\*\*: DSP-/);
    expect(status).toContain('**Amount**: $1,104.24');
    expect(status).toContain('**Status**: Under review');
    expect(status).toMatch(
      /Provisional credit of \$1,104\.24 was issued on [A-Z][a-z]+ \d{1,2}(st|nd|rd|th)/,
    );
    expect(last('verify_otp').chat.text).toBe('Code verified!');
    expect(samples.find((s) => s.tool === 'verify_otp' && s.outcome.sent_to_last4)!.chat.text).toBe(
      "For your security, I've sent a verification code to your phone ending in 5678. Please provide the 6-digit code when ready.",
    );
    expect(samples.find((s) => s.outcome.question)!.chat.text).toBe(
      "Now I need to ask you a security question. What is your mother's maiden name?",
    );
  });

  it('never shows more than the last four digits, nor a leaked value, on screen or aloud', () => {
    for (const s of samples) {
      for (const rendered of [s.chat, s.phone]) {
        const where = `${s.tool} ${s.outcome.ok ? 'ok' : s.outcome.code}`;
        for (const text of [rendered.text, rendered.speech]) {
          expect(text.trim(), where).not.toBe('');
          expect(text, where).not.toMatch(/undefined|NaN|\[object|\bnull\b|Invalid Date/);
          for (const full of fullNumbers) expect(text, where).not.toContain(full);
          expect(text, where).not.toMatch(/tok_|\b\d{9,}\b/);
        }
        expect(containsCardData(rendered.text), `${where}: ${rendered.text}`).toBe(false);
        expect(rendered.text, where).not.toMatch(/ending in (?!\d{4}\b)/);
        expect(rendered.speech, where).not.toMatch(/[*#`_\n]|(^|\s)- |\$/);
        expect(rendered.speech, where).not.toMatch(/\d{5,}/);
        expect(rendered.speech, where).not.toMatch(/ending in \d\d/);
      }
    }
  });
});
