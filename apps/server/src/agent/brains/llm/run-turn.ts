import { generateText, stepCountIs } from 'ai';
import type { ModelMessage } from 'ai';
import { AppError, isAppError } from '../../../errors/index.js';
import { isGuardedModel } from './language-model.js';
import { systemPrompt } from './system-prompt.js';
import { ToolLoop } from './tool-loop.js';
import type { LlmTurnInput, LlmTurnResult } from './types.js';

/**
 * One customer turn answered by a language model: it may call the offered tools, each call going
 * through the engine's `invoke` (the policy gate), until it answers in words, runs out of steps,
 * or a call hands the turn to the engine (a step-up or a confirmation), which ends the loop at once.
 *
 * Errors: PCI_BLOCKED (a request carried card data and was not sent) and any other AppError pass
 * through; an error thrown by `invoke` is rethrown as is and never shown to the model; a caller's
 * abort passes through; anything else from the provider (refused, unreachable, timed out) is
 * LLM_UNAVAILABLE.
 */
export async function runLlmTurn(input: LlmTurnInput): Promise<LlmTurnResult> {
  if (!isGuardedModel(input.model)) {
    throw new AppError('INTERNAL', 'runLlmTurn takes only models made by createLanguageModel');
  }
  const loop = new ToolLoop(input.invoke);
  const offered = new Set(input.tools.map((t) => t.name));
  const messages: ModelMessage[] = [
    // Some providers refuse an empty message; an empty turn says nothing anyway.
    ...input.history
      .filter((m) => m.text.trim() !== '')
      .map((m): ModelMessage =>
        m.role === 'assistant'
          ? { role: 'assistant', content: m.text }
          : { role: 'user', content: m.text },
      ),
    { role: 'user', content: input.userText },
  ];
  try {
    const result = await generateText({
      model: input.model,
      system: systemPrompt(input.bankName, input.authLevel),
      messages,
      tools: loop.toolSet(input.tools),
      stopWhen: [stepCountIs(input.maxSteps), () => loop.stopped],
      // One retry for a dropped connection or a 5xx; a customer is waiting.
      maxRetries: 1,
      ...(input.timeoutMs ? { timeout: { totalMs: input.timeoutMs } } : {}),
      ...(input.abortSignal ? { abortSignal: input.abortSignal } : {}),
      // The steps need not keep copies of what was sent: customer data stays in fewer places.
      experimental_include: { requestBody: false },
      onStepFinish(step) {
        for (const part of step.content) {
          // Our execute never throws, so a tool error is a call the AI SDK refused itself.
          if (part.type === 'tool-error') {
            loop.recordRefusedByModelLayer(part.toolName, !offered.has(part.toolName));
          }
        }
      },
    });
    if (loop.failure) throw loop.failure.error;
    return { text: result.text.trim(), calls: loop.calls, stoppedByEngine: loop.stoppedByEngine };
  } catch (error) {
    if (loop.failure) throw loop.failure.error;
    if (isAppError(error) || input.abortSignal?.aborted) throw error;
    throw new AppError('LLM_UNAVAILABLE', 'the language model did not answer', { cause: error });
  }
}
