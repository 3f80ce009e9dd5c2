import type { ToolOutcome } from '../../tools/index.js';
import { renderToolResult } from '../nlg/index.js';
import type { ChargeFacts, RenderContext } from '../nlg/index.js';
import type { Understanding } from '../brains/builtin/understand.js';
import type { Task } from '../state/index.js';
import type { TurnContext } from './turn-context.js';

export type SlotValue = Task['slots'][string];

/**
 * One customer request, end to end: which tool does it, which level it needs, what it must know
 * (slots, each asked only when missing), whether it needs a yes first, and how it runs.
 */
export interface Flow {
  intent: string;
  /** The tool that carries the request out; its level decides the step-up. */
  tool: string;
  /** Reads what this message says into the task (first message, answers, corrections). */
  fill(task: Task, u: Understanding, ctx: TurnContext, text: string): void;
  /** The first thing still missing, with the question that asks for it. */
  missing?(task: Task, ctx: TurnContext): { slot: string; question: string } | undefined;
  /** Runs once after verification, before slots (e.g. the protective freeze on fraud). */
  prepare?(ctx: TurnContext, task: Task): Promise<void>;
  /** The question to confirm with; undefined when nothing moves and no card changes. */
  confirm?(task: Task, ctx: TurnContext): Promise<string> | string;
  /** 'waiting' when the task stays open (a choice, a card form); 'done' otherwise. */
  run(ctx: TurnContext, task: Task): Promise<'done' | 'waiting'>;
}

export function renderContext(ctx: TurnContext, extra: Partial<RenderContext> = {}): RenderContext {
  return {
    timeZone: ctx.services.timeZone,
    now: ctx.now,
    channel: ctx.session.channel,
    calendar: ctx.services.calendar,
    ...extra,
  };
}

/** Runs a tool and says its result. */
export async function callAndSay(
  ctx: TurnContext,
  tool: string,
  input: unknown,
  options: { confirmed?: boolean; idempotencyKey?: string; charge?: ChargeFacts } = {},
): Promise<ToolOutcome> {
  const { charge, ...callOptions } = options;
  const outcome = await ctx.call(tool, input, callOptions);
  ctx.say(
    renderToolResult(
      tool,
      outcome,
      renderContext(ctx, {
        input: (input ?? {}) as Record<string, unknown>,
        ...(charge ? { charge } : {}),
      }),
    ),
  );
  return outcome;
}

export function setIf(task: Task, slot: string, value: SlotValue | undefined): void {
  if (value !== undefined && value !== '') task.slots[slot] = value;
}

export function str(task: Task, slot: string): string | undefined {
  const v = task.slots[slot];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

export function num(task: Task, slot: string): number | undefined {
  const v = task.slots[slot];
  return typeof v === 'number' ? v : undefined;
}

/** "checking", "savings", "credit card" or a last four, as the tools' resolvers read them. */
export function accountSelector(account: { kind?: string; last4?: string }): string | undefined {
  if (account.last4) return account.last4;
  if (account.kind) return account.kind.replace(/_/g, ' ');
  return undefined;
}

export function firstAccount(u: Understanding, role?: 'from' | 'to'): string | undefined {
  const match = u.entities.accounts.find((a: { role?: string }) => (role ? a.role === role : true));
  return match ? accountSelector(match) : undefined;
}

export function moneyWords(cents: number): string {
  const dollars = Math.floor(Math.abs(cents) / 100).toLocaleString('en-US');
  return `$${dollars}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
}
