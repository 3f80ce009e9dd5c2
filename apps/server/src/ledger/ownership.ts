import type { Tx } from '../db/index.js';
import { AppError } from '../errors/index.js';
import { lockAccounts } from './post-journal.js';
import type { LockedAccount } from './post-journal.js';

/**
 * Locks accounts that must belong to `customerId`, in one query. An account of someone else is
 * neither locked nor distinguishable from a missing one, so a caller cannot learn that it exists.
 */
export async function lockCustomerAccounts(
  tx: Tx,
  customerId: string,
  accountIds: readonly string[],
): Promise<Map<string, LockedAccount>> {
  const owned = await lockAccounts(tx, accountIds, customerId);
  for (const id of accountIds) {
    if (!owned.has(id)) throw new AppError('NOT_FOUND', 'no such account');
  }
  return owned;
}
