import { z } from 'zod';
import {
  identifyCaller,
  securityQuestion,
  sendOtp,
  verifyOtp,
  verifySecurityAnswer,
} from '../security/index.js';
import { defineVerifier, refuse } from './tool.js';
import type { ToolOutcome } from './tool.js';

/** Verifier outcomes, in the tools' snake_case and with a message for every refusal. */
function translate(
  result: { ok: boolean; [key: string]: unknown },
  messages: Record<string, string>,
): ToolOutcome {
  const snake = Object.fromEntries(
    Object.entries(result).map(([key, value]) => [
      key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      value,
    ]),
  );
  if (result.ok) return snake as ToolOutcome;
  const code = result.code as keyof typeof messages;
  const { ok: _ok, code: _code, ...rest } = snake;
  return refuse(result.code as never, messages[code] ?? 'that did not work', rest);
}

export const authenticate = defineVerifier({
  name: 'authenticate',
  title: 'Identify the caller',
  description:
    'Identify the customer (verification level 1) by the phone number on file plus their date of birth (YYYY-MM-DD or MM/DD/YYYY) or ZIP code. Needed before any account information. Identifying a different customer starts the session afresh.',
  input: z.strictObject({
    phone: z.string().min(7).max(32).describe('The phone number on file, any common format'),
    date_of_birth: z.string().max(20).optional(),
    zip: z
      .string()
      .regex(/^\d{5}(-\d{4})?$/)
      .optional(),
  }),
  minLevel: 0,
  async handler(ctx, input) {
    const result = await identifyCaller(
      ctx.services.security,
      ctx.session.id,
      {
        phone: input.phone,
        ...(input.date_of_birth ? { dateOfBirth: input.date_of_birth } : {}),
        ...(input.zip ? { postalCode: input.zip } : {}),
      },
      ctx.origin,
    );
    return translate(result, {
      IDENTIFY_FAILED: 'those details do not match our records',
      IDENTIFY_LOCKED: 'too many attempts; a colleague will help from here',
    });
  },
});

export const verifyOtpTool = defineVerifier({
  name: 'verify_otp',
  title: 'Verify the one-time code',
  description:
    'Step up to verification level 2. Without a code, texts a six-digit code to the phone on file (never to another number). With the code the customer read out, checks it. Codes last 5 minutes; 5 wrong tries end the attempt.',
  input: z.strictObject({
    code: z
      .string()
      .regex(/^[\d\s-]{6,11}$/)
      .optional()
      .describe('The six digits the customer received; leave out to send a code'),
  }),
  minLevel: 1,
  async handler(ctx, input) {
    const messages = {
      OTP_INVALID: 'that code is not right',
      OTP_EXPIRED: 'that code is no longer valid; ask for a new one',
      OTP_NOT_SENT: 'no code has been sent yet',
      OTP_LOCKED: 'too many wrong codes; a colleague will help from here',
      STEP_UP_LOCKED: 'verification is locked for now; a colleague will help from here',
      OTP_SEND_LIMIT: 'several codes were sent recently; wait a little before asking for another',
      SMS_DELIVERY_FAILED: 'the text could not be sent',
      AUTH_REQUIRED: 'the caller must be identified first',
    };
    if (input.code === undefined)
      return translate(await sendOtp(ctx.services.security, ctx.session.id, ctx.origin), messages);
    return translate(
      await verifyOtp(ctx.services.security, ctx.session.id, input.code, ctx.origin),
      messages,
    );
  },
});

export const stepUpAuthentication = defineVerifier({
  name: 'step_up_authentication',
  title: 'Ask and check the security question',
  description:
    'Step up to verification level 3 (needed for stop payments and wires) after the one-time code. Without an answer, returns the question to ask; with the answer, checks it. 3 wrong answers lock this step for the conversation.',
  input: z.strictObject({ answer: z.string().min(1).max(200).optional() }),
  minLevel: 2,
  async handler(ctx, input) {
    const messages = {
      SECURITY_ANSWER_INVALID: 'that answer does not match',
      SECURITY_ANSWER_LOCKED: 'too many wrong answers; a colleague will help from here',
      STEP_UP_LOCKED: 'verification is locked for now; a colleague will help from here',
      AUTH_REQUIRED: 'the one-time code must be verified first',
    };
    if (input.answer === undefined)
      return translate(await securityQuestion(ctx.services.security, ctx.session.id), messages);
    return translate(
      await verifySecurityAnswer(ctx.services.security, ctx.session.id, input.answer, ctx.origin),
      messages,
    );
  },
});
