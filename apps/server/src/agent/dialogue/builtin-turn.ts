import { understand } from '../brains/builtin/understand.js';
import type { Understanding } from '../brains/builtin/understand.js';
import { quickIntent } from '../brains/builtin/quick-intents.js';
import { faqAnswer } from '../faq/faq-answers.js';
import { capabilityIntents } from '../nlu/intents.js';
import type { FaqIntent } from '../nlu/intents.js';
import { prompts } from '../prompts/small-talk.js';
import type { Task } from '../state/index.js';
import { advance, execute, resumeSuspended, startTask } from './advance.js';
import { receiveCapturedCard } from './card-capture.js';
import { flows } from './flows/index.js';
import { handOff } from './handoff.js';
import type { HandoffReason } from './handoff.js';
import type { TurnContext } from './turn-context.js';
import { answerConsent, answerVerification } from './verification.js';

const capabilities = new Set<string>(capabilityIntents);
const humanReasons: Record<string, HandoffReason> = {
  human_handoff: 'customer_request',
  account_closure: 'account_closure',
  bereavement: 'bereavement',
  legal: 'legal',
  complaint: 'complaint',
};

/**
 * The built-in brain's turn. Secrets are taken first and straight to the verifier — the
 * classifier never sees a one-time code or an answer — and the transcript keeps a placeholder.
 * Returns the customer's line as it may be stored.
 */
export async function builtinTurn(ctx: TurnContext, text: string): Promise<string> {
  const awaiting = ctx.state.awaiting;
  ctx.state.awaiting = undefined;
  const cancelled = quickIntent(text) === 'cancel';

  if (!cancelled) {
    const secret = await answerVerification(ctx, awaiting, text, () =>
      continueAfterVerification(ctx),
    );
    if (secret !== undefined) return secret;
    if (awaiting === 'card') {
      await receiveCapturedCard(ctx);
      return text;
    }
  }

  const u = await read(ctx, text);
  if (awaiting === 'consent' && (u.intent === 'affirm' || u.intent === 'deny')) {
    if (await answerConsent(ctx, u.intent)) await continueAfterVerification(ctx, false);
    return text;
  }
  const task = ctx.state.task;
  if (cancelled || (u.intent === 'cancel' && task)) {
    cancel(ctx);
    return text;
  }
  if (task && awaiting === 'confirmation') {
    await answerConfirmation(ctx, task, u, text);
    return text;
  }
  if (task && awaiting === 'slot') {
    const flow = flows.get(task.intent)!;
    const before = JSON.stringify(task.slots);
    flow.fill(task, u, ctx, text);
    const filled = JSON.stringify(task.slots) !== before;
    const switching = capabilities.has(u.intent) && u.intent !== task.intent && u.confidence >= 0.6;
    if (filled || !switching) {
      if (!filled) task.asked += 1;
      if (!filled && task.asked >= 3) {
        await handOff(
          ctx,
          'not_understood',
          `Could not get ${task.asking ?? 'a detail'} for ${task.intent}.`,
        );
        return text;
      }
      await advance(ctx, task);
      return text;
    }
  }
  await route(ctx, u, text);
  return text;
}

async function read(ctx: TurnContext, text: string): Promise<Understanding> {
  return understand(ctx.services.db, text, {
    customerId: ctx.customerId,
    now: ctx.now,
    timeZone: ctx.services.timeZone,
    openIntent: ctx.state.task?.intent,
  });
}

async function continueAfterVerification(ctx: TurnContext, greet = true): Promise<void> {
  const task = ctx.state.task;
  if (task) await advance(ctx, task);
  else if (greet) ctx.say('How can I help you today?');
}

async function answerConfirmation(ctx: TurnContext, task: Task, u: Understanding, text: string) {
  const flow = flows.get(task.intent)!;
  if (u.intent === 'affirm') {
    await execute(ctx, task);
    return;
  }
  // "No, make it $300": a correction is a no with something new in it.
  const before = JSON.stringify(task.slots);
  flow.fill(task, u, ctx, text);
  if (JSON.stringify(task.slots) !== before) {
    task.confirming = false;
    await advance(ctx, task);
    return;
  }
  if (u.intent === 'deny') {
    ctx.state.task = undefined;
    ctx.say(prompts.declined);
    await resumeSuspended(ctx);
    return;
  }
  if (capabilities.has(u.intent) && u.intent !== task.intent) {
    await route(ctx, u, text);
    return;
  }
  ctx.state.awaiting = 'confirmation';
  ctx.ask('confirmation', 'Please answer yes to go ahead, or no to cancel.');
}

function cancel(ctx: TurnContext): void {
  if (!ctx.state.task) {
    ctx.say(prompts.nothingToCancel);
    return;
  }
  ctx.state.task = undefined;
  ctx.state.stepUp = undefined;
  ctx.state.suspended = [];
  ctx.say(prompts.cancelled);
}

async function route(ctx: TurnContext, u: Understanding, text: string): Promise<void> {
  const bank = ctx.services.bank;
  if (u.intent !== 'out_of_scope') ctx.state.misunderstood = 0;
  if (capabilities.has(u.intent)) {
    const task: Task = {
      intent: u.intent,
      slots: {},
      asked: 0,
      confirming: false,
      prepared: false,
    };
    flows.get(u.intent)!.fill(task, u, ctx, text);
    await startTask(ctx, task);
    return;
  }
  if (u.intent.startsWith('faq.')) {
    ctx.say(faqAnswer(u.intent as FaqIntent, bank));
    return;
  }
  const reason = humanReasons[u.intent];
  if (reason) {
    await handOff(ctx, reason, `The customer asked about: ${u.intent.replace(/_/g, ' ')}.`);
    return;
  }
  switch (u.intent) {
    case 'greet':
      return ctx.say(prompts.greet);
    case 'thanks':
      return ctx.say(prompts.thanks);
    case 'goodbye':
      ctx.status = 'ended';
      return ctx.say(prompts.goodbye(bank));
    case 'capabilities':
      return ctx.say(prompts.capabilities);
    case 'bot_challenge':
      return ctx.say(prompts.botChallenge(bank));
    case 'third_party':
      return ctx.say(prompts.thirdParty);
    case 'reveal_code':
      return ctx.say(prompts.revealCode);
    case 'affirm':
    case 'deny':
      return ctx.say(ctx.state.task ? prompts.anythingElse : 'How can I help you today?');
    case 'cancel':
      return cancel(ctx);
    default:
      break;
  }
  ctx.state.misunderstood += 1;
  if (ctx.state.misunderstood >= 2) {
    await handOff(ctx, 'not_understood', 'Two messages in a row were not understood.');
    return;
  }
  ctx.say(prompts.notUnderstood);
  if (ctx.state.task) await advance(ctx, ctx.state.task);
}
