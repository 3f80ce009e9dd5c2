import { AppError } from '../../errors/index.js';
import type { Keys } from '../../security/index.js';

/**
 * The keys of the token vault. Every row names the key id it was sealed under, so a new current
 * id only changes what new rows (and `rekeyVault`) use; rows under older ids stay readable.
 */
export interface VaultKeyring {
  readonly currentKeyId: string;
  dataKey(keyId: string): Buffer;
  readonly fingerprintKey: Buffer;
}

export const defaultVaultKeyId = 'v1';

// Key ids end up in a key-derivation label, a column and audit metadata: keep them short words.
const keyIdShape = /^[a-z][a-z0-9_-]{0,31}$/;

export function isVaultKeyId(value: string): boolean {
  return keyIdShape.test(value);
}

/**
 * Data keys come from the master secret by HKDF with the key id in the label, so rotating to a
 * new id needs no new secret and no key storage. (Replacing the master secret itself would need
 * a keyring over two secrets; that is a different operation from this rotation.)
 */
export function createVaultKeyring(
  keys: Keys,
  currentKeyId: string = defaultVaultKeyId,
): VaultKeyring {
  if (!isVaultKeyId(currentKeyId)) {
    throw new AppError(
      'CONFIG_INVALID',
      'The vault key id must be a short lowercase word such as "v2" (BANKDESK_VAULT_KEY_ID)',
    );
  }
  return {
    currentKeyId,
    dataKey(keyId) {
      if (!isVaultKeyId(keyId)) throw new AppError('INTERNAL', 'malformed vault key id');
      return keys.derive(`vault-data:${keyId}`);
    },
    fingerprintKey: keys.derive('vault-fingerprint'),
  };
}
