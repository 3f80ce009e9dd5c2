import type { Reply } from '@bankdesk/contracts';
import type { TurnContext } from '../dialogue/turn-context.js';

export function buildReply(
  ctx: TurnContext,
  final: { text?: string; speech?: string; blocked?: boolean } = {},
): Reply {
  return {
    text: final.text ?? ctx.text(),
    speech: final.speech ?? ctx.speech(),
    authLevel: ctx.level,
    status: ctx.status,
    ...(ctx.awaiting ? { awaiting: ctx.awaiting } : {}),
    ...(ctx.awaiting === 'slot' && ctx.slot ? { slot: ctx.slot } : {}),
    actions: ctx.actions,
    ...(final.blocked ? { blocked: 'pci' as const } : {}),
    ...(ctx.capture ? { capture: ctx.capture } : {}),
    ...(ctx.handoffId ? { handoffId: ctx.handoffId } : {}),
  };
}
