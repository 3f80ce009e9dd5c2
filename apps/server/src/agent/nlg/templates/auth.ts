import { disclosureText } from '../../../security/index.js';
import { say } from '../compose.js';
import { flag, int, str } from '../read.js';
import type { ToolTemplate } from '../types.js';

const authenticate: ToolTemplate = {
  success(r, ctx) {
    const consent = flag(r, 'recording_consent_needed')
      ? [say(disclosureText(ctx.channel, 'all_party'))]
      : [];
    return [say("Thank you, I've confirmed who you are."), ...consent];
  },
};

/** Seed 000: "For your security, I'm sending a verification code to your phone ending in 5678." */
const verifyOtp: ToolTemplate = {
  success(r) {
    if (flag(r, 'already_verified'))
      return [say("You're already verified with a one-time code in this conversation.")];
    if (int(r, 'level') === 2) return [say('Code verified!')];
    const last4 = str(r, 'sent_to_last4');
    const phone = last4 && /^\d{4}$/.test(last4) ? `your phone ending in ${last4}` : 'your phone';
    return [
      say(
        `For your security, I've sent a verification code to ${phone}. Please provide the 6-digit code when ready.`,
      ),
    ];
  },
};

/** Seed 000: "Now I need to ask you a security question. What is your mother's maiden name?" */
const stepUp: ToolTemplate = {
  success(r) {
    const question = str(r, 'question');
    if (question) return [say(`Now I need to ask you a security question. ${question}`)];
    return [say("Thank you, that's correct.")];
  },
};

export const authTemplates: Record<string, ToolTemplate> = {
  authenticate,
  verify_otp: verifyOtp,
  step_up_authentication: stepUp,
};
