import { sql } from 'drizzle-orm';
import { rows } from '../db/index.js';
import type { Db, Store } from '../db/index.js';
import { ensureInternalAccounts } from '../ledger/index.js';

/** True once anything has been written: the demo is seeded only into an empty bank. */
export async function hasCustomers(db: Db): Promise<boolean> {
  const [row] = await rows<{ present: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM customers) AS present`,
  );
  return row?.present === true;
}

/**
 * Starts the database over, for `seed --reset` in the sandbox: drops the schema and migrates
 * again. The audit trail and the ledger refuse DELETE and TRUNCATE by design, so emptying them
 * row by row is not possible — only the schema owner throwing the whole schema away is.
 */
export async function resetDatabase(store: Store): Promise<void> {
  await store.db.execute(sql.raw('DROP SCHEMA IF EXISTS drizzle CASCADE'));
  await store.db.execute(sql.raw('DROP SCHEMA public CASCADE'));
  await store.db.execute(sql.raw('CREATE SCHEMA public'));
  await store.migrate();
  await ensureInternalAccounts(store.db);
}
