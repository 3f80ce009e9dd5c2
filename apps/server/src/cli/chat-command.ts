import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import type { Reply } from '@bankdesk/contracts';
import { runTurn, startConversation } from '../agent/index.js';
import type { Config } from '../config/index.js';
import { AppError } from '../errors/index.js';
import { createRegistry, toolCatalog } from '../tools/index.js';
import { createAgentServices } from './agent-runtime.js';
import {
  createSecurityContext,
  createSmsSender,
  createToolServices,
  loadKeys,
  openConfiguredStore,
  prepareDatabase,
  seedIfEmpty,
} from './runtime.js';

export interface ChatOptions {
  /** A running server to talk to; without it the agent runs in this process. */
  url?: string | undefined;
  jurisdiction?: string | undefined;
}

interface Turns {
  start(): Promise<Reply>;
  send(text: string): Promise<Reply>;
  close(): Promise<void>;
}

/**
 * `bankdesk chat`: a conversation in the terminal, the same turn pipeline the web chat uses. The
 * sandbox phone's texts (the one-time codes) print here too, marked as such.
 */
export async function chatCommand(
  config: Config,
  options: ChatOptions,
  io: { input: Readable; output: Writable } = { input: process.stdin, output: process.stdout },
): Promise<void> {
  const write = (line: string) => io.output.write(`${line}\n`);
  const turns = options.url
    ? await remoteTurns(options.url, options.jurisdiction)
    : await localTurns(config, options.jurisdiction, write);
  const rl = createInterface({ input: io.input, output: io.output, terminal: false });
  const show = (reply: Reply) => {
    write(`agent> ${reply.text}`);
    if (reply.capture) write(`       (secure card form: ${reply.capture.url})`);
    if (reply.status !== 'active') write(`       (conversation ${reply.status.replace('_', ' ')})`);
  };
  try {
    show(await turns.start());
    for await (const line of rl) {
      const text = line.trim();
      if (!text) continue;
      if (text === '/quit' || text === '/exit') break;
      try {
        const reply = await turns.send(text);
        show(reply);
        if (reply.status === 'ended') break;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        write(`error [${error.code}]: ${error.message}`);
        if (error.code === 'SESSION_EXPIRED' || error.code === 'CONVERSATION_CLOSED') break;
      }
    }
  } finally {
    rl.close();
    await turns.close();
  }
}

async function localTurns(
  config: Config,
  jurisdiction: string | undefined,
  write: (line: string) => void,
): Promise<Turns> {
  const store = await openConfiguredStore(config, { progress: () => {} });
  const keys = loadKeys(config);
  await prepareDatabase(store, () => {});
  if (config.seedDemo) await seedIfEmpty(store, config, keys, (m) => write(`(${m})`));
  const sms = createSmsSender(config, store, keys, (line) => write(`       ${line}`));
  const security = createSecurityContext(config, store, keys, sms);
  const tools = {
    services: createToolServices(config, store, security),
    registry: createRegistry(toolCatalog),
  };
  const agent = createAgentServices(config, tools);
  let conversation: { conversationId: string; token: string } | undefined;
  return {
    async start() {
      const started = await startConversation(agent, {
        channel: 'chat',
        ...(jurisdiction ? { jurisdiction } : {}),
      });
      conversation = started;
      return started.reply;
    },
    send: (text) => runTurn(agent, { ...conversation!, text }),
    close: () => store.close(),
  };
}

async function remoteTurns(url: string, jurisdiction: string | undefined): Promise<Turns> {
  const base = url.replace(/\/+$/, '');
  let conversation: { conversationId: string; token: string } | undefined;
  const call = async (path: string, body: unknown, token?: string) => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    }).catch(() => {
      throw new AppError('NOT_READY', `cannot reach ${base}; is \`bankdesk serve\` running?`);
    });
    const json = (await res.json()) as Record<string, unknown>;
    if (!res.ok) {
      const error = json.error as { code?: string; message?: string } | undefined;
      throw new AppError(
        (error?.code ?? 'INTERNAL') as never,
        error?.message ?? `HTTP ${res.status}`,
      );
    }
    return json;
  };
  return {
    async start() {
      const started = await call('/api/v1/conversations', jurisdiction ? { jurisdiction } : {});
      conversation = started as unknown as { conversationId: string; token: string };
      return started.reply as Reply;
    },
    async send(text) {
      const { conversationId, token } = conversation!;
      return (await call(
        `/api/v1/conversations/${conversationId}/messages`,
        { text },
        token,
      )) as Reply;
    },
    close: async () => {},
  };
}
