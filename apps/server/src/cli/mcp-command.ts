import { serveMcpStdio } from '../channels/mcp/index.js';
import type { Config } from '../config/index.js';
import { createLogger } from '../observability/index.js';
import { createSession, resolveSession } from '../security/index.js';
import { createRegistry, toolCatalog } from '../tools/index.js';
import {
  createSecurityContext,
  createSmsSender,
  createToolServices,
  loadKeys,
  openConfiguredStore,
  prepareDatabase,
  seedIfEmpty,
} from './runtime.js';

/**
 * `bankdesk mcp`: the tool catalog over MCP on stdin/stdout, acting for one conversation session —
 * the one named by BANKDESK_SESSION_TOKEN, or a new one (channel "mcp") that starts unverified.
 * stdout belongs to the protocol, so logs and sandbox texts go to stderr.
 */
export async function mcpCommand(
  config: Config,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  const logger = createLogger({
    level: config.log.level,
    format: 'json',
    destination: process.stderr,
  });
  const store = await openConfiguredStore(config, { progress: (m) => logger.info(m) });
  const keys = loadKeys(config);
  await prepareDatabase(store, (m) => logger.info(m));
  if (config.seedDemo) await seedIfEmpty(store, config, keys, (m) => logger.info(m));
  const sms = createSmsSender(config, store, keys, (line) => process.stderr.write(`${line}\n`));
  const security = createSecurityContext(config, store, keys, sms);
  const services = createToolServices(config, store, security);
  const registry = createRegistry(toolCatalog);

  const token = env.BANKDESK_SESSION_TOKEN;
  const session = token
    ? await resolveSession(security, token)
    : (
        await createSession(security, {
          channel: 'mcp',
          jurisdiction: env.BANKDESK_SESSION_JURISDICTION ?? null,
        })
      ).session;
  logger.info(`MCP on stdio for session ${session.id} at verification level ${session.level}`);

  const handle = serveMcpStdio(services, registry, { sessionId: session.id, origin: {} });
  await new Promise<void>((resolve) => {
    process.stdin.once('close', resolve);
    process.stdin.once('end', resolve);
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  await handle.close();
  await store.close();
}

/** `bankdesk session new`: starts a conversation session and prints its token (for MCP clients). */
export async function sessionNewCommand(
  config: Config,
  options: { channel: 'chat' | 'voice' | 'phone' | 'mcp'; jurisdiction?: string },
  out: (line: string) => void,
): Promise<void> {
  const store = await openConfiguredStore(config);
  try {
    const keys = loadKeys(config);
    await prepareDatabase(store, () => {});
    // A session on a fresh sandbox would otherwise find nobody to identify.
    if (config.seedDemo) await seedIfEmpty(store, config, keys, () => {});
    const security = createSecurityContext(
      config,
      store,
      keys,
      createSmsSender(config, store, keys),
    );
    const created = await createSession(security, {
      channel: options.channel,
      jurisdiction: options.jurisdiction ?? null,
    });
    out(created.token);
  } finally {
    await store.close();
  }
}
