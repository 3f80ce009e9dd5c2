import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

export type Schema = typeof schema;

/** The drizzle database, typed the same whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export type Driver = 'pglite' | 'postgres';

export interface MigrationStatus {
  applied: number;
  expected: number;
}

export interface Store {
  readonly driver: Driver;
  readonly db: Db;
  /** Throws `DB_UNAVAILABLE` when the database does not answer. */
  ping(): Promise<void>;
  migrate(): Promise<MigrationStatus>;
  migrationStatus(): Promise<MigrationStatus>;
  /**
   * Runs `fn` while holding a lock that other processes sharing the database respect, so two
   * instances starting together do not both migrate or seed. PGlite is one process already.
   */
  withExclusiveLock<T>(name: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
