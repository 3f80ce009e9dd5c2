import { createLanguageModel } from '../agent/brains/llm/index.js';
import type { AgentServices } from '../agent/index.js';
import type { Config } from '../config/index.js';
import type { ToolRegistry, ToolServices } from '../tools/index.js';

/** The conversation engine as configured: the built-in brain, or a language model behind the gate. */
export function createAgentServices(
  config: Pick<Config, 'brain'>,
  tools: { services: ToolServices; registry: ToolRegistry },
): AgentServices {
  if (config.brain.kind === 'builtin') return { tools, brain: 'builtin' };
  return {
    tools,
    brain: 'llm',
    llm: {
      model: createLanguageModel(config.brain.llm),
      maxSteps: config.brain.llm.maxSteps,
      timeoutMs: config.brain.llm.timeoutMs,
    },
  };
}
