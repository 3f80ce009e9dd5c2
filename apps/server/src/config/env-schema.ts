import { z } from 'zod';

/**
 * Every environment variable bankdesk reads. The README's configuration table is the prose twin of
 * this list; `config.test.ts` fails when the two disagree.
 */
export const envVars = {
  PORT: { default: '3000', meaning: 'TCP port the HTTP server listens on' },
  HOST: {
    default: '127.0.0.1',
    meaning: 'Interface to bind; use 0.0.0.0 in a container or behind a load balancer',
  },
  DATABASE_URL: {
    default: '(unset)',
    meaning:
      'PostgreSQL connection string; when unset, the embedded PGlite database in BANKDESK_DATA_DIR is used',
  },
  DATABASE_POOL_MAX: {
    default: '10',
    meaning: 'Largest number of PostgreSQL connections per process',
  },
  BANKDESK_DATA_DIR: {
    default: './.bankdesk',
    meaning: 'Folder for the embedded database and the generated sandbox secret',
  },
  BANKDESK_MODE: {
    default: 'sandbox',
    meaning:
      '`sandbox` (demo bank seeded on first start, secret generated into the data folder) or `production` (requires DATABASE_URL and BANKDESK_SECRET, never seeds)',
  },
  BANKDESK_SEED_DEMO: {
    default: 'true in sandbox, false in production',
    meaning: 'Seed the demo bank at start when the database holds no customers',
  },
  BANKDESK_SECRET: {
    default: '(generated into the data folder in sandbox)',
    meaning:
      'Master secret, at least 32 random bytes as hex or base64; the keys for hashing and signing are derived from it',
  },
  BANKDESK_TIMEZONE: {
    default: 'America/New_York',
    meaning: "The bank's IANA time zone: what 'today' and business days mean",
  },
  BANKDESK_SHUTDOWN_TIMEOUT_MS: {
    default: '10000',
    meaning: 'How long a graceful shutdown waits for in-flight requests before exiting',
  },
  BANKDESK_BODY_LIMIT_BYTES: { default: '262144', meaning: 'Largest accepted request body' },
  BANKDESK_TRUST_PROXY: {
    default: 'false',
    meaning: 'Trust X-Forwarded-* headers (set when running behind a reverse proxy)',
  },
  BANKDESK_CHROMIUM_PATH: {
    default: '/usr/bin/chromium',
    meaning: 'Chromium used by browser tests and checked by `bankdesk doctor`',
  },
  BANKDESK_BANK_NAME: {
    default: 'First National Bank',
    meaning: 'The bank as customers know it: in greetings and text messages',
  },
  BANKDESK_BANK_PROFILE: {
    default: '(unset: the demo bank’s fees, cutoffs and limits)',
    meaning:
      'JSON file overriding the bank profile: fees, wire cutoff, limits, extra closures, Saturday business days',
  },
  BANKDESK_OTP_TTL_SECONDS: {
    default: '300',
    meaning: 'How long a one-time code stays valid (at most 600, per NIST SP 800-63B)',
  },
  BANKDESK_SESSION_IDLE_MINUTES: {
    default: '30',
    meaning: 'A session ends after this long without an authorised operation (at most 60)',
  },
  BANKDESK_SESSION_MAX_HOURS: {
    default: '12',
    meaning: 'A session ends after this long in any case (at most 24)',
  },
  BANKDESK_SMS_PROVIDER: {
    default: 'sandbox',
    meaning: '`sandbox` (outbox table and console), `twilio` or `sns`; production needs a real one',
  },
  BANKDESK_SANDBOX_SMS_CONSOLE: {
    default: 'true',
    meaning: 'Print sandbox text messages (one-time codes included) on the console',
  },
  TWILIO_ACCOUNT_SID: {
    default: '(unset)',
    meaning: 'Twilio account SID (with BANKDESK_SMS_PROVIDER=twilio)',
  },
  TWILIO_AUTH_TOKEN: { default: '(unset)', meaning: 'Twilio auth token' },
  TWILIO_FROM_NUMBER: { default: '(unset)', meaning: 'Twilio number to send from, E.164' },
  TWILIO_MESSAGING_SERVICE_SID: {
    default: '(unset)',
    meaning: 'Twilio messaging service to send through, instead of TWILIO_FROM_NUMBER',
  },
  TWILIO_API_BASE_URL: {
    default: '(unset)',
    meaning:
      'Send Twilio API calls to this base URL instead of api.twilio.com (egress proxy, tests)',
  },
  AWS_REGION: {
    default: '(unset)',
    meaning:
      'AWS region for SNS (with BANKDESK_SMS_PROVIDER=sns) and Bedrock (with BANKDESK_LLM_PROVIDER=bedrock); credentials come from the standard AWS chain',
  },
  BANKDESK_SNS_ENDPOINT: {
    default: '(unset)',
    meaning: 'SNS endpoint other than AWS’s (VPC endpoint, tests)',
  },
  BANKDESK_SNS_SENDER_ID: {
    default: '(unset)',
    meaning: 'Sender name shown on handsets where carriers allow it',
  },
  BANKDESK_PUBLIC_URL: {
    default: 'http://HOST:PORT',
    meaning:
      'How customers reach this server (the secure card form is served under it); set it behind a proxy',
  },
  BANKDESK_PAYMENT_PROCESSOR: {
    default: 'sandbox',
    meaning:
      '`sandbox` (Stripe’s published test cards, no network) or `stripe`; production needs `stripe`',
  },
  STRIPE_SECRET_KEY: {
    default: '(unset)',
    meaning: 'Stripe secret key (with BANKDESK_PAYMENT_PROCESSOR=stripe)',
  },
  STRIPE_API_BASE_URL: {
    default: '(unset)',
    meaning:
      'Send Stripe API calls to this base URL instead of api.stripe.com (egress proxy, tests)',
  },
  BANKDESK_VAULT_KEY_ID: {
    default: 'v1',
    meaning:
      'Key id new vault entries are sealed under; change it to rotate, then run `bankdesk vault rekey`',
  },
  BANKDESK_STAFF_TOKEN: {
    default: '(unset)',
    meaning:
      'Bootstrap bearer token (32+ characters) acting as a supervisor on the staff API, for creating the first accounts',
  },
  BANKDESK_SESSION_TOKEN: {
    default: '(unset: a new session)',
    meaning: '`bankdesk mcp` only: the conversation session the stdio connection acts for',
  },
  BANKDESK_SESSION_JURISDICTION: {
    default: '(unset: unknown, treated as all-party consent)',
    meaning: '`bankdesk mcp` only: where the caller of a new session is, e.g. US-CO',
  },
  BANKDESK_BRAIN: {
    default: 'builtin',
    meaning:
      '`builtin` (rules and intents, no model) or `llm` (a language model chooses the tools; the same gate applies)',
  },
  BANKDESK_LLM_PROVIDER: {
    default: '(unset; required with BANKDESK_BRAIN=llm)',
    meaning: '`anthropic`, `openai`, `bedrock` or `openai-compatible` (Ollama, vLLM…)',
  },
  BANKDESK_LLM_MODEL: {
    default: '(unset; required with BANKDESK_BRAIN=llm)',
    meaning:
      'The provider’s model id, e.g. claude-sonnet-4-5, gpt-4.1, a Bedrock model or inference profile id',
  },
  BANKDESK_LLM_BASE_URL: {
    default: '(unset: the provider’s own endpoint)',
    meaning:
      'Model endpoint override (egress proxy, tests); required for `openai-compatible`, e.g. http://127.0.0.1:11434/v1',
  },
  BANKDESK_LLM_MAX_STEPS: {
    default: '6',
    meaning: 'Most model requests in one customer turn (each tool round trip is one)',
  },
  BANKDESK_LLM_TIMEOUT_MS: {
    default: '30000',
    meaning: 'How long one customer turn may wait on the model, all steps together',
  },
  ANTHROPIC_API_KEY: {
    default: '(unset)',
    meaning: 'Anthropic API key (with BANKDESK_LLM_PROVIDER=anthropic)',
  },
  OPENAI_API_KEY: {
    default: '(unset)',
    meaning:
      'OpenAI API key (with BANKDESK_LLM_PROVIDER=openai); with `openai-compatible`, sent as the bearer token when set',
  },
  LOG_LEVEL: { default: 'info', meaning: 'fatal, error, warn, info, debug, trace or silent' },
  LOG_FORMAT: {
    default: 'pretty on a terminal, json otherwise',
    meaning: '`pretty` for people, `json` for log shippers',
  },
} as const;

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = (max: number) => z.coerce.number().int().positive().max(max);

