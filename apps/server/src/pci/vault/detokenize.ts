import { eq } from 'drizzle-orm';
import { isId, vaultCards } from '../../db/index.js';
import type { Db } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { appendAudit, recordAudit } from '../../security/index.js';
import type { AuditInput } from '../../security/index.js';
import type { VaultKeyring } from './keyring.js';
import { openPan } from './pan-seal.js';

/**
 * Why the number is opened and for whom. Only payment processors open card numbers, only to
 * authorise a payment; the types say so, and a structural test (access.test.ts) keeps every
 * other folder from importing this file. It is deliberately not in the vault's index.
 */
export interface DetokenizeContext {
  purpose: 'authorize';
  actor: 'processor';
  sessionId: string | null;
  customerId: string | null;
  processor: string;
  now: Date;
}

type Refusal = 'not_found' | 'seal_invalid';

class DetokenizeRefused extends Error {
  constructor(readonly reason: Refusal) {
    super(reason);
  }
}

function auditOf(
  token: string,
  context: DetokenizeContext,
  result: AuditInput['result'],
  extra: AuditInput['metadata'],
): AuditInput {
  return {
    action: 'VAULT_DETOKENIZED',
    result,
    actor: 'system',
    customerId: context.customerId,
    sessionId: context.sessionId,
    // Only a well-formed token goes into the trail: a caller could pass anything here, even
    // the card number itself by mistake.
    resource: isId('vaultCard', token) ? token : null,
    piiAccessed: result === 'success',
    complianceFlags: ['pci_pan_access'],
    metadata: {
      purpose: context.purpose,
      accessor: context.actor,
      processor: context.processor,
      ...extra,
    },
  };
}

/**
 * Opens a vaulted card number. In one transaction: marks the card used, opens it under the key
 * id its row names, and appends the audit record, so no number leaves the vault unrecorded.
 * A token that is missing or belongs to another customer is NOT_FOUND (the same answer for
 * both); a seal that does not open is a tampered row and fails loudly. Refusals are audited too,
 * in their own transaction since the main one rolled back.
 */
export async function detokenize(
  db: Db,
  keyring: VaultKeyring,
  token: string,
  context: DetokenizeContext,
): Promise<string> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(vaultCards)
        .set({ lastUsedAt: context.now })
        .where(eq(vaultCards.token, token))
        .returning({
          keyId: vaultCards.keyId,
          sealedPan: vaultCards.sealedPan,
          customerId: vaultCards.customerId,
        });
      if (!row || (row.customerId !== null && row.customerId !== context.customerId)) {
        throw new DetokenizeRefused('not_found');
      }
      let pan: string;
      try {
        pan = openPan(keyring.dataKey(row.keyId), token, row.sealedPan);
      } catch {
        throw new DetokenizeRefused('seal_invalid');
      }
      await appendAudit(tx, auditOf(token, context, 'success', { key_id: row.keyId }), context.now);
      return pan;
    });
  } catch (error) {
    if (!(error instanceof DetokenizeRefused)) throw error;
    const notFound = error.reason === 'not_found';
    await recordAudit(
      db,
      auditOf(token, context, notFound ? 'denied' : 'failure', { reason: error.reason }),
      context.now,
    );
    throw notFound
      ? new AppError('NOT_FOUND', 'No such card in the vault.')
      : new AppError(
          'INTERNAL',
          'A vaulted card could not be opened; the row may have been altered.',
        );
  }
}
