import path from 'node:path';
import type { z } from 'zod';
import { AppError } from '../errors/index.js';
import { loadBankProfile } from './bank-profile.js';
import type { BankProfile } from './bank-profile.js';
import { envSchema } from './env-schema.js';

export type Mode = 'sandbox' | 'production';

export interface Config {
  mode: Mode;
  http: { host: string; port: number; bodyLimitBytes: number; trustProxy: boolean };
  database:
    { driver: 'pglite'; dataDir: string } | { driver: 'postgres'; url: string; poolMax: number };
  dataDir: string;
  seedDemo: boolean;
  /** Raw master secret as configured; `undefined` means "generate one into the data folder". */
  secret: string | undefined;
  timeZone: string;
  shutdownTimeoutMs: number;
  chromiumPath: string;
  log: { level: string; format: 'pretty' | 'json' };
  security: {
    bankName: string;
    otpTtlMs: number;
    sessionIdleMs: number;
    sessionAbsoluteMs: number;
    staffToken: string | undefined;
  };
  sms: SmsConfig;
  bank: BankProfile;
  payments: PaymentsConfig;
  brain: BrainConfig;
}

export interface PaymentsConfig {
  /** How customers reach the server: the card form is served under it. */
  publicUrl: string;
  vaultKeyId: string;
  processor: { kind: 'sandbox' } | { kind: 'stripe'; secretKey: string; apiBaseUrl?: string };
}

export type LlmProvider = 'anthropic' | 'openai' | 'bedrock' | 'openai-compatible';

interface LlmCommon {
  model: string;
  /** Most model requests in one customer turn. */
  maxSteps: number;
  /** The whole turn's budget on the model, all steps together. */
  timeoutMs: number;
}

/** Which model answers and how it is reached; keys are passed on explicitly, never read later. */
export type LlmConfig = LlmCommon &
  (
    | { provider: 'anthropic'; apiKey: string; baseUrl?: string }
    | { provider: 'openai'; apiKey: string; baseUrl?: string }
    | { provider: 'bedrock'; region: string; baseUrl?: string }
    | { provider: 'openai-compatible'; baseUrl: string; apiKey?: string }
  );

export type BrainConfig = { kind: 'builtin' } | { kind: 'llm'; llm: LlmConfig };

export type SmsConfig =
  | { provider: 'sandbox'; console: boolean }
  | {
      provider: 'twilio';
      accountSid: string;
      authToken: string;
      from?: string;
      messagingServiceSid?: string;
      apiBaseUrl?: string;
    }
  | { provider: 'sns'; region: string; endpoint?: string; senderId?: string };

