import type { Reply } from '@bankdesk/contracts';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { conversationMessages } from '../../db/index.js';
import { AppError } from '../../errors/index.js';
import { guardInbound, redactSpans, scrubOutbound } from '../../pci/index.js';
import type { EarlierSpan } from '../../pci/index.js';
import { endSession, hashToken, isWellFormedToken, resolveSession } from '../../security/index.js';
import type { RequestOrigin, Session } from '../../security/index.js';
import type { AgentServices } from '../agent-services.js';
import { builtinTurn } from '../dialogue/builtin-turn.js';
import { attachTranscript } from '../dialogue/handoff.js';
import { TurnContext } from '../dialogue/turn-context.js';
import { llmTurn } from '../brains/llm-turn.js';
import { prompts } from '../prompts/small-talk.js';
import {
  claimTurn,
  claimTurnWithToken,
  findConversation,
  finishTurn,
  releaseTurn,
} from '../state/index.js';
import type { ConversationRow, DialogueState } from '../state/index.js';
import { buildReply } from './reply.js';

export interface TurnInput {
  conversationId: string;
  token: string;
  text?: string | undefined;
  dtmf?: string | undefined;
}

/**
 * One turn, in ARCHITECTURE.md's order: guard in → secret capture → understand → policy gate →
 * act → respond → guard out → persist. Nothing about the conversation is kept in memory between
 * turns; the row's lease makes sure only one turn runs at a time, on whichever instance.
 */
export async function runTurn(
  agent: AgentServices,
  input: TurnInput,
  origin: RequestOrigin = {},
): Promise<Reply> {
  const { services } = agent.tools;
  const now = services.security.now();
  const { session, row, state } = await beginTurn(agent, input, now);
  try {
    const ctx = new TurnContext(agent, session, state, now, origin, row.id);
    const raw = input.text ?? (input.dtmf ?? '').replace(/#$/, '');

    if (row.status === 'handed_off') {
      ctx.status = 'handed_off';
      ctx.say(prompts.handedOff);
      await finishTurn(
        services.db,
        row,
        {
          state,
          status: 'handed_off',
          lines: [
            {
              role: 'customer',
              text: (await guardInbound(services.db, guardArgs(ctx, raw))).text,
              authLevel: ctx.level,
            },
          ],
        },
        now,
      );
      return buildReply(ctx);
    }

    // 1. Guard in: card data never reaches the brain, the transcript or the logs.
    // Earlier lines matter only when this one could complete a card number begun in them.
    const earlier = mayHoldDigits(raw) ? await recentCustomerLines(ctx) : [];
    const guarded = await guardInbound(services.db, {
      ...guardArgs(ctx, raw),
      earlier: earlier.map((line) => line.text),
    });
    let customerLine = guarded.text;
    let blocked = false;
    if (guarded.blocked) {
      blocked = true;
      await redactEarlier(ctx, earlier, guarded.earlier);
      ctx.say(guarded.warning!);
      if (state.awaiting) ctx.awaiting = state.awaiting;
    } else if (row.brain === 'llm' && agent.llm) {
      customerLine = await llmTurn(ctx, guarded.text);
    } else {
      // 2–7. Secret capture, understanding, the gate, the tools and the response.
      customerLine = await builtinTurn(ctx, guarded.text);
    }
    state.awaiting = ctx.awaiting;

    // 8. Guard out: whatever a template or a model wrote, card data leaves masked.
    const text = scrubOutbound(ctx.text()).value;
    const speech = scrubOutbound(ctx.speech()).value;
    await finishTurn(
      services.db,
      row,
      {
        state,
        status: ctx.status,
        lines: [
          { role: 'customer', text: customerLine, authLevel: session.level },
          { role: 'agent', text, authLevel: ctx.level },
        ],
      },
      now,
    );
    if (ctx.handoffId) await attachTranscript(services.db, ctx.handoffId, row.id);
    if (ctx.status === 'ended') await endSession(services.security, session.id, 'customer_ended');
    return buildReply(ctx, { text, speech, blocked });
  } catch (error) {
    await releaseTurn(services.db, row);
    throw error;
  }
}

/**
 * Checks the token and takes the conversation for this turn: one statement when all is well.
 * Otherwise the checks run one by one, so the caller learns exactly what is wrong — an unknown
 * token, an expired session (which is ended and audited), a closed conversation, a turn already
 * running — and a token for another conversation is as good as no token: nothing is revealed.
 */
async function beginTurn(
  agent: AgentServices,
  input: TurnInput,
  now: Date,
): Promise<{ session: Session; row: ConversationRow; state: DialogueState }> {
  const { services } = agent.tools;
  if (isWellFormedToken('session', input.token)) {
    const claimed = await claimTurnWithToken(
      services.db,
      input.conversationId,
      hashToken(input.token),
      now,
    );
    if (claimed) return claimed;
  }
  const [session, conversation] = await Promise.all([
    resolveSession(services.security, input.token),
    findConversation(services.db, input.conversationId),
  ]);
  if (!conversation || conversation.sessionId !== session.id)
    throw new AppError('SESSION_INVALID', 'the session token is not valid');
  if (conversation.status === 'ended')
    throw new AppError('CONVERSATION_CLOSED', 'this conversation has ended; start a new one');
  return { session, ...(await claimTurn(services.db, conversation.id, now)) };
}

const digitWords =
  /\d|\b(zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)\b|[\uff10-\uff19]/i;

function mayHoldDigits(text: string): boolean {
  return digitWords.test(text);
}

function guardArgs(ctx: TurnContext, text: string) {
  const voice = ctx.session.channel === 'phone' || ctx.session.channel === 'voice';
  return {
    text,
    source: voice ? ('transcript' as const) : ('message' as const),
    sessionId: ctx.session.id,
    customerId: ctx.customerId,
    channel: ctx.session.channel,
    now: ctx.now,
  };
}

async function recentCustomerLines(ctx: TurnContext) {
  const rows = await ctx.services.db
    .select({ id: conversationMessages.id, text: conversationMessages.text })
    .from(conversationMessages)
    .where(
      and(
        eq(conversationMessages.conversationId, ctx.conversationId),
        eq(conversationMessages.role, 'customer'),
      ),
    )
    .orderBy(desc(conversationMessages.seq))
    .limit(3);
  return rows.reverse();
}

/** A card number typed in pieces: the earlier pieces, already stored, are redacted too. */
async function redactEarlier(
  ctx: TurnContext,
  earlier: { id: string; text: string }[],
  spans: readonly EarlierSpan[],
): Promise<void> {
  const touched = [...new Set(spans.map((s) => s.message))];
  if (touched.length === 0) return;
  const ids = touched.map((i) => earlier[i]!.id);
  const rows = await ctx.services.db
    .select({ id: conversationMessages.id })
    .from(conversationMessages)
    .where(inArray(conversationMessages.id, ids));
  for (const { id } of rows) {
    const index = earlier.findIndex((line) => line.id === id);
    const text = redactSpans(
      earlier[index]!.text,
      spans.filter((s) => s.message === index),
    );
    await ctx.services.db
      .update(conversationMessages)
      .set({ text })
      .where(eq(conversationMessages.id, id));
  }
}
