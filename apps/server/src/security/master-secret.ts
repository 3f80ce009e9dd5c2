import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/index.js';

const minBytes = 32;

/**
 * The one secret every key is derived from. Production passes it in (BANKDESK_SECRET); a sandbox
 * without one gets a random secret written once into its data folder (mode 0600), so hashes made
 * on the first start still verify on the next.
 */
export function resolveMasterSecret(configured: string | undefined, dataDir: string): Buffer {
  if (configured !== undefined) return decodeSecret(configured);
  const file = path.join(dataDir, 'secret.key');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(minBytes).toString('base64url') + '\n', {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return decodeSecret(fs.readFileSync(file, 'utf8').trim());
}

/** Hex (64+ digits) or base64/base64url (32+ bytes). */
export function decodeSecret(text: string): Buffer {
  const value = text.trim();
  const bytes =
    /^[0-9a-fA-F]+$/.test(value) && value.length % 2 === 0
      ? Buffer.from(value, 'hex')
      : /^[A-Za-z0-9+/_-]+={0,2}$/.test(value)
        ? Buffer.from(value, 'base64')
        : Buffer.alloc(0);
  if (bytes.length < minBytes) {
    throw new AppError(
      'CONFIG_INVALID',
      `BANKDESK_SECRET must be at least ${minBytes} random bytes, as hex or base64 (try: openssl rand -base64 32)`,
    );
  }
  return bytes;
}
