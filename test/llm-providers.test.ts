import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLanguageModel, runLlmTurn } from '../apps/server/src/agent/brains/llm/index.js';
import type { LlmTurnResult } from '../apps/server/src/agent/brains/llm/index.js';
import { loadConfig } from '../apps/server/src/config/index.js';
import { auditLog } from '../apps/server/src/db/index.js';
import { catalogTools, gateInvoke } from './support/fake-llm-gate.js';
import { startScriptedLlm } from './support/fake-llm-script.js';
import type { Dialect, RecordedRequest } from './support/fake-llm-script.js';
import { checkSigV4 } from './support/fake-llm-sigv4.js';
import { alex } from './support/seeded-bank.js';
import { openTestStore } from './support/stores.js';
import type { TestStore } from './support/stores.js';
import { toolHarness } from './support/tool-harness.js';
import type { ToolHarness } from './support/tool-harness.js';

// Each provider client the LLM brain can use, driven through one tool-calling turn against a local
// server speaking that provider's documented wire format, with the real gate on the seeded bank
// behind the tools. The fakes answer first with a check_balance call, then with words.
describe('the LLM brain on each provider’s wire format', () => {
  let t: TestStore;
  let h: ToolHarness;
  beforeAll(async () => {
    t = await openTestStore('pglite');
    h = await toolHarness(t.store);
  });
  afterAll(() => t.close());
  afterEach(() => vi.unstubAllEnvs());

  const tools = catalogTools('check_balance', 'view_recent_transactions', 'internal_transfer');
  const answer = 'Your checking account ending in 4521 has money available.';
  const history = [
    { role: 'user' as const, text: 'hi there' },
    { role: 'assistant' as const, text: 'Hello! How can I help?' },
  ];
  const question = 'How much is in my checking account?';

  interface Turn {
    result: LlmTurnResult;
    requests: RecordedRequest[];
    /** What the gate answered check_balance, as the engine saw it. */
    gateAnswer: unknown;
  }

  async function turn(env: Record<string, string>, dialect: Dialect): Promise<Turn> {
    const llm = await startScriptedLlm(
      [
        { toolCalls: [{ name: 'check_balance', input: { account: 'checking' } }] },
        { text: answer },
      ],
      { dialect },
    );
    try {
      const config = loadConfig({
        BANKDESK_BRAIN: 'llm',
        BANKDESK_LLM_BASE_URL: llm.baseUrl,
        ...env,
      });
      if (config.brain.kind !== 'llm') throw new Error('expected the llm brain');
      const session = await h.session(alex, 1);
      const gate = gateInvoke(h, session);
      const result = await runLlmTurn({
        model: createLanguageModel(config.brain.llm),
        bankName: 'First National Bank',
        authLevel: 1,
        history,
        userText: question,
        tools,
        invoke: gate.invoke,
        maxSteps: config.brain.llm.maxSteps,
        timeoutMs: config.brain.llm.timeoutMs,
      });
      // The tool really ran behind the gate, which audited it.
      const audited = await t.store.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.sessionId, session), eq(auditLog.action, 'TOOL_CALL')));
      expect(audited.map((a) => [a.resource, a.result])).toEqual([['check_balance', 'success']]);
      expect(gate.seen).toHaveLength(1);
      return { result, requests: llm.requests, gateAnswer: gate.seen[0]!.outcome };
    } finally {
      await llm.close();
    }
  }

  /** The common outcome: two requests, the model's words, one successful call. */
  function expectTurn({ result, requests, gateAnswer }: Turn) {
    expect(requests).toHaveLength(2);
    expect(result).toEqual({
      text: answer,
      calls: [{ tool: 'check_balance', ok: true }],
      stoppedByEngine: false,
    });
    expect(gateAnswer).toMatchObject({ ok: true, accounts: [{ last4: '4521', type: 'checking' }] });
  }

  /** Our tool, as the model was shown it: our name, the level appended, our JSON schema. */
  function expectBalanceTool(description: string, schema: Record<string, unknown>) {
    expect(description).toMatch(/^Available balance .*\(requires verification level 1\)$/);
    expect(schema).toMatchObject({
      type: 'object',
      properties: { account: { type: 'string', maxLength: 40 } },
      additionalProperties: false,
    });
    expect(schema.required ?? []).toEqual([]);
  }

  /** The tool result sent back, parsed: the gate's own answer, whole. */
  function expectToolResult(content: string, gateAnswer: unknown) {
    const sent = JSON.parse(content) as unknown;
    expect(sent).toEqual(JSON.parse(JSON.stringify(gateAnswer)));
    expect(sent).toMatchObject({ ok: true, accounts: [{ last4: '4521' }] });
  }

  it('Anthropic Messages API: x-api-key, anthropic-version, tool_use then tool_result blocks', async () => {
    const done = await turn(
      {
        BANKDESK_LLM_PROVIDER: 'anthropic',
        BANKDESK_LLM_MODEL: 'claude-sonnet-4-5',
        ANTHROPIC_API_KEY: 'sk-ant-test-key',
      },
      'anthropic',
    );
    expectTurn(done);
    const [first, second] = done.requests as [RecordedRequest, RecordedRequest];
    for (const request of done.requests) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/v1/messages');
      expect(request.headers['x-api-key']).toBe('sk-ant-test-key');
      expect(request.headers['anthropic-version']).toBe('2023-06-01');
      expect(request.headers.authorization).toBeUndefined();
      expect(request.body.model).toBe('claude-sonnet-4-5');
      expect(request.body.max_tokens).toBeGreaterThan(0);
    }
    const system = first.body.system as string | { type: string; text: string }[];
    const systemText = typeof system === 'string' ? system : system.map((b) => b.text).join('');
    expect(systemText).toContain('customer-service assistant of First National Bank');
    expect(systemText).toContain('verification level 1');

    const tools = first.body.tools as { name: string; description: string; input_schema: never }[];
    expect(tools.map((x) => x.name)).toEqual([
      'check_balance',
      'view_recent_transactions',
      'internal_transfer',
    ]);
    expectBalanceTool(tools[0]!.description, tools[0]!.input_schema);
    expect(tools[2]!.description).toContain('(requires verification level 2)');

    const text = (m: { content: string | { type: string; text?: string }[] }) =>
      typeof m.content === 'string' ? m.content : m.content.map((b) => b.text ?? '').join('');
    expect(first.body.messages.map((m: { role: string }) => m.role)).toEqual([
      'user',
      'assistant',
      'user',
    ]);
    expect(first.body.messages.map(text)).toEqual(['hi there', 'Hello! How can I help?', question]);

    // The call comes back as the assistant's tool_use block, its result as the user's tool_result.
    const [assistant, user] = second.body.messages.slice(-2);
    expect(assistant.role).toBe('assistant');
    expect(assistant.content).toContainEqual(
      expect.objectContaining({
        type: 'tool_use',
        id: 'toolu_1',
        name: 'check_balance',
        input: { account: 'checking' },
      }),
    );
    expect(user.role).toBe('user');
    expect(user.content).toHaveLength(1);
    expect(user.content[0]).toMatchObject({ type: 'tool_result', tool_use_id: 'toolu_1' });
    expect(user.content[0].is_error).toBeUndefined();
    expectToolResult(user.content[0].content, done.gateAnswer);
  });

  /** Chat Completions, as OpenAI documents it and Ollama and vLLM serve it. */
  function expectChatCompletions(done: Turn, model: string) {
    const [first, second] = done.requests as [RecordedRequest, RecordedRequest];
    for (const request of done.requests) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/v1/chat/completions');
      expect(request.body.model).toBe(model);
      expect(request.body.stream ?? false).toBe(false);
    }
    expect(first.body.messages.map((m: { role: string }) => m.role)).toEqual([
      'system',
      'user',
      'assistant',
      'user',
    ]);
    expect(first.body.messages[0].content).toContain(
      'customer-service assistant of First National Bank',
    );
    expect(first.body.messages.slice(1).map((m: { content: unknown }) => m.content)).toEqual([
      'hi there',
      'Hello! How can I help?',
      question,
    ]);
    const tools = first.body.tools as {
      type: string;
      function: { name: string; description: string; parameters: never };
    }[];
    expect(tools.map((x) => [x.type, x.function.name])).toEqual([
      ['function', 'check_balance'],
      ['function', 'view_recent_transactions'],
      ['function', 'internal_transfer'],
    ]);
    expectBalanceTool(tools[0]!.function.description, tools[0]!.function.parameters);

    // The call comes back as the assistant's tool_calls, its result as a `tool` message.
    const [assistant, tool] = second.body.messages.slice(-2);
    expect(assistant).toMatchObject({
      role: 'assistant',
      tool_calls: [
        {
          id: 'call_1',
          type: 'function',
          function: { name: 'check_balance' },
        },
      ],
    });
    expect(JSON.parse(assistant.tool_calls[0].function.arguments)).toEqual({ account: 'checking' });
    expect(tool).toMatchObject({ role: 'tool', tool_call_id: 'call_1' });
    expectToolResult(tool.content, done.gateAnswer);
  }

  it('OpenAI Chat Completions: bearer key, tool_calls then a tool message', async () => {
    const done = await turn(
      {
        BANKDESK_LLM_PROVIDER: 'openai',
        BANKDESK_LLM_MODEL: 'gpt-4.1',
        OPENAI_API_KEY: 'sk-test-openai-key',
      },
      'openai',
    );
    expectTurn(done);
    expectChatCompletions(done, 'gpt-4.1');
    for (const request of done.requests) {
      expect(request.headers.authorization).toBe('Bearer sk-test-openai-key');
    }
  });

  it('OpenAI-compatible (Ollama, vLLM): the same wire format, no key unless one is set', async () => {
    const done = await turn(
      { BANKDESK_LLM_PROVIDER: 'openai-compatible', BANKDESK_LLM_MODEL: 'llama3.1:8b' },
      'openai',
    );
    expectTurn(done);
    expectChatCompletions(done, 'llama3.1:8b');
    for (const request of done.requests) expect(request.headers.authorization).toBeUndefined();

    const keyed = await turn(
      {
        BANKDESK_LLM_PROVIDER: 'openai-compatible',
        BANKDESK_LLM_MODEL: 'Qwen/Qwen2.5-7B-Instruct',
        OPENAI_API_KEY: 'vllm-token',
      },
      'openai',
    );
    expectTurn(keyed);
    expectChatCompletions(keyed, 'Qwen/Qwen2.5-7B-Instruct');
    for (const request of keyed.requests) {
      expect(request.headers.authorization).toBe('Bearer vllm-token');
    }
  });

  it('Amazon Bedrock Converse: SigV4-signed, toolUse then toolResult blocks', async () => {
    // Fake static credentials, found by the standard AWS chain in the environment.
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'fake-secret-access-key-for-tests');
    vi.stubEnv('AWS_SESSION_TOKEN', undefined);
    vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', undefined);
    vi.stubEnv('AWS_PROFILE', undefined);
    const modelId = 'anthropic.claude-3-5-haiku-20241022-v1:0';
    const done = await turn(
      {
        BANKDESK_LLM_PROVIDER: 'bedrock',
        BANKDESK_LLM_MODEL: modelId,
        AWS_REGION: 'us-east-1',
      },
      'bedrock',
    );
    expectTurn(done);
    const [first, second] = done.requests as [RecordedRequest, RecordedRequest];
    for (const request of done.requests) {
      expect(request.method).toBe('POST');
      expect(request.path).toBe(`/model/${encodeURIComponent(modelId)}/converse`);
      const signature = checkSigV4(request, 'fake-secret-access-key-for-tests');
      expect(signature).toMatchObject({
        accessKeyId: 'AKIDEXAMPLE',
        region: 'us-east-1',
        service: 'bedrock',
        valid: true,
      });
      expect(signature.signedHeaders).toEqual(expect.arrayContaining(['host', 'x-amz-date']));
      expect(request.headers['x-amz-security-token']).toBeUndefined();
      // The model is named by the path; the body has none.
      expect(request.body.model).toBeUndefined();
      expect(request.body.modelId).toBeUndefined();
    }
    // A signature over another body does not verify: the check is real.
    expect(
      checkSigV4({ ...first, raw: `${first.raw} ` }, 'fake-secret-access-key-for-tests').valid,
    ).toBe(false);

    expect(first.body.system).toEqual([
      { text: expect.stringContaining('customer-service assistant of First National Bank') },
    ]);
    expect(first.body.messages).toEqual([
      { role: 'user', content: [{ text: 'hi there' }] },
      { role: 'assistant', content: [{ text: 'Hello! How can I help?' }] },
      { role: 'user', content: [{ text: question }] },
    ]);
    const specs = (
      first.body.toolConfig.tools as {
        toolSpec: { name: string; description: string; inputSchema: { json: never } };
      }[]
    ).map((x) => x.toolSpec);
    expect(specs.map((s) => s.name)).toEqual([
      'check_balance',
      'view_recent_transactions',
      'internal_transfer',
    ]);
    expectBalanceTool(specs[0]!.description, specs[0]!.inputSchema.json);

    const [assistant, user] = second.body.messages.slice(-2);
    expect(assistant).toEqual({
      role: 'assistant',
      content: [
        {
          toolUse: {
            toolUseId: 'tooluse_1',
            name: 'check_balance',
            input: { account: 'checking' },
          },
        },
      ],
    });
    expect(user.role).toBe('user');
    expect(user.content).toHaveLength(1);
    const toolResult = user.content[0].toolResult as {
      toolUseId: string;
      content: ({ text: string } | { json: unknown })[];
    };
    expect(toolResult.toolUseId).toBe('tooluse_1');
    // Converse takes a result as a json or a text block; the client sends the JSON as text.
    const block = toolResult.content[0]!;
    expectToolResult('text' in block ? block.text : JSON.stringify(block.json), done.gateAnswer);
  });
});
