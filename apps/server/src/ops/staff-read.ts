import type { Db } from '../db/index.js';
import { appendAudit } from '../security/index.js';
import type { AuditMetadata } from '../security/index.js';
import type { StaffReader } from './ops-context.js';

export interface StaffRead {
  customerId: string | null;
  /** What was read, as a short word: 'ops:accounts', 'ops:dispute'. */
  resource: string;
  metadata?: AuditMetadata;
}

/**
 * One STAFF_READ record per customer whose data a staff member saw, in one transaction, so a
 * customer's trail answers "which colleague looked at my accounts, and when".
 */
export async function auditStaffReads(
  db: Db,
  reader: StaffReader,
  reads: readonly StaffRead[],
  now: Date,
): Promise<void> {
  if (reads.length === 0) return;
  await db.transaction(async (tx) => {
    for (const read of reads) {
      await appendAudit(
        tx,
        {
          action: 'STAFF_READ',
          result: 'success',
          actor: reader.actor,
          customerId: read.customerId,
          resource: read.resource,
          ipAddress: reader.ipAddress ?? null,
          piiAccessed: true,
          complianceFlags: ['staff_access'],
          metadata: { role: reader.role, ...read.metadata },
        },
        now,
      );
    }
  });
}
