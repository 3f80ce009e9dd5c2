import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeLlm {
  /** The OpenAI-compatible base URL, e.g. http://127.0.0.1:40123/v1. */
  baseUrl: string;
  /** Every request body received, in order, as sent on the wire. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A local stand-in for an OpenAI-compatible chat completions endpoint (OpenAI, vLLM, Ollama all
 * speak it): it records each request as received and answers with a fixed assistant message in
 * the documented response shape, so a test can see exactly what would have left the building.
 */
export async function startFakeLlm(reply = 'How can I help you today?'): Promise<FakeLlm> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      requests.push(body);
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }));
        return;
      }
      const model = (JSON.parse(body) as { model?: string }).model ?? 'fake';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: `chatcmpl-${requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model,
          choices: [
            { index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop' },
          ],
          usage: { prompt_tokens: 10, completion_tokens: 7, total_tokens: 17 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
