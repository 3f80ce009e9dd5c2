import { errorCodes } from '@bankdesk/contracts';
import type { ErrorCode } from '@bankdesk/contracts';
import type { ToolOutcome } from '../../tools/index.js';
import { render, say } from './compose.js';
import { refusalSentences } from './refusals.js';
import { toolTemplates } from './templates/index.js';
import type { Bag, Refusal, Rendered, RenderContext, Reply } from './types.js';

/** Values that mean a template read a field that was not there; never shown to a customer. */
const leaked = /\bundefined\b|\bNaN\b|\[object |\bnull\b|Invalid Date/;

function asRefusal(outcome: Bag): Refusal {
  const code = (errorCodes as readonly unknown[]).includes(outcome.code)
    ? (outcome.code as ErrorCode)
    : 'INTERNAL';
  const message = typeof outcome.message === 'string' ? outcome.message : '';
  return { ...outcome, ok: false, code, message };
}

function refusalReply(tool: string, refusal: Refusal, ctx: RenderContext): Reply {
  const own = toolTemplates.get(tool)?.refusal?.(refusal, ctx);
  return own ?? refusalSentences[refusal.code](refusal, ctx, tool);
}

/** Honest when nothing better can be said: it worked (or not), without inventing details. */
function fallback(ok: boolean): Reply {
  return ok
    ? [say("That's done, though I can't show you the details right now.")]
    : [say("I couldn't complete that. Please try again, or I can connect you with a colleague.")];
}

function safely(build: () => Reply, ok: boolean): Rendered {
  try {
    const rendered = render(build());
    if (rendered.text && !leaked.test(rendered.text) && !leaked.test(rendered.speech))
      return rendered;
  } catch {
    // A payload no template expected (a field of the wrong type): say what is certain instead.
  }
  return render(fallback(ok));
}

/**
 * The customer-facing reply to one tool result, as text (light markdown) and as speech. Every
 * tool of the catalog has a template for its success and words its own refusals where the
 * shared sentence would say less; an unknown tool gets an honest generic sentence.
 */
export function renderToolResult(tool: string, outcome: ToolOutcome, ctx: RenderContext): Rendered {
  const result = outcome as Bag;
  if (result.ok === true) {
    const template = toolTemplates.get(tool);
    if (!template) return render(fallback(true));
    return safely(() => template.success(result, ctx), true);
  }
  const refusal = asRefusal(result);
  return safely(() => refusalReply(tool, refusal, ctx), false);
}

/** Whether a tool has its own wording; the catalog test fails for a new tool without one. */
export function hasToolTemplate(tool: string): boolean {
  return toolTemplates.has(tool);
}

/** Chat and MCP read; voice and the phone listen. */
export function variantFor(channel: RenderContext['channel']): 'text' | 'speech' {
  return channel === 'voice' || channel === 'phone' ? 'speech' : 'text';
}
