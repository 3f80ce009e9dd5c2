import { and, count, eq, gte } from 'drizzle-orm';
import { auditLog } from '../../db/index.js';
import type { Executor } from '../../db/index.js';

/**
 * How many times card data was caught since a moment, by where it came from: the dashboard's
 * counter. It is read from the audit trail, so every instance's blocks count and nothing extra is
 * kept.
 */
export async function countPciBlocks(db: Executor, since: Date): Promise<Record<string, number>> {
  const rows = await db
    .select({ source: auditLog.resource, n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'PCI_BLOCKED'), gte(auditLog.occurredAt, since)))
    .groupBy(auditLog.resource);
  return Object.fromEntries(rows.map((r) => [r.source ?? 'unknown', Number(r.n)]));
}
