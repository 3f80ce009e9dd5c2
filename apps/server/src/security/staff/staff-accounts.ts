import { eq, sql } from 'drizzle-orm';
import { newId, staffSessions, staffUsers } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { hashSecretAnswer, verifySecretAnswer } from '../answer-hash.js';
import type { KdfParams } from '../answer-hash.js';
import { appendAudit } from '../audit/index.js';
import type { RequestOrigin, SecurityContext } from '../context.js';
import { hashToken, newToken } from '../tokens.js';
import type { StaffRole } from './roles.js';

export const staffLoginLimits = { failuresBeforeLock: 5, lockMs: 15 * 60_000 } as const;

/**
 * NIST SP 800-63B-4 rules for a chosen secret: long rather than complicated, no composition rules,
 * no rotation; we ask for 12 characters (the guidance says 8 at least, 15 preferably) and refuse
 * the obvious.
 */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 12) return 'a password needs at least 12 characters';
  if (password.length > 256) return 'a password may have at most 256 characters';
  if (password.toLowerCase().includes(username.toLowerCase()))
    return 'a password must not contain the username';
  if (new Set(password).size < 4) return 'a password needs more than a few different characters';
  return null;
}

export interface StaffAccount {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
}

export async function createStaff(
  ctx: SecurityContext,
  input: { username: string; displayName: string; role: StaffRole; password: string },
  createdBy: string,
  kdf?: KdfParams,
): Promise<StaffAccount> {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,64}$/.test(username)) {
    throw new AppError(
      'INVALID_INPUT',
      'a username is 3 to 64 of a-z, 0-9, dot, dash and underscore',
    );
  }
  const problem = passwordProblem(input.password, username);
  if (problem) throw new AppError('INVALID_INPUT', problem);
  const passwordHash = await hashSecretAnswer(
    input.password,
    ctx.keys.derive('staff-password-pepper'),
    kdf,
  );
  const id = newId('staff');
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(staffUsers)
      .values({
        id,
        username,
        displayName: input.displayName,
        role: input.role,
        passwordHash,
        createdAt: ctx.now(),
      })
      .onConflictDoNothing()
      .returning();
    if (!created) throw new AppError('CONFLICT', `the username ${username} is taken`);
    await appendAudit(
      tx,
      {
        action: 'STAFF_CREATED',
        result: 'success',
        actor: createdBy,
        resource: id,
        metadata: { role: input.role },
      },
      ctx.now(),
    );
    return { id, username, displayName: created.displayName, role: created.role };
  });
}

export type StaffLoginResult =
  | { ok: true; token: string; staff: StaffAccount; expiresAt: string }
  | { ok: false; code: 'LOGIN_FAILED' }
  | { ok: false; code: 'LOGIN_LOCKED'; retryAfterSeconds: number };

// A real hash of nothing, so a login for an unknown name costs what a real one costs.
let decoyHash: Promise<string> | undefined;

/**
 * A staff login. Unknown usernames take as long as known ones and get the same answer; five
 * failures in a row lock the account for 15 minutes (the route is also rate-limited per address).
 */
export async function loginStaff(
  ctx: SecurityContext,
  input: { username: string; password: string } & RequestOrigin,
): Promise<StaffLoginResult> {
  const pepper = ctx.keys.derive('staff-password-pepper');
  const username = input.username.trim().toLowerCase();
  const [user] = await ctx.db.select().from(staffUsers).where(eq(staffUsers.username, username));
  const now = ctx.now();
  if (!user || user.disabledAt) {
    decoyHash ??= hashSecretAnswer('decoy password that matches nothing', pepper);
    await verifySecretAnswer(input.password, await decoyHash, pepper);
    await audit(ctx, 'staff:unknown', 'failure', null, input, ['unknown_user']);
    return { ok: false, code: 'LOGIN_FAILED' };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit(ctx, `staff:${user.id}`, 'denied', user.id, input, ['locked']);
    return {
      ok: false,
      code: 'LOGIN_LOCKED',
      retryAfterSeconds: Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000),
    };
  }
  if (!(await verifySecretAnswer(input.password, user.passwordHash, pepper))) {
    const [updated] = await ctx.db
      .update(staffUsers)
      .set({
        failedLogins: sql`${staffUsers.failedLogins} + 1`,
        lockedUntil: sql`CASE WHEN ${staffUsers.failedLogins} + 1 >= ${staffLoginLimits.failuresBeforeLock}
                          THEN ${new Date(now.getTime() + staffLoginLimits.lockMs)}::timestamptz ELSE NULL END`,
      })
      .where(eq(staffUsers.id, user.id))
      .returning({ lockedUntil: staffUsers.lockedUntil });
    await audit(
      ctx,
      `staff:${user.id}`,
      'failure',
      user.id,
      input,
      updated?.lockedUntil ? ['locked'] : [],
    );
    return { ok: false, code: 'LOGIN_FAILED' };
  }
  const token = newToken('staff');
  const expiresAt = new Date(now.getTime() + ctx.settings.sessionAbsoluteMs);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(staffUsers.id, user.id));
    await tx.insert(staffSessions).values({
      id: newId('staffSession'),
      tokenHash: hashToken(token),
      staffId: user.id,
      ipAddress: input.ipAddress ?? null,
      createdAt: now,
      lastSeenAt: now,
      idleExpiresAt: new Date(now.getTime() + ctx.settings.sessionIdleMs),
      absoluteExpiresAt: expiresAt,
    });
    await appendAudit(
      tx,
      {
        action: 'STAFF_LOGIN',
        result: 'success',
        actor: `staff:${user.id}`,
        resource: user.id,
        ipAddress: input.ipAddress ?? null,
      },
      now,
    );
  });
  return {
    ok: true,
    token,
    staff: { id: user.id, username: user.username, displayName: user.displayName, role: user.role },
    expiresAt: expiresAt.toISOString(),
  };
}

async function audit(
  ctx: SecurityContext,
  actor: string,
  result: 'failure' | 'denied',
  resource: string | null,
  origin: RequestOrigin,
  flags: string[],
): Promise<void> {
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      {
        action: 'STAFF_LOGIN',
        result,
        actor,
        resource,
        ipAddress: origin.ipAddress ?? null,
        complianceFlags: flags,
      },
      ctx.now(),
    ),
  );
}
