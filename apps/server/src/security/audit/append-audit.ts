import { desc, sql } from 'drizzle-orm';
import { auditLog, newId } from '../../db/index.js';
import type { Db, Tx } from '../../db/index.js';
import { assertAuditSafe } from './audit-safety.js';
import { genesisHash, hashAuditRecord } from './audit-record.js';
import type { AuditInput, AuditRecord } from './audit-record.js';

/**
 * Appends one record to the chain inside the caller's transaction, so the record commits with
 * the change it describes or not at all. A transaction-scoped advisory lock makes concurrent
 * appends take turns: each reads the current head and links to it, so the chain stays one line.
 * The lock is held until the caller commits — append as the transaction's last step.
 */
export async function appendAudit(
  tx: Tx,
  input: AuditInput,
  now: Date = new Date(),
): Promise<AuditRecord> {
  assertAuditSafe(input);
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended('bankdesk:audit-chain', 0))`);
  const [head] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const unhashed = {
    seq: (head?.seq ?? 0) + 1,
    id: newId('audit'),
    occurredAt: now,
    customerId: input.customerId ?? null,
    sessionId: input.sessionId ?? null,
    actor: input.actor,
    action: input.action,
    resource: input.resource ?? null,
    result: input.result,
    authLevel: input.authLevel ?? null,
    ipAddress: input.ipAddress ?? null,
    jurisdiction: input.jurisdiction ?? null,
    piiAccessed: input.piiAccessed ?? false,
    complianceFlags: input.complianceFlags ?? [],
    metadata: input.metadata ?? {},
    prevHash: head?.hash ?? genesisHash,
  };
  const record: AuditRecord = { ...unhashed, hash: hashAuditRecord(unhashed) };
  await tx.insert(auditLog).values(record);
  return record;
}

/** Appends in a transaction of its own, for events that change nothing else. */
export function recordAudit(db: Db, input: AuditInput, now?: Date): Promise<AuditRecord> {
  return db.transaction((tx) => appendAudit(tx, input, now));
}
