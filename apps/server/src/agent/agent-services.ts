import type { LanguageModel } from 'ai';
import type { ToolRegistry, ToolServices } from '../tools/index.js';

export type BrainKind = 'builtin' | 'llm';

/** What the conversation engine needs, built once per server. */
export interface AgentServices {
  tools: { services: ToolServices; registry: ToolRegistry };
  /** Which brain new conversations get. */
  brain: BrainKind;
  /** The language model, when the LLM brain is configured. */
  llm?: { model: LanguageModel; maxSteps: number; timeoutMs?: number } | undefined;
}
