import { z } from 'zod';
import { handoffReason, handoffs, newId } from '../db/index.js';
import { appendAudit } from '../security/index.js';
import { defineTool } from './tool.js';

/** Why a conversation goes to a person: the hand-off queue's own vocabulary. */
export const handoffReasons = handoffReason.enumValues;

export const escalateToHuman = defineTool({
  name: 'escalate_to_human',
  title: 'Hand over to a person',
  description:
    'Hands the conversation to a human agent with a reason and the context they need. Use it when the customer asks for a person, after repeated misunderstandings, when verification is locked, and for matters a bank keeps human (closing an account, a bereavement, legal matters, complaints).',
  input: z.strictObject({
    reason: z.enum(handoffReasons),
    summary: z
      .string()
      .max(1_000)
      .optional()
      .describe('What the customer needs, in a sentence or two; no card numbers or codes'),
    pending_request: z
      .string()
      .max(200)
      .optional()
      .describe('The request that could not be completed, if any'),
  }),
  minLevel: 0,
  async handler(ctx, input) {
    const id = newId('handoff');
    await ctx.tx.insert(handoffs).values({
      id,
      sessionId: ctx.session.id,
      customerId: ctx.customerId,
      reason: input.reason,
      authLevel: ctx.session.level,
      summary: input.summary ?? null,
      packet: {
        reason: input.reason,
        auth_level: ctx.session.level,
        channel: ctx.session.channel,
        jurisdiction: ctx.session.jurisdiction,
        pending_request: input.pending_request ?? null,
        session_id: ctx.session.id,
      },
      createdAt: ctx.now,
    });
    await appendAudit(
      ctx.tx,
      {
        action: 'HANDOFF',
        result: 'success',
        actor: 'customer',
        customerId: ctx.customerId,
        sessionId: ctx.session.id,
        resource: id,
        authLevel: ctx.session.level,
        complianceFlags: [input.reason],
      },
      ctx.now,
    );
    return {
      ok: true,
      handoff_id: id,
      status: 'waiting',
      message:
        'I am connecting you with a colleague, who will see what we discussed so you do not have to repeat it.',
    };
  },
});
