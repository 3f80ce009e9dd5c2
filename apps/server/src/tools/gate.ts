import type { z } from 'zod';
import type { Tx } from '../db/index.js';
import { isAppError } from '../errors/index.js';
import { defaultLedgerContext, runOperation } from '../ledger/index.js';
import {
  appendAudit,
  authorize,
  loadSessionAuth,
  lockLiveSession,
  recordAudit,
  touchSessionSql,
} from '../security/index.js';
import type { AuditInput, RequestOrigin, Session } from '../security/index.js';
import { pciBlockAudit, pciWarning, scrubOutbound } from '../pci/index.js';
import { cardDataInInput } from './card-data-screen.js';
import { ownsAll, referencedIds } from './id-references.js';
import type { ToolRegistry } from './registry.js';
import { refuse } from './tool.js';
import type { ToolDefinition, ToolOutcome, ToolRefusal, ToolServices } from './tool.js';

export interface ToolCall {
  name: string;
  input: unknown;
  /** The conversation's session; the channel has already checked its token. */
  sessionId: string;
  /** Required for tools that move money: a retry with the same key gets the first answer. */
  idempotencyKey?: string | undefined;
  /** Set by the channel only after the customer explicitly confirmed a money movement. */
  confirmed?: boolean | undefined;
  origin?: RequestOrigin;
  /**
   * The caller commits durably after this call and before any answer leaves (a conversation
   * turn's final write), so a read-only call's record need not wait for the disk on its own.
   */
  durableLater?: boolean | undefined;
}

/** Calls per session per minute, across all tools: far above a person, well below a script. */
export const toolCallsPerMinute = 30;

/**
 * The one gate every tool call passes, whoever makes it (the built-in brain, an LLM, an MCP
 * client): the input is validated, the session's level checked (a step-up is named, not
 * performed), a money movement needs a confirmation and an idempotency key, every id in the input
 * must belong to the session's customer, calls are rate-limited — and the call, whatever its
 * outcome, writes one audit record.
 */
