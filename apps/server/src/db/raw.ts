import type { SQL } from 'drizzle-orm';
import type { Executor } from './types.js';

/**
 * Rows of a raw SQL query. The two drivers disagree on raw bigint and numeric values (PGlite
 * gives numbers, node-postgres strings), so callers cast in SQL and convert with `Number()`.
 */
export async function rows<T extends Record<string, unknown>>(
  executor: Executor,
  query: SQL,
): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
