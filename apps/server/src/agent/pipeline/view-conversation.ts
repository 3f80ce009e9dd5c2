import type { ConversationView } from '@bankdesk/contracts';
import { AppError } from '../../errors/index.js';
import { resolveSession } from '../../security/index.js';
import type { AgentServices } from '../agent-services.js';
import { describeTask } from '../dialogue/handoff.js';
import { findConversation, readState, readTranscript } from '../state/index.js';

/** The customer's own view: the redacted transcript and where the conversation stands. */
export async function viewConversation(
  agent: AgentServices,
  input: { conversationId: string; token: string },
): Promise<ConversationView> {
  const { services } = agent.tools;
  const session = await resolveSession(services.security, input.token);
  const conversation = await findConversation(services.db, input.conversationId);
  if (!conversation || conversation.sessionId !== session.id)
    throw new AppError('SESSION_INVALID', 'the session token is not valid');
  const state = readState(conversation.state);
  const transcript = await readTranscript(services.db, conversation.id);
  const pending = describeTask(state.task);
  return {
    conversationId: conversation.id,
    status: conversation.status,
    authLevel: session.level,
    channel: conversation.channel,
    ...(state.awaiting ? { awaiting: state.awaiting } : {}),
    ...(pending ? { pending } : {}),
    transcript: transcript.map((line) => ({
      role: line.role,
      text: line.text,
      at: line.at.toISOString(),
    })),
  };
}
