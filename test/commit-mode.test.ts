import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commitWithoutFlush, openStore, rows } from '../apps/server/src/db/index.js';
import type { Store } from '../apps/server/src/db/index.js';
import { appendAudit, verifyAuditChain } from '../apps/server/src/security/index.js';
import { createPostgresDatabase, describeEachStore } from './support/stores.js';
import type { StoreKind } from './support/stores.js';

/** One connection, so "the next statement" runs where the last one did. */
async function singleConnection(
  kind: StoreKind,
): Promise<{ store: Store; close(): Promise<void> }> {
  if (kind === 'pglite') {
    const store = await openStore({ driver: 'pglite', dataDir: null });
    await store.migrate();
    return { store, close: () => store.close() };
  }
  const database = await createPostgresDatabase();
  const store = await openStore({ driver: 'postgres', url: database.url, poolMax: 1 });
  await store.migrate();
  return {
    store,
    async close() {
      await store.close();
      await database.drop();
    },
  };
}

async function commitMode(store: Store): Promise<string> {
  const [row] = await rows<{ mode: string }>(
    store.db,
    sql`SELECT current_setting('synchronous_commit') AS mode`,
  );
  return row!.mode;
}

describeEachStore('committing without waiting for the disk', (kind) => {
  let t: { store: Store; close(): Promise<void> };
  beforeAll(async () => {
    t = await singleConnection(kind);
  });
  afterAll(() => t.close());

  it('applies to the statement that asks for it, and to nothing after it', async () => {
    const usual = await commitMode(t.store);
    expect(usual).not.toBe('off');
    const [inside] = await rows<{ mode: string }>(
      t.store.db,
      sql`SELECT current_setting('synchronous_commit') AS mode FROM (SELECT 1) one
           WHERE ${commitWithoutFlush}`,
    );
    expect(inside?.mode).toBe('off');
    expect(await commitMode(t.store)).toBe(usual);
  });

  it('inside a transaction, would relax the whole transaction — which is why callers never do', async () => {
    const usual = await commitMode(t.store);
    const seen = await t.store.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT 1 WHERE ${commitWithoutFlush}`);
      const [row] = await rows<{ mode: string }>(
        tx,
        sql`SELECT current_setting('synchronous_commit') AS mode`,
      );
      return row!.mode;
    });
    expect(seen).toBe('off');
    expect(await commitMode(t.store)).toBe(usual);
  });

  it('an audit record appended so still links into the chain, and the connection is unchanged', async () => {
    const usual = await commitMode(t.store);
    for (let i = 0; i < 5; i++) {
      await appendAudit(
        t.store.db,
        { action: 'TOOL_CALL', actor: 'customer', result: 'success', resource: `probe_${i}` },
        new Date(),
        { flush: i % 2 === 0 },
      );
      expect(await commitMode(t.store)).toBe(usual);
    }
    const verified = await verifyAuditChain(t.store.db);
    expect(verified.ok).toBe(true);
  });
});
