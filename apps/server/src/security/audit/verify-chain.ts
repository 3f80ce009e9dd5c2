import { asc, eq, gt } from 'drizzle-orm';
import { auditChainHead, auditLog } from '../../db/index.js';
import type { Executor } from '../../db/index.js';
import { genesisHash, hashAuditRecord, legacyAuditHash } from './audit-record.js';
import type { AuditRecord } from './audit-record.js';

export type ChainProblem =
  | 'hash_mismatch'
  | 'prev_hash_mismatch'
  | 'sequence_gap'
  /** The head row names records past the last one stored: the newest were deleted. */
  | 'tail_missing';

export type ChainReport =
  | { ok: true; records: number; headSeq: number; headHash: string }
  | { ok: false; records: number; broken: { seq: number; id: string; problem: ChainProblem } };

/**
 * Walks the whole chain in sequence order, recomputing every hash. Reports the first record that
 * does not match its contents, does not link to the one before, or follows a missing one — and,
 * at the end, whether the chain reaches the head row (records cut off the end leave a gap there).
 */
export async function verifyAuditChain(db: Executor, batchSize = 1_000): Promise<ChainReport> {
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.chain, 1));
  const legacyThrough = head?.legacyThrough ?? 0;
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
      const expected =
        record.seq <= legacyThrough ? legacyAuditHash(unhashed) : hashAuditRecord(unhashed);
      const problem: ChainProblem | null =
        record.seq !== previous.seq + 1
          ? 'sequence_gap'
          : record.prevHash !== previous.hash
            ? 'prev_hash_mismatch'
            : expected !== hash
              ? 'hash_mismatch'
              : null;
      if (problem)
        return { ok: false, records, broken: { seq: record.seq, id: record.id, problem } };
      previous = { seq: record.seq, hash };
      records += 1;
    }
  }
  if (head && (head.seq !== previous.seq || head.hash !== previous.hash)) {
    return {
      ok: false,
      records,
      broken: { seq: previous.seq + 1, id: '', problem: 'tail_missing' },
    };
  }
  return { ok: true, records, headSeq: previous.seq, headHash: previous.hash };
}
