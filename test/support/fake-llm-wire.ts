/**
 * The response side of each provider's documented wire format, for the scripted fake model:
 * OpenAI Chat Completions (also what Ollama and vLLM speak), the Anthropic Messages API and the
 * Amazon Bedrock Converse API. Only what a non-streaming tool-calling turn needs.
 */

export type Dialect = 'openai' | 'anthropic' | 'bedrock';

export interface ScriptedToolCall {
  name: string;
  input: Record<string, unknown>;
}

/** One model answer: words, tool calls, or both. */
export interface ScriptedReply {
  text?: string;
  toolCalls?: ScriptedToolCall[];
}

/** Where each dialect takes its requests; null when the path is not one it serves. */
export function routeOf(dialect: Dialect, method: string, path: string): { model?: string } | null {
  if (method !== 'POST') return null;
  if (dialect === 'openai') return path === '/v1/chat/completions' ? {} : null;
  if (dialect === 'anthropic') return path === '/v1/messages' ? {} : null;
  const match = /^\/model\/([^/]+)\/converse$/.exec(path);
  return match ? { model: decodeURIComponent(match[1]!) } : null;
}

/** The id the fake gives the n-th tool call it makes (1-based), in the dialect's style. */
export function toolCallId(dialect: Dialect, n: number): string {
  return dialect === 'openai'
    ? `call_${n}`
    : dialect === 'anthropic'
      ? `toolu_${n}`
      : `tooluse_${n}`;
}

export function replyBody(
  dialect: Dialect,
  reply: ScriptedReply,
  context: { model: string; firstCallNumber: number; requestNumber: number },
): unknown {
  const calls = (reply.toolCalls ?? []).map((call, i) => ({
    ...call,
    id: toolCallId(dialect, context.firstCallNumber + i),
  }));
  const usesTools = calls.length > 0;
  if (dialect === 'openai') {
    return {
      id: `chatcmpl-${context.requestNumber}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: context.model,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: reply.text ?? null,
            ...(usesTools
              ? {
                  tool_calls: calls.map((c) => ({
                    id: c.id,
                    type: 'function',
                    function: { name: c.name, arguments: JSON.stringify(c.input) },
                  })),
                }
              : {}),
          },
          finish_reason: usesTools ? 'tool_calls' : 'stop',
        },
      ],
      usage: { prompt_tokens: 50, completion_tokens: 10, total_tokens: 60 },
    };
  }
  if (dialect === 'anthropic') {
    return {
      id: `msg_${context.requestNumber}`,
      type: 'message',
      role: 'assistant',
      model: context.model,
      content: [
        ...(reply.text ? [{ type: 'text', text: reply.text }] : []),
        ...calls.map((c) => ({ type: 'tool_use', id: c.id, name: c.name, input: c.input })),
      ],
      stop_reason: usesTools ? 'tool_use' : 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: 50, output_tokens: 10 },
    };
  }
  return {
    output: {
      message: {
        role: 'assistant',
        content: [
          ...(reply.text ? [{ text: reply.text }] : []),
          ...calls.map((c) => ({ toolUse: { toolUseId: c.id, name: c.name, input: c.input } })),
        ],
      },
    },
    stopReason: usesTools ? 'tool_use' : 'end_turn',
    usage: { inputTokens: 50, outputTokens: 10, totalTokens: 60 },
    metrics: { latencyMs: 5 },
  };
}

/** An error answer in the dialect's shape, with the headers that go with it. */
export function errorReply(
  dialect: Dialect,
  message: string,
): { body: unknown; headers: Record<string, string> } {
  if (dialect === 'openai') {
    return { body: { error: { message, type: 'invalid_request_error', code: null } }, headers: {} };
  }
  if (dialect === 'anthropic') {
    return {
      body: { type: 'error', error: { type: 'invalid_request_error', message } },
      headers: {},
    };
  }
  return { body: { message }, headers: { 'x-amzn-errortype': 'ValidationException' } };
}
