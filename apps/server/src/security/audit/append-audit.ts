import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { commitWithoutFlush, newId, rows } from '../../db/index.js';
import type { Executor } from '../../db/index.js';
import { assertAuditSafe } from './audit-safety.js';
import { auditContentDigest } from './audit-record.js';
import type { AuditInput, AuditRecord } from './audit-record.js';

/**
 * Appends one record to the chain. In a transaction, the record commits with the change it
 * describes or not at all; on the database itself, it is a transaction of its own.
 *
 * One statement: it moves the chain's head row one link forward and inserts the record the head
 * now names. The head's row lock makes concurrent appends take turns — a waiter re-reads the row
 * once the holder commits (PostgreSQL re-checks an updated row under READ COMMITTED), so each
 * links to the one before and the chain stays one line. The lock is held until the caller
 * commits — append as the transaction's last step.
 *
 * `alongside` is another data-modifying statement to run in the same round trip (the gate's
 * session touch): an audit record is written on nearly every request, so a statement that rides
 * with it costs nothing extra.
 *
 * `flush: false` is for a record committed on its own that the caller's next durable commit
 * follows before any answer leaves (see `commitWithoutFlush`); the default waits for the disk.
 */
export async function appendAudit(
  db: Executor,
  input: AuditInput,
  now: Date = new Date(),
  options: { alongside?: SQL; flush?: boolean } = {},
): Promise<AuditRecord> {
  const { alongside, flush = true } = options;
  assertAuditSafe(input);
  const content = {
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
  };
  const digest = auditContentDigest({ ...content, seq: 0, prevHash: '' });
  const [link] = await rows<{ seq: string; prev_hash: string; hash: string }>(
    db,
    sql`
    WITH ${alongside ? sql`alongside AS (${alongside}), ` : sql``}head AS (
      UPDATE audit_chain_head
         SET seq = seq + 1, prev_hash = hash, hash = ${linkSql(digest)}
       WHERE chain = 1
      RETURNING seq, prev_hash, hash
    )
    INSERT INTO audit_log (seq, id, occurred_at, customer_id, session_id, actor, action, resource,
                           result, auth_level, ip_address, jurisdiction, pii_accessed,
                           compliance_flags, metadata, prev_hash, hash)
    SELECT head.seq, ${content.id}, ${now.toISOString()}::timestamptz, ${content.customerId},
           ${content.sessionId}, ${content.actor}, ${content.action}, ${content.resource},
           ${content.result}::audit_result, ${content.authLevel}::smallint, ${content.ipAddress},
           ${content.jurisdiction}, ${content.piiAccessed},
           ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(content.complianceFlags)}::jsonb)),
           ${JSON.stringify(content.metadata)}::jsonb, head.prev_hash, head.hash
      FROM head${flush ? sql`` : sql` WHERE ${commitWithoutFlush}`}
    RETURNING seq::text AS seq, prev_hash, hash`,
  );
  if (!link) throw new Error('the audit chain has no head row; run the migrations');
  return { ...content, seq: Number(link.seq), prevHash: link.prev_hash, hash: link.hash };
}

/** `chainHash(prev, seq, digest)` of audit-record.ts, over the head row's values before the update. */
function linkSql(digest: string): SQL {
  return sql`encode(sha256(convert_to(hash || ':' || (seq + 1)::text || ':' || ${digest}, 'UTF8')), 'hex')`;
}

/** Appends in a transaction of its own, for events that change nothing else. */
export function recordAudit(db: Executor, input: AuditInput, now?: Date): Promise<AuditRecord> {
  return appendAudit(db, input, now);
}
