import { eq } from 'drizzle-orm';
import { handoffs } from '../../db/index.js';
import type { Db } from '../../db/index.js';
import { readTranscript } from '../state/index.js';
import type { Task } from '../state/index.js';
import type { TurnContext } from './turn-context.js';

export type HandoffReason =
  | 'customer_request'
  | 'not_understood'
  | 'verification_locked'
  | 'account_closure'
  | 'bereavement'
  | 'legal'
  | 'complaint'
  | 'fraud'
  | 'other';

/** The request in words a colleague can pick up, with no secret in it (slots never hold one). */
export function describeTask(task: Task | undefined): string | undefined {
  if (!task) return undefined;
  const slots = Object.entries(task.slots)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : String(v)}`)
    .join(', ');
  return `${task.intent}${slots ? ` (${slots})` : ''}`.slice(0, 200);
}

/** Hands the conversation to a person through the same gate as every other action. */
export async function handOff(
  ctx: TurnContext,
  reason: HandoffReason,
  summary: string,
): Promise<void> {
  const pending = describeTask(ctx.state.task);
  const outcome = await ctx.call('escalate_to_human', {
    reason,
    summary: summary.slice(0, 1_000),
    ...(pending ? { pending_request: pending } : {}),
  });
  if (!outcome.ok) {
    ctx.say(
      `I could not reach a colleague just now. Please call us on ${ctx.services.bank.customerServicePhone}.`,
    );
    return;
  }
  ctx.handoffId = String(outcome.handoff_id);
  ctx.status = 'handed_off';
  ctx.awaiting = undefined;
  ctx.state.awaiting = undefined;
  ctx.say(
    'I am connecting you with a colleague, who will see what we discussed so you do not have to repeat it.',
  );
}

/** After the turn is saved: the packet gets the redacted transcript, including this turn. */
export async function attachTranscript(
  db: Db,
  handoffId: string,
  conversationId: string,
): Promise<void> {
  const transcript = await readTranscript(db, conversationId);
  const [row] = await db
    .select({ packet: handoffs.packet })
    .from(handoffs)
    .where(eq(handoffs.id, handoffId));
  if (!row) return;
  await db
    .update(handoffs)
    .set({
      packet: {
        ...row.packet,
        conversation_id: conversationId,
        transcript: transcript.map((line) => ({
          role: line.role,
          text: line.text,
          at: line.at.toISOString(),
        })),
      },
    })
    .where(eq(handoffs.id, handoffId));
}
