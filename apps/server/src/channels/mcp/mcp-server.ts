import { Server } from '@modelcontextprotocol/server';
import { z } from 'zod';
import type { RequestOrigin } from '../../security/index.js';
import { invokeTool, toolJsonSchema } from '../../tools/index.js';
import type { ToolDefinition, ToolOutcome, ToolRegistry, ToolServices } from '../../tools/index.js';
import { version } from '../../version.js';

/** Whom an MCP connection acts for: one conversation session, fixed when it connects. */
export interface McpBinding {
  sessionId: string;
  origin: RequestOrigin;
}

/**
 * Money movers take two extra arguments over MCP, because the calling agent is the one that
 * asked the customer: the key that makes a retry safe, and the confirmation it obtained.
 */
const moneyArguments = {
  idempotency_key: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{8,128}$/)
    .describe('A fresh random key per operation; resend the same key to retry safely'),
  confirmed: z
    .boolean()
    .describe('true only after the customer explicitly confirmed this exact operation'),
};

export function mcpInputSchema(tool: ToolDefinition): z.ZodType {
  const input = tool.input as z.ZodObject;
  return tool.movesMoney ? input.extend(moneyArguments) : input;
}

/**
 * The JSON Schema a client sees. zod states two limits nobody chose: every integer bounded to the
 * safe-integer range, and `format: "date"` repeated as a long regex. Both are dropped so seed 004's
 * six tools read exactly as specified; the zod schema still enforces them on every call.
 */
export function mcpJsonSchema(tool: ToolDefinition): { type: 'object'; [key: string]: unknown } {
  return toolJsonSchema(mcpInputSchema(tool));
}

export function describeForMcp(tool: ToolDefinition): string {
  const level = [
    'no verification',
    'verification level 1 (identified)',
    'verification level 2 (one-time code)',
    'verification level 3 (security question)',
  ][tool.minLevel];
  return `${tool.description} Requires ${level}.${tool.movesMoney ? ' Moves money: pass idempotency_key and confirmed=true.' : ''}`;
}

/** What a tool call answers over MCP: the outcome as structured content, refusals as tool errors. */
export function toMcpResult(outcome: ToolOutcome) {
  const text = outcome.ok ? JSON.stringify(outcome) : `${outcome.code}: ${outcome.message}`;
  return {
    content: [{ type: 'text' as const, text }],
    structuredContent: outcome as Record<string, unknown>,
    isError: !outcome.ok,
  };
}

/**
 * A low-level MCP server over the tool catalog. Listing and calling are ours rather than the
 * SDK's high-level helpers, so every call runs through the policy gate and every failure —
 * invalid input included — comes back as a tool error carrying the gate's stable code.
 */
export function createMcpServer(
  services: ToolServices,
  registry: ToolRegistry,
  binding: McpBinding,
): Server {
  const server = new Server(
    { name: 'bankdesk', version },
    {
      capabilities: { tools: {} },
      instructions:
        'Banking tools for one customer conversation. Identify the caller with authenticate, step up with verify_otp (send, then check the code) and step_up_authentication when a tool answers AUTH_REQUIRED. Card numbers, CVV and PINs must never be sent.',
    },
  );
  const tools = registry.list().map((tool) => ({
    name: tool.name,
    title: tool.title,
    description: describeForMcp(tool),
    inputSchema: mcpJsonSchema(tool),
    annotations: {
      title: tool.title,
      readOnlyHint: tool.kind === 'standard' && !tool.movesMoney && isReadOnly(tool.name),
      destructiveHint: Boolean(tool.movesMoney),
      idempotentHint: Boolean(tool.movesMoney),
      openWorldHint: false,
    },
  }));
  server.setRequestHandler('tools/list', async () => ({ tools }));
  server.setRequestHandler('tools/call', async (request) => {
    const { name, arguments: args = {} } = request.params;
    const { idempotency_key, confirmed, ...input } = args as Record<string, unknown>;
    const tool = registry.get(name);
    const outcome = await invokeTool(services, registry, {
      name,
      input: tool?.movesMoney ? input : args,
      sessionId: binding.sessionId,
      idempotencyKey: typeof idempotency_key === 'string' ? idempotency_key : undefined,
      confirmed: confirmed === true,
      origin: binding.origin,
    });
    return toMcpResult(outcome);
  });
  return server;
}

const readOnlyTools = new Set([
  'check_balance',
  'view_recent_transactions',
  'search_transactions',
  'lookup_transaction',
  'explain_pending',
  'check_replacement_status',
  'check_transfer_status',
  'check_dispute_status',
  'list_disputes',
  'explain_provisional_credit',
  'get_compliance_deadline',
  'fraud_score',
  'clarify_merchant',
]);

function isReadOnly(name: string): boolean {
  return readOnlyTools.has(name);
}
