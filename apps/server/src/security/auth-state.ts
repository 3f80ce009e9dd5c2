import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { rows, stepUpLocks, verificationAttempts } from '../db/index.js';
import type { Executor } from '../db/index.js';
import type { AuthState } from './auth-levels.js';
import { isAuthLevel } from './auth-levels.js';
import type { Session } from './session-store.js';
import { limits } from './throttle.js';

/**
 * A session's level and every lock that bears on its next step-up, for `authorize()`. Every tool
 * call reads this, so it is one statement: the failures of each kind since that kind's last
 * success (the same rule as `sessionFailures`) and any live step-up lock of the customer.
 */
export async function loadAuthState(db: Executor, session: Session, now: Date): Promise<AuthState> {
  const level = isAuthLevel(session.level) ? session.level : 0;
  const customerId = session.customerId;
  const va = verificationAttempts;
  const failures = (kind: string, scope: SQL) => sql`(
    SELECT count(*)::int FROM ${va}
     WHERE ${va.sessionId} = ${session.id} AND ${va.kind} = ${kind} AND ${scope}
       AND ${va.success} = false
       AND ${va.id} > coalesce((
         SELECT max(${va.id}) FROM ${va}
          WHERE ${va.sessionId} = ${session.id} AND ${va.kind} = ${kind} AND ${scope}
            AND ${va.success} = true), 0))`;
  const everyone = sql`true`;
  const theCustomer = customerId ? sql`${va.customerId} = ${customerId}` : sql`false`;
  const [row] = await rows<{
    identify: number;
    otp: number;
    answer: number;
    locked: boolean;
  }>(
    db,
    sql`
    SELECT ${failures('identify', everyone)} AS identify,
           ${customerId ? failures('otp', everyone) : sql`0`} AS otp,
           ${customerId ? failures('security_answer', theCustomer) : sql`0`} AS answer,
           ${
             customerId
               ? sql`EXISTS (SELECT 1 FROM ${stepUpLocks}
                        WHERE ${stepUpLocks.customerId} = ${customerId}
                          AND ${stepUpLocks.lockedUntil} > ${now.toISOString()}::timestamptz
                          AND ${stepUpLocks.clearedAt} IS NULL)`
               : sql`false`
           } AS locked`,
  );
  return {
    sessionId: session.id,
    customerId,
    level,
    locks: {
      identify: Number(row?.identify ?? 0) >= limits.identifyFailuresPerSession,
      otp: Number(row?.otp ?? 0) >= limits.otpFailuresPerSession,
      securityAnswer: Number(row?.answer ?? 0) >= limits.securityAnswerFailuresPerSession,
      stepUp: row?.locked === true,
    },
  };
}
