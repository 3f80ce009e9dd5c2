import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditChainHead, auditLog, openStore } from '../apps/server/src/db/index.js';
import type { Store } from '../apps/server/src/db/index.js';
import {
  legacyAuditHash,
  recordAudit,
  verifyAuditChain,
} from '../apps/server/src/security/index.js';
import type { AuditInput } from '../apps/server/src/security/index.js';
import {
  createPostgresDatabase,
  describeEachStore,
  describePostgres,
  openTestStore,
} from './support/stores.js';
import type { TestStore } from './support/stores.js';

const cli = path.resolve(import.meta.dirname, '../apps/server/bin/bankdesk.js');

const event = (i: number): AuditInput => ({
  action: 'TOOL_CALL',
  result: i % 7 === 0 ? 'denied' : 'success',
  actor: 'customer',
  customerId: 'cus_4fGh7Kq2LmN8pR1sT5vW9xYz',
  sessionId: 'sess_Zq8Lm2Xw5Rt9Yv3Np6Kb1Hd4',
  resource: 'check_balance',
  authLevel: 1,
  ipAddress: '198.51.100.7',
  jurisdiction: 'US-CO',
  piiAccessed: true,
  complianceFlags: ['reg_e'],
  metadata: { tool: 'check_balance', accounts: 2, ok: true },
});

/** Changes stored rows the way only a database superuser can: with the triggers switched off. */
async function asSuperuser(store: Store, statement: string): Promise<void> {
  await store.db.transaction(async (tx) => {
    await tx.execute(sql.raw('SET LOCAL session_replication_role = replica'));
    await tx.execute(sql.raw(statement));
  });
}

describeEachStore('the audit chain', (kind) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(kind);
  });
  afterAll(() => t.close());

  it('links every record to the one before, from a zero genesis', async () => {
    for (let i = 1; i <= 20; i++) await recordAudit(t.store.db, event(i));
    const records = await t.store.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(records[0]!.prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < records.length; i++)
      expect(records[i]!.prevHash).toBe(records[i - 1]!.hash);
    expect(await verifyAuditChain(t.store.db)).toEqual({
      ok: true,
      records: 20,
      headSeq: 20,
      headHash: records.at(-1)!.hash,
    });
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    await expect(
      t.store.db.execute(sql`UPDATE audit_log SET result = 'success' WHERE seq = 1`),
    ).rejects.toThrow();
    await expect(t.store.db.execute(sql`DELETE FROM audit_log WHERE seq = 2`)).rejects.toThrow();
    await expect(t.store.db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
    expect((await verifyAuditChain(t.store.db)).ok).toBe(true);
  });

  it('refuses values that are not ids or flags', async () => {
    await expect(
      recordAudit(t.store.db, { ...event(1), metadata: { phone: '+15552345678' } }),
    ).rejects.toThrow(/refused to audit/);
    await expect(recordAudit(t.store.db, { ...event(1), resource: '482913' })).rejects.toThrow(
      /refused to audit/,
    );
  });

  it('names the first record edited or deleted behind the triggers’ back', async () => {
    await asSuperuser(t.store, `UPDATE audit_log SET result = 'success' WHERE seq = 7`);
    const [edited] = await t.store.db
      .select()
      .from(auditLog)
      .where(sql`seq = 7`);
    expect(await verifyAuditChain(t.store.db)).toEqual({
      ok: false,
      records: 6,
      broken: { seq: 7, id: edited!.id, problem: 'hash_mismatch' },
    });
  });
});

