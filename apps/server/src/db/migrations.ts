import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { rows } from './raw.js';
import type { Executor, MigrationStatus } from './types.js';

/** The generated SQL migrations; the same files run on PGlite and on PostgreSQL. */
export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

export async function readMigrationStatus(db: Executor): Promise<MigrationStatus> {
  const expected = readMigrationFiles({ migrationsFolder });
  const present = await rows<{ present: boolean }>(
    db,
    sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`,
  );
  if (!present[0]?.present) return { applied: 0, expected: expected.length };
  const applied = await rows<{ hash: string }>(
    db,
    sql`SELECT hash FROM drizzle.__drizzle_migrations`,
  );
  const appliedHashes = new Set(applied.map((r) => r.hash));
  return {
    applied: expected.filter((m) => appliedHashes.has(m.hash)).length,
    expected: expected.length,
  };
}
