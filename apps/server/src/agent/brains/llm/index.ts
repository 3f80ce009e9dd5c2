export { createLanguageModel, isGuardedModel } from './language-model.js';
export type { LanguageModelOptions } from './language-model.js';
export { runLlmTurn } from './run-turn.js';
export { systemPrompt } from './system-prompt.js';
export { describeForModel, llmTool } from './tool-loop.js';
export type { LlmCall, LlmInvokeOutcome, LlmTool, LlmTurnInput, LlmTurnResult } from './types.js';
