import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { accounts, customers, openStore } from '../apps/server/src/db/index.js';
import { getBalances } from '../apps/server/src/ledger/index.js';
import { built, run, startServe, stop } from './support/cli-process.js';
import type { Server } from './support/cli-process.js';
import { createPostgresDatabase, describePostgres } from './support/stores.js';

// Each test here starts one or more bankdesk processes, and each boots PostgreSQL (PGlite in
// WebAssembly); two such files running side by side on a loaded two-core CI machine need minutes.
vi.setConfig({ testTimeout: 180_000 });

async function alexBalances(store: Awaited<ReturnType<typeof openStore>>) {
  const [alex] = await store.db
    .select()
    .from(customers)
    .where(eq(customers.customerNumber, 'CUST-10001'));
  const [checking] = await store.db
    .select()
    .from(accounts)
    .where(and(eq(accounts.customerId, alex!.id), eq(accounts.numberLast4, '4521')));
  return (await getBalances(store.db, [checking!.id])).get(checking!.id)!;
}

describe('the bankdesk CLI on the embedded database', () => {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'bankdesk-cli-'));
  const running: Server[] = [];
  afterAll(async () => {
    for (const server of running) if (server.child.exitCode === null) await stop(server);
  });

  it('is built', () => {
    expect(existsSync(built)).toBe(true);
  });

  it('starts fresh, migrates, seeds, serves, refuses a second process, and stops cleanly', async () => {
    const server = await startServe(cwd);
    running.push(server);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: { driver: 'pglite' } });
    expect(server.output()).toContain('creating the embedded database');
    expect(server.output()).toContain('CUST-10001 checking available $5,647.32, pending $200.00');

    const second = await run(cwd, ['seed']);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      /error \[DB_LOCKED\]: the embedded database in .* is in use by another bankdesk process \(pid \d+\)/,
    );

    expect(await stop(server)).toBe(0);
    expect(server.output()).toContain('received SIGTERM');
    expect(server.output()).toContain('stopped cleanly');

    const store = await openStore({
      driver: 'pglite',
      dataDir: path.join(cwd, '.bankdesk/pgdata'),
    });
    try {
      expect(await alexBalances(store)).toMatchObject({
        availableCents: 564_732,
        pendingCents: 20_000,
      });
    } finally {
      await store.close();
    }
  });

  it('starts again on the same data without migrating or seeding again', async () => {
    const server = await startServe(cwd);
    running.push(server);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(server.output()).toContain('database schema is up to date (8 of 8 migrations)');
    expect(server.output()).not.toContain('seeding');
    expect(await stop(server)).toBe(0);
  });

  it('reseeds with seed --reset and checks the machine with doctor', async () => {
    const reset = await run(cwd, ['seed', '--reset']);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('available $5,647.32, pending $200.00');
    expect(reset.stderr).toContain('dropping every table and migrating afresh');

    const doctor = await run(cwd, ['doctor']);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/✓ node/);
    expect(doctor.stdout).toMatch(/✓ database .*8 of 8 migrations applied, holds customers/);
    expect(doctor.stdout).toMatch(/chromium \(optional\)/);
  });

  it('adds a staff account with the password read from standard input', async () => {
    const added = await run(
      cwd,
      ['staff', 'add', '--username', 'ops.lead', '--name', 'Ops Lead', '--role', 'supervisor'],
      {},
      'a long and private passphrase\n',
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^created supervisor ops\.lead \(stf_[A-Za-z0-9]{24}\)$/m);
    const weak = await run(
      cwd,
      ['staff', 'add', '--username', 'ops.two', '--name', 'Two', '--role', 'agent'],
      {},
      'short\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('error [INVALID_INPUT]: a password needs at least 12 characters');
    const badRole = await run(
      cwd,
      ['staff', 'add', '--username', 'ops.three', '--name', 'Three', '--role', 'admin'],
      {},
      'x\n',
    );
    expect(badRole.stderr).toContain(
      'error [INVALID_INPUT]: role must be one of agent, supervisor, auditor',
    );
    const audit = await run(cwd, ['audit', 'verify']);
    expect(audit.code).toBe(0);
    expect(audit.stdout).toMatch(/^audit chain intact: \d+ records, head #\d+ [0-9a-f]{64}$/m);
  });

  it('explains bad configuration and bad usage without a stack trace', async () => {
    const bad = await run(cwd, ['serve'], { PORT: 'eighty', BANKDESK_MODE: 'staging' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /^error \[CONFIG_INVALID\]: invalid configuration — .*PORT.*BANKDESK_MODE/,
    );
    expect(bad.stderr).not.toMatch(/\n\s+at /);

    const production = await run(cwd, ['seed'], {
      BANKDESK_MODE: 'production',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      BANKDESK_SECRET: 'ab'.repeat(32),
      BANKDESK_SMS_PROVIDER: 'sns',
      AWS_REGION: 'us-east-1',
      BANKDESK_PAYMENT_PROCESSOR: 'stripe',
      STRIPE_SECRET_KEY: 'sk_test_notarealkey0000',
    });
    expect(production.stderr).toContain(
      'error [FORBIDDEN]: the demo bank is never seeded in production mode',
    );

    const fax = await run(cwd, ['session', 'new', '--channel', 'fax']);
    expect(fax.code).toBe(1);
    expect(fax.stderr).toContain(
      'error [INVALID_INPUT]: channel must be chat, voice, phone or mcp',
    );
    const place = await run(cwd, ['session', 'new', '--jurisdiction', 'Colorado']);
    expect(place.stderr).toContain('error [INVALID_INPUT]: jurisdiction must look like US-CO');
    const session = await run(cwd, ['session', 'new', '--jurisdiction', 'US-CO']);
    expect(session.code).toBe(0);
    expect(session.stdout.trim()).toMatch(/^bdsess_[A-Za-z0-9_-]{43}$/);

    const usage = await run(cwd, ['launch-rockets']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("unknown command 'launch-rockets'");

    const doctor = await run(cwd, ['doctor'], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/✗ database .*cannot reach PostgreSQL/);
    expect(doctor.stdout).toContain('→ start PostgreSQL');
  });
});

describePostgres('the bankdesk CLI on PostgreSQL', () => {
  it('migrates and seeds an empty database, serves from it, and stops cleanly', async () => {
    const database = await createPostgresDatabase();
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'bankdesk-cli-pg-'));
    try {
      const server = await startServe(cwd, { DATABASE_URL: database.url });
      const ready = await fetch(`${server.url}/readyz`);
      expect(await ready.json()).toMatchObject({
        status: 'ready',
        database: { driver: 'postgres', migrationsApplied: 8 },
      });
      expect(server.output()).toContain('applied 8 database migrations');
      expect(server.output()).toContain('available $5,647.32, pending $200.00');
      expect(await stop(server)).toBe(0);
      // The embedded database was never touched.
      expect(existsSync(path.join(cwd, '.bankdesk/pgdata'))).toBe(false);

      const store = await openStore({ driver: 'postgres', url: database.url });
      try {
        expect(await alexBalances(store)).toMatchObject({
          availableCents: 564_732,
          pendingCents: 20_000,
        });
      } finally {
        await store.close();
      }
    } finally {
      await database.drop();
    }
  });
});
