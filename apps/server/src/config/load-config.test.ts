import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/index.js';
import { envSchema, envVars } from './env-schema.js';
import { loadConfig } from './load-config.js';

function failure(env: Record<string, string>): string {
  try {
    loadConfig(env, { cwd: '/srv/bank' });
  } catch (error) {
    if (isAppError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('expected loadConfig to fail');
}

describe('configuration', () => {
  it('has working defaults for a laptop: sandbox, port 3000, embedded database in ./.bankdesk', () => {
    const config = loadConfig({}, { cwd: '/srv/bank', isTty: false });
    expect(config.mode).toBe('sandbox');
    expect(config.http).toEqual({
      host: '127.0.0.1',
      port: 3000,
      bodyLimitBytes: 262_144,
      trustProxy: false,
    });
    expect(config.database).toEqual({ driver: 'pglite', dataDir: '/srv/bank/.bankdesk/pgdata' });
    expect(config.seedDemo).toBe(true);
    expect(config.log).toEqual({ level: 'info', format: 'json' });
  });

  it('uses PostgreSQL when DATABASE_URL is set, and treats empty values as unset', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://u:p@db:5432/bank',
        DATABASE_POOL_MAX: '25',
        PORT: '',
        LOG_FORMAT: 'pretty',
      },
      { cwd: '/srv/bank' },
    );
    expect(config.database).toEqual({
      driver: 'postgres',
      url: 'postgres://u:p@db:5432/bank',
      poolMax: 25,
    });
    expect(config.http.port).toBe(3000);
    expect(config.log.format).toBe('pretty');
  });

  it('reports every bad variable at once with a stable code', () => {
    const message = failure({
      PORT: 'eighty',
      BANKDESK_MODE: 'staging',
      BANKDESK_TIMEZONE: 'Mars/Olympus',
    });
    expect(message).toMatch(/^CONFIG_INVALID: /);
    expect(message).toContain('PORT');
    expect(message).toContain('BANKDESK_MODE');
    expect(message).toContain('BANKDESK_TIMEZONE');
  });

  it('refuses production without a database server and a secret', () => {
    expect(failure({ BANKDESK_MODE: 'production' })).toContain(
      'requires DATABASE_URL and BANKDESK_SECRET',
    );
    expect(failure({ BANKDESK_MODE: 'production', DATABASE_URL: 'postgres://db/bank' })).toContain(
      'requires BANKDESK_SECRET',
    );
    const production = {
      BANKDESK_MODE: 'production',
      DATABASE_URL: 'postgres://db/bank',
      BANKDESK_SECRET: 'x'.repeat(44),
    };
    expect(failure(production)).toContain(
      'production mode needs BANKDESK_SMS_PROVIDER=twilio or sns',
    );
    const withSms = { ...production, BANKDESK_SMS_PROVIDER: 'sns', AWS_REGION: 'us-east-1' };
    expect(failure(withSms)).toContain('production mode needs BANKDESK_PAYMENT_PROCESSOR=stripe');
    const config = loadConfig({
      ...withSms,
      BANKDESK_PAYMENT_PROCESSOR: 'stripe',
      STRIPE_SECRET_KEY: 'sk_live_abcdefgh12345678',
    });
    expect(config.seedDemo).toBe(false);
    expect(config.sms).toEqual({ provider: 'sns', region: 'us-east-1' });
    expect(config.payments.processor).toEqual({
      kind: 'stripe',
      secretKey: 'sk_live_abcdefgh12345678',
    });
  });

  it('configures card payments: the public address, the processor, the vault key', () => {
    expect(loadConfig({}).payments).toEqual({
      publicUrl: 'http://127.0.0.1:3000',
      vaultKeyId: 'v1',
      processor: { kind: 'sandbox' },
    });
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).payments.publicUrl).toBe(
      'http://127.0.0.1:8080',
    );
    expect(
      loadConfig({ BANKDESK_PUBLIC_URL: 'https://help.bank.example/' }).payments.publicUrl,
    ).toBe('https://help.bank.example');
    expect(failure({ BANKDESK_PAYMENT_PROCESSOR: 'stripe' })).toContain(
      'Stripe needs STRIPE_SECRET_KEY',
    );
    expect(failure({ STRIPE_SECRET_KEY: 'pk_test_public123456' })).toContain('STRIPE_SECRET_KEY');
    expect(failure({ BANKDESK_PUBLIC_URL: 'ftp://bank' })).toContain('BANKDESK_PUBLIC_URL');
    expect(failure({ BANKDESK_VAULT_KEY_ID: 'Key 2!' })).toContain('BANKDESK_VAULT_KEY_ID');
    expect(
      loadConfig({
        BANKDESK_PAYMENT_PROCESSOR: 'stripe',
        STRIPE_SECRET_KEY: 'sk_test_abcdefgh1234',
        STRIPE_API_BASE_URL: 'http://127.0.0.1:12111',
        BANKDESK_VAULT_KEY_ID: 'v2',
      }).payments,
    ).toMatchObject({
      vaultKeyId: 'v2',
      processor: { kind: 'stripe', apiBaseUrl: 'http://127.0.0.1:12111' },
    });
  });

  it('configures SMS providers and refuses incomplete ones', () => {
    expect(loadConfig({}).sms).toEqual({ provider: 'sandbox', console: true });
    expect(failure({ BANKDESK_SMS_PROVIDER: 'twilio' })).toContain(
      'Twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID',
    );
    expect(failure({ BANKDESK_SMS_PROVIDER: 'sns' })).toContain('SNS needs AWS_REGION');
    expect(failure({ TWILIO_ACCOUNT_SID: 'nope' })).toContain('TWILIO_ACCOUNT_SID');
    const twilio = loadConfig({
      BANKDESK_SMS_PROVIDER: 'twilio',
      TWILIO_ACCOUNT_SID: 'AC' + 'a'.repeat(32),
      TWILIO_AUTH_TOKEN: 'b'.repeat(32),
      TWILIO_FROM_NUMBER: '+15005550006',
    });
    expect(twilio.sms).toMatchObject({ provider: 'twilio', from: '+15005550006' });
  });

  it('bounds the security timings by the rules they come from', () => {
    expect(loadConfig({}).security).toMatchObject({
      otpTtlMs: 300_000,
      sessionIdleMs: 1_800_000,
      sessionAbsoluteMs: 43_200_000,
    });
    expect(failure({ BANKDESK_OTP_TTL_SECONDS: '601' })).toContain('BANKDESK_OTP_TTL_SECONDS');
    expect(failure({ BANKDESK_STAFF_TOKEN: 'short' })).toContain('BANKDESK_STAFF_TOKEN');
  });

  it('rejects a DATABASE_URL that is not a PostgreSQL URL', () => {
    expect(failure({ DATABASE_URL: 'mysql://db/bank' })).toContain('DATABASE_URL');
  });

  it('is documented: the README table lists exactly the variables the code reads', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../../../README.md'), 'utf8');
    const documented = [...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(new Set(documented)).toEqual(new Set(Object.keys(envVars)));
    expect(new Set(Object.keys(envSchema.shape))).toEqual(new Set(Object.keys(envVars)));
  });
});
