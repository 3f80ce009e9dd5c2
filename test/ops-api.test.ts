import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../apps/server/src/app.js';
import type { App } from '../apps/server/src/app.js';
import { alexRivera } from '../apps/server/src/demo-bank/index.js';
import { auditLog, customers, rows } from '../apps/server/src/db/index.js';
import { localDateOf, zonedInstant } from '../apps/server/src/domain/regulation/index.js';
import { createLogger } from '../apps/server/src/observability/index.js';
import { containsCardData } from '../apps/server/src/pci/index.js';
import { createStaff, loginStaff, verifyAuditChain } from '../apps/server/src/security/index.js';
import type { StaffRole } from '../apps/server/src/security/index.js';
import { fastKdf, testTimeZone } from './support/fixtures.js';
import { alex, customerId, priya } from './support/seeded-bank.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';
import { registry, toolHarness } from './support/tool-harness.js';
import type { ToolHarness } from './support/tool-harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const bootstrap = 'bootstrap-token-for-ops-tests-0123456789';
const http = { host: '127.0.0.1', port: 0, bodyLimitBytes: 262_144, trustProxy: false };

describeEachStore('the Ops API', (kind) => {
  let t: TestStore;
  let h: ToolHarness;
  let app: App;
  let alexId: string;
  let priyaId: string;
  const staff = {} as Record<StaffRole, { id: string; token: string }>;
  // Every body the API sent, for the final scan for secrets.
  const bodies: string[] = [];

  beforeAll(async () => {
    t = await openTestStore(kind);
    h = await toolHarness(t.store);
    // Midday at the bank, so the metrics' "today" cannot roll over while the suite runs.
    const now = h.security.clock.now();
    h.security.clock.set(zonedInstant(localDateOf(now, testTimeZone), '12:00', testTimeZone));
    app = await buildApp({
      config: { mode: 'sandbox', http },
      store: t.store,
      logger: createLogger({ level: 'silent', format: 'json' }),
      security: h.security.ctx,
      staffToken: bootstrap,
      tools: { services: h.services, registry },
    });
    alexId = await customerId(t.store, 'CUST-10001');
    priyaId = await customerId(t.store, 'CUST-10002');
    for (const role of ['agent', 'supervisor', 'auditor'] as const) {
      const password = `a long password for the ${role}`;
      const account = await createStaff(
        h.security.ctx,
        { username: `ops.${role}`, displayName: `Ops ${role}`, role, password },
        'staff:bootstrap',
        fastKdf,
      );
      const login = await loginStaff(h.security.ctx, { username: `ops.${role}`, password });
      if (!login.ok) throw new Error(`could not log the ${role} in`);
      staff[role] = { id: account.id, token: login.token };
    }
  });
  afterAll(async () => {
    await app.close();
    expect((await verifyAuditChain(t.store.db)).ok).toBe(true);
    await t.close();
  });

  async function call(url: string, as: StaffRole | null = 'agent', method: 'GET' | 'POST' = 'GET') {
    const response = await app.inject({
      method,
      url,
      headers: as ? { authorization: `Bearer ${staff[as].token}` } : {},
    });
    bodies.push(response.body);
    return { status: response.statusCode, body: response.json() as Json };
  }
  const ok = async (url: string, as: StaffRole = 'agent') => {
    const { status, body } = await call(url, as);
    expect(status, JSON.stringify(body)).toBe(200);
    return body;
  };
  const headSeq = async () =>
    (
      await t.store.db
        .select({ seq: auditLog.seq })
        .from(auditLog)
        .orderBy(desc(auditLog.seq))
        .limit(1)
    )[0]?.seq ?? 0;
  const readsSince = (seq: number) =>
    t.store.db
      .select()
      .from(auditLog)
      .where(and(gt(auditLog.seq, seq), eq(auditLog.action, 'STAFF_READ')));

  it('finds customers by name, number and phone, showing only the last four of the phone', async () => {
    const byName = await ok('/api/v1/ops/customers?query=alex%20riv');
    expect(byName.customers).toEqual([
      {
        id: alexId,
        customerNumber: 'CUST-10001',
        name: 'Alex Rivera',
        phoneLast4: '5678',
        jurisdiction: 'US-CO',
      },
    ]);
    expect((await ok('/api/v1/ops/customers?query=cust-10001')).customers).toEqual(
      byName.customers,
    );
    expect((await ok(`/api/v1/ops/customers?query=${alexId}`)).customers).toEqual(byName.customers);
    const byPhone = await ok('/api/v1/ops/customers?query=(555)%20234-5678');
    expect(byPhone.customers.map((c: Json) => c.customerNumber)).toContain('CUST-10001');
    // LIKE's wildcards are searched for, not obeyed.
    expect((await ok('/api/v1/ops/customers?query=%25%25')).customers).toEqual([]);
    // Any part of the name, either name: Alex Rivera and Priya Shah both have an "ri".
    const many = (await ok('/api/v1/ops/customers?query=RI')).customers.map(
      (c: Json) => c.customerNumber,
    );
    expect(many.slice(0, 2)).toEqual(['CUST-10001', 'CUST-10002']);
  });

  it("shows a customer's profile by number or id, with open accounts at a glance", async () => {
    const profile = await ok('/api/v1/ops/customers/CUST-10001');
    expect(profile).toMatchObject({
      id: alexId,
      name: 'Alex Rivera',
      firstName: 'Alex',
      lastName: 'Rivera',
      phoneLast4: '5678',
      jurisdiction: 'US-CO',
    });
    expect(profile.accounts).toEqual([
      expect.objectContaining({ type: 'checking', last4: '4521', availableCents: 564_732 }),
      expect.objectContaining({ type: 'savings', last4: '7789', availableCents: 1_240_000 }),
    ]);
    expect(await ok(`/api/v1/ops/customers/${alexId}`)).toEqual(profile);
  });

  it('gives balances from the ledger: available, ledger and pending', async () => {
    const { accounts } = await ok('/api/v1/ops/customers/CUST-10001/accounts');
    const checking = accounts.find((a: Json) => a.last4 === alexRivera.checkingLast4);
    expect(checking).toMatchObject({
      type: 'checking',
      status: 'open',
      availableCents: 564_732,
      pendingCents: 20_000,
      ledgerCents: 584_732,
      availableCreditCents: null,
    });
    expect(accounts.find((a: Json) => a.last4 === '7789')).toMatchObject({
      availableCents: 1_240_000,
      pendingCents: 0,
    });
    const priyaCard = (await ok('/api/v1/ops/customers/CUST-10002/accounts')).accounts.find(
      (a: Json) => a.type === 'credit_card',
    );
    expect(priyaCard.last4).toBe('8810');
    expect(priyaCard.availableCreditCents).toBe(
      priyaCard.creditLimitCents + priyaCard.availableCents,
    );
  });

  it('lists transactions newest first, per account, at most 200', async () => {
    const { transactions } = await ok('/api/v1/ops/customers/CUST-10001/transactions');
    expect(transactions.length).toBeGreaterThan(10);
    const times = transactions.map((x: Json) => x.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(transactions).toContainEqual(
      expect.objectContaining({
        description: 'ELECTRONICS STORE',
        amountCents: -25_000,
        status: 'posted',
        accountLast4: '4521',
        cardLast4: '4532',
      }),
    );
    expect(transactions).toContainEqual(
      expect.objectContaining({ kind: 'check', checkNumber: 1233, amountCents: -8_500 }),
    );
    const savings = (await ok('/api/v1/ops/customers/CUST-10001/accounts')).accounts.find(
      (a: Json) => a.type === 'savings',
    );
    const onSavings = await ok(
      `/api/v1/ops/customers/CUST-10001/transactions?accountId=${savings.id}&limit=3`,
    );
    expect(onSavings.transactions.length).toBe(3);
    expect(onSavings.transactions.every((x: Json) => x.accountLast4 === '7789')).toBe(true);
    const priyaAccount = (await ok('/api/v1/ops/customers/CUST-10002/accounts')).accounts[0];
    const foreign = await call(
      `/api/v1/ops/customers/CUST-10001/transactions?accountId=${priyaAccount.id}`,
    );
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('NOT_FOUND');
    expect((await call('/api/v1/ops/customers/CUST-10001/transactions?limit=201')).status).toBe(
      400,
    );
  });

  it('shows cards by last four, with a replacement on its way', async () => {
    const { cards } = await ok('/api/v1/ops/customers/CUST-10001/cards');
    expect(cards).toEqual([
      expect.objectContaining({
        last4: '4532',
        brand: 'visa',
        kind: 'debit',
        status: 'active',
        accountLast4: '4521',
        shipping: null,
      }),
    ]);
    const dana = (await ok('/api/v1/ops/customers/CUST-10004/cards')).cards;
    const lost = dana.find((c: Json) => c.status === 'lost');
    expect(dana.find((c: Json) => c.replacesCardId === lost.id)).toMatchObject({
      status: 'pending_activation',
      shipping: { status: 'in_transit', expectedDeliveryOn: expect.any(String) },
    });
  });

  it('shows disputes with their regulation, provisional credit and deadlines', async () => {
    const { disputes } = await ok('/api/v1/ops/customers/CUST-10001/disputes');
    const open = disputes.find((d: Json) => d.amountCents === alexRivera.openDisputeCents);
    expect(open).toMatchObject({
      customerId: alexId,
      reason: 'fraudulent',
      status: 'under_review',
      regulation: 'reg_e',
      merchant: 'Delta Air Lines',
      accountLast4: '4521',
      provisionalCredit: { status: 'credited', amountCents: 110_424 },
      evidenceCount: 1,
    });
    expect(Date.parse(open.deadlines.decisionDueBy)).toBeGreaterThan(Date.parse(open.createdAt));
    expect(open.deadlines.provisionalCreditDueBy).toEqual(expect.any(String));
    const byId = await ok(`/api/v1/ops/disputes/${open.id}`);
    expect(byId).toMatchObject(open);
    expect(byId.narrative).toContain('Delta flight');
    expect(await ok(`/api/v1/ops/disputes/${open.caseNumber}`)).toEqual(byId);
    const priyaDispute = (await ok('/api/v1/ops/customers/CUST-10002/disputes')).disputes[0];
    expect(priyaDispute.regulation).toBe('reg_z');
    expect(priyaDispute.deadlines.acknowledgmentDueBy).toEqual(expect.any(String));
  });

  it('shows transfers, checks and stop payments', async () => {
    const { transfers } = await ok('/api/v1/ops/customers/CUST-10001/transfers');
    expect(transfers).toContainEqual(
      expect.objectContaining({
        rail: 'zelle',
        amountCents: 12_000,
        status: 'completed',
        counterpartyName: 'Sam Lee',
        fromAccountLast4: '4521',
        confirmationNumber: expect.any(String),
      }),
    );
    expect(transfers).toContainEqual(
      expect.objectContaining({
        rail: 'ach',
        amountCents: 50_000,
        status: 'pending',
        counterpartyAccountLast4: '6612',
      }),
    );
    const { checks } = await ok('/api/v1/ops/customers/CUST-10001/checks');
    expect(checks).toContainEqual(
      expect.objectContaining({
        checkNumber: 1234,
        amountCents: 15_000,
        payeeName: 'ABC Company',
        status: 'issued',
      }),
    );
    expect((await ok('/api/v1/ops/customers/CUST-10001/stop-payments')).stopPayments).toEqual([]);
    const session = await h.session(alex, 3);
    const stopped = await h.move(session, 'stop_payment', { check_number: 1234 });
    expect(stopped.ok, JSON.stringify(stopped)).toBe(true);
    expect((await ok('/api/v1/ops/customers/CUST-10001/stop-payments')).stopPayments).toEqual([
      expect.objectContaining({ checkNumber: 1234, status: 'active', accountLast4: '4521' }),
    ]);
  });

  it.each([
    ['', 'ops:customer_profile'],
    ['/accounts', 'ops:accounts'],
    ['/transactions', 'ops:transactions'],
    ['/cards', 'ops:cards'],
    ['/disputes', 'ops:disputes'],
    ['/transfers', 'ops:transfers'],
    ['/checks', 'ops:checks'],
    ['/stop-payments', 'ops:stop_payments'],
  ])(
    'audits the read of customers/:id%s as the staff member who made it',
    async (path, resource) => {
      const before = await headSeq();
      await ok(`/api/v1/ops/customers/CUST-10001${path}`, 'auditor');
      const reads = await readsSince(before);
      expect(reads).toEqual([
        expect.objectContaining({
          actor: `staff:${staff.auditor.id}`,
          customerId: alexId,
          resource,
          result: 'success',
          piiAccessed: true,
        }),
      ]);
    },
  );

  it('audits searches per customer found, and single dispute reads', async () => {
    let before = await headSeq();
    await ok('/api/v1/ops/customers?query=Priya');
    expect(await readsSince(before)).toEqual([
      expect.objectContaining({
        actor: `staff:${staff.agent.id}`,
        customerId: priyaId,
        resource: 'ops:customer_search',
      }),
    ]);
    const [dispute] = (await ok('/api/v1/ops/customers/CUST-10002/disputes')).disputes;
    before = await headSeq();
    await ok(`/api/v1/ops/disputes/${dispute.id}`, 'supervisor');
    expect(await readsSince(before)).toEqual([
      expect.objectContaining({
        actor: `staff:${staff.supervisor.id}`,
        customerId: priyaId,
        resource: 'ops:dispute',
        metadata: expect.objectContaining({ dispute_id: dispute.id }),
      }),
    ]);
  });

  it('pages through the audit trail, newest first, for supervisors and auditors only', async () => {
    const first = await ok('/api/v1/ops/audit?customerId=CUST-10001&limit=5', 'auditor');
    expect(first.records).toHaveLength(5);
    const seqs = first.records.map((r: Json) => r.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    expect(first.records.every((r: Json) => r.customerId === alexId)).toBe(true);
    expect(Object.keys(first.records[0]).sort()).toEqual(
      [
        'seq',
        'id',
        'occurredAt',
        'actor',
        'action',
        'resource',
        'result',
        'customerId',
        'sessionId',
        'authLevel',
        'jurisdiction',
        'piiAccessed',
        'complianceFlags',
      ].sort(),
    );
    expect(first.nextBefore).toBe(seqs[4]);
    const second = await ok(
      `/api/v1/ops/audit?customerId=${alexId}&limit=5&before=${first.nextBefore}`,
      'supervisor',
    );
    expect(second.records.every((r: Json) => r.seq < first.nextBefore)).toBe(true);
    const tools = await ok('/api/v1/ops/audit?action=TOOL_CALL&limit=200', 'auditor');
    expect(tools.records.length).toBeGreaterThan(0);
    expect(tools.records.every((r: Json) => r.action === 'TOOL_CALL')).toBe(true);
    const sessionId = tools.records[0].sessionId;
    const bySession = await ok(`/api/v1/ops/audit?sessionId=${sessionId}`, 'auditor');
    expect(bySession.records.every((r: Json) => r.sessionId === sessionId)).toBe(true);
    // Reading the trail is itself on the trail.
    const [last] = await t.store.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    expect(last).toMatchObject({ action: 'STAFF_READ', resource: 'ops:audit' });
    const refused = await call('/api/v1/ops/audit', 'agent');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
  });

  it('works the hand-off queue: list, assign to the caller, resolve', async () => {
    const session = await h.session(priya, 1);
    const escalated = await h.call(session, 'escalate_to_human', {
      reason: 'complaint',
      summary: 'Unhappy about a late fee on the credit card',
    });
    const id = (escalated as Json).handoff_id as string;
    const waiting = await ok('/api/v1/ops/handoffs', 'auditor');
    const listed = waiting.handoffs.find((x: Json) => x.id === id);
    expect(listed).toMatchObject({
      status: 'waiting',
      reason: 'complaint',
      customerId: priyaId,
      channel: 'chat',
    });
    expect(listed).not.toHaveProperty('summary');

    expect((await call(`/api/v1/ops/handoffs/${id}/assign`, 'auditor', 'POST')).status).toBe(403);
    const taken = await call(`/api/v1/ops/handoffs/${id}/assign`, 'agent', 'POST');
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({
      status: 'assigned',
      assignedTo: staff.agent.id,
      summary: 'Unhappy about a late fee on the credit card',
    });
    expect((await call(`/api/v1/ops/handoffs/${id}/assign`, 'agent', 'POST')).status).toBe(200);
    const clash = await call(`/api/v1/ops/handoffs/${id}/assign`, 'supervisor', 'POST');
    expect([clash.status, clash.body.error.code]).toEqual([409, 'CONFLICT']);
    expect(
      (await ok('/api/v1/ops/handoffs?status=assigned')).handoffs.map((x: Json) => x.id),
    ).toContain(id);

    const resolved = await call(`/api/v1/ops/handoffs/${id}/resolve`, 'agent', 'POST');
    expect(resolved.body).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });
    const again = await call(`/api/v1/ops/handoffs/${id}/resolve`, 'agent', 'POST');
    expect([again.status, again.body.error.code]).toEqual([409, 'INVALID_TRANSITION']);
    const trail = await t.store.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'HANDOFF'), eq(auditLog.resource, id)));
    expect(trail.map((r) => [r.actor, r.metadata.step ?? null])).toEqual([
      ['customer', null],
      [`staff:${staff.agent.id}`, 'assigned'],
      [`staff:${staff.agent.id}`, 'resolved'],
    ]);

    // A colleague's hand-off: an agent may not close it, a supervisor may.
    const other = (await h.call(session, 'escalate_to_human', { reason: 'other' })) as Json;
    await call(`/api/v1/ops/handoffs/${other.handoff_id}/assign`, 'supervisor', 'POST');
    const notYours = await call(
      `/api/v1/ops/handoffs/${other.handoff_id}/resolve`,
      'agent',
      'POST',
    );
    expect(notYours.status).toBe(409);
    const unknown = await call(
      `/api/v1/ops/handoffs/ho_${'x'.repeat(24)}/resolve`,
      'agent',
      'POST',
    );
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await call('/api/v1/ops/handoffs/nonsense/assign', 'agent', 'POST')).status).toBe(400);
  });

  it('moves the metrics with sessions, tool calls, a PCI block, a fraud report and a hand-off', async () => {
    const before = await ok('/api/v1/ops/metrics', 'auditor');
    expect(before.timeZone).toBe(testTimeZone);
    const session = await h.session(priya, 2);
    const anonymous = await h.session(priya, 0);
    await h.call(session, 'check_balance', {});
    await h.call(session, 'check_balance', {});
    expect((await h.call(anonymous, 'check_balance', {})).ok).toBe(false);
    const blocked = await h.call(session, 'escalate_to_human', {
      reason: 'other',
      summary: 'my card is 4111 1111 1111 1111',
    });
    expect(blocked).toMatchObject({ ok: false, code: 'PCI_BLOCKED' });
    const charge = (
      await ok('/api/v1/ops/customers/CUST-10002/transactions?limit=200')
    ).transactions.find(
      (x: Json) => x.kind === 'card_purchase' && x.status === 'posted' && x.cardLast4 === '8810',
    );
    const disputed = new Set(
      (await ok('/api/v1/ops/customers/CUST-10002/disputes')).disputes.map(
        (d: Json) => d.transactionId,
      ),
    );
    expect(disputed.has(charge.id)).toBe(false);
    const fraud = await h.call(session, 'report_fraud', {
      card: '8810',
      transaction_ids: [charge.id],
    });
    expect(fraud.ok, JSON.stringify(fraud)).toBe(true);
    await h.call(session, 'escalate_to_human', { reason: 'fraud' });

    const after = await ok('/api/v1/ops/metrics', 'agent');
    const tool = (m: Json, name: string, result: string) =>
      m.toolCalls.find((x: Json) => x.tool === name && x.result === result)?.count ?? 0;
    expect(after.sessions.today - before.sessions.today).toBe(2);
    expect((after.sessions.byChannel.chat ?? 0) - (before.sessions.byChannel.chat ?? 0)).toBe(2);
    expect(after.authByLevel['1'] - (before.authByLevel['1'] ?? 0)).toBe(1);
    expect(after.authByLevel['2'] - (before.authByLevel['2'] ?? 0)).toBe(1);
    expect(tool(after, 'check_balance', 'success') - tool(before, 'check_balance', 'success')).toBe(
      2,
    );
    expect(tool(after, 'check_balance', 'denied') - tool(before, 'check_balance', 'denied')).toBe(
      1,
    );
    expect(after.pciBlocks.today - before.pciBlocks.today).toBe(1);
    expect(after.pciBlocks.bySource.tool_input - (before.pciBlocks.bySource.tool_input ?? 0)).toBe(
      1,
    );
    expect(after.fraudReportsToday - before.fraudReportsToday).toBe(1);
    expect(after.openDisputes - before.openDisputes).toBe(1);
    expect(after.handoffsWaiting - before.handoffsWaiting).toBe(1);
  });

  it('refuses without a credential (401), with an unknown one (401), and on bad input (400)', async () => {
    for (const url of [
      '/api/v1/ops/customers?query=alex',
      '/api/v1/ops/customers/CUST-10001/accounts',
      '/api/v1/ops/audit',
      '/api/v1/ops/handoffs',
      '/api/v1/ops/metrics',
      // Before validation: no credential learns nothing about the parameters.
      '/api/v1/ops/customers/not%20valid',
    ]) {
      const { status, body } = await call(url, null);
      expect([url, status, body.error.code]).toEqual([url, 401, 'UNAUTHORIZED']);
    }
    const forged = await app.inject({
      url: '/api/v1/ops/metrics',
      headers: { authorization: `Bearer bdstaff_${'A'.repeat(43)}` },
    });
    expect(forged.statusCode).toBe(401);
    const viaBootstrap = await app.inject({
      url: '/api/v1/ops/customers/CUST-10003',
      headers: { authorization: `Bearer ${bootstrap}` },
    });
    expect(viaBootstrap.json()).toMatchObject({ customerNumber: 'CUST-10003' });
    for (const url of [
      '/api/v1/ops/customers?query=a',
      '/api/v1/ops/customers',
      '/api/v1/ops/customers/not%20valid',
      '/api/v1/ops/customers/CUST-10001/transactions?limit=0',
      '/api/v1/ops/customers/CUST-10001/transactions?accountId=nope',
      '/api/v1/ops/audit?before=-3',
      '/api/v1/ops/audit?sessionId=nope',
      '/api/v1/ops/handoffs?status=lost',
    ]) {
      const { status, body } = await call(url, 'supervisor');
      expect([url, status, body.error.code]).toEqual([url, 400, 'INVALID_INPUT']);
    }
  });

  it('answers 404 NOT_FOUND for unknown customers and disputes', async () => {
    for (const url of [
      '/api/v1/ops/customers/CUST-99999',
      `/api/v1/ops/customers/cus_${'Z'.repeat(24)}`,
      '/api/v1/ops/customers/someone',
      '/api/v1/ops/customers/CUST-99999/accounts',
      '/api/v1/ops/customers/CUST-99999/transactions',
      '/api/v1/ops/customers/CUST-99999/cards',
      '/api/v1/ops/customers/CUST-99999/disputes',
      '/api/v1/ops/customers/CUST-99999/transfers',
      '/api/v1/ops/customers/CUST-99999/checks',
      '/api/v1/ops/customers/CUST-99999/stop-payments',
      `/api/v1/ops/disputes/dp_${'Z'.repeat(24)}`,
      '/api/v1/ops/disputes/DSP-20000101-XXXXXX',
      '/api/v1/ops/audit?customerId=CUST-99999',
    ]) {
      const { status, body } = await call(url, 'supervisor');
      expect([url, status, body.error.code]).toEqual([url, 404, 'NOT_FOUND']);
    }
  });

  it('never sends a secret: no hashes, codes, tokens, card or account numbers, phones', async () => {
    expect(bodies.length).toBeGreaterThan(50);
    const columns = await rows<{ table_name: string; column_name: string }>(
      t.store.db,
      sql`SELECT table_name, column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name ~* '(hash|sealed|secret|password|token)'`,
    );
    const secrets = new Set<string>();
    for (const { table_name, column_name } of columns) {
      const values = await rows<{ v: string | null }>(
        t.store.db,
        sql`SELECT ${sql.identifier(column_name)}::text AS v FROM ${sql.identifier(table_name)}`,
      );
      for (const { v } of values) if (v && v.length >= 16) secrets.add(v);
    }
    expect(secrets.size).toBeGreaterThan(20);
    const phones = (await t.store.db.select({ phone: customers.phone }).from(customers)).map((c) =>
      c.phone.slice(-10),
    );
    for (const { token } of Object.values(staff)) secrets.add(token);
    const codes = [await h.security.lastCode(priya.phone), await h.security.lastCode(alex.phone)];
    const forbiddenKey =
      /(hash|otp|token|password|secret|vault|cvv|answer|email|birth|address|metadata|^pan$|^pin$)/i;
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`));
      if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          expect(key, path).not.toMatch(forbiddenKey);
          if (/last4$/i.test(key) && inner !== null)
            expect(inner, `${path}.${key}`).toMatch(/^\d{4}$/);
          walk(inner, `${path}.${key}`);
        }
      }
    };
    for (const body of bodies) {
      walk(JSON.parse(body), '$');
      for (const secret of secrets) expect(body.includes(secret)).toBe(false);
      for (const phone of phones) expect(body).not.toContain(phone);
      for (const code of codes) expect(body).not.toMatch(new RegExp(`(?<!\\d)${code}(?!\\d)`));
      expect(body).not.toMatch(/scrypt\$/);
      expect(containsCardData(body), body.slice(0, 200)).toBe(false);
    }
  });
});
