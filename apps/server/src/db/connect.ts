import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { AppError } from '../errors/index.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import { migrationsFolder, readMigrationStatus } from './migrations.js';
import * as schema from './schema/index.js';
import type { Db, Store } from './types.js';

export type StoreOptions =
  /** `dataDir: null` keeps the database in memory (tests). */
  | { driver: 'pglite'; dataDir: string | null; loadDataDir?: Blob }
  | { driver: 'postgres'; url: string; poolMax?: number };

export interface OpenStoreHooks {
  /** Progress lines for people waiting on a long step. */
  progress?: (message: string) => void;
  /** Errors that happen outside any request, such as an idle PostgreSQL connection dropping. */
  onBackgroundError?: (error: Error) => void;
}

export async function openStore(options: StoreOptions, hooks: OpenStoreHooks = {}): Promise<Store> {
  return options.driver === 'pglite' ? openPglite(options, hooks) : openPostgres(options, hooks);
}

async function openPglite(
  options: Extract<StoreOptions, { driver: 'pglite' }>,
  hooks: OpenStoreHooks,
): Promise<Store> {
  const { dataDir } = options;
  const release = dataDir ? acquireDataDirLock(path.dirname(dataDir)) : () => {};
  let client: PGlite;
  try {
    if (dataDir && !fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
      hooks.progress?.(`creating the embedded database in ${dataDir} (first start only)…`);
    }
    client = new PGlite({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    await client.waitReady;
  } catch (error) {
    release();
    if (error instanceof AppError) throw error;
    throw new AppError(
      'DB_UNAVAILABLE',
      `the embedded database could not start: ${describe(error)}`,
      {
        cause: error,
      },
    );
  }
  const drizzleDb = drizzlePglite(client, { schema, casing: 'snake_case' });
  const db = drizzleDb as unknown as Db;
  let closed = false;
  return {
    driver: 'pglite',
    db,
    ping: () => ping(db),
    async migrate() {
      await migratePglite(drizzleDb, { migrationsFolder });
      return readMigrationStatus(db);
    },
    migrationStatus: () => readMigrationStatus(db),
    withExclusiveLock: (_name, fn) => fn(),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

async function openPostgres(
  options: Extract<StoreOptions, { driver: 'postgres' }>,
  hooks: OpenStoreHooks,
): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    application_name: 'bankdesk',
  });
  pool.on('error', (error) => hooks.onBackgroundError?.(error));
  const drizzleDb = drizzlePg(pool, { schema, casing: 'snake_case' });
  const db = drizzleDb as unknown as Db;
  try {
    await ping(db);
  } catch (error) {
    await pool.end().catch(() => {});
    throw new AppError(
      'DB_UNAVAILABLE',
      `cannot reach PostgreSQL at ${redactUrl(options.url)}: ${describe(error)}`,
      { cause: error },
    );
  }
  let closed = false;
  return {
    driver: 'postgres',
    db,
    ping: () => ping(db),
    async migrate() {
      await migratePg(drizzleDb, { migrationsFolder });
      return readMigrationStatus(db);
    },
    migrationStatus: () => readMigrationStatus(db),
    async withExclusiveLock(name, fn) {
      // A connection of its own, outside the pool: `fn` may need every pooled connection.
      const client = new pg.Client({ connectionString: options.url, application_name: 'bankdesk' });
      await client.connect();
      try {
        await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [
          `bankdesk:${name}`,
        ]);
        return await fn();
      } finally {
        await client.end().catch(() => {});
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

async function ping(db: Db): Promise<void> {
  try {
    await db.execute(sql`SELECT 1`);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('DB_UNAVAILABLE', `the database did not answer: ${describe(error)}`, {
      cause: error,
    });
  }
}

/** Connection strings carry passwords; anything we print shows the host and database only. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}
