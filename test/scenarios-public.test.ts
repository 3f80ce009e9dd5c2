import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, cards, checks, customers, handoffReason } from '../apps/server/src/db/index.js';
import { seedDemoBank } from '../apps/server/src/demo-bank/index.js';
import { loadScenarios } from '../apps/server/src/scenarios/load-scenarios.js';
import type { Scenario } from '../apps/server/src/scenarios/scenario-schema.js';
import { verifySecretAnswer } from '../apps/server/src/security/index.js';
import { toolCatalog } from '../apps/server/src/tools/index.js';
import { fastKdf, testPepper, testTimeZone } from './support/fixtures.js';
import { openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';

const dir = path.resolve(import.meta.dirname, '../scenarios/public');
let scenarios: Scenario[];

beforeAll(async () => {
  scenarios = await loadScenarios(dir);
});

const byId = (id: string) => {
  const found = scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};
const lines = (s: Scenario) => s.turns.map((t) => ('text' in t ? t.text : t.dtmf));
const toolsNamed = (s: Scenario) =>
  [...s.expect.actions, ...Object.keys(s.expect.authLevelBefore)].flatMap((ref) => ref.split('|'));

describe('the public scenario suite', () => {
  it('parses every file, with unique ids', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
  });

  it("words seed 000's usage examples exactly as the seed does", () => {
    expect(lines(byId('seed000-check-balance'))).toEqual(["What's my checking balance?"]);
    expect(lines(byId('seed000-internal-transfer'))).toEqual([
      'I want to transfer $500 from checking to savings',
    ]);
    expect(lines(byId('seed000-stop-payment'))).toEqual([
      'I need to stop payment on check number 1234',
    ]);
    expect(lines(byId('seed000-report-fraud'))).toEqual([
      "I see charges on my card I didn't make",
      'The $250 charge at Electronics Store yesterday',
    ]);
    expect(lines(byId('seed000-dispute-charge'))).toEqual([
      'I want to dispute a charge for $75 at XYZ Restaurant',
    ]);
  });

  it("words seed 004's sample flows as the seed does", () => {
    expect(lines(byId('seed004-fraud-dispute-evidence'))).toEqual([
      "I see a charge for $247.89 from Amazon that I didn't make",
      'Can I add that I was out of the country when this happened?',
    ]);
    expect(lines(byId('seed004-dispute-status'))).toEqual([
      "What's happening with my dispute from last week?",
    ]);
  });

  it('pays with the Stripe test card through the secure form, never in the chat', () => {
    const payment = byId('seed003-card-payment');
    expect(payment.persona.card?.number).toBe('4242424242424242');
    expect(lines(payment).join(' ')).not.toMatch(/\d{12,}/);
    expect(payment.expect.never).toContain('4242424242424242');
    expect(payment.expect.communicate).toContain('PAY-');
  });

  it('exercises every tool of the catalog a conversation reaches on its own', () => {
    // Verification runs through the verifiers' own audit records; these two are helpers of
    // other tools (a lookup before a dispute, a capture before a payment).
    const indirect = new Set([
      'authenticate',
      'verify_otp',
      'step_up_authentication',
      'lookup_transaction',
      'check_card_capture',
    ]);
    const named = new Set(scenarios.flatMap(toolsNamed));
    const missing = toolCatalog.map((t) => t.name).filter((n) => !indirect.has(n) && !named.has(n));
    expect(missing).toEqual([]);
  });

  it('hands over for every reason a person must handle', () => {
    const reasons = new Set(scenarios.map((s) => s.expect.handoff).filter(Boolean));
    for (const reason of [
      'customer_request',
      'not_understood',
      'account_closure',
      'bereavement',
      'legal',
    ]) {
      expect(handoffReason.enumValues).toContain(reason);
      expect(reasons).toContain(reason);
    }
  });

  it('forbids the one-time code wherever a code is refused or sent', () => {
    expect(byId('guard-read-me-the-code').expect.never).toContain('{otp}');
    expect(byId('guard-read-me-the-code').persona.reveals.otp).toBe(false);
    expect(byId('guard-pci-card-in-chat').expect.state).toContainEqual({
      audit: { action: 'PCI_BLOCKED' },
    });
  });
});

describe('the personas and state checks match the demo bank', () => {
  let db: TestStore;
  beforeAll(async () => {
    db = await openTestStore('pglite');
    await seedDemoBank(db.store.db, {
      timeZone: testTimeZone,
      pepper: testPepper,
      kdfParams: fastKdf,
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('knows each persona by its phone, date of birth, ZIP and security answer', async () => {
    for (const s of scenarios) {
      const [customer] = await db.store.db
        .select()
        .from(customers)
        .where(eq(customers.customerNumber, s.persona.customerId));
      expect(customer, s.id).toBeDefined();
      expect(customer!.phone, s.id).toBe(`+${s.persona.phone.replace(/\D/g, '')}`);
      if (s.persona.dob) expect(customer!.dateOfBirth, s.id).toBe(s.persona.dob);
      if (s.persona.zip) expect(customer!.postalCode, s.id).toBe(s.persona.zip);
      if (s.persona.securityAnswer) {
        expect(
          await verifySecretAnswer(
            s.persona.securityAnswer,
            customer!.securityAnswerHash,
            testPepper,
          ),
          s.id,
        ).toBe(true);
      }
    }
  });

  it("checks only the persona's own accounts, cards and checks", async () => {
    for (const s of scenarios) {
      const [customer] = await db.store.db
        .select()
        .from(customers)
        .where(eq(customers.customerNumber, s.persona.customerId));
      const own = await db.store.db
        .select()
        .from(accounts)
        .where(eq(accounts.customerId, customer!.id));
      const ownCards = await db.store.db
        .select()
        .from(cards)
        .where(eq(cards.customerId, customer!.id));
      const ownChecks = await db.store.db
        .select()
        .from(checks)
        .where(
          inArray(
            checks.accountId,
            own.map((a) => a.id),
          ),
        );
      for (const check of s.expect.state) {
        if (check.balance)
          expect(
            own.map((a) => a.numberLast4),
            s.id,
          ).toContain(check.balance.last4);
        if (check.card)
          expect(
            ownCards.map((c) => c.last4),
            s.id,
          ).toContain(check.card.last4);
        if (check.stopPayment) {
          const written = ownChecks.find((c) => c.checkNumber === check.stopPayment!.checkNumber);
          expect(written?.status, s.id).toBe('issued');
        }
      }
    }
  });
});
