import { createHash, randomBytes } from 'node:crypto';

/**
 * Bearer tokens: a readable prefix (so a leaked token is recognisable to secret scanners and
 * people) and 256 random bits. Only their SHA-256 is stored — enough for a value with nothing to
 * guess, and cheap enough to check on every request.
 */
export type TokenKind = 'session' | 'staff';

const prefixes: Record<TokenKind, string> = { session: 'bdsess_', staff: 'bdstaff_' };

export function newToken(kind: TokenKind): string {
  return prefixes[kind] + randomBytes(32).toString('base64url');
}

export function isWellFormedToken(kind: TokenKind, token: string): boolean {
  return new RegExp(`^${prefixes[kind]}[A-Za-z0-9_-]{43}$`).test(token);
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
