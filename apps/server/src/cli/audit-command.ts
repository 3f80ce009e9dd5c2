import type { Config } from '../config/index.js';
import { verifyAuditChain } from '../security/index.js';
import type { Progress } from './progress.js';
import { openConfiguredStore } from './runtime.js';

/**
 * `bankdesk audit verify`: recomputes every hash of the audit chain. Prints the head hash to
 * anchor elsewhere (a chain can be rewritten whole by someone who can write the database; a head
 * kept outside it cannot), or the first broken record, and returns 1 for a broken chain.
 */
export async function auditVerifyCommand(
  config: Config,
  progress: Progress,
  out: (line: string) => void,
): Promise<number> {
  const store = await openConfiguredStore(config, { progress: progress.note });
  try {
    const done = progress.step('verifying the audit chain');
    const report = await verifyAuditChain(store.db);
    done(`${report.records} records checked`);
    if (report.ok) {
      out(
        `audit chain intact: ${report.records} records, head #${report.headSeq} ${report.headHash}`,
      );
      return 0;
    }
    const { seq, id, problem } = report.broken;
    const what = {
      hash_mismatch: 'its contents do not match its hash (edited)',
      prev_hash_mismatch: 'it does not link to the record before it',
      sequence_gap: 'the record before it is missing (deleted)',
      tail_missing: 'it and any after it are missing (deleted from the end)',
    }[problem];
    out(
      `audit chain broken at record #${seq}${id ? ` (${id})` : ''}: ${what}; ${report.records} records before it are intact`,
    );
    return 1;
  } finally {
    await store.close();
  }
}
