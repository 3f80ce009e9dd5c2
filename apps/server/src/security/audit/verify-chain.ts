import { asc, gt } from 'drizzle-orm';
import { auditLog } from '../../db/index.js';
import type { Executor } from '../../db/index.js';
import { genesisHash, hashAuditRecord } from './audit-record.js';
import type { AuditRecord } from './audit-record.js';

export type ChainProblem = 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap';

export type ChainReport =
  | { ok: true; records: number; headSeq: number; headHash: string }
  | { ok: false; records: number; broken: { seq: number; id: string; problem: ChainProblem } };

/**
 * Walks the whole chain in sequence order, recomputing every hash. Reports the first record that
 * does not match its contents, does not link to the one before, or follows a missing one.
 */
export async function verifyAuditChain(db: Executor, batchSize = 1_000): Promise<ChainReport> {
  let previous = { seq: 0, hash: genesisHash };
  let records = 0;
  for (;;) {
    const batch = (await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, previous.seq))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize)) as AuditRecord[];
    if (batch.length === 0) break;
    for (const record of batch) {
      const { hash, ...unhashed } = record;
      const problem: ChainProblem | null =
        record.seq !== previous.seq + 1
          ? 'sequence_gap'
          : record.prevHash !== previous.hash
            ? 'prev_hash_mismatch'
            : hashAuditRecord(unhashed) !== hash
              ? 'hash_mismatch'
              : null;
      if (problem)
        return { ok: false, records, broken: { seq: record.seq, id: record.id, problem } };
      previous = { seq: record.seq, hash };
      records += 1;
    }
  }
  return { ok: true, records, headSeq: previous.seq, headHash: previous.hash };
}
