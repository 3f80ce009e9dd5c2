import type { Config } from '../config/index.js';
import { openStore } from '../db/index.js';
import type { OpenStoreHooks, Store, StoreOptions } from '../db/index.js';
import { describeSeed, hasCustomers, seedDemoBank } from '../demo-bank/index.js';
import type { SeedSummary } from '../demo-bank/index.js';
import { ensureInternalAccounts } from '../ledger/index.js';
import { createKeys, resolveMasterSecret } from '../security/index.js';
import type { KdfParams, Keys, SecurityContext } from '../security/index.js';
import { SandboxSmsSender, SnsSmsSender, TwilioSmsSender } from '../sms/index.js';
import type { SmsSender } from '../sms/index.js';
import { createBankCalendar } from '../domain/regulation/index.js';
import { createSandboxProcessor, createStripeProcessor, createVaultKeyring } from '../pci/index.js';
import type { PaymentServices } from '../pci/index.js';
import type { ToolServices } from '../tools/index.js';

export function storeOptions(config: Config): StoreOptions {
  return config.database.driver === 'pglite'
    ? { driver: 'pglite', dataDir: config.database.dataDir }
    : { driver: 'postgres', url: config.database.url, poolMax: config.database.poolMax };
}

export async function openConfiguredStore(
  config: Config,
  hooks: OpenStoreHooks = {},
): Promise<Store> {
  return openStore(storeOptions(config), hooks);
}

export function loadKeys(config: Config): Keys {
  return createKeys(resolveMasterSecret(config.secret, config.dataDir));
}

/**
 * Brings the schema up to date and makes sure the bank's internal accounts exist. Under a
 * cross-process lock, so instances starting together take turns.
 */
export async function prepareDatabase(store: Store, log: (message: string) => void): Promise<void> {
  await store.withExclusiveLock('migrate', async () => {
    const before = await store.migrationStatus();
    const started = performance.now();
    const after = await store.migrate();
    await ensureInternalAccounts(store.db);
    const applied = after.applied - before.applied;
    log(
      applied > 0
        ? `applied ${applied} database migration${applied === 1 ? '' : 's'} in ${Math.round(performance.now() - started)} ms (${after.applied} of ${after.expected})`
        : `database schema is up to date (${after.applied} of ${after.expected} migrations)`,
    );
  });
}

/** Seeds the demo bank if, and only if, the database holds no customers yet. */
export async function seedIfEmpty(
  store: Store,
  config: Config,
  keys: Keys,
  log: (message: string) => void,
  kdfParams?: KdfParams,
): Promise<SeedSummary | null> {
  return store.withExclusiveLock('seed', async () => {
    if (await hasCustomers(store.db)) return null;
    log('seeding the demo bank (first start only)…');
    const summary = await seedDemoBank(store.db, {
      timeZone: config.timeZone,
      pepper: keys.derive('kba-pepper'),
      progress: log,
      ...(kdfParams ? { kdfParams } : {}),
    });
    log(describeSeed(summary));
    return summary;
  });
}

/** The SMS sender the configuration asks for. */
export function createSmsSender(
  config: Config,
  store: Store,
  keys: Keys,
  display?: (line: string) => void,
): SmsSender {
  const sms = config.sms;
  if (sms.provider === 'twilio') return new TwilioSmsSender(sms);
  if (sms.provider === 'sns') return new SnsSmsSender(sms);
  return new SandboxSmsSender(
    store.db,
    keys.derive('sandbox-outbox'),
    sms.console ? display : undefined,
  );
}

export function createSecurityContext(
  config: Config,
  store: Store,
  keys: Keys,
  sms: SmsSender,
): SecurityContext {
  return {
    db: store.db,
    keys,
    sms,
    now: () => new Date(),
    settings: {
      bankName: config.security.bankName,
      otpTtlMs: config.security.otpTtlMs,
      sessionIdleMs: config.security.sessionIdleMs,
      sessionAbsoluteMs: config.security.sessionAbsoluteMs,
    },
  };
}

/** The vault and the processor the configuration names. */
export function createPaymentServices(config: Config, store: Store, keys: Keys): PaymentServices {
  const keyring = createVaultKeyring(keys, config.payments.vaultKeyId);
  const processor =
    config.payments.processor.kind === 'stripe'
      ? createStripeProcessor({
          db: store.db,
          keyring,
          secretKey: config.payments.processor.secretKey,
          ...(config.payments.processor.apiBaseUrl
            ? { apiBaseUrl: config.payments.processor.apiBaseUrl }
            : {}),
        })
      : createSandboxProcessor({
          db: store.db,
          keyring,
          signingKey: keys.derive('sandbox-processor'),
        });
  return { keyring, processor, publicUrl: config.payments.publicUrl };
}

/** Everything the tool catalog runs on, from the configuration. */
export function createToolServices(
  config: Config,
  store: Store,
  security: SecurityContext,
): ToolServices {
  return {
    db: store.db,
    security,
    payments: createPaymentServices(config, store, security.keys),
    bank: config.bank,
    timeZone: config.timeZone,
    calendar: createBankCalendar({
      extraClosures: config.bank.extraClosures,
      saturdaysAreBusinessDays: config.bank.saturdaysAreBusinessDays,
    }),
  };
}
