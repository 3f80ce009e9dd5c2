import type { OpsMetrics } from '@bankdesk/contracts';
import { and, count, eq, gte, inArray, sql } from 'drizzle-orm';
import { auditLog, disputes, handoffs } from '../db/index.js';
import { localDateOf, zonedInstant } from '../domain/regulation/index.js';
import { countPciBlocks } from '../pci/index.js';
import type { OpsContext } from './ops-context.js';
import { iso } from './ops-context.js';

/** The verifications that raise a session's level; their records carry the level reached. */
const verifications = ['AUTH_IDENTIFY', 'OTP_VERIFY', 'SECURITY_ANSWER_VERIFY'];
const openDisputeStatuses = [
  'warning_needs_response',
  'warning_under_review',
  'needs_response',
  'under_review',
] as const;

/** Midnight at the bank, today. */
export function startOfBankDay(now: Date, timeZone: string): Date {
  return zonedInstant(localDateOf(now, timeZone), '00:00', timeZone);
}

/**
 * The dashboard's counts. The "today" ones read the audit trail through its (action, time)
 * index, so they count every instance's work and cost one index range each; the queue uses the
 * hand-offs' (status, time) index. Open disputes are counted from the disputes table, whose size
 * grows with cases, not with traffic. No customer data, so no audit record.
 */
export async function opsMetrics(ctx: OpsContext): Promise<OpsMetrics> {
  const since = startOfBankDay(ctx.now(), ctx.timeZone);
  const today = (action: string) =>
    and(eq(auditLog.action, action), gte(auditLog.occurredAt, since));
  const channel = sql<string | null>`${auditLog.metadata}->>'channel'`;

  const [sessions, auth, tools, pci, [waiting], [open]] = await Promise.all([
    ctx.db
      .select({ channel, n: count() })
      .from(auditLog)
      .where(today('SESSION_CREATED'))
      .groupBy(channel),
    ctx.db
      .select({ level: auditLog.authLevel, n: count() })
      .from(auditLog)
      .where(
        and(
          inArray(auditLog.action, verifications),
          gte(auditLog.occurredAt, since),
          eq(auditLog.result, 'success'),
        ),
      )
      .groupBy(auditLog.authLevel),
    ctx.db
      .select({ tool: auditLog.resource, result: auditLog.result, n: count() })
      .from(auditLog)
      .where(today('TOOL_CALL'))
      .groupBy(auditLog.resource, auditLog.result),
    countPciBlocks(ctx.db, since),
    ctx.db.select({ n: count() }).from(handoffs).where(eq(handoffs.status, 'waiting')),
    ctx.db
      .select({ n: count() })
      .from(disputes)
      .where(inArray(disputes.status, [...openDisputeStatuses])),
  ]);

  const byChannel = Object.fromEntries(sessions.map((s) => [s.channel ?? 'unknown', Number(s.n)]));
  const toolCalls = tools
    .map((t) => ({ tool: t.tool ?? 'unknown_tool', result: t.result, count: Number(t.n) }))
    .sort((a, b) => a.tool.localeCompare(b.tool) || a.result.localeCompare(b.result));
  const pciBySource = pci;
  return {
    since: iso(since),
    timeZone: ctx.timeZone,
    sessions: {
      today: Object.values(byChannel).reduce((sum, n) => sum + n, 0),
      byChannel,
    },
    authByLevel: Object.fromEntries(auth.map((a) => [String(a.level ?? 0), Number(a.n)])),
    toolCalls,
    pciBlocks: {
      today: Object.values(pciBySource).reduce((sum, n) => sum + n, 0),
      bySource: pciBySource,
    },
    handoffsWaiting: Number(waiting?.n ?? 0),
    openDisputes: Number(open?.n ?? 0),
    fraudReportsToday: toolCalls
      .filter((t) => t.tool === 'report_fraud' && t.result === 'success')
      .reduce((sum, t) => sum + t.count, 0),
  };
}
