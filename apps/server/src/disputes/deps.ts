// What the dispute service uses from below it, gathered so each file imports one place.
export {
  accounts,
  cards,
  disputeEvents,
  disputeEvidence,
  disputes,
  newId,
  transactions,
} from '../db/index.js';
export type { Tx } from '../db/index.js';
export {
  acceptsEvidence,
  disputeStatusLine,
  evidenceDueDate,
  networkReasonCode,
  transitionDispute,
  validateEvidence,
} from '../domain/disputes/index.js';
export type { DisputeReason, DisputeStatus, EvidenceType } from '../domain/disputes/index.js';
export {
  isNewAccountTransfer,
  localDateOf,
  regEDeadlines,
  regZDeadlines,
  zonedInstant,
} from '../domain/regulation/index.js';
export type { BusinessCalendar } from '../domain/regulation/index.js';
export {
  confirmationNumber,
  postProvisionalCredit,
  reverseProvisionalCredit,
} from '../ledger/index.js';
export type { LedgerContext } from '../ledger/index.js';

import type { ErrorCode } from '@bankdesk/contracts';
import type { disputes } from '../db/index.js';
import type { Tx } from '../db/index.js';
import type { BusinessCalendar } from '../domain/regulation/index.js';
import { confirmationNumber } from '../ledger/index.js';
import type { LedgerContext } from '../ledger/index.js';

export type DisputeRow = typeof disputes.$inferSelect;

export interface Refusal {
  ok: false;
  code: ErrorCode;
  message: string;
  [detail: string]: unknown;
}

export function refusal(
  code: ErrorCode,
  message: string,
  detail: Record<string, unknown> = {},
): Refusal {
  return { ok: false, code, message, ...detail };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

/** What every dispute operation runs with: one transaction, the bank's clock and calendar. */
export interface DisputeContext {
  tx: Tx;
  now: Date;
  ledger: LedgerContext;
  calendar: BusinessCalendar;
  timeZone: string;
  evidenceDays: number;
}

export function confirmationNumberFor(prefix: string, ctx: DisputeContext): string {
  return confirmationNumber(prefix, ctx.now, ctx.ledger);
}
