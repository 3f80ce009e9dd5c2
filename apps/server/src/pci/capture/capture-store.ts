import { and, eq, inArray } from 'drizzle-orm';
import { cardCaptures, newId } from '../../db/index.js';
import type { Executor, Tx } from '../../db/index.js';

export type CaptureRow = typeof cardCaptures.$inferSelect;
export type CaptureChannel = CaptureRow['channel'];

/** The statuses in which a capture still waits for the customer. */
export const openCaptureStatuses = ['awaiting_card', 'awaiting_expiry', 'awaiting_cvv'] as const;

/** Ten minutes to find the card and key it in, as a hosted payment page would allow. */
export const captureTtlMs = 10 * 60_000;

/** Wrong entries (number, expiry or code) before a capture gives up and asks for a new start. */
export const maxCaptureAttempts = 3;

/**
 * Opens a capture for one payment. A conversation has at most one open capture: starting a new
 * one cancels the last, so a stale card form cannot be used for a different amount.
 */
export async function startCardCapture(
  tx: Tx,
  input: {
    sessionId: string;
    customerId: string;
    accountId: string;
    amountCents: number;
    channel: CaptureChannel;
    now: Date;
  },
): Promise<CaptureRow> {
  await tx
    .update(cardCaptures)
    .set({ status: 'cancelled', updatedAt: input.now })
    .where(
      and(
        eq(cardCaptures.sessionId, input.sessionId),
        inArray(cardCaptures.status, [...openCaptureStatuses]),
      ),
    );
  const [row] = await tx
    .insert(cardCaptures)
    .values({
      id: newId('cardCapture'),
      sessionId: input.sessionId,
      customerId: input.customerId,
      accountId: input.accountId,
      amountCents: input.amountCents,
      channel: input.channel,
      status: 'awaiting_card',
      expiresAt: new Date(input.now.getTime() + captureTtlMs),
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning();
  return row!;
}

export async function findCapture(
  db: Executor,
  captureId: string,
): Promise<CaptureRow | undefined> {
  const [row] = await db.select().from(cardCaptures).where(eq(cardCaptures.id, captureId));
  return row;
}

export async function lockCapture(tx: Tx, captureId: string): Promise<CaptureRow | undefined> {
  const [row] = await tx
    .select()
    .from(cardCaptures)
    .where(eq(cardCaptures.id, captureId))
    .for('update');
  return row;
}

export async function updateCapture(
  tx: Executor,
  captureId: string,
  changes: Partial<Omit<CaptureRow, 'id'>>,
  now: Date,
): Promise<CaptureRow> {
  const [row] = await tx
    .update(cardCaptures)
    .set({ ...changes, updatedAt: now })
    .where(eq(cardCaptures.id, captureId))
    .returning();
  return row!;
}

/** True while the conversation waits for card digits: voice channels pause recording meanwhile. */
export async function captureInProgress(
  db: Executor,
  sessionId: string,
  now: Date,
): Promise<boolean> {
  const open = await db
    .select({ expiresAt: cardCaptures.expiresAt })
    .from(cardCaptures)
    .where(
      and(
        eq(cardCaptures.sessionId, sessionId),
        inArray(cardCaptures.status, [...openCaptureStatuses]),
      ),
    );
  return open.some((c) => c.expiresAt > now);
}
