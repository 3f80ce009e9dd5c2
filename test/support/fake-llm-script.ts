import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorReply, replyBody, routeOf } from './fake-llm-wire.js';
import type { Dialect, ScriptedReply } from './fake-llm-wire.js';

export type { Dialect, ScriptedReply, ScriptedToolCall } from './fake-llm-wire.js';

/** One scripted answer; `delayMs` holds it back, `status` answers with an error instead. */
export type ScriptStep = ScriptedReply & { delayMs?: number; status?: number };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The body exactly as received. */
  raw: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- wire JSON, read by tests
  body: any;
}

export interface ScriptedLlm {
  /** What the provider client takes as its base URL (…/v1 for OpenAI and Anthropic). */
  baseUrl: string;
  /** Every request received, in order, including ones the script had no answer for. */
  requests: RecordedRequest[];
  /** Steps not yet used. */
  remaining(): number;
  close(): Promise<void>;
}

/**
 * A local model that answers each request with the next step of a script, in the chosen
 * provider's wire format (OpenAI-compatible unless told otherwise), and records every request.
 * A request past the end of the script gets a 400, so a test sees the extra request rather than
 * a hang.
 */
export async function startScriptedLlm(
  script: ScriptStep[],
  options: { dialect?: Dialect } = {},
): Promise<ScriptedLlm> {
  const dialect = options.dialect ?? 'openai';
  const requests: RecordedRequest[] = [];
  let next = 0;
  let callsMade = 0;
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0]!;
      let body: unknown = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        body = null;
      }
      requests.push({ method: req.method ?? '', path, headers: req.headers, raw, body });
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(payload));
      };
      const route = routeOf(dialect, req.method ?? '', path);
      if (!route) {
        const error = errorReply(dialect, `no such endpoint: ${req.method} ${path}`);
        return send(404, error.body, error.headers);
      }
      const step = script[next];
      if (!step) {
        const error = errorReply(dialect, 'the script has no more answers');
        return send(400, error.body, error.headers);
      }
      next += 1;
      const answer = () => {
        if (step.status) {
          const error = errorReply(dialect, 'scripted failure');
          return send(step.status, error.body, error.headers);
        }
        const model = route.model ?? (body as { model?: string } | null)?.model ?? 'fake';
        send(
          200,
          replyBody(dialect, step, {
            model,
            firstCallNumber: callsMade + 1,
            requestNumber: requests.length,
          }),
        );
        callsMade += step.toolCalls?.length ?? 0;
      };
      if (step.delayMs) setTimeout(answer, step.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseUrl: dialect === 'bedrock' ? origin : `${origin}/v1`,
    requests,
    remaining: () => script.length - next,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
