import { and, desc, eq } from 'drizzle-orm';
import { newId, smsOutbox } from '../db/index.js';
import type { Db } from '../db/index.js';
import { open, seal } from '../security/index.js';
import type { SmsMessage, SmsSender } from './sms-sender.js';

/**
 * The sandbox phone. A text lands sealed in the `sms_outbox` table (readable through
 * `GET /api/v1/sandbox/sms?to=`) and, when `display` is given, on the console — the developer's
 * stand-in for the customer's handset. It never goes through the application log.
 */
export class SandboxSmsSender implements SmsSender {
  readonly provider = 'sandbox' as const;

  constructor(
    private readonly db: Db,
    private readonly sealKey: Buffer,
    private readonly display?: (line: string) => void,
  ) {}

  async send(message: SmsMessage): Promise<{ messageId: string }> {
    const messageId = newId('sms');
    await this.db.insert(smsOutbox).values({
      id: messageId,
      toPhone: message.to,
      sealedBody: seal(this.sealKey, message.body),
      purpose: message.purpose,
    });
    this.display?.(`[sandbox sms to ${message.to}] ${message.body}`);
    return { messageId };
  }
}

export interface OutboxMessage {
  id: string;
  to: string;
  body: string;
  purpose: string;
  sentAt: string;
}

/** The newest texts sent to one number, opened. */
export async function readSandboxOutbox(
  db: Db,
  sealKey: Buffer,
  to: string,
  limit = 20,
): Promise<OutboxMessage[]> {
  const found = await db
    .select()
    .from(smsOutbox)
    .where(and(eq(smsOutbox.toPhone, to)))
    .orderBy(desc(smsOutbox.createdAt), desc(smsOutbox.id))
    .limit(limit);
  return found.map((m) => ({
    id: m.id,
    to: m.toPhone,
    body: open(sealKey, m.sealedBody),
    purpose: m.purpose,
    sentAt: m.createdAt.toISOString(),
  }));
}
