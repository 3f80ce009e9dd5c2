import { desc, eq } from 'drizzle-orm';
import { conversationMessages } from '../../db/index.js';
import type { ToolOutcome } from '../../tools/index.js';
import { isAppError } from '../../errors/index.js';
import { pciWarning, recordPciBlock } from '../../pci/index.js';
import type { PciKind } from '../../pci/index.js';
import { renderToolResult } from '../nlg/index.js';
import { quickIntent } from './builtin/quick-intents.js';
import { renderContext } from '../dialogue/flow.js';
import type { TurnContext } from '../dialogue/turn-context.js';
import {
  answerConsent,
  answerVerification,
  askForPhone,
  startStepUp,
} from '../dialogue/verification.js';
import { runLlmTurn } from './llm/index.js';
import type { LlmTool } from './llm/index.js';

/** The model never gets these: verification is the engine's, with secrets kept from the model. */
const engineOnly = new Set(['authenticate', 'verify_otp', 'step_up_authentication']);

/**
 * The LLM brain's turn. The model chooses tools, but every call goes through the same gate, and
 * the engine keeps three things for itself: verification (codes and answers go to the verifier,
 * never to the model), the confirmation of money movements, and resuming the request after either.
 */
export async function llmTurn(ctx: TurnContext, text: string): Promise<string> {
  const awaiting = ctx.state.awaiting;
  ctx.state.awaiting = undefined;
  const cancelled = quickIntent(text) === 'cancel';
  if (!cancelled) {
    const secret = await answerVerification(ctx, awaiting, text, () => resumePendingCall(ctx));
    if (secret !== undefined) return secret;
    switch (awaiting) {
      case 'consent': {
        const intent = quickIntent(text);
        if (intent === 'affirm' || intent === 'deny') {
          if (await answerConsent(ctx, intent)) await resumePendingCall(ctx);
          return text;
        }
        break;
      }
      case 'confirmation': {
        const intent = quickIntent(text);
        const pending = ctx.state.pendingCall;
        if (pending && intent === 'affirm') {
          ctx.state.pendingCall = undefined;
          const outcome = await ctx.call(pending.tool, pending.input, {
            confirmed: true,
            idempotencyKey: pending.idempotencyKey,
          });
          ctx.say(renderToolResult(pending.tool, outcome, renderContext(ctx)));
          return text;
        }
        if (pending && intent === 'deny') {
          ctx.state.pendingCall = undefined;
          ctx.say("OK, I won't do that. Is there anything else I can help you with?");
          return text;
        }
        break;
      }
      default:
        break;
    }
  } else {
    ctx.state.pendingCall = undefined;
  }

  const llm = ctx.agent.llm!;
  const registry = ctx.agent.tools.registry;
  const tools: LlmTool[] = registry
    .list()
    .filter((t) => !engineOnly.has(t.name))
    .map((t) => ({
      name: t.name,
      description: t.description,
      input: t.input,
      minLevel: t.minLevel,
      movesMoney: Boolean(t.movesMoney),
    }));
  let result: Awaited<ReturnType<typeof runLlmTurn>>;
  try {
    result = await runLlmTurn({
      model: llm.model,
      bankName: ctx.services.bank.name,
      authLevel: ctx.level as 0 | 1 | 2 | 3,
      history: await history(ctx),
      userText: text,
      tools,
      maxSteps: llm.maxSteps,
      ...(llm.timeoutMs ? { timeoutMs: llm.timeoutMs } : {}),
      invoke: (name, input) => invoke(ctx, name, input),
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    // The last check before the model found card data: nothing was sent, and the block is on record.
    if (error.code === 'PCI_BLOCKED') {
      await recordPciBlock(ctx.services.db, {
        source: 'llm_request',
        sessionId: ctx.session.id,
        customerId: ctx.customerId,
        channel: ctx.session.channel,
        // The guard names the kinds in its message; the digits themselves never left it.
        kinds: (error.message.match(/\(([^)]*)\)/)?.[1]?.split(', ') ?? ['pan']) as PciKind[],
        now: ctx.now,
      });
      ctx.say(pciWarning);
      return text;
    }
    if (error.code === 'LLM_UNAVAILABLE') {
      ctx.say(
        `I'm having trouble right now. Please try again in a moment, or call us on ${ctx.services.bank.customerServicePhone}.`,
      );
      return text;
    }
    throw error;
  }
  if (!result.stoppedByEngine && result.text) ctx.say(result.text);
  return text;
}

async function invoke(
  ctx: TurnContext,
  name: string,
  input: unknown,
): Promise<ToolOutcome & { stop?: boolean }> {
  const tool = ctx.agent.tools.registry.get(name);
  const outcome = await ctx.call(name, input);
  if (outcome.ok) return outcome;
  if (outcome.code === 'AUTH_REQUIRED') {
    ctx.state.pendingCall = {
      tool: name,
      input,
      idempotencyKey: ctx.newKey(),
      summary: tool?.title ?? name,
    };
    if (ctx.level < 1) askForPhone(ctx);
    else await startStepUp(ctx, Number(outcome.level) as 2 | 3);
    return { ...outcome, stop: true };
  }
  if (outcome.code === 'CONFIRMATION_REQUIRED' && tool?.movesMoney) {
    ctx.state.pendingCall = {
      tool: name,
      input,
      idempotencyKey: ctx.newKey(),
      summary: tool.title,
    };
    ctx.ask(
      'confirmation',
      `Just to confirm: ${describeCall(tool.title, input)}. Shall I go ahead?`,
    );
    return { ...outcome, stop: true };
  }
  return outcome;
}

/** After verification: the model's request runs (or asks for its confirmation) without the model. */
async function resumePendingCall(ctx: TurnContext): Promise<void> {
  const pending = ctx.state.pendingCall;
  if (!pending) {
    ctx.say('How can I help you today?');
    return;
  }
  const tool = ctx.agent.tools.registry.get(pending.tool);
  if (tool?.movesMoney) {
    ctx.ask(
      'confirmation',
      `Just to confirm: ${describeCall(tool.title, pending.input)}. Shall I go ahead?`,
    );
    return;
  }
  ctx.state.pendingCall = undefined;
  const outcome = await ctx.call(pending.tool, pending.input);
  ctx.say(renderToolResult(pending.tool, outcome, renderContext(ctx)));
}

function describeCall(title: string, input: unknown): string {
  const fields = Object.entries((input ?? {}) as Record<string, unknown>)
    .map(([key, value]) =>
      key.endsWith('_cents') && typeof value === 'number'
        ? `${key.replace(/_cents$/, '').replace(/_/g, ' ')} $${(value / 100).toFixed(2)}`
        : `${key.replace(/_/g, ' ')} ${String(value)}`,
    )
    .join(', ');
  return `${title.toLowerCase()}${fields ? ` (${fields})` : ''}`;
}

async function history(ctx: TurnContext) {
  const rows = await ctx.services.db
    .select({ role: conversationMessages.role, text: conversationMessages.text })
    .from(conversationMessages)
    .where(eq(conversationMessages.conversationId, ctx.conversationId))
    .orderBy(desc(conversationMessages.seq))
    .limit(12);
  return rows.reverse().map((r) => ({
    role: r.role === 'customer' ? ('user' as const) : ('assistant' as const),
    text: r.text,
  }));
}
