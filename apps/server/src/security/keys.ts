import { hkdfSync } from 'node:crypto';

/** What each derived key is for; the label is bound into the derivation, so keys never overlap. */
export type KeyPurpose =
  | 'kba-pepper'
  | 'otp-hmac'
  | 'staff-password-pepper'
  | 'sandbox-outbox'
  | 'subject-key'
  | 'vault-fingerprint'
  | 'sandbox-processor'
  /** One data key per vault key id ("vault-data:v1", "vault-data:v2"): rotation adds a label. */
  | `vault-data:${string}`;

export interface Keys {
  derive(purpose: KeyPurpose): Buffer;
}

/** HKDF-SHA-256 (RFC 5869) from the master secret, one 32-byte key per purpose. */
export function createKeys(masterSecret: Buffer): Keys {
  const cache = new Map<string, Buffer>();
  return {
    derive(purpose) {
      let key = cache.get(purpose);
      if (!key) {
        key = Buffer.from(
          hkdfSync('sha256', masterSecret, 'bankdesk', `bankdesk/${purpose}/v1`, 32),
        );
        cache.set(purpose, key);
      }
      return key;
    },
  };
}
