import type { CreateConversation, Reply } from '@bankdesk/contracts';
import { createSession } from '../../security/index.js';
import type { RequestOrigin } from '../../security/index.js';
import type { AgentServices } from '../agent-services.js';
import { TurnContext } from '../dialogue/turn-context.js';
import { prompts } from '../prompts/small-talk.js';
import { emptyState, finishTurn, insertConversation, claimTurn } from '../state/index.js';
import { buildReply } from './reply.js';

/**
 * A new conversation: a level-0 session, the greeting and the recording disclosure for where the
 * caller is. Where every party must agree to recording, the first thing asked is that.
 */
export async function startConversation(
  agent: AgentServices,
  input: CreateConversation,
  origin: RequestOrigin = {},
): Promise<{ conversationId: string; token: string; reply: Reply }> {
  const { services } = agent.tools;
  const channel = input.channel ?? 'chat';
  const created = await createSession(services.security, {
    channel,
    jurisdiction: input.jurisdiction ?? null,
    ...origin,
  });
  const now = services.security.now();
  const row = await insertConversation(
    services.db,
    {
      sessionId: created.session.id,
      channel,
      brain: agent.brain,
      ...(input.locale ? { locale: input.locale } : {}),
    },
    now,
  );
  const claimed = await claimTurn(services.db, row.id, now);
  const state = emptyState();
  const ctx = new TurnContext(agent, created.session, state, now, origin, row.id);
  ctx.say(prompts.welcome(services.bank));
  if (created.recordingConsentNeeded) {
    state.consentAsked = true;
    ctx.ask('consent', created.disclosure);
  } else {
    ctx.say(created.disclosure);
  }
  state.awaiting = ctx.awaiting;
  await finishTurn(
    services.db,
    claimed.row,
    { state, status: 'active', lines: [{ role: 'agent', text: ctx.text(), authLevel: 0 }] },
    now,
  );
  return { conversationId: row.id, token: created.token, reply: buildReply(ctx) };
}
