import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config/index.js';
import { isAppError } from '../../../errors/index.js';

function failure(env: Record<string, string>): string {
  try {
    loadConfig(env, { cwd: '/srv/bank' });
  } catch (error) {
    if (isAppError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('expected loadConfig to fail');
}

describe('the brain’s configuration', () => {
  it('is the built-in brain unless told otherwise', () => {
    expect(loadConfig({}, { cwd: '/srv/bank' }).brain).toEqual({ kind: 'builtin' });
    // Model settings alone do not switch brains.
    expect(
      loadConfig(
        { BANKDESK_LLM_PROVIDER: 'anthropic', BANKDESK_LLM_MODEL: 'claude-sonnet-4-5' },
        { cwd: '/srv/bank' },
      ).brain,
    ).toEqual({ kind: 'builtin' });
  });

  it('reads each provider with its key, region or address, and the defaults', () => {
    const llm = (env: Record<string, string>) => {
      const brain = loadConfig({ BANKDESK_BRAIN: 'llm', ...env }, { cwd: '/srv/bank' }).brain;
      return brain.kind === 'llm' ? brain.llm : null;
    };
    expect(
      llm({
        BANKDESK_LLM_PROVIDER: 'anthropic',
        BANKDESK_LLM_MODEL: 'claude-sonnet-4-5',
        ANTHROPIC_API_KEY: 'sk-ant-x',
      }),
    ).toEqual({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      apiKey: 'sk-ant-x',
      maxSteps: 6,
      timeoutMs: 30_000,
    });
    expect(
      llm({
        BANKDESK_LLM_PROVIDER: 'openai',
        BANKDESK_LLM_MODEL: 'gpt-4.1',
        OPENAI_API_KEY: 'sk-x',
        BANKDESK_LLM_BASE_URL: 'https://egress.bank.internal/openai/v1/',
        BANKDESK_LLM_MAX_STEPS: '3',
        BANKDESK_LLM_TIMEOUT_MS: '15000',
      }),
    ).toEqual({
      provider: 'openai',
      model: 'gpt-4.1',
      apiKey: 'sk-x',
      baseUrl: 'https://egress.bank.internal/openai/v1',
      maxSteps: 3,
      timeoutMs: 15_000,
    });
    expect(
      llm({
        BANKDESK_LLM_PROVIDER: 'bedrock',
        BANKDESK_LLM_MODEL: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
        AWS_REGION: 'us-west-2',
      }),
    ).toMatchObject({ provider: 'bedrock', region: 'us-west-2' });
    expect(
      llm({
        BANKDESK_LLM_PROVIDER: 'openai-compatible',
        BANKDESK_LLM_MODEL: 'llama3.1:8b',
        BANKDESK_LLM_BASE_URL: 'http://127.0.0.1:11434/v1',
      }),
    ).toEqual({
      provider: 'openai-compatible',
      model: 'llama3.1:8b',
      baseUrl: 'http://127.0.0.1:11434/v1',
      maxSteps: 6,
      timeoutMs: 30_000,
    });
  });

  it.each([
    [{}, 'BANKDESK_LLM_PROVIDER'],
    [{ BANKDESK_LLM_PROVIDER: 'anthropic' }, 'BANKDESK_LLM_MODEL'],
    [{ BANKDESK_LLM_PROVIDER: 'anthropic', BANKDESK_LLM_MODEL: 'm' }, 'ANTHROPIC_API_KEY'],
    [{ BANKDESK_LLM_PROVIDER: 'openai', BANKDESK_LLM_MODEL: 'm' }, 'OPENAI_API_KEY'],
    [{ BANKDESK_LLM_PROVIDER: 'bedrock', BANKDESK_LLM_MODEL: 'm' }, 'AWS_REGION'],
    [
      { BANKDESK_LLM_PROVIDER: 'openai-compatible', BANKDESK_LLM_MODEL: 'm' },
      'BANKDESK_LLM_BASE_URL',
    ],
  ])('says what is missing for the llm brain: %o needs %s', (env, missing) => {
    const message = failure({ BANKDESK_BRAIN: 'llm', ...env });
    expect(message).toMatch(/^CONFIG_INVALID: /);
    expect(message).toContain(missing);
    expect(message).not.toContain('sk-');
  });

  it('rejects values out of range, naming the variable', () => {
    expect(failure({ BANKDESK_BRAIN: 'gpt' })).toContain('BANKDESK_BRAIN');
    expect(failure({ BANKDESK_LLM_PROVIDER: 'gemini' })).toContain('BANKDESK_LLM_PROVIDER');
    expect(failure({ BANKDESK_LLM_MAX_STEPS: '0' })).toContain('BANKDESK_LLM_MAX_STEPS');
    expect(failure({ BANKDESK_LLM_MAX_STEPS: '50' })).toContain('BANKDESK_LLM_MAX_STEPS');
    expect(failure({ BANKDESK_LLM_TIMEOUT_MS: '10' })).toContain('BANKDESK_LLM_TIMEOUT_MS');
    expect(failure({ BANKDESK_LLM_BASE_URL: 'ftp://models' })).toContain('BANKDESK_LLM_BASE_URL');
  });
});
