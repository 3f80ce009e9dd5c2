import type { Flow } from '../flow.js';
import { callAndSay, setIf, str } from '../flow.js';

function cardOf(task: { slots: Record<string, unknown> }): { card?: string } {
  const card = task.slots.card;
  return typeof card === 'string' ? { card } : {};
}

const which = (task: { slots: Record<string, unknown> }) =>
  typeof task.slots.card === 'string' ? `your card ending in ${task.slots.card}` : 'your card';

export const reportLostCardFlow: Flow = {
  intent: 'report_lost_card',
  tool: 'report_lost_card',
  fill(task, u, _ctx, text) {
    setIf(task, 'card', u.entities.last4s[0]);
    if (/\bstol(e|en)\b|\btheft\b|\bpickpocket/i.test(text)) task.slots.reason = 'stolen';
    else if (/\blost\b|\bmissing\b|can'?t find|cannot find/i.test(text))
      setIf(task, 'reason', task.slots.reason ?? 'lost');
  },
  confirm(task) {
    return `I'll deactivate ${which(task)} right away and order a replacement. Shall I go ahead?`;
  },
  async run(ctx, task) {
    await callAndSay(ctx, 'report_lost_card', {
      ...cardOf(task),
      reason: str(task, 'reason') ?? 'lost',
    });
    return 'done';
  },
};

export const freezeCardFlow: Flow = {
  intent: 'freeze_card',
  tool: 'freeze_card',
  fill(task, u) {
    setIf(task, 'card', u.entities.last4s[0]);
  },
  confirm(task) {
    return `I'll freeze ${which(task)} so no new purchases go through. You can unfreeze it later. Shall I go ahead?`;
  },
  async run(ctx, task) {
    await callAndSay(ctx, 'freeze_card', cardOf(task));
    return 'done';
  },
};

export const unfreezeCardFlow: Flow = {
  intent: 'unfreeze_card',
  tool: 'unfreeze_card',
  fill(task, u) {
    setIf(task, 'card', u.entities.last4s[0]);
  },
  confirm(task) {
    return `I'll unfreeze ${which(task)} so it works again. Shall I go ahead?`;
  },
  async run(ctx, task) {
    await callAndSay(ctx, 'unfreeze_card', cardOf(task));
    return 'done';
  },
};
