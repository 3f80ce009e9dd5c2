import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText, tool, wrapLanguageModel } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pciGuardMiddleware } from '../apps/server/src/pci/index.js';
import type { PciKind } from '../apps/server/src/pci/index.js';
import { startFakeLlm } from './support/fake-llm.js';
import type { FakeLlm } from './support/fake-llm.js';

// The final check before any model, exercised through a real provider client talking to a local
// server that speaks the OpenAI-compatible wire format and records what it was sent.
describe('the PCI guard in front of every language model', () => {
  let llm: FakeLlm;
  const blocked: PciKind[][] = [];
  let model: ReturnType<typeof wrapLanguageModel>;
  beforeAll(async () => {
    llm = await startFakeLlm();
    const provider = createOpenAICompatible({
      name: 'fake',
      baseURL: llm.baseUrl,
      apiKey: 'test-key',
    });
    model = wrapLanguageModel({
      model: provider('fake-model'),
      middleware: pciGuardMiddleware({
        onBlocked: async (kinds) => {
          blocked.push(kinds);
        },
      }),
    });
  });
  afterAll(() => llm.close());

  it('lets a clean request through, unchanged', async () => {
    const result = await generateText({
      model,
      system: 'You are a bank assistant.',
      prompt: 'What is my balance on the card ending in 4242?',
    });
    expect(result.text).toBe('How can I help you today?');
    expect(llm.requests).toHaveLength(1);
    expect(llm.requests[0]).toContain('card ending in 4242');
  });

  it.each([
    ['in the user message', { prompt: 'my card is 4242 4242 4242 4242' }],
    [
      'spoken in a transcript',
      { prompt: 'it is four two four two four two four two four two four two four two four two' },
    ],
    ['in the system prompt', { system: 'Customer card: 5555-5555-5555-4444', prompt: 'hello' }],
    [
      'in an earlier assistant turn',
      {
        messages: [
          { role: 'assistant' as const, content: 'I see 378282246310005 on file' },
          { role: 'user' as const, content: 'ok' },
        ],
      },
    ],
  ])('refuses card data %s before anything is sent', async (_where, request) => {
    const sent = llm.requests.length;
    const before = blocked.length;
    await expect(
      generateText({ model, ...request } as Parameters<typeof generateText>[0]),
    ).rejects.toMatchObject({ code: 'PCI_BLOCKED' });
    expect(llm.requests).toHaveLength(sent);
    expect(blocked).toHaveLength(before + 1);
    expect(blocked.at(-1)).toContain('pan');
  });

  it('refuses card data in a tool description or a tool result', async () => {
    const sent = llm.requests.length;
    await expect(
      generateText({
        model,
        prompt: 'hi',
        tools: {
          lookup: tool({
            description: 'Looks up card 6011 1111 1111 1117',
            inputSchema: z.object({}),
          }),
        },
      }),
    ).rejects.toMatchObject({ code: 'PCI_BLOCKED' });
    await expect(
      generateText({
        model,
        messages: [
          { role: 'user', content: 'check it' },
          {
            role: 'assistant',
            content: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'lookup', input: {} }],
          },
          {
            role: 'tool',
            content: [
              {
                type: 'tool-result',
                toolCallId: 'c1',
                toolName: 'lookup',
                output: { type: 'json', value: { pan: '4000056655665556', cvv: '123' } },
              },
            ],
          },
        ],
      }),
    ).rejects.toMatchObject({ code: 'PCI_BLOCKED' });
    expect(llm.requests).toHaveLength(sent);
  });
});
