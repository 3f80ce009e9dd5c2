import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog, rows } from '../apps/server/src/db/index.js';
import { verifyAuditChain } from '../apps/server/src/security/index.js';
import { bankIds } from './support/bank-ids.js';
import type { BankIds } from './support/bank-ids.js';
import { alex } from './support/seeded-bank.js';
import { describeEachStore, openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';
import { registry, toolHarness } from './support/tool-harness.js';
import type { ToolHarness } from './support/tool-harness.js';

/** What the gate itself writes for any call: the record, the chain's head, the session's touch. */
const gateTables = new Set(['audit_log', 'audit_chain_head', 'auth_sessions']);

/** One digest per table of everything in it, so any insert, update or delete shows. */
async function fingerprint(t: TestStore): Promise<Map<string, string>> {
  const tables = await rows<{ name: string }>(
    t.store.db,
    sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const digests = new Map<string, string>();
  for (const { name } of tables) {
    if (gateTables.has(name)) continue;
    const [row] = await rows<{ digest: string | null }>(
      t.store.db,
      sql.raw(`SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) AS digest FROM "${name}" r`),
    );
    digests.set(name, row?.digest ?? 'empty');
  }
  return digests;
}

describeEachStore('tools the gate runs without a transaction', (kind) => {
  let t: TestStore;
  let h: ToolHarness;
  let ids: BankIds;
  beforeAll(async () => {
    t = await openTestStore(kind);
    h = await toolHarness(t.store, { callsPerMinute: 1_000 });
    ids = await bankIds(t.store);
  });
  afterAll(() => t.close());

  const inputs = (): Record<string, unknown> => ({
    check_balance: {},
    view_recent_transactions: { account: 'checking' },
    search_transactions: { merchant: 'amazon' },
    lookup_transaction: { merchant_name: 'AMZN' },
    explain_pending: { transaction_id: ids.alex.amazonCharge },
    check_dispute_status: { dispute_id: ids.alex.openDispute },
    list_disputes: { include_closed: true },
    check_transfer_status: { transfer_id: ids.alex.achTransfer },
  });

  it('are exactly the ones proven here', () => {
    const readOnly = registry
      .list()
      .filter((tool) => tool.readOnly)
      .map((tool) => tool.name);
    expect(readOnly.sort()).toEqual(Object.keys(inputs()).sort());
  });

  it('answer and write their audit record, and change nothing else', async () => {
    const session = await h.session(alex, 3);
    for (const [name, input] of Object.entries(inputs())) {
      const before = await fingerprint(t);
      const outcome = await h.call(session, name, input);
      expect(outcome, name).toMatchObject({ ok: true });
      expect(await fingerprint(t), name).toEqual(before);
      const [record] = await t.store.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.sessionId, session), eq(auditLog.resource, name)));
      expect(record, name).toMatchObject({ action: 'TOOL_CALL', result: 'success' });
    }
    expect((await verifyAuditChain(t.store.db)).ok).toBe(true);
  });

  it('still refuse another customer’s ids, with the refusal audited', async () => {
    const session = await h.session(alex, 3);
    const outcome = await h.call(session, 'check_dispute_status', {
      dispute_id: ids.priya.dispute,
    });
    expect(outcome).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const [record] = await t.store.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.sessionId, session), eq(auditLog.resource, 'check_dispute_status')));
    expect(record).toMatchObject({ result: 'denied', metadata: { code: 'not_found' } });
  });
});
