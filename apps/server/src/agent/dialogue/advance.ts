import type { Task } from '../state/index.js';
import { prompts, stepUpLeads, taskLabels } from '../prompts/small-talk.js';
import { flows } from './flows/index.js';
import type { TurnContext } from './turn-context.js';
import { askForPhone, startStepUp } from './verification.js';

/**
 * Moves the active request as far as it can go this turn: identification, step-up, its
 * preparatory step, missing slots, confirmation, and finally the tool. Whatever stops it asks
 * the customer for exactly the next thing and keeps the request in the state.
 */
export async function advance(ctx: TurnContext, task: Task): Promise<void> {
  const flow = flows.get(task.intent);
  if (!flow) return;
  ctx.state.task = task;
  const level = ctx.agent.tools.registry.get(flow.tool)?.minLevel ?? 1;
  if (level >= 1 && ctx.level < 1) {
    askForPhone(ctx);
    return;
  }
  if (ctx.level < level) {
    await startStepUp(ctx, level as 2 | 3, stepUpLeads[task.intent]);
    return;
  }
  if (flow.prepare && !task.prepared) {
    task.prepared = true;
    await flow.prepare(ctx, task);
  }
  for (let pass = 0; pass < 2; pass++) {
    const missing = await flow.missing?.(task, ctx);
    if (missing) {
      task.asking = missing.slot;
      ctx.ask('slot', missing.question, missing.slot);
      return;
    }
    task.asking = undefined;
    if (!flow.confirm || task.confirming) break;
    const question = await flow.confirm(task, ctx);
    if (question === '') continue;
    if (question) {
      task.confirming = true;
      ctx.ask('confirmation', question);
      return;
    }
    break;
  }
  await execute(ctx, task);
}

/** Runs the request (already confirmed where it needs to be) and returns to a paused one. */
export async function execute(ctx: TurnContext, task: Task): Promise<void> {
  const flow = flows.get(task.intent);
  if (!flow) return;
  ctx.state.task = task;
  const result = await flow.run(ctx, task);
  if (result === 'waiting') return;
  const lastAction = ctx.actions.at(-1);
  if (lastAction && !lastAction.ok && lastAction.code === 'AUTH_REQUIRED') {
    // The level changed under us (e.g. the session was reset): verify again, keep the request.
    task.confirming = false;
    await advance(ctx, task);
    return;
  }
  ctx.state.task = undefined;
  await resumeSuspended(ctx);
}

export async function resumeSuspended(ctx: TurnContext): Promise<void> {
  const paused = ctx.state.suspended.pop();
  if (!paused) return;
  ctx.say(prompts.backTo(taskLabels[paused.intent] ?? paused.intent.replace(/_/g, ' ')));
  paused.confirming = false;
  await advance(ctx, paused);
}

/** A new request while another is open: the open one waits and comes back afterwards. */
export async function startTask(ctx: TurnContext, task: Task): Promise<void> {
  const open = ctx.state.task;
  if (open && open.intent !== task.intent) {
    open.confirming = false;
    ctx.state.suspended.push(open);
    ctx.state.suspended = ctx.state.suspended.slice(-3);
  }
  ctx.state.task = task;
  await advance(ctx, task);
}
