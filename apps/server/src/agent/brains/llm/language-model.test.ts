import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { LlmConfig } from '../../../config/index.js';
import { createLanguageModel, isGuardedModel } from './language-model.js';
import { describeForModel } from './tool-loop.js';

const common = { maxSteps: 6, timeoutMs: 30_000 };

describe('createLanguageModel', () => {
  it.each<[LlmConfig, string]>([
    [{ ...common, provider: 'anthropic', model: 'claude-sonnet-4-5', apiKey: 'k' }, 'anthropic'],
    [{ ...common, provider: 'openai', model: 'gpt-4.1', apiKey: 'k' }, 'openai.chat'],
    [
      { ...common, provider: 'bedrock', model: 'amazon.nova-pro-v1:0', region: 'us-east-1' },
      'bedrock',
    ],
    [
      {
        ...common,
        provider: 'openai-compatible',
        model: 'llama3.1',
        baseUrl: 'http://127.0.0.1:1/v1',
      },
      'openai-compatible',
    ],
  ])('builds a guarded %o model', (cfg, provider) => {
    const model = createLanguageModel(cfg);
    expect(isGuardedModel(model)).toBe(true);
    if (typeof model === 'string') throw new Error('expected a model object');
    expect(model.modelId).toBe(cfg.model);
    expect(model.provider).toContain(provider);
  });

  it('knows a model that skipped the guard', () => {
    const raw = createOpenAICompatible({ name: 'raw', baseURL: 'http://127.0.0.1:1/v1' })('x');
    expect(isGuardedModel(raw)).toBe(false);
    expect(isGuardedModel('openai/gpt-4.1')).toBe(false);
  });
});

describe('describeForModel', () => {
  const base = { name: 'x', description: 'Does x.', input: z.object({}) };
  it('appends the level, and the confirmation for money', () => {
    expect(describeForModel({ ...base, minLevel: 1, movesMoney: false })).toBe(
      'Does x. (requires verification level 1)',
    );
    expect(describeForModel({ ...base, minLevel: 2, movesMoney: true })).toBe(
      'Does x. (requires verification level 2) Moves money: the system asks the customer to confirm before it runs.',
    );
  });
});