/**
 * Reads the environment once, at start. Anything wrong is reported in one error that lists every
 * bad variable, so an operator fixes them all in one go rather than one per restart.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  options: { cwd?: string; isTty?: boolean } = {},
): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError('CONFIG_INVALID', `invalid configuration — ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const cwd = options.cwd ?? process.cwd();
  const dataDir = path.resolve(cwd, e.BANKDESK_DATA_DIR);

  if (e.BANKDESK_MODE === 'production') {
    const missing = [
      e.DATABASE_URL ? null : 'DATABASE_URL',
      e.BANKDESK_SECRET ? null : 'BANKDESK_SECRET',
    ].filter((v): v is string => v !== null);
    if (missing.length > 0) {
      throw new AppError(
        'CONFIG_INVALID',
        `invalid configuration — production mode requires ${missing.join(' and ')}`,
      );
    }
  }

  const sms = smsConfig(e);
  if (e.BANKDESK_MODE === 'production' && sms.provider === 'sandbox') {
    throw new AppError(
      'CONFIG_INVALID',
      'invalid configuration — production mode needs BANKDESK_SMS_PROVIDER=twilio or sns',
    );
  }

  const brain = brainConfig(e);
  const payments = paymentsConfig(e);
  if (e.BANKDESK_MODE === 'production' && payments.processor.kind === 'sandbox') {
    throw new AppError(
      'CONFIG_INVALID',
      'invalid configuration — production mode needs BANKDESK_PAYMENT_PROCESSOR=stripe',
    );
  }

  return {
    mode: e.BANKDESK_MODE,
    http: {
      host: e.HOST,
      port: e.PORT,
      bodyLimitBytes: e.BANKDESK_BODY_LIMIT_BYTES,
      trustProxy: e.BANKDESK_TRUST_PROXY,
    },
    database: e.DATABASE_URL
      ? { driver: 'postgres', url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX }
      : { driver: 'pglite', dataDir: path.join(dataDir, 'pgdata') },
    dataDir,
    seedDemo: e.BANKDESK_SEED_DEMO ?? e.BANKDESK_MODE === 'sandbox',
    secret: e.BANKDESK_SECRET,
    timeZone: e.BANKDESK_TIMEZONE,
    shutdownTimeoutMs: e.BANKDESK_SHUTDOWN_TIMEOUT_MS,
    chromiumPath: e.BANKDESK_CHROMIUM_PATH,
    log: {
      level: e.LOG_LEVEL,
      format: e.LOG_FORMAT ?? ((options.isTty ?? process.stdout.isTTY) ? 'pretty' : 'json'),
    },
    security: {
      bankName: e.BANKDESK_BANK_NAME,
      otpTtlMs: e.BANKDESK_OTP_TTL_SECONDS * 1000,
      sessionIdleMs: e.BANKDESK_SESSION_IDLE_MINUTES * 60_000,
      sessionAbsoluteMs: e.BANKDESK_SESSION_MAX_HOURS * 3_600_000,
      staffToken: e.BANKDESK_STAFF_TOKEN,
    },
    sms,
    bank: loadBankProfile(e.BANKDESK_BANK_PROFILE, e.BANKDESK_BANK_NAME),
    payments,
    brain,
  };
}

function brainConfig(e: z.infer<typeof envSchema>): BrainConfig {
  if (e.BANKDESK_BRAIN === 'builtin') return { kind: 'builtin' };
  const provider = e.BANKDESK_LLM_PROVIDER;
  const needs = (what: string) =>
    new AppError('CONFIG_INVALID', `invalid configuration — BANKDESK_BRAIN=llm needs ${what}`);
  if (!provider)
    throw needs('BANKDESK_LLM_PROVIDER (anthropic, openai, bedrock or openai-compatible)');
  if (!e.BANKDESK_LLM_MODEL) throw needs('BANKDESK_LLM_MODEL');
  const common = {
    model: e.BANKDESK_LLM_MODEL,
    maxSteps: e.BANKDESK_LLM_MAX_STEPS,
    timeoutMs: e.BANKDESK_LLM_TIMEOUT_MS,
  };
  const baseUrl = e.BANKDESK_LLM_BASE_URL?.replace(/\/+$/, '');
  const override = baseUrl ? { baseUrl } : {};
  switch (provider) {
    case 'anthropic':
      if (!e.ANTHROPIC_API_KEY) throw needs('ANTHROPIC_API_KEY with the anthropic provider');
      return {
        kind: 'llm',
        llm: { ...common, provider, apiKey: e.ANTHROPIC_API_KEY, ...override },
      };
    case 'openai':
      if (!e.OPENAI_API_KEY) throw needs('OPENAI_API_KEY with the openai provider');
      return { kind: 'llm', llm: { ...common, provider, apiKey: e.OPENAI_API_KEY, ...override } };
    case 'bedrock':
      if (!e.AWS_REGION) throw needs('AWS_REGION with the bedrock provider');
      return { kind: 'llm', llm: { ...common, provider, region: e.AWS_REGION, ...override } };
    case 'openai-compatible':
      if (!baseUrl) throw needs('BANKDESK_LLM_BASE_URL with the openai-compatible provider');
      return {
        kind: 'llm',
        llm: {
          ...common,
          provider,
          baseUrl,
          ...(e.OPENAI_API_KEY ? { apiKey: e.OPENAI_API_KEY } : {}),
        },
      };
  }
}

function paymentsConfig(e: z.infer<typeof envSchema>): PaymentsConfig {
  const host = e.HOST === '0.0.0.0' || e.HOST === '::' ? '127.0.0.1' : e.HOST;
  const publicUrl = (
    e.BANKDESK_PUBLIC_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${e.PORT}`
  ).replace(/\/+$/, '');
  if (e.BANKDESK_PAYMENT_PROCESSOR === 'stripe') {
    if (!e.STRIPE_SECRET_KEY) {
      throw new AppError(
        'CONFIG_INVALID',
        'invalid configuration — Stripe needs STRIPE_SECRET_KEY',
      );
    }
    return {
      publicUrl,
      vaultKeyId: e.BANKDESK_VAULT_KEY_ID,
      processor: {
        kind: 'stripe',
        secretKey: e.STRIPE_SECRET_KEY,
        ...(e.STRIPE_API_BASE_URL ? { apiBaseUrl: e.STRIPE_API_BASE_URL } : {}),
      },
    };
  }
  return { publicUrl, vaultKeyId: e.BANKDESK_VAULT_KEY_ID, processor: { kind: 'sandbox' } };
}

function smsConfig(e: z.infer<typeof envSchema>): SmsConfig {
  if (e.BANKDESK_SMS_PROVIDER === 'twilio') {
    const missing = [
      e.TWILIO_ACCOUNT_SID ? null : 'TWILIO_ACCOUNT_SID',
      e.TWILIO_AUTH_TOKEN ? null : 'TWILIO_AUTH_TOKEN',
      e.TWILIO_FROM_NUMBER || e.TWILIO_MESSAGING_SERVICE_SID
        ? null
        : 'TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID',
    ].filter((v): v is string => v !== null);
    if (missing.length > 0) {
      throw new AppError(
        'CONFIG_INVALID',
        `invalid configuration — Twilio needs ${missing.join(', ')}`,
      );
    }
    return {
      provider: 'twilio',
      accountSid: e.TWILIO_ACCOUNT_SID!,
      authToken: e.TWILIO_AUTH_TOKEN!,
      ...(e.TWILIO_FROM_NUMBER ? { from: e.TWILIO_FROM_NUMBER } : {}),
      ...(e.TWILIO_MESSAGING_SERVICE_SID
        ? { messagingServiceSid: e.TWILIO_MESSAGING_SERVICE_SID }
        : {}),
      ...(e.TWILIO_API_BASE_URL ? { apiBaseUrl: e.TWILIO_API_BASE_URL } : {}),
    };
  }
  if (e.BANKDESK_SMS_PROVIDER === 'sns') {
    if (!e.AWS_REGION)
      throw new AppError('CONFIG_INVALID', 'invalid configuration — SNS needs AWS_REGION');
    return {
      provider: 'sns',
      region: e.AWS_REGION,
      ...(e.BANKDESK_SNS_ENDPOINT ? { endpoint: e.BANKDESK_SNS_ENDPOINT } : {}),
      ...(e.BANKDESK_SNS_SENDER_ID ? { senderId: e.BANKDESK_SNS_SENDER_ID } : {}),
    };
  }
  return { provider: 'sandbox', console: e.BANKDESK_SANDBOX_SMS_CONSOLE };
}
