import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * How a card number is sealed: AES-256-GCM, a fresh random 96-bit nonce each time (so sealing the
 * same card twice gives unrelated values), and the token as additional authenticated data (so a
 * sealed value copied onto another row fails authentication instead of opening there).
 * Stored as "<format>.<base64url(nonce | ciphertext | tag)>"; the format names this layout, and
 * the row's key_id names the key, so either can change without guessing.
 */
export const sealFormat = 'gcm1';

const nonceBytes = 12;
const tagBytes = 16;

export function sealPan(key: Buffer, token: string, pan: string): string {
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: tagBytes });
  cipher.setAAD(Buffer.from(token, 'utf8'));
  const body = Buffer.concat([cipher.update(pan, 'utf8'), cipher.final()]);
  const packed = Buffer.concat([nonce, body, cipher.getAuthTag()]);
  return `${sealFormat}.${packed.toString('base64url')}`;
}

/** Throws when the value was sealed under another key or token, or was changed since. */
export function openPan(key: Buffer, token: string, sealed: string): string {
  const dot = sealed.indexOf('.');
  if (dot < 0 || sealed.slice(0, dot) !== sealFormat) throw new Error('unknown vault seal format');
  const packed = Buffer.from(sealed.slice(dot + 1), 'base64url');
  if (packed.length <= nonceBytes + tagBytes) throw new Error('vault seal too short');
  const decipher = createDecipheriv('aes-256-gcm', key, packed.subarray(0, nonceBytes), {
    authTagLength: tagBytes,
  });
  decipher.setAAD(Buffer.from(token, 'utf8'));
  decipher.setAuthTag(packed.subarray(packed.length - tagBytes));
  const plain = Buffer.concat([
    decipher.update(packed.subarray(nonceBytes, packed.length - tagBytes)),
    decipher.final(),
  ]);
  return plain.toString('utf8');
}

/**
 * A keyed fingerprint: the same card always maps to the same value, so repeat cards can be spotted
 * without opening anything; without the key the 10^9-odd candidate numbers behind a known BIN and
 * last four cannot be tried offline, as they could against a plain hash.
 */
export function fingerprintPan(key: Buffer, pan: string): string {
  return createHmac('sha256', key).update(pan, 'utf8').digest('hex');
}
