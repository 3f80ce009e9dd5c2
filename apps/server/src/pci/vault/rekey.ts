import { and, asc, count, eq, ne } from 'drizzle-orm';
import { vaultCards } from '../../db/index.js';
import type { Db } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { appendAudit } from '../../security/index.js';
import type { VaultKeyring } from './keyring.js';
import { openPan, sealPan } from './pan-seal.js';

const batchSize = 200;

/**
 * Re-seals every card not under the keyring's current key id. Batches of rows, each in its own
 * transaction with the rows locked, so a long run holds no lock for long and a crash keeps what
 * was done; the update also requires the old key id, so a second run (or two at once) moves
 * each row exactly once. Safe to run again at any time: it then reports nothing rekeyed.
 */
export async function rekeyVault(
  db: Db,
  keyring: VaultKeyring,
  progress: (message: string) => void = () => {},
): Promise<{ rekeyed: number; total: number }> {
  const current = keyring.currentKeyId;
  const currentKey = keyring.dataKey(current);
  const [all] = await db.select({ n: count() }).from(vaultCards);
  const total = Number(all?.n ?? 0);
  let rekeyed = 0;
  for (;;) {
    const moved = await db.transaction(async (tx) => {
      const rows = await tx
        .select({
          token: vaultCards.token,
          keyId: vaultCards.keyId,
          sealedPan: vaultCards.sealedPan,
        })
        .from(vaultCards)
        .where(ne(vaultCards.keyId, current))
        .orderBy(asc(vaultCards.token))
        .limit(batchSize)
        .for('update');
      for (const row of rows) {
        let pan: string;
        try {
          pan = openPan(keyring.dataKey(row.keyId), row.token, row.sealedPan);
        } catch {
          // Stop rather than skip: a row that does not open is tampered or under a lost key, and
          // someone must look at it before the old key id is retired.
          throw new AppError(
            'INTERNAL',
            `vault card ${row.token} does not open under key id ${row.keyId}`,
          );
        }
        await tx
          .update(vaultCards)
          .set({ keyId: current, sealedPan: sealPan(currentKey, row.token, pan) })
          .where(and(eq(vaultCards.token, row.token), eq(vaultCards.keyId, row.keyId)));
      }
      if (rows.length > 0) {
        await appendAudit(tx, {
          action: 'VAULT_REKEYED',
          result: 'success',
          actor: 'system',
          metadata: { key_id: current, cards: rows.length },
        });
      }
      return rows.length;
    });
    if (moved === 0) break;
    rekeyed += moved;
    progress(`re-sealed ${rekeyed} card(s) under key id ${current}`);
  }
  progress(`vault: ${rekeyed} of ${total} card(s) re-sealed; all are under key id ${current}`);
  return { rekeyed, total };
}