/** A country, optionally with its ISO 3166-2 subdivision: US, US-CO. */
export const jurisdictionPattern = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_MAX: positiveInt(500).default(10),
  BANKDESK_DATA_DIR: z.string().min(1).default('./.bankdesk'),
  BANKDESK_MODE: z.enum(['sandbox', 'production']).default('sandbox'),
  BANKDESK_SEED_DEMO: booleanString.optional(),
  BANKDESK_SECRET: z.string().min(1).optional(),
  BANKDESK_TIMEZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as America/New_York')
    .default('America/New_York'),
  BANKDESK_SHUTDOWN_TIMEOUT_MS: positiveInt(600_000).default(10_000),
  BANKDESK_BODY_LIMIT_BYTES: positiveInt(50 * 1024 * 1024).default(262_144),
  BANKDESK_TRUST_PROXY: booleanString.default(false),
  BANKDESK_CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  BANKDESK_BANK_NAME: z.string().min(1).max(60).default('First National Bank'),
  BANKDESK_BANK_PROFILE: z.string().min(1).optional(),
  BANKDESK_OTP_TTL_SECONDS: z.coerce.number().int().min(30).max(600).default(300),
  BANKDESK_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(60).default(30),
  BANKDESK_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(12),
  BANKDESK_SMS_PROVIDER: z.enum(['sandbox', 'twilio', 'sns']).default('sandbox'),
  BANKDESK_SANDBOX_SMS_CONSOLE: booleanString.default(true),
  TWILIO_ACCOUNT_SID: z
    .string()
    .regex(/^AC[0-9a-fA-F]{32}$/, 'must be AC followed by 32 hex digits')
    .optional(),
  TWILIO_AUTH_TOKEN: z.string().min(16).optional(),
  TWILIO_FROM_NUMBER: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number')
    .optional(),
  TWILIO_MESSAGING_SERVICE_SID: z
    .string()
    .regex(/^MG[0-9a-fA-F]{32}$/)
    .optional(),
  TWILIO_API_BASE_URL: z.url().optional(),
  AWS_REGION: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as us-east-1')
    .optional(),
  BANKDESK_SNS_ENDPOINT: z.url().optional(),
  BANKDESK_SNS_SENDER_ID: z
    .string()
    .regex(/^[A-Za-z0-9]{1,11}$/)
    .optional(),
  BANKDESK_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  BANKDESK_PAYMENT_PROCESSOR: z.enum(['sandbox', 'stripe']).default('sandbox'),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]{8,}$/, 'must be a Stripe secret key (sk_… or rk_…)')
    .optional(),
  STRIPE_API_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  BANKDESK_VAULT_KEY_ID: z
    .string()
    .regex(/^[a-z][a-z0-9_-]{0,31}$/, 'must be a short lower-case id such as v2')
    .default('v1'),
  BANKDESK_STAFF_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  BANKDESK_SESSION_TOKEN: z.string().optional(),
  BANKDESK_SESSION_JURISDICTION: z
    .string()
    .regex(jurisdictionPattern, 'must look like US-CO')
    .optional(),
  BANKDESK_BRAIN: z.enum(['builtin', 'llm']).default('builtin'),
  BANKDESK_LLM_PROVIDER: z.enum(['anthropic', 'openai', 'bedrock', 'openai-compatible']).optional(),
  BANKDESK_LLM_MODEL: z.string().trim().min(1).max(200).optional(),
  BANKDESK_LLM_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  BANKDESK_LLM_MAX_STEPS: z.coerce.number().int().min(1).max(20).default(6),
  BANKDESK_LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  ANTHROPIC_API_KEY: z.string().min(1).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
