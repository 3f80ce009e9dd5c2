import { createHmac, timingSafeEqual } from 'node:crypto';
import { isId } from '../../db/index.js';

/**
 * The sandbox keeps no state, so any server instance can capture what another authorised: the
 * authorisation id itself carries what capture needs (token, amount, currency and a reference),
 * signed with HMAC-SHA-256 under the sandbox's key. Capture checks the signature in constant
 * time and refuses anything forged, altered or over the signed amount.
 *
 *   sbxauth_<base64url(JSON payload)>.<base64url(HMAC)>
 *
 * The reference is derived from the idempotency key (not random), so a retried authorisation
 * with the same key gets the very same id, the stateless version of an idempotent replay.
 * The payload is signed, not encrypted: it names a token and an amount, never card data.
 */
export interface SandboxAuthorization {
  token: string;
  amountCents: number;
  currency: 'usd';
  ref: string;
}

const authPrefix = 'sbxauth_';
const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

// Each use of the key gets its own label, so a value signed for one use never verifies as another.
function mac(key: Buffer, label: string, ...parts: string[]): Buffer {
  return createHmac('sha256', key)
    .update(['bankdesk/sandbox-processor', label, ...parts].join('\0'), 'utf8')
    .digest();
}

export function signAuthorization(
  key: Buffer,
  input: { token: string; amountCents: number; currency: 'usd'; idempotencyKey: string },
): string {
  const ref = mac(key, 'authorize-ref', input.token, input.idempotencyKey)
    .subarray(0, 16)
    .toString('base64url');
  const payload: SandboxAuthorization = {
    token: input.token,
    amountCents: input.amountCents,
    currency: input.currency,
    ref,
  };
  const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${authPrefix}${body}.${mac(key, 'authorization', body).toString('base64url')}`;
}

/** The signed contents, or null for anything this key did not sign exactly so. */
export function verifyAuthorization(
  key: Buffer,
  authorizationId: string,
): SandboxAuthorization | null {
  if (!authorizationId.startsWith(authPrefix)) return null;
  const [body, signature, extra] = authorizationId.slice(authPrefix.length).split('.');
  if (!body || !signature || extra !== undefined) return null;
  const expected = mac(key, 'authorization', body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  // Signed by us, but checked anyway: a key shared by mistake must not turn into a type hole.
  const p = parsed as Partial<SandboxAuthorization>;
  if (
    typeof p.token !== 'string' ||
    !isId('vaultCard', p.token) ||
    typeof p.amountCents !== 'number' ||
    !Number.isSafeInteger(p.amountCents) ||
    p.amountCents <= 0 ||
    p.currency !== 'usd' ||
    typeof p.ref !== 'string'
  ) {
    return null;
  }
  return { token: p.token, amountCents: p.amountCents, currency: p.currency, ref: p.ref };
}

/**
 * A capture's payment id, derived from the authorisation and the capture's idempotency key: the
 * same capture replayed gives the same id, with nothing stored. Base 62, like our own ids, so it
 * fits an audit record; `sbxpay_` + 24 characters.
 */
export function paymentIdFor(key: Buffer, authorizationId: string, idempotencyKey: string): string {
  const digest = mac(key, 'payment', authorizationId, idempotencyKey);
  let body = '';
  for (let i = 0; i < 24; i++) body += base62[digest[i]! % 62];
  return `sbxpay_${body}`;
}
