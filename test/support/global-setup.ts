/**
 * Runs once before all test files: says plainly when the PostgreSQL suites will be skipped, and
 * refuses to let CI skip them.
 */
export default function setup(): void {
  if (process.env.DATABASE_URL) return;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error('CI must run the PostgreSQL suites: set DATABASE_URL (see .ci/run)');
  }
  console.warn(
    '\nPostgreSQL-only suites (concurrency, locking, schema parity, the CLI on PostgreSQL) are skipped:\n' +
      'DATABASE_URL is not set. Run `DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm test` to include them.\n',
  );
}
