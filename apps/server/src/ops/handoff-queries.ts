import type { OpsHandoff, OpsHandoffDetail, OpsHandoffStatus } from '@bankdesk/contracts';
import { and, asc, desc, eq, isNull, or } from 'drizzle-orm';
import { handoffs } from '../db/index.js';
import type { Tx } from '../db/index.js';
import { AppError } from '../errors/index.js';
import { scrubOutbound } from '../pci/index.js';
import { appendAudit } from '../security/index.js';
import type { OpsContext, StaffReader } from './ops-context.js';
import { iso, isoOrNull } from './ops-context.js';

type HandoffRow = typeof handoffs.$inferSelect;

const packetText = (row: HandoffRow, key: string): string | null => {
  const value = row.packet[key];
  return typeof value === 'string' ? value : null;
};

function present(row: HandoffRow): OpsHandoff {
  return {
    id: row.id,
    sessionId: row.sessionId,
    customerId: row.customerId,
    reason: row.reason,
    status: row.status,
    authLevel: row.authLevel,
    channel: packetText(row, 'channel'),
    assignedTo: row.assignedTo,
    createdAt: iso(row.createdAt),
    assignedAt: isoOrNull(row.assignedAt),
    resolvedAt: isoOrNull(row.resolvedAt),
  };
}

function presentDetail(row: HandoffRow): OpsHandoffDetail {
  // Written by the brain from what the customer said: card-like text leaves masked.
  const { value } = scrubOutbound({
    summary: row.summary,
    pendingRequest: packetText(row, 'pending_request'),
  });
  return { ...present(row), ...value };
}

/**
 * The hand-off queue: ids, reasons and times, no summary (the colleague who takes one sees it,
 * and that is audited). Waiting and assigned ones oldest first, as a queue is worked; the rest
 * newest first.
 */
export async function listHandoffs(
  ctx: OpsContext,
  status: OpsHandoffStatus,
  limit: number,
): Promise<OpsHandoff[]> {
  const queue = status === 'waiting' || status === 'assigned';
  const found = await ctx.db
    .select()
    .from(handoffs)
    .where(eq(handoffs.status, status))
    .orderBy(
      queue ? asc(handoffs.createdAt) : desc(handoffs.createdAt),
      queue ? asc(handoffs.id) : desc(handoffs.id),
    )
    .limit(limit);
  return found.map(present);
}

async function auditHandoff(
  tx: Tx,
  reader: StaffReader,
  row: HandoffRow,
  step: 'assigned' | 'resolved',
  now: Date,
): Promise<void> {
  await appendAudit(
    tx,
    {
      action: 'HANDOFF',
      result: 'success',
      actor: reader.actor,
      customerId: row.customerId,
      sessionId: row.sessionId,
      resource: row.id,
      authLevel: row.authLevel,
      ipAddress: reader.ipAddress ?? null,
      piiAccessed: true,
      complianceFlags: [row.reason],
      metadata: { step, role: reader.role },
    },
    now,
  );
}

/** Why a hand-off could not change, once the conditional update found nothing to change. */
async function refusal(tx: Tx, id: string, reader: StaffReader): Promise<AppError> {
  const [row] = await tx.select().from(handoffs).where(eq(handoffs.id, id));
  if (!row) return new AppError('NOT_FOUND', 'there is no such hand-off');
  if (row.status === 'assigned' && row.assignedTo !== reader.id) {
    return new AppError('CONFLICT', 'a colleague has already taken this hand-off');
  }
  return new AppError('INVALID_TRANSITION', `the hand-off is ${row.status}`);
}

/**
 * Takes a waiting hand-off for the calling staff member. Taking one already yours again is
 * harmless; one a colleague holds is a CONFLICT. The conditional update decides races.
 */
export async function assignHandoff(
  ctx: OpsContext,
  reader: StaffReader,
  id: string,
): Promise<OpsHandoffDetail> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx
      .update(handoffs)
      .set({ status: 'assigned', assignedTo: reader.id, assignedAt: now })
      .where(and(eq(handoffs.id, id), eq(handoffs.status, 'waiting')))
      .returning();
    if (taken) {
      await auditHandoff(tx, reader, taken, 'assigned', now);
      return presentDetail(taken);
    }
    const [mine] = await tx
      .select()
      .from(handoffs)
      .where(
        and(
          eq(handoffs.id, id),
          eq(handoffs.status, 'assigned'),
          eq(handoffs.assignedTo, reader.id),
        ),
      );
    if (mine) return presentDetail(mine);
    throw await refusal(tx, id, reader);
  });
}

/**
 * Closes a hand-off. An agent resolves waiting ones and their own; a supervisor may also close
 * one a colleague holds.
 */
export async function resolveHandoff(
  ctx: OpsContext,
  reader: StaffReader,
  id: string,
): Promise<OpsHandoffDetail> {
  const now = ctx.now();
  const mayTakeOver = reader.role === 'supervisor';
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(handoffs).where(eq(handoffs.id, id));
    const [closed] = await tx
      .update(handoffs)
      .set({
        status: 'resolved',
        resolvedAt: now,
        assignedTo: current?.assignedTo ?? reader.id,
        assignedAt: current?.assignedAt ?? now,
      })
      .where(
        and(
          eq(handoffs.id, id),
          or(
            eq(handoffs.status, 'waiting'),
            and(
              eq(handoffs.status, 'assigned'),
              mayTakeOver ? undefined : eq(handoffs.assignedTo, reader.id),
            ),
          ),
          // The row read above is the row changed, or nothing is.
          current?.assignedTo
            ? eq(handoffs.assignedTo, current.assignedTo)
            : isNull(handoffs.assignedTo),
        ),
      )
      .returning();
    if (!closed) throw await refusal(tx, id, reader);
    await auditHandoff(tx, reader, closed, 'resolved', now);
    return presentDetail(closed);
  });
}
