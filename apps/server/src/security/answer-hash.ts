import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Security answers and staff passwords are low-entropy secrets, so they get a memory-hard KDF:
 * scrypt at OWASP's recommended cost (N=2^17, r=8, p=1), a 16-byte salt per answer, and a pepper
 * (a server key, kept out of the database) mixed in first with HMAC — a stolen database alone
 * cannot be brute-forced. The stored string names its parameters, so the cost can be raised later
 * without breaking old hashes.
 */
export interface KdfParams {
  log2N: number;
  r: number;
  p: number;
}

export const defaultKdfParams: KdfParams = { log2N: 17, r: 8, p: 1 };

const keyLength = 32;

/** NFKC, case-folded, trimmed, inner spaces collapsed, punctuation and symbols removed. */
export function normalizeAnswer(answer: string): string {
  return answer
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

export async function hashSecretAnswer(
  answer: string,
  pepper: Buffer,
  params: KdfParams = defaultKdfParams,
): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(normalizeAnswer(answer), pepper, salt, params);
  return [
    'scrypt',
    params.log2N,
    params.r,
    params.p,
    salt.toString('base64'),
    hash.toString('base64'),
  ].join('$');
}

/** Constant-time comparison; a malformed stored value simply fails. */
export async function verifySecretAnswer(
  answer: string,
  stored: string,
  pepper: Buffer,
): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [log2N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![log2N, r, p].every(Number.isInteger) || log2N < 10 || log2N > 20) return false;
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  const actual = await derive(normalizeAnswer(answer), pepper, salt, { log2N, r, p });
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function derive(
  normalized: string,
  pepper: Buffer,
  salt: Buffer,
  params: KdfParams,
): Promise<Buffer> {
  const peppered = createHmac('sha256', pepper).update(normalized, 'utf8').digest();
  const N = 2 ** params.log2N;
  return new Promise((resolve, reject) => {
    scrypt(
      peppered,
      salt,
      keyLength,
      { N, r: params.r, p: params.p, maxmem: 256 * N * params.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}
