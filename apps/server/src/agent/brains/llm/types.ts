import type { LanguageModel } from 'ai';
import type { z } from 'zod';
import type { ToolOutcome } from '../../../tools/index.js';

/** A tool as the model is shown it: the engine picks which ones, the gate still decides. */
export interface LlmTool {
  name: string;
  description: string;
  input: z.ZodType;
  minLevel: 0 | 1 | 2 | 3;
  movesMoney: boolean;
}

/** The gate's answer; `stop` means the engine took the turn over (step-up, confirmation). */
export type LlmInvokeOutcome = ToolOutcome & { stop?: boolean };

export interface LlmTurnInput {
  /** From `createLanguageModel`: any other model is refused, so no request skips the card check. */
  model: LanguageModel;
  bankName: string;
  authLevel: 0 | 1 | 2 | 3;
  /** Earlier turns, already redacted by the engine. */
  history: { role: 'user' | 'assistant'; text: string }[];
  /** This turn's words, already through the inbound guard. */
  userText: string;
  tools: readonly LlmTool[];
  invoke(name: string, input: unknown): Promise<LlmInvokeOutcome>;
  /** Most model requests in this turn; each tool round trip is one. */
  maxSteps: number;
  /** The whole turn's budget on the model, tool calls included; none when absent. */
  timeoutMs?: number;
  abortSignal?: AbortSignal;
}

export interface LlmCall {
  tool: string;
  ok: boolean;
  code?: string;
}

export interface LlmTurnResult {
  /**
   * The model's last words. Empty when the steps ran out on a tool call, and of no use when the
   * engine stopped the turn: the engine then speaks for itself.
   */
  text: string;
  /** Every call the model made, in order, with the gate's verdict. */
  calls: LlmCall[];
  stoppedByEngine: boolean;
}
