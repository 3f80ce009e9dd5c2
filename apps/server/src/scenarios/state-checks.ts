import type { OpsAuditRecord, OpsHandoff, OpsHandoffStatus } from '@bankdesk/contracts';
import { formatUsd } from '../domain/index.js';
import type { BankClient } from './bank-client.js';
import type { StateCheck } from './scenario-schema.js';

/** What the checks need to know about the conversation they judge. */
export interface CheckScope {
  client: BankClient;
  /** The persona's customer number (CUST-10001). */
  customer: string;
  /** When the conversation began, by the server's clock: older records are not its doing. */
  since: Date;
  /** The conversation's session, when the server tells it. */
  sessionId?: string | undefined;
}

export interface CheckResult {
  pass: boolean;
  /** Why not, in words for the report. */
  reason?: string;
}

const pass: CheckResult = { pass: true };
const fail = (reason: string): CheckResult => ({ pass: false, reason });
const isRecent = (at: string, scope: CheckScope) => Date.parse(at) >= scope.since.getTime();

/** One state check, read through the ops API. */
export async function runStateCheck(scope: CheckScope, check: StateCheck): Promise<CheckResult> {
  const { client, customer } = scope;
  if (check.card) {
    const want = check.card;
    const cards = (await client.cards(customer)).filter((c) => c.last4 === want.last4);
    if (cards.length === 0) return fail(`no card ending in ${want.last4}`);
    return cards.some((c) => c.status === want.status)
      ? pass
      : fail(
          `card ending in ${want.last4} is ${cards.map((c) => c.status).join('/')}, expected ${want.status}`,
        );
  }
  if (check.balance) {
    const want = check.balance;
    const account = (await client.accounts(customer)).find((a) => a.last4 === want.last4);
    if (!account) return fail(`no account ending in ${want.last4}`);
    return account.availableCents === want.availableCents
      ? pass
      : fail(
          `account ending in ${want.last4} has ${formatUsd(account.availableCents)} available, expected ${formatUsd(want.availableCents)}`,
        );
  }
  if (check.dispute) {
    const want = check.dispute;
    const matching = (await client.disputes(customer)).filter(
      (d) =>
        isRecent(d.createdAt, scope) &&
        d.amountCents === want.amountCents &&
        (!want.reason || d.reason === want.reason) &&
        (!want.merchant || d.merchant.toLowerCase().includes(want.merchant.toLowerCase())) &&
        (!want.status || d.status === want.status) &&
        d.evidenceCount >= (want.minEvidence ?? 0),
    );
    const what = `a dispute of ${formatUsd(want.amountCents)}${want.reason ? ` (${want.reason})` : ''}${want.merchant ? ` at ${want.merchant}` : ''}${want.minEvidence ? ` with ${want.minEvidence}+ evidence` : ''}`;
    if (want.absent) return matching.length === 0 ? pass : fail(`${what} was filed`);
    return matching.length > 0 ? pass : fail(`${what} was not filed in this conversation`);
  }
  if (check.transfer) {
    const want = check.transfer;
    const matching = (await client.transfers(customer)).filter(
      (t) =>
        isRecent(t.createdAt, scope) && t.amountCents === want.amountCents && t.rail === want.rail,
    );
    const what = `a ${want.rail} transfer of ${formatUsd(want.amountCents)}`;
    if (want.absent) return matching.length === 0 ? pass : fail(`${what} was made`);
    return matching.length > 0 ? pass : fail(`${what} was not made in this conversation`);
  }
  if (check.stopPayment) {
    const want = check.stopPayment;
    const stops = (await client.stopPayments(customer)).filter(
      (s) => s.checkNumber === want.checkNumber,
    );
    return stops.some((s) => s.status === 'active')
      ? pass
      : fail(`no active stop payment on check ${want.checkNumber}`);
  }
  if (check.handoff) return checkHandoff(scope, check.handoff.reason);
  if (check.audit) {
    const want = check.audit;
    // Before identification a session has no customer, so without its id only the time tells.
    const { records } = await client.audit({
      ...(scope.sessionId ? { sessionId: scope.sessionId } : {}),
      action: want.action,
      limit: 200,
    });
    const found = records.filter(
      (r) => isRecent(r.occurredAt, scope) && (!want.result || r.result === want.result),
    );
    return found.length > 0
      ? pass
      : fail(`no ${want.action}${want.result ? ` (${want.result})` : ''} audit record`);
  }
  return fail('an empty state check');
}

const handoffStatuses: OpsHandoffStatus[] = ['waiting', 'assigned', 'resolved', 'abandoned'];

/** The hand-offs this conversation made. */
export async function conversationHandoffs(scope: CheckScope): Promise<OpsHandoff[]> {
  const all = (
    await Promise.all(handoffStatuses.map((status) => scope.client.handoffs(status)))
  ).flat();
  return all.filter((h) =>
    scope.sessionId ? h.sessionId === scope.sessionId : isRecent(h.createdAt, scope),
  );
}

export async function checkHandoff(scope: CheckScope, reason: string): Promise<CheckResult> {
  const made = await conversationHandoffs(scope);
  if (made.some((h) => h.reason === reason)) return pass;
  return fail(
    made.length === 0
      ? `no hand-off (expected ${reason})`
      : `handed off for ${made.map((h) => h.reason).join(', ')}, expected ${reason}`,
  );
}

/** Successful tool calls in this conversation, from the audit trail, oldest first. */
export async function conversationToolCalls(scope: CheckScope): Promise<OpsAuditRecord[]> {
  const found: OpsAuditRecord[] = [];
  let before: number | undefined;
  for (let page = 0; page < 20; page++) {
    const { records, nextBefore } = await scope.client.audit({
      ...(scope.sessionId ? { sessionId: scope.sessionId } : { customerId: scope.customer }),
      action: 'TOOL_CALL',
      limit: 200,
      ...(before ? { before } : {}),
    });
    const recent = records.filter((r) => isRecent(r.occurredAt, scope));
    found.push(...recent.filter((r) => r.result === 'success'));
    if (nextBefore === null || recent.length < records.length) break;
    before = nextBefore;
  }
  return found.reverse();
}

/**
 * Each tool (or one of its `|` alternatives) must have run successfully, and every successful
 * run must have been at the given level or above.
 */
export function judgeAuthLevels(
  calls: readonly Pick<OpsAuditRecord, 'resource' | 'authLevel'>[],
  minimums: Readonly<Record<string, number>>,
): CheckResult {
  const problems: string[] = [];
  for (const [ref, minimum] of Object.entries(minimums)) {
    const names = ref.split('|').map((n) => n.trim());
    const runs = calls.filter((c) => c.resource !== null && names.includes(c.resource));
    if (runs.length === 0) {
      problems.push(`${ref} never ran successfully`);
      continue;
    }
    const low = runs.filter((c) => (c.authLevel ?? 0) < minimum);
    if (low.length > 0) {
      problems.push(
        `${low[0]!.resource} ran at level ${low[0]!.authLevel ?? 0}, below the required ${minimum}`,
      );
    }
  }
  return problems.length === 0 ? pass : fail(problems.join('; '));
}