export async function invokeTool(
  services: ToolServices,
  registry: ToolRegistry,
  call: ToolCall,
): Promise<ToolOutcome> {
  const now = services.security.now();
  const origin = call.origin ?? {};
  const tool = registry.get(call.name);
  // One read for everything the checks below need: the session, its locks and its recent calls.
  const loaded = await loadSessionAuth(services.db, call.sessionId, now);
  if (!loaded) return refuse('SESSION_INVALID', 'the session does not exist');
  const { session } = loaded;
  const audit = (outcome: ToolOutcome, extra: Record<string, string | number | boolean> = {}) =>
    toolAudit(tool, session, origin, outcome, extra);

  if (!tool) {
    const outcome = refuse('NOT_FOUND', `there is no tool called ${call.name.slice(0, 60)}`);
    await recordAudit(services.db, { ...audit(outcome), resource: 'unknown_tool' }, now);
    return outcome;
  }
  if (session.endedAt || now >= session.idleExpiresAt || now >= session.absoluteExpiresAt) {
    return refuse('SESSION_EXPIRED', 'the session has expired; start a new conversation');
  }

  const parsed = tool.input.safeParse(call.input);
  if (!parsed.success) {
    const outcome = refuse('INVALID_INPUT', describeIssues(parsed.error));
    await recordAudit(services.db, audit(outcome), now);
    return outcome;
  }

  // Before anything else reads it: card data in a tool's input goes no further, not even to the
  // idempotency record.
  const carried = cardDataInInput(parsed.data);
  if (carried.length > 0) {
    const outcome = refuse('PCI_BLOCKED', pciWarning, { kinds: carried });
    await services.db.transaction(async (tx) => {
      await appendAudit(tx, audit(outcome), now);
      await appendAudit(
        tx,
        pciBlockAudit({
          source: 'tool_input',
          sessionId: session.id,
          customerId: session.customerId,
          channel: session.channel,
          kinds: carried,
        }),
        now,
      );
    });
    return outcome;
  }

  const decision = authorize(loaded.auth, tool.minLevel);
  if (!decision.ok) {
    const outcome =
      decision.code === 'AUTH_REQUIRED'
        ? refuse('AUTH_REQUIRED', `this needs verification level ${decision.level}`, {
            level: decision.level,
            next: decision.next,
          })
        : refuse('STEP_UP_LOCKED', 'verification is locked for now; a colleague will help', {
            level: decision.level,
            handoff: true,
          });
    await recordAudit(services.db, audit(outcome), now);
    return outcome;
  }

  if (tool.movesMoney) {
    const missing = !call.idempotencyKey
      ? refuse('INVALID_INPUT', 'a money movement needs an idempotency key')
      : !call.confirmed
        ? refuse('CONFIRMATION_REQUIRED', 'the customer must confirm this before it runs')
        : null;
    if (missing) {
      await recordAudit(services.db, audit(missing), now);
      return missing;
    }
  }

  if (loaded.recentToolCalls >= (services.callsPerMinute ?? toolCallsPerMinute)) {
    const outcome = refuse('RATE_LIMITED', 'too many requests in a minute; slow down');
    await recordAudit(services.db, audit(outcome), now);
    return outcome;
  }

  if (tool.kind === 'verifier') {
    // The verifiers audit every attempt themselves, inside their own transactions.
    return tool.handler({ services, session, origin }, parsed.data);
  }

  const refs = referencedIds(parsed.data);
  // The call itself, on `tx` for the session `live`: ownership, the handler, the scrub, the record.
  const perform = async (tx: Tx, live: Session, flush = true): Promise<ToolOutcome> => {
    let outcome: ToolOutcome;
    if (!(await ownsAll(tx, live.customerId, refs))) {
      outcome = refuse('NOT_FOUND', 'nothing like that was found');
    } else {
      outcome = await tool.handler(
        {
          services,
          tx,
          session: live,
          customerId: live.customerId,
          now,
          origin,
          ledger: defaultLedgerContext({ now: () => now, timeZone: services.timeZone }),
        },
        parsed.data,
      );
      // A result is ours, so card data in it is a defect upstream: it leaves masked, and
      // the trail says so.
      const scrubbed = scrubOutbound(outcome);
      if (scrubbed.kinds.length > 0) {
        outcome = scrubbed.value;
        await appendAudit(
          tx,
          pciBlockAudit({
            source: 'tool_result',
            sessionId: live.id,
            customerId: live.customerId,
            channel: live.channel,
            kinds: scrubbed.kinds,
          }),
          now,
        );
      }
    }
    // A call that did what was asked keeps the session alive; the touch rides with the record.
    const touch = outcome.ok ? touchSessionSql(services.security, live) : undefined;
    await appendAudit(tx, toolAudit(tool, live, origin, outcome, {}), now, {
      alongside: touch,
      flush,
    });
    return outcome;
  };
  try {
    if (tool.readOnly) {
      // Nothing to commit but the record, which is one statement: no transaction, no session
      // lock (the session was found alive above, and reads need no ordering). The answer leaves
      // only after its record is written; if the write fails, the caller gets an error instead.
      // The record reaches the disk with the caller's own commit when it promises one.
      return toJson(await perform(services.db as unknown as Tx, session, !call.durableLater));
    }
    const { result, replayed } = await runOperation(
      services.db,
      {
        scope: session.customerId ?? session.id,
        operation: tool.name,
        request: parsed.data,
        idempotencyKey: tool.movesMoney ? call.idempotencyKey : undefined,
      },
      async (tx: Tx) => perform(tx, await lockLiveSession(tx, services.security, session.id)),
    );
    if (replayed) await recordAudit(services.db, audit(result, { replayed: true }), now);
    return result;
  } catch (error) {
    if (!isAppError(error)) throw error;
    const outcome = refuse(error.code, error.message);
    await recordAudit(services.db, audit(outcome), now);
    return outcome;
  }
}

function toolAudit(
  tool: ToolDefinition | undefined,
  session: Session,
  origin: RequestOrigin,
  outcome: ToolOutcome,
  extra: Record<string, string | number | boolean>,
): AuditInput {
  const refusal = outcome.ok ? null : (outcome as ToolRefusal);
  return {
    action: 'TOOL_CALL',
    result: outcome.ok
      ? 'success'
      : [
            'AUTH_REQUIRED',
            'STEP_UP_LOCKED',
            'CONFIRMATION_REQUIRED',
            'RATE_LIMITED',
            'NOT_FOUND',
            'PCI_BLOCKED',
          ].includes(refusal!.code)
        ? 'denied'
        : 'failure',
    actor: 'customer',
    customerId: session.customerId,
    sessionId: session.id,
    resource: tool?.name ?? 'unknown_tool',
    authLevel: session.level,
    ipAddress: origin.ipAddress ?? session.ipAddress,
    jurisdiction: session.jurisdiction ?? 'unknown',
    piiAccessed: Boolean(outcome.ok && tool?.piiAccessed),
    complianceFlags: tool?.complianceFlags ?? [],
    metadata: { ...(refusal ? { code: refusal.code.toLowerCase() } : {}), ...extra },
  };
}

/** Fresh answers take the same JSON round trip as stored ones (see `runOperation`). */
function toJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Zod's issues as one sentence, naming fields and rules but never echoing the values. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
    .join('; ');
}
