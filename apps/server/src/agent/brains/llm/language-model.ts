import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { wrapLanguageModel } from 'ai';
import type { LanguageModel } from 'ai';
import type { LlmConfig } from '../../../config/index.js';
import { pciGuardMiddleware } from '../../../pci/index.js';
import type { PciKind } from '../../../pci/index.js';

export interface LanguageModelOptions {
  /**
   * Told when a request carried card data and was refused (it then fails with PCI_BLOCKED). The
   * model is shared by every conversation, so the engine, which knows the session, usually audits
   * the thrown error instead; this hook is for a process-wide counter or log.
   */
  onBlocked?: (kinds: PciKind[]) => Promise<void>;
}

type ProviderModel = Parameters<typeof wrapLanguageModel>[0]['model'];

// Models that went through the card-data guard; runLlmTurn accepts no other.
const guardedModels = new WeakSet<object>();

/** The configured provider's model, wrapped so that every request is checked for card data. */
export function createLanguageModel(
  cfg: LlmConfig,
  options: LanguageModelOptions = {},
): LanguageModel {
  const model = wrapLanguageModel({
    model: providerModel(cfg),
    middleware: pciGuardMiddleware({ onBlocked: options.onBlocked ?? (() => Promise.resolve()) }),
  });
  guardedModels.add(model);
  return model;
}

export function isGuardedModel(model: LanguageModel): boolean {
  return typeof model === 'object' && guardedModels.has(model);
}

function providerModel(cfg: LlmConfig): ProviderModel {
  const baseURL = cfg.baseUrl ? { baseURL: cfg.baseUrl } : {};
  switch (cfg.provider) {
    case 'anthropic':
      return createAnthropic({ apiKey: cfg.apiKey, ...baseURL })(cfg.model);
    case 'openai':
      // Chat Completions is stateless: no conversation state is stored at OpenAI between turns,
      // whereas the Responses API stores responses unless told not to.
      return createOpenAI({ apiKey: cfg.apiKey, ...baseURL }).chat(cfg.model);
    case 'bedrock':
      return createAmazonBedrock({
        region: cfg.region,
        ...baseURL,
        credentialProvider: awsCredentialChain(),
      })(cfg.model);
    case 'openai-compatible':
      return createOpenAICompatible({
        name: 'openai-compatible',
        baseURL: cfg.baseUrl,
        ...(cfg.apiKey ? { apiKey: cfg.apiKey } : {}),
      })(cfg.model);
  }
}

/**
 * The AWS SDK's standard chain (environment, shared profile or SSO, web identity, container and
 * instance roles), which the Bedrock provider does not walk by itself: on AWS a bank runs on roles,
 * not on static keys. Loaded on first use, so the other providers never load the AWS SDK. A Bedrock
 * API key in AWS_BEARER_TOKEN_BEDROCK still takes precedence inside the provider.
 */
function awsCredentialChain() {
  let chain: Promise<() => Promise<AwsCredentials>> | undefined;
  return async (): Promise<AwsCredentials> => {
    chain ??= import('@aws-sdk/credential-provider-node').then((m) => m.defaultProvider());
    const { accessKeyId, secretAccessKey, sessionToken } = await (await chain)();
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
  };
}

interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}