describeEachStore('the audit chain head', (kind) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(kind);
  });
  afterAll(() => t.close());

  it('verifies records hashed before the head row existed, then new ones after them', async () => {
    // A database migrated from before the head row: three records under the old rule.
    let prevHash = '0'.repeat(64);
    for (let seq = 1; seq <= 3; seq++) {
      const unhashed = {
        seq,
        id: `aud_legacy${seq}`,
        occurredAt: new Date(Date.UTC(2026, 0, seq)),
        customerId: null,
        sessionId: null,
        actor: 'system',
        action: 'SESSION_CREATED',
        resource: null,
        result: 'success' as const,
        authLevel: 0,
        ipAddress: null,
        jurisdiction: 'US-CO',
        piiAccessed: false,
        complianceFlags: [],
        metadata: { channel: 'web' },
        prevHash,
      };
      const hash = legacyAuditHash(unhashed);
      await t.store.db.transaction(async (tx) => {
        await tx.execute(sql.raw('SET LOCAL session_replication_role = replica'));
        await tx.insert(auditLog).values({ ...unhashed, hash });
        await tx
          .update(auditChainHead)
          .set({ seq, hash, prevHash, legacyThrough: seq })
          .where(sql`chain = 1`);
      });
      prevHash = hash;
    }
    for (let i = 1; i <= 3; i++) await recordAudit(t.store.db, event(i));
    const report = await verifyAuditChain(t.store.db);
    expect(report).toMatchObject({ ok: true, records: 6, headSeq: 6 });

    await asSuperuser(t.store, `UPDATE audit_log SET jurisdiction = 'US-CA' WHERE seq = 2`);
    expect(await verifyAuditChain(t.store.db)).toMatchObject({
      ok: false,
      broken: { seq: 2, id: 'aud_legacy2', problem: 'hash_mismatch' },
    });
    await asSuperuser(t.store, `UPDATE audit_log SET jurisdiction = 'US-CO' WHERE seq = 2`);
    expect((await verifyAuditChain(t.store.db)).ok).toBe(true);
  });

  it('notices records deleted from the end of the chain', async () => {
    await asSuperuser(t.store, `DELETE FROM audit_log WHERE seq = 6`);
    expect(await verifyAuditChain(t.store.db)).toEqual({
      ok: false,
      records: 5,
      broken: { seq: 6, id: '', problem: 'tail_missing' },
    });
  });

  it('only ever moves one record forward: no skipping, rewinding, second head or removal', async () => {
    const attempts = [
      sql`UPDATE audit_chain_head SET seq = seq + 2, prev_hash = hash`,
      sql`UPDATE audit_chain_head SET seq = seq - 1`,
      sql`UPDATE audit_chain_head SET seq = seq + 1, prev_hash = ${'f'.repeat(64)}`,
      sql`INSERT INTO audit_chain_head VALUES (2, 0, ${'0'.repeat(64)}, ${'0'.repeat(64)}, 0)`,
      sql`DELETE FROM audit_chain_head`,
      sql`TRUNCATE audit_chain_head`,
    ];
    for (const attempt of attempts) {
      const refusal = await t.store.db.execute(attempt).then(
        () => 'accepted',
        (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message),
      );
      expect(refusal).toMatch(/APPEND_ONLY/);
    }
    const [head] = await t.store.db.select().from(auditChainHead);
    expect(head).toMatchObject({ chain: 1, seq: 6, legacyThrough: 3 });
  });
});

describePostgres('the audit chain on PostgreSQL', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore('postgres');
  });
  afterAll(() => t.close());

  it('stays one line under 1,000 concurrent appends', async () => {
    await Promise.all(Array.from({ length: 1_000 }, (_, i) => recordAudit(t.store.db, event(i))));
    const report = await verifyAuditChain(t.store.db);
    expect(report).toMatchObject({ ok: true, records: 1_000, headSeq: 1_000 });
  });

  it('`bankdesk audit verify` passes, then names the edited record and exits 1', async () => {
    const database = await createPostgresDatabase();
    const store = await openStore({ driver: 'postgres', url: database.url });
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'bankdesk-audit-'));
    const verify = async () => {
      try {
        const { stdout } = await promisify(execFile)(process.execPath, [cli, 'audit', 'verify'], {
          cwd,
          env: { PATH: process.env.PATH, DATABASE_URL: database.url },
        });
        return { code: 0, stdout };
      } catch (error) {
        const e = error as { code: number; stdout: string };
        return { code: e.code, stdout: e.stdout };
      }
    };
    try {
      await store.migrate();
      await Promise.all(Array.from({ length: 200 }, (_, i) => recordAudit(store.db, event(i))));
      const intact = await verify();
      expect(intact.code).toBe(0);
      expect(intact.stdout).toMatch(/^audit chain intact: 200 records, head #200 [0-9a-f]{64}$/m);

      await asSuperuser(store, `UPDATE audit_log SET ip_address = '203.0.113.66' WHERE seq = 123`);
      const [edited] = await store.db
        .select()
        .from(auditLog)
        .where(sql`seq = 123`);
      const broken = await verify();
      expect(broken.code).toBe(1);
      expect(broken.stdout).toContain(
        `audit chain broken at record #123 (${edited!.id}): its contents do not match its hash`,
      );

      await asSuperuser(store, `UPDATE audit_log SET ip_address = '198.51.100.7' WHERE seq = 123`);
      expect((await verify()).code).toBe(0);
      await asSuperuser(store, `DELETE FROM audit_log WHERE seq = 50`);
      const gap = await verify();
      expect(gap.code).toBe(1);
      expect(gap.stdout).toContain('audit chain broken at record #51');
      expect(gap.stdout).toContain('the record before it is missing');
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
