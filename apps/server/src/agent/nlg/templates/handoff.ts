import { say } from '../compose.js';
import { str } from '../read.js';
import type { ToolTemplate } from '../types.js';

/** Said before the hand-off itself, where the reason calls for more than a transfer. */
const openers: Record<string, string> = {
  bereavement: "I'm so sorry for your loss.",
  complaint: "I'm sorry about your experience, and I want to make sure it's heard.",
  verification_locked: "For your security, I can't continue verifying you here.",
  not_understood: "I'm sorry I haven't been able to help with this myself.",
  fraud: 'A fraud specialist will take it from here.',
};

const escalateToHuman: ToolTemplate = {
  success(r, ctx) {
    const reason = str(ctx.input, 'reason');
    const opener = reason ? openers[reason] : undefined;
    const handover =
      str(r, 'status') === 'waiting' || str(r, 'status') === null
        ? "I'm connecting you with a colleague, who will see what we discussed so you don't have to repeat it."
        : "A colleague is already on it and will see what we discussed, so you don't have to repeat it.";
    return [say(opener ? `${opener} ${handover}` : handover)];
  },
};

export const handoffTemplates: Record<string, ToolTemplate> = {
  escalate_to_human: escalateToHuman,
};
