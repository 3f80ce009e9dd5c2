import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { buildApp } from '../app.js';
import type { App } from '../app.js';
import { createAgentServices } from '../cli/agent-runtime.js';
import {
  createSecurityContext,
  createSmsSender,
  createToolServices,
  loadKeys,
  prepareDatabase,
  seedIfEmpty,
} from '../cli/runtime.js';
import { loadConfig } from '../config/index.js';
import type { Config } from '../config/index.js';
import { openStore } from '../db/index.js';
import type { Store } from '../db/index.js';
import { createLogger } from '../observability/index.js';
import { createRegistry, toolCatalog } from '../tools/index.js';

export const brainNames = ['builtin', 'llm'] as const;
export type BrainName = (typeof brainNames)[number];

/** A server the runner talks to over HTTP, and how to put it away. */
export interface EvalTarget {
  url: string;
  staffToken?: string | undefined;
  close(): Promise<void>;
}

/** The seeded demo bank as a database image, and the secret its answer hashes were made under. */
export interface DemoBankImage {
  secret: string;
  data: Blob;
}

/**
 * The sandbox configuration an evaluation server runs under: the demo bank, the sandbox phone and
 * card processor, no console output, whatever the caller's environment says. Only the brain's
 * own settings (model, provider keys) come through from the environment.
 */
export function evalConfig(options: {
  brain: BrainName;
  secret: string;
  staffToken: string;
  logLevel?: string;
}): Config {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of Object.keys(env)) {
    if (
      name === 'DATABASE_URL' ||
      name === 'BANKDESK_PUBLIC_URL' ||
      name === 'BANKDESK_BANK_PROFILE' ||
      name === 'BANKDESK_TIMEZONE' ||
      name.startsWith('TWILIO_') ||
      name.startsWith('STRIPE_')
    ) {
      delete env[name];
    }
  }
  return loadConfig(
    {
      ...env,
      BANKDESK_MODE: 'sandbox',
      BANKDESK_SEED_DEMO: 'true',
      BANKDESK_SECRET: options.secret,
      BANKDESK_STAFF_TOKEN: options.staffToken,
      BANKDESK_SMS_PROVIDER: 'sandbox',
      BANKDESK_SANDBOX_SMS_CONSOLE: 'false',
      BANKDESK_PAYMENT_PROCESSOR: 'sandbox',
      BANKDESK_DATA_DIR: os.tmpdir(),
      BANKDESK_BRAIN: options.brain,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: options.logLevel ?? 'silent',
      LOG_FORMAT: 'json',
    },
    { isTty: false },
  );
}

const newSecret = () => randomBytes(32).toString('hex');

/** drizzle keeps the PGlite client it wraps as `$client`; PGlite can write its data as a tarball. */
function pgliteClient(store: Store): { dumpDataDir(compression?: 'none'): Promise<Blob> } | null {
  const client = (store.db as unknown as { $client?: { dumpDataDir?: unknown } }).$client;
  return client && typeof client.dumpDataDir === 'function'
    ? (client as { dumpDataDir(compression?: 'none'): Promise<Blob> })
    : null;
}

/**
 * Migrates and seeds an in-memory database once and keeps its image: seeding costs tens of
 * seconds (every cent of history goes through the ledger), loading the image about two. Null
 * when the embedded database cannot write an image; then each target seeds its own.
 */
export async function imageDemoBank(): Promise<DemoBankImage | null> {
  const secret = newSecret();
  const config = evalConfig({ brain: 'builtin', secret, staffToken: newSecret() });
  const store = await openStore({ driver: 'pglite', dataDir: null });
  try {
    await prepareDatabase(store, () => {});
    await seedIfEmpty(store, config, loadKeys(config), () => {});
    const client = pgliteClient(store);
    return client ? { secret, data: await client.dumpDataDir('none') } : null;
  } finally {
    await store.close();
  }
}

/**
 * An in-process bankdesk on a fresh embedded database holding the demo bank (loaded from `image`
 * when given, else seeded), listening on a free local port, with a staff token of its own. The
 * one place an evaluation server is put together.
 */
export async function createEvalTarget(options: {
  brain: BrainName;
  image?: DemoBankImage | null;
  logLevel?: string;
}): Promise<EvalTarget> {
  const secret = options.image?.secret ?? newSecret();
  const staffToken = randomBytes(32).toString('base64url');
  const config = evalConfig({
    brain: options.brain,
    secret,
    staffToken,
    ...(options.logLevel ? { logLevel: options.logLevel } : {}),
  });
  const store = await openStore({
    driver: 'pglite',
    dataDir: null,
    ...(options.image ? { loadDataDir: options.image.data } : {}),
  });
  let app: App | undefined;
  try {
    const keys = loadKeys(config);
    await prepareDatabase(store, () => {});
    if (!options.image) await seedIfEmpty(store, config, keys, () => {});
    const sms = createSmsSender(config, store, keys);
    const security = createSecurityContext(config, store, keys, sms);
    const services = createToolServices(config, store, security);
    const tools = { services, registry: createRegistry(toolCatalog) };
    app = await buildApp({
      config,
      store,
      logger: createLogger(config.log),
      security,
      staffToken,
      tools,
      // BANKDESK_BRAIN in evalConfig picks the brain, exactly as `bankdesk serve` would.
      agent: createAgentServices(config, tools),
    });
    await app.listen({ host: config.http.host, port: 0 });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    // The card form links the customer follows must point at the port actually bound.
    if (services.payments) services.payments.publicUrl = url;
    const running = app;
    return {
      url,
      staffToken,
      async close() {
        try {
          await running.close();
        } finally {
          await store.close();
        }
      },
    };
  } catch (error) {
    await app?.close().catch(() => {});
    await store.close().catch(() => {});
    throw error;
  }
}
