import type { OpsAuditRecord } from '@bankdesk/contracts';
import { and, desc, eq, lt } from 'drizzle-orm';
import { auditLog } from '../db/index.js';
import type { OpsContext, StaffReader } from './ops-context.js';
import { iso } from './ops-context.js';
import { requireCustomer } from './customer-queries.js';
import { auditStaffReads } from './staff-read.js';

export interface AuditFilters {
  customerId?: string | undefined;
  sessionId?: string | undefined;
  action?: string | undefined;
  limit: number;
  /** Only records with a smaller sequence number: the cursor for the next page. */
  before?: number | undefined;
}

/**
 * The audit trail, newest first. Metadata, the IP address and the hashes stay out: metadata is
 * free-form per action, and none of it helps a person reading the trail more than it risks.
 * Reading the trail is itself audited.
 */
export async function listAudit(
  ctx: OpsContext,
  reader: StaffReader,
  filters: AuditFilters,
): Promise<{ records: OpsAuditRecord[]; nextBefore: number | null }> {
  const customer = filters.customerId ? await requireCustomer(ctx.db, filters.customerId) : null;
  const found = await ctx.db
    .select({
      seq: auditLog.seq,
      id: auditLog.id,
      occurredAt: auditLog.occurredAt,
      actor: auditLog.actor,
      action: auditLog.action,
      resource: auditLog.resource,
      result: auditLog.result,
      customerId: auditLog.customerId,
      sessionId: auditLog.sessionId,
      authLevel: auditLog.authLevel,
      jurisdiction: auditLog.jurisdiction,
      piiAccessed: auditLog.piiAccessed,
      complianceFlags: auditLog.complianceFlags,
    })
    .from(auditLog)
    .where(
      and(
        customer ? eq(auditLog.customerId, customer.id) : undefined,
        filters.sessionId ? eq(auditLog.sessionId, filters.sessionId) : undefined,
        filters.action ? eq(auditLog.action, filters.action) : undefined,
        filters.before ? lt(auditLog.seq, filters.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.seq))
    .limit(filters.limit);
  await auditStaffReads(
    ctx.db,
    reader,
    [
      {
        customerId: customer?.id ?? null,
        resource: 'ops:audit',
        metadata: {
          count: found.length,
          ...(filters.sessionId ? { session_id: filters.sessionId } : {}),
        },
      },
    ],
    ctx.now(),
  );
  return {
    records: found.map((r) => ({ ...r, occurredAt: iso(r.occurredAt) })),
    nextBefore: found.length === filters.limit ? found[found.length - 1]!.seq : null,
  };
}
