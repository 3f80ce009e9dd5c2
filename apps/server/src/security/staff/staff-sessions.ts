import { createHash, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { staffSessions, staffUsers } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { appendAudit } from '../audit/index.js';
import type { SecurityContext } from '../context.js';
import { hashToken, isWellFormedToken } from '../tokens.js';
import type { StaffRole } from './roles.js';

export interface StaffPrincipal {
  /** A staff id, or 'bootstrap' for the BANKDESK_STAFF_TOKEN. */
  id: string;
  role: StaffRole;
  via: 'session' | 'bootstrap';
  /** How the audit names this person: 'staff:<id>'. */
  actor: string;
}

/**
 * Who a staff bearer token belongs to. The bootstrap token (from configuration, for setting up
 * the first accounts and for automation) acts as a supervisor. Anything else must be a live
 * staff session of an enabled account; each use extends it like a customer session.
 */
export async function resolveStaffToken(
  ctx: SecurityContext,
  token: string,
  bootstrapToken: string | undefined,
): Promise<StaffPrincipal> {
  if (bootstrapToken && constantTimeEqual(token, bootstrapToken)) {
    return { id: 'bootstrap', role: 'supervisor', via: 'bootstrap', actor: 'staff:bootstrap' };
  }
  if (!isWellFormedToken('staff', token))
    throw new AppError('UNAUTHORIZED', 'a valid staff token is required');
  const now = ctx.now();
  const [row] = await ctx.db
    .select({ session: staffSessions, user: staffUsers })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.staffId))
    .where(and(eq(staffSessions.tokenHash, hashToken(token)), isNull(staffSessions.endedAt)));
  if (
    !row ||
    row.user.disabledAt ||
    now >= row.session.idleExpiresAt ||
    now >= row.session.absoluteExpiresAt
  ) {
    throw new AppError('UNAUTHORIZED', 'the staff session is not valid; log in again');
  }
  const idle = Math.min(
    now.getTime() + ctx.settings.sessionIdleMs,
    row.session.absoluteExpiresAt.getTime(),
  );
  await ctx.db
    .update(staffSessions)
    .set({ lastSeenAt: now, idleExpiresAt: new Date(idle) })
    .where(eq(staffSessions.id, row.session.id));
  return { id: row.user.id, role: row.user.role, via: 'session', actor: `staff:${row.user.id}` };
}

export async function logoutStaff(ctx: SecurityContext, token: string): Promise<void> {
  if (!isWellFormedToken('staff', token)) return;
  await ctx.db.transaction(async (tx) => {
    const [ended] = await tx
      .update(staffSessions)
      .set({ endedAt: ctx.now() })
      .where(and(eq(staffSessions.tokenHash, hashToken(token)), isNull(staffSessions.endedAt)))
      .returning({ staffId: staffSessions.staffId });
    if (!ended) return;
    await appendAudit(
      tx,
      {
        action: 'STAFF_LOGOUT',
        result: 'success',
        actor: `staff:${ended.staffId}`,
        resource: ended.staffId,
      },
      ctx.now(),
    );
  });
}

/** Compares digests, so neither the length nor the content of the secret leaks through timing. */
function constantTimeEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}
