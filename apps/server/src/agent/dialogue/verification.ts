import { recordRecordingConsent } from '../../security/index.js';
import {
  extractEntities,
  parseDateOfBirth,
  parseOtpCode,
  parsePhone,
} from '../nlu/entities/index.js';
import { handOff } from './handoff.js';
import type { TurnContext } from './turn-context.js';

const lockCodes = new Set([
  'IDENTIFY_LOCKED',
  'OTP_LOCKED',
  'STEP_UP_LOCKED',
  'SECURITY_ANSWER_LOCKED',
]);

/** What the transcript keeps instead of a secret the customer gave. */
export const redactedAnswer = {
  otp: '[code entered]',
  security_answer: '[answer given]',
  dob: '[date of birth given]',
  zip: '[ZIP code given]',
} as const;

export function askForPhone(ctx: TurnContext): void {
  ctx.ask('phone', 'For your security, may I have your phone number to verify your identity?');
}

/** Step-up towards `target`: the code first, then the question, each asked by the agent itself. */
export async function startStepUp(ctx: TurnContext, target: 2 | 3, lead?: string): Promise<void> {
  ctx.state.stepUp = target;
  if (ctx.level < 2) {
    const sent = await ctx.call('verify_otp', {});
    if (!sent.ok) return verificationRefused(ctx, sent.code, sent);
    if (sent.already_verified) return askSecurityQuestion(ctx, lead);
    const last4 = String(sent.sent_to_last4 ?? '');
    ctx.ask(
      'otp',
      `${lead ? `${lead} ` : 'For your security, '}I'm sending a verification code to your phone ending in ${last4}. Please provide the 6-digit code when ready.`,
    );
    return;
  }
  return askSecurityQuestion(ctx, lead);
}

async function askSecurityQuestion(ctx: TurnContext, lead?: string): Promise<void> {
  const question = await ctx.call('step_up_authentication', {});
  if (!question.ok) return verificationRefused(ctx, question.code, question);
  ctx.ask(
    'security_answer',
    `${lead ? `${lead} ` : ''}Now I need to ask you a security question. ${String(question.question)}`,
  );
}

/** The customer's answer to "what is your phone number?". */
export async function answerPhone(ctx: TurnContext, text: string): Promise<boolean> {
  const phone = parsePhone(text);
  if (!phone) {
    ctx.ask('phone', 'I did not catch a phone number. Which number do you have on file with us?');
    return false;
  }
  ctx.state.identifying = { phone, tries: ctx.state.identifying?.tries ?? 0 };
  ctx.ask('dob', 'Thank you. To confirm it is you, what is your date of birth?');
  return false;
}

/** The second identification factor (date of birth, or ZIP code). True once identified. */
export async function answerIdentity(ctx: TurnContext, text: string): Promise<boolean> {
  const phone = ctx.state.identifying?.phone;
  if (!phone) {
    askForPhone(ctx);
    return false;
  }
  const dob = parseDateOfBirth(text);
  const zip = !dob
    ? (extractEntities(text, { now: ctx.now, timeZone: ctx.services.timeZone }).zip ??
      text.trim().match(/^\d{5}$/)?.[0])
    : undefined;
  if (!dob && !zip) {
    ctx.ask(
      'dob',
      'Please tell me your date of birth, for example March 14, 1985, or your ZIP code.',
    );
    return false;
  }
  const result = await ctx.call('authenticate', {
    phone,
    ...(dob ? { date_of_birth: dob } : { zip }),
  });
  if (!result.ok) {
    if (lockCodes.has(result.code))
      return verificationRefused(ctx, result.code, result).then(() => false);
    ctx.state.identifying = undefined;
    ctx.ask(
      'phone',
      "Those details don't match our records. Let's try again: what is the phone number on your account?",
    );
    return false;
  }
  ctx.state.identifying = undefined;
  await ctx.refreshSession();
  if (result.recording_consent_needed && !ctx.state.consentAsked) {
    ctx.state.consentAsked = true;
    ctx.ask(
      'consent',
      'Thank you. This conversation may be recorded for quality assurance and regulatory compliance. Do we have your permission to record it?',
    );
    return false;
  }
  return true;
}

export async function answerConsent(ctx: TurnContext, intent: string): Promise<boolean> {
  const granted = intent === 'affirm' ? true : intent === 'deny' ? false : undefined;
  if (granted === undefined) {
    ctx.ask('consent', 'May we record this conversation? Please answer yes or no.');
    return false;
  }
  await recordRecordingConsent(ctx.services.security, ctx.session.id, {
    granted,
    method: ctx.session.channel === 'phone' || ctx.session.channel === 'voice' ? 'spoken' : 'typed',
    ...ctx.origin,
  });
  ctx.say(granted ? 'Thank you.' : 'No problem, this conversation will not be recorded.');
  return true;
}

