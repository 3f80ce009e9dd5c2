import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { openStore } from '../../apps/server/src/db/index.js';
import type { Store } from '../../apps/server/src/db/index.js';
import { ensureInternalAccounts } from '../../apps/server/src/ledger/index.js';

export const postgresUrl = process.env.DATABASE_URL;
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const skipReason = 'skipped: needs PostgreSQL — set DATABASE_URL (CI always does)';

if (!postgresUrl && inCi) {
  throw new Error('CI must run the PostgreSQL tests: DATABASE_URL is not set');
}

export type StoreKind = 'pglite' | 'postgres';

export interface TestStore {
  store: Store;
  close(): Promise<void>;
}

/** A migrated, empty store of the given kind; PostgreSQL gets a database of its own. */
export async function openTestStore(kind: StoreKind): Promise<TestStore> {
  if (kind === 'pglite') {
    const store = await openStore({ driver: 'pglite', dataDir: null });
    await store.migrate();
    await ensureInternalAccounts(store.db);
    return { store, close: () => store.close() };
  }
  const database = await createPostgresDatabase();
  const store = await openStore({ driver: 'postgres', url: database.url, poolMax: 20 });
  await store.migrate();
  await ensureInternalAccounts(store.db);
  return {
    store,
    async close() {
      await store.close();
      await database.drop();
    },
  };
}

/** An empty database of its own on the PostgreSQL server named by DATABASE_URL. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!postgresUrl) throw new Error(skipReason);
  const name = `bankdesk_t_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The kinds a store test runs on: always PGlite, PostgreSQL when DATABASE_URL is set. */
export const storeKinds: StoreKind[] = postgresUrl ? ['pglite', 'postgres'] : ['pglite'];

/**
 * A suite that runs once per store kind. Without DATABASE_URL the PostgreSQL variant is
 * registered as skipped, with the reason in its name, so the report says what did not run.
 */
export function describeEachStore(name: string, body: (kind: StoreKind) => void): void {
  for (const kind of ['pglite', 'postgres'] as const) {
    if (kind === 'postgres' && !postgresUrl) {
      describe.skip(`${name} on postgres (${skipReason})`, () => body(kind));
    } else {
      describe(`${name} on ${kind}`, () => body(kind));
    }
  }
}

/** A suite that needs a real PostgreSQL server (concurrency, locking). */
export function describePostgres(name: string, body: () => void): void {
  if (!postgresUrl) {
    describe.skip(`${name} (${skipReason})`, body);
  } else {
    describe(name, body);
  }
}
