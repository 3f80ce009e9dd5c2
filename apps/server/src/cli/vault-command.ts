import type { Config } from '../config/index.js';
import { createVaultKeyring, rekeyVault } from '../pci/index.js';
import type { Progress } from './progress.js';
import { loadKeys, openConfiguredStore, prepareDatabase } from './runtime.js';

/**
 * `bankdesk vault rekey`: after BANKDESK_VAULT_KEY_ID names a new key, re-seals every stored card
 * under it, so the old key id can be retired. Safe to run again, and alongside serving.
 */
export async function vaultRekeyCommand(
  config: Config,
  progress: Progress,
  out: (line: string) => void,
): Promise<void> {
  const store = await openConfiguredStore(config, { progress: progress.note });
  try {
    await prepareDatabase(store, progress.note);
    const keyring = createVaultKeyring(loadKeys(config), config.payments.vaultKeyId);
    const done = progress.step(`re-sealing vault cards under key ${keyring.currentKeyId}`);
    const { rekeyed, total } = await rekeyVault(store.db, keyring, progress.note);
    done(`${rekeyed} moved`);
    out(
      `vault: ${rekeyed} of ${total} cards re-sealed; all are now under key ${keyring.currentKeyId}`,
    );
  } finally {
    await store.close();
  }
}
