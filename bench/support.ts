import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openStore } from '../apps/server/src/db/index.js';
import type { Store } from '../apps/server/src/db/index.js';
import { ensureInternalAccounts } from '../apps/server/src/ledger/index.js';

export interface BenchRow {
  name: string;
  [column: string]: string | number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Prints a table a person can read and writes the same rows as JSON for tooling. */
export function report(title: string, rows: BenchRow[], command: string): void {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const widths = columns.map((c) =>
    Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)),
  );
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(`\n${title}`);
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(columns.map((c) => String(row[c] ?? ''))));
  const dir = path.resolve(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(
    dir,
    `${title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}.json`,
  );
  writeFileSync(
    file,
    JSON.stringify(
      { title, command, node: process.version, at: new Date().toISOString(), rows },
      null,
      2,
    ) + '\n',
  );
  console.log(`(reproduce: ${command}; written to ${path.relative(process.cwd(), file)})`);
}

/** A migrated in-memory PGlite store for the length of `fn`. */
export async function withPglite<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ driver: 'pglite', dataDir: null });
  try {
    await store.migrate();
    await ensureInternalAccounts(store.db);
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * A migrated store on a fresh database of the PostgreSQL server named by DATABASE_URL, dropped
 * afterwards; without DATABASE_URL, says what is skipped and returns undefined.
 */
export async function withPostgres<T>(
  bench: string,
  fn: (store: Store) => Promise<T>,
): Promise<T | undefined> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write(`${bench}: PostgreSQL skipped (set DATABASE_URL to include it)\n`);
    return undefined;
  }
  const name = `bankdesk_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const store = await openStore({ driver: 'postgres', url: target.toString(), poolMax: 32 });
  try {
    await store.migrate();
    await ensureInternalAccounts(store.db);
    return await fn(store);
  } finally {
    await store.close();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}
