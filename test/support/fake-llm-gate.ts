import { randomUUID } from 'node:crypto';
import { llmTool } from '../../apps/server/src/agent/brains/llm/index.js';
import type { LlmInvokeOutcome, LlmTool } from '../../apps/server/src/agent/brains/llm/index.js';
import { registry } from './tool-harness.js';
import type { ToolHarness } from './tool-harness.js';

/** Catalog tools by name, as a model is shown them. */
export function catalogTools(...names: string[]): LlmTool[] {
  return names.map((name) => {
    const definition = registry.get(name);
    if (!definition) throw new Error(`no tool ${name} in the catalog`);
    return llmTool(definition);
  });
}

const handedOver = new Set(['AUTH_REQUIRED', 'STEP_UP_LOCKED', 'CONFIRMATION_REQUIRED']);

/**
 * `invoke` as the engine will provide it, on the real gate: money movements go in unconfirmed
 * (with a key, so the gate asks for the confirmation), and a refusal that needs the customer — a
 * step-up, a confirmation — hands the turn over. Every call is also kept, for the tests.
 */
export function gateInvoke(
  h: ToolHarness,
  sessionId: string,
): {
  invoke: (name: string, input: unknown) => Promise<LlmInvokeOutcome>;
  seen: { name: string; input: unknown; outcome: LlmInvokeOutcome }[];
} {
  const seen: { name: string; input: unknown; outcome: LlmInvokeOutcome }[] = [];
  return {
    seen,
    async invoke(name, input) {
      const movesMoney = registry.get(name)?.movesMoney ?? false;
      const outcome = await h.call(
        sessionId,
        name,
        input,
        movesMoney ? { key: `key-${randomUUID()}`, confirmed: false } : {},
      );
      const result: LlmInvokeOutcome =
        !outcome.ok && handedOver.has(outcome.code) ? { ...outcome, stop: true } : outcome;
      seen.push({ name, input, outcome: result });
      return result;
    },
  };
}
