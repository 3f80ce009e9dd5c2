import { jsonSchema, tool } from 'ai';
import type { ToolSet } from 'ai';
import { scrubOutbound } from '../../../pci/index.js';
import { toolJsonSchema } from '../../../tools/index.js';
import type { ToolDefinition } from '../../../tools/index.js';
import type { LlmCall, LlmInvokeOutcome, LlmTool } from './types.js';

/** A catalog tool as the model may be shown it. */
export function llmTool(definition: ToolDefinition): LlmTool {
  return {
    name: definition.name,
    description: definition.description,
    input: definition.input,
    minLevel: definition.minLevel,
    movesMoney: definition.movesMoney ?? false,
  };
}

export function describeForModel(t: LlmTool): string {
  const money = t.movesMoney
    ? ' Moves money: the system asks the customer to confirm before it runs.'
    : '';
  return `${t.description} (requires verification level ${t.minLevel})${money}`;
}

/**
 * One turn's tool calls. The model proposes, `invoke` (the engine's gate) disposes. Calls run one
 * at a time even when the model asks for several at once, so that a call that hands the turn to the
 * engine stops the ones after it from running at all.
 */
export class ToolLoop {
  readonly calls: LlmCall[] = [];
  stoppedByEngine = false;
  /** An error from `invoke` itself: the engine's fault, rethrown as is once the model returns. */
  failure: { error: unknown } | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly invoke: (name: string, input: unknown) => Promise<LlmInvokeOutcome>,
  ) {}

  get stopped(): boolean {
    return this.stoppedByEngine || this.failure !== null;
  }

  /**
   * The tools as the AI SDK wants them. The schema is shown to the model but not enforced here:
   * the raw input goes to the gate, which validates it and audits the refusal if it is wrong.
   */
  toolSet(tools: readonly LlmTool[]): ToolSet {
    const set: ToolSet = {};
    for (const t of tools) {
      set[t.name] = tool({
        description: describeForModel(t),
        inputSchema: jsonSchema<unknown>(() => toolJsonSchema(t.input)),
        execute: (input: unknown) => this.run(t.name, input),
      });
    }
    return set;
  }

  /** A call the AI SDK refused before it reached us: an unknown tool or unreadable input. */
  recordRefusedByModelLayer(toolName: string, unknownTool: boolean): void {
    this.calls.push({
      tool: toolName,
      ok: false,
      code: unknownTool ? 'NOT_FOUND' : 'INVALID_INPUT',
    });
  }

  private run(name: string, input: unknown): Promise<unknown> {
    const result = this.queue.then(() => this.runOne(name, input));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async runOne(name: string, input: unknown): Promise<unknown> {
    // The loop ends after this step; what these say is never sent to the model.
    if (this.stopped) return { ok: false, message: 'not run: the turn was handed over' };
    let outcome: LlmInvokeOutcome;
    try {
      outcome = await this.invoke(name, input);
    } catch (error) {
      this.failure = { error };
      return { ok: false, message: 'not run' };
    }
    const { stop, ...result } = outcome;
    this.calls.push(
      result.ok ? { tool: name, ok: true } : { tool: name, ok: false, code: result.code },
    );
    if (stop) this.stoppedByEngine = true;
    // The gate already masks card data in results; this is the second lock on the same door.
    return scrubOutbound(result).value;
  }
}
