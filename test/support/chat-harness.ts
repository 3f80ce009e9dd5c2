import type { Reply } from '@bankdesk/contracts';
import { buildApp } from '../../apps/server/src/app.js';
import type { App } from '../../apps/server/src/app.js';
import type { AgentServices } from '../../apps/server/src/agent/index.js';
import type { Store } from '../../apps/server/src/db/index.js';
import { createLogger } from '../../apps/server/src/observability/index.js';
import { registry, toolHarness } from './tool-harness.js';
import type { ToolHarness } from './tool-harness.js';

export interface Conversation {
  id: string;
  token: string;
  opening: Reply;
}

export interface ChatHarness {
  app: App;
  h: ToolHarness;
  agent: AgentServices;
  start(body?: Record<string, unknown>): Promise<Conversation>;
  say(conversation: Conversation, text: string): Promise<Reply>;
  /** The newest one-time code texted to a number, as the sandbox phone shows it. */
  code(phone: string): Promise<string>;
  close(): Promise<void>;
}

/** The chat API over the seeded demo bank, driven through HTTP with inject(). */
export async function chatHarness(
  store: Store,
  options: { agent?: Partial<AgentServices>; h?: ToolHarness } = {},
): Promise<ChatHarness> {
  const h = options.h ?? (await toolHarness(store));
  const agent: AgentServices = {
    tools: { services: h.services, registry },
    brain: 'builtin',
    ...options.agent,
  };
  const app = await buildApp({
    config: {
      mode: 'sandbox',
      http: { host: '127.0.0.1', port: 0, bodyLimitBytes: 262_144, trustProxy: false },
    },
    store,
    logger: createLogger({ level: 'silent', format: 'json' }),
    security: h.security.ctx,
    tools: { services: h.services, registry },
    agent,
  });
  return {
    app,
    h,
    agent,
    async start(body = { jurisdiction: 'US-CO' }) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/conversations', payload: body });
      if (res.statusCode !== 201) throw new Error(`start failed: ${res.statusCode} ${res.body}`);
      const json = res.json() as { conversationId: string; token: string; reply: Reply };
      return { id: json.conversationId, token: json.token, opening: json.reply };
    },
    async say(conversation, text) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${conversation.id}/messages`,
        headers: { authorization: `Bearer ${conversation.token}` },
        payload: { text },
      });
      if (res.statusCode !== 200) throw new Error(`turn failed: ${res.statusCode} ${res.body}`);
      return res.json() as Reply;
    },
    code: (phone) => h.security.lastCode(phone),
    close: () => app.close(),
  };
}
