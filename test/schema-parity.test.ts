import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { migrationsFolder, rows } from '../apps/server/src/db/index.js';
import type { Store } from '../apps/server/src/db/index.js';
import { describePostgres, openTestStore } from './support/stores.js';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Everything the migrations create, read from the database's own catalogs and printed in a form
 * that does not depend on the server version. NOT NULL constraints are compared through the
 * columns: PostgreSQL 18 (PGlite) also lists them in pg_constraint, PostgreSQL 15 does not.
 */
async function catalog(store: Store) {
  const q = (query: ReturnType<typeof sql>) => rows<Record<string, unknown>>(store.db, query);
  return {
    columns: await q(sql`
      SELECT table_name, column_name, ordinal_position::int AS position, data_type, udt_name,
             is_nullable, column_default, is_identity, identity_generation
        FROM information_schema.columns WHERE table_schema = 'public'
       ORDER BY table_name, ordinal_position`),
    constraints: await q(sql`
      SELECT conrelid::regclass::text AS table_name, conname, contype::text,
             pg_get_constraintdef(oid) AS definition, condeferrable, condeferred
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype <> 'n'
       ORDER BY 1, 2`),
    indexes: await q(sql`
      SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`),
    triggers: await q(sql`
      SELECT tgrelid::regclass::text AS table_name, tgname, pg_get_triggerdef(oid) AS definition, tgenabled::text
        FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`),
    enums: await q(sql`
      SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
       WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname ORDER BY 1`),
    functions: await q(sql`
      SELECT proname, pg_get_function_identity_arguments(oid) AS args, prosrc
        FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1`),
    migrations: await q(sql`SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id`),
  };
}

describePostgres('schema parity', () => {
  it('is identical on PGlite and PostgreSQL after the same migrations', async () => {
    const lite = await openTestStore('pglite');
    const server = await openTestStore('postgres');
    try {
      const [a, b] = await Promise.all([catalog(lite.store), catalog(server.store)]);
      expect(a.columns.length).toBeGreaterThan(200);
      expect(a.triggers.length).toBeGreaterThanOrEqual(4);
      for (const part of Object.keys(a) as Array<keyof typeof a>) {
        expect({ part, rows: b[part] }).toEqual({ part, rows: a[part] });
      }
    } finally {
      await Promise.all([lite.close(), server.close()]);
    }
  });
});

describe('migrations', () => {
  it('match the drizzle schema: generating again finds nothing to add', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'bankdesk-migrations-'));
    const out = path.join(work, 'drizzle');
    cpSync(migrationsFolder, out, { recursive: true });
    const config = path.join(work, 'drizzle.config.mjs');
    writeFileSync(
      config,
      `export default ${JSON.stringify({
        dialect: 'postgresql',
        schema: path.join(root, 'apps/server/src/db/schema/index.ts'),
        // drizzle-kit reads `out` relative to the working directory only.
        out: path.relative(root, out),
        casing: 'snake_case',
      })};\n`,
    );
    const before = readdirSync(out).sort();
    const { stdout, stderr } = await promisify(execFile)(
      path.join(root, 'node_modules/.bin/drizzle-kit'),
      ['generate', '--config', config],
      { cwd: root, timeout: 60_000 },
    );
    expect(stdout + stderr).toContain('No schema changes');
    expect(readdirSync(out).sort()).toEqual(before);
  });
});
