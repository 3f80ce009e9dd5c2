import { eq, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { authSessions, preparedOnce } from '../db/index.js';
import type { Executor } from '../db/index.js';
import type { AuthState } from './auth-levels.js';
import { isAuthLevel } from './auth-levels.js';
import type { Session } from './session-store.js';
import { limits } from './throttle.js';

interface LockCounts {
  identify: number;
  otp: number;
  answer: number;
  locked: boolean;
}

/**
 * The failures of each kind since that kind's last success (the same rule as `sessionFailures`)
 * and whether the customer has a live step-up lock — as columns over the `auth_sessions` row, so
 * they can ride along with whatever else a statement reads about the session.
 */
function lockColumns(now: SQL) {
  // Written out rather than built from the schema objects: drizzle drops table names from columns
  // when a select reads one table, and these subqueries must name the outer row explicitly.
  const failures = (kind: string, scope: (alias: string) => string) => sql<number>`(
    SELECT count(*)::int FROM verification_attempts va
     WHERE va.session_id = auth_sessions.id AND va.kind = ${kind} AND ${sql.raw(scope('va'))}
       AND va.success = false
       AND va.id > coalesce((
         SELECT max(ok.id) FROM verification_attempts ok
          WHERE ok.session_id = auth_sessions.id AND ok.kind = ${kind} AND ${sql.raw(scope('ok'))}
            AND ok.success = true), 0))`;
  const everyone = () => 'true';
  const theCustomer = (alias: string) => `${alias}.customer_id = auth_sessions.customer_id`;
  const identified = sql.raw('auth_sessions.customer_id IS NOT NULL');
  return {
    identify: failures('identify', everyone),
    otp: sql<number>`CASE WHEN ${identified} THEN ${failures('otp', everyone)} ELSE 0 END`,
    answer: sql<number>`CASE WHEN ${identified}
      THEN ${failures('security_answer', theCustomer)} ELSE 0 END`,
    locked: sql<boolean>`EXISTS (SELECT 1 FROM step_up_locks l
      WHERE l.customer_id = auth_sessions.customer_id
        AND l.locked_until > ${now} AND l.cleared_at IS NULL)`,
  };
}

function toAuthState(session: Session, counts: LockCounts): AuthState {
  return {
    sessionId: session.id,
    customerId: session.customerId,
    level: isAuthLevel(session.level) ? session.level : 0,
    locks: {
      identify: Number(counts.identify) >= limits.identifyFailuresPerSession,
      otp: Number(counts.otp) >= limits.otpFailuresPerSession,
      securityAnswer: Number(counts.answer) >= limits.securityAnswerFailuresPerSession,
      stepUp: counts.locked === true,
    },
  };
}

/**
 * A session row and everything `authorize()` needs about it, in one statement: every tool call
 * reads this before it does anything else. `recentToolCalls` counts the session's tool calls in
 * the last minute, for the gate's rate limit. Undefined when there is no such session.
 */
export async function loadSessionAuth(
  db: Executor,
  sessionId: string,
  now: Date,
): Promise<{ session: Session; auth: AuthState; recentToolCalls: number } | undefined> {
  const [row] = await sessionAuthQuery(db).execute({
    sessionId,
    now: now.toISOString(),
    since: new Date(now.getTime() - 60_000).toISOString(),
  });
  if (!row) return undefined;
  return {
    session: row.session,
    auth: toAuthState(row.session, row),
    recentToolCalls: Number(row.recentToolCalls),
  };
}

const sessionAuthQuery = (db: Executor) =>
  preparedOnce(db, 'load_session_auth', (name) =>
    db
      .select({
        session: authSessions,
        ...lockColumns(sql`${sql.placeholder('now')}::timestamptz`),
        recentToolCalls: sql<number>`(SELECT count(*)::int FROM audit_log a
          WHERE a.session_id = auth_sessions.id AND a.action = 'TOOL_CALL'
            AND a.occurred_at > ${sql.placeholder('since')}::timestamptz)`,
      })
      .from(authSessions)
      .where(eq(authSessions.id, sql.placeholder('sessionId')))
      .prepare(name),
  );

/** `authorize()`'s input for a session already read: its level, and the locks as they stand. */
export async function loadAuthState(db: Executor, session: Session, now: Date): Promise<AuthState> {
  const [row] = await db
    .select(lockColumns(sql`${now.toISOString()}::timestamptz`))
    .from(authSessions)
    .where(eq(authSessions.id, session.id));
  return toAuthState(session, row ?? noCounts);
}

const noCounts: LockCounts = { identify: 0, otp: 0, answer: 0, locked: false };