/** The one-time code. True once verified (the caller carries on with the pending request). */
export async function answerOtp(ctx: TurnContext, text: string): Promise<boolean> {
  const code = parseOtpCode(text);
  if (!code) {
    if (/\b(resend|new code|another code|didn'?t (get|receive)|not (got|received))\b/i.test(text)) {
      await startStepUp(ctx, (ctx.state.stepUp ?? 2) as 2 | 3);
      return false;
    }
    ctx.ask('otp', 'Please enter the 6-digit code we texted you, or say "resend" for a new one.');
    return false;
  }
  const result = await ctx.call('verify_otp', { code });
  if (!result.ok) {
    if (lockCodes.has(result.code))
      return verificationRefused(ctx, result.code, result).then(() => false);
    if (result.code === 'OTP_EXPIRED' || result.code === 'OTP_NOT_SENT') {
      await startStepUp(ctx, (ctx.state.stepUp ?? 2) as 2 | 3, 'That code has expired.');
      return false;
    }
    const left =
      typeof result.attempts_left === 'number'
        ? ` You have ${result.attempts_left} tries left.`
        : '';
    ctx.ask('otp', `That code is not right.${left} Please check the text message and try again.`);
    return false;
  }
  await ctx.refreshSession();
  if ((ctx.state.stepUp ?? 2) >= 3 && ctx.level < 3) {
    await askSecurityQuestion(ctx, 'Code verified.');
    return false;
  }
  ctx.state.stepUp = undefined;
  ctx.say('Code verified!');
  return true;
}

export async function answerSecurityQuestion(ctx: TurnContext, text: string): Promise<boolean> {
  const result = await ctx.call('step_up_authentication', { answer: text.trim().slice(0, 200) });
  if (!result.ok) {
    if (lockCodes.has(result.code))
      return verificationRefused(ctx, result.code, result).then(() => false);
    const left =
      typeof result.attempts_left === 'number'
        ? ` You have ${result.attempts_left} tries left.`
        : '';
    ctx.ask('security_answer', `That answer does not match our records.${left} Please try again.`);
    return false;
  }
  await ctx.refreshSession();
  ctx.state.stepUp = undefined;
  ctx.say('Thank you.');
  return true;
}

/** Locked verification ends in a person; anything else is explained and the request dropped. */
async function verificationRefused(
  ctx: TurnContext,
  code: string,
  outcome: { message?: unknown; retry_after_seconds?: unknown },
): Promise<void> {
  if (lockCodes.has(code)) {
    await handOff(ctx, 'verification_locked', 'Verification is locked after too many attempts.');
    return;
  }
  if (code === 'OTP_SEND_LIMIT') {
    ctx.say('Several codes were sent recently. Please wait a few minutes and ask again.');
  } else if (code === 'SMS_DELIVERY_FAILED') {
    ctx.say('I could not send the text message just now. Please try again in a moment.');
  } else {
    ctx.say(`I could not verify you just now (${String(outcome.message ?? code)}).`);
  }
  ctx.state.stepUp = undefined;
  ctx.state.task = undefined;
}

/**
 * The answer to a verification question, whichever brain is talking: codes, answers and
 * identification go to the verifier before anything else reads the message. Returns the line the
 * transcript may keep, or undefined when the message is not such an answer; `verified` runs once
 * the step succeeded (the caller resumes its own pending request).
 */
export async function answerVerification(
  ctx: TurnContext,
  awaiting: string | undefined,
  text: string,
  verified: () => Promise<void>,
): Promise<string | undefined> {
  switch (awaiting) {
    case 'otp':
      if (await answerOtp(ctx, text)) await verified();
      return redactedAnswer.otp;
    case 'security_answer':
      if (await answerSecurityQuestion(ctx, text)) await verified();
      return redactedAnswer.security_answer;
    case 'dob':
    case 'zip':
      if (await answerIdentity(ctx, text)) await verified();
      return redactedAnswer.dob;
    case 'phone':
      // Anything without a digit, typed or spoken, is a question rather than the number.
      if (!/\d|\b(oh|zero|one|two|three|four|five|six|seven|eight|nine)\b/i.test(text))
        return undefined;
      await answerPhone(ctx, text);
      return text.replace(/\d(?=(?:\D*\d){4})/g, '•');
    default:
      return undefined;
  }
}
