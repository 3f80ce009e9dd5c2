import type { ErrorCode } from '@bankdesk/contracts';
import type { z } from 'zod';
import type { BankProfile } from '../config/index.js';
import type { Db, Tx } from '../db/index.js';
import type { BusinessCalendar } from '../domain/regulation/index.js';
import type { LedgerContext } from '../ledger/index.js';
import type { PaymentServices } from '../pci/index.js';
import type { AuthLevel, RequestOrigin, SecurityContext, Session } from '../security/index.js';

/** A refusal is a value, never an exception: `{ok: false, code, message}` plus helpful fields. */
export interface ToolRefusal {
  ok: false;
  code: ErrorCode;
  message: string;
  [detail: string]: unknown;
}

export type ToolOutcome<R extends object = Record<string, unknown>> =
  ({ ok: true } & R) | ToolRefusal;

/** What every tool may use; built once per server. */
export interface ToolServices {
  db: Db;
  security: SecurityContext;
  bank: BankProfile;
  timeZone: string;
  /** The bank's business days: the Federal Reserve calendar plus the bank's own closures. */
  calendar: BusinessCalendar;
  /** Tool calls allowed per session per minute; defaults to `toolCallsPerMinute`. */
  callsPerMinute?: number;
  /** Card payments (vault, processor, where the card form is served); absent where not set up. */
  payments?: PaymentServices;
}

/** What a handler gets for one call. The customer comes from the session, never from input. */
export interface ToolContext {
  services: ToolServices;
  /** The call's transaction: the handler's writes and the audit record commit together. */
  tx: Tx;
  session: Session;
  /** The session's customer; null only for level-0 tools before identification. */
  customerId: string | null;
  now: Date;
  origin: RequestOrigin;
  /** Ids and clock for ledger movements made by this call. */
  ledger: LedgerContext;
}

/** Verifier tools (identify, codes, the question) run the security core's own transactions. */
export interface VerifierContext {
  services: ToolServices;
  session: Session;
  origin: RequestOrigin;
}

interface ToolBase<S extends z.ZodType> {
  /** snake_case, as on the wire (MCP, LLM). */
  name: string;
  title: string;
  /** Written for a model and a person alike: what it does, when to use it, what it needs. */
  description: string;
  input: S;
  /** The success payload (without `ok`), for MCP output schemas and documentation. */
  output?: z.ZodType;
  minLevel: AuthLevel;
  /** Moves money: needs an idempotency key and an explicit confirmation. */
  movesMoney?: boolean;
  /**
   * Only reads: the gate runs it without a transaction, its audit record the one write
   * (`test/tools-read-only.test.ts` proves each such tool leaves every other table as it was).
   */
  readOnly?: boolean;
  /** Returns customer data (balances, transactions…): flagged in the audit record. */
  piiAccessed?: boolean;
  complianceFlags?: string[];
}

export interface StandardTool<S extends z.ZodType = z.ZodType> extends ToolBase<S> {
  kind: 'standard';
  handler(ctx: ToolContext, input: z.infer<S>): Promise<ToolOutcome>;
}

export interface VerifierTool<S extends z.ZodType = z.ZodType> extends ToolBase<S> {
  kind: 'verifier';
  handler(ctx: VerifierContext, input: z.infer<S>): Promise<ToolOutcome>;
}

export type ToolDefinition = StandardTool | VerifierTool;

export function defineTool<S extends z.ZodType>(tool: Omit<StandardTool<S>, 'kind'>): StandardTool {
  return { ...tool, kind: 'standard' } as unknown as StandardTool;
}

export function defineVerifier<S extends z.ZodType>(
  tool: Omit<VerifierTool<S>, 'kind'>,
): VerifierTool {
  return { ...tool, kind: 'verifier' } as unknown as VerifierTool;
}

export function refuse(
  code: ErrorCode,
  message: string,
  detail: Record<string, unknown> = {},
): ToolRefusal {
  return { ok: false, code, message, ...detail };
}
