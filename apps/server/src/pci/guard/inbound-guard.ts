import type { Db } from '../../db/index.js';
import { recordAudit } from '../../security/index.js';
import type { AuditInput } from '../../security/index.js';
import { redactPci } from '../detect/index.js';
import type { EarlierSpan, PciKind } from '../detect/index.js';
import { pciWarning } from './warning.js';

export type PciSource = 'message' | 'transcript' | 'tool_input' | 'tool_result' | 'llm_request';

export interface InboundGuardResult {
  /** What may be stored and passed on: the text with every finding replaced by a label. */
  text: string;
  blocked: boolean;
  /** Seed 004's warning when something was blocked, for the reply. */
  warning: string | null;
  kinds: PciKind[];
  /** Parts of earlier messages that completed a card number with this one: redact them where stored. */
  earlier: EarlierSpan[];
}

/**
 * The first thing a customer's words meet, on every channel, before storage or the brain: card
 * numbers (even split over messages or spoken), security codes, PINs, track data are replaced,
 * and a `PCI_BLOCKED` record says what kind was caught and where — never the digits.
 */
export async function guardInbound(
  db: Db,
  input: {
    text: string;
    earlier?: readonly string[];
    source: PciSource;
    sessionId: string | null;
    customerId: string | null;
    channel: string;
    now: Date;
  },
): Promise<InboundGuardResult> {
  const { text, scan } = redactPci(input.text, {
    style: 'remove',
    ...(input.earlier ? { earlier: input.earlier } : {}),
  });
  if (!scan.blocked)
    return { text: input.text, blocked: false, warning: null, kinds: [], earlier: [] };
  const kinds = [...new Set([...scan.findings, ...scan.earlier].map((f) => f.kind))].sort();
  await recordPciBlock(db, { ...input, kinds });
  return { text, blocked: true, warning: pciWarning, kinds, earlier: scan.earlier };
}

/** The audit record of a block: what kinds, from where — the counter the dashboard reads. */
export function pciBlockAudit(input: {
  source: PciSource;
  sessionId: string | null;
  customerId: string | null;
  channel: string;
  kinds: readonly PciKind[];
}): AuditInput {
  return {
    action: 'PCI_BLOCKED',
    result: 'blocked',
    actor: input.source === 'llm_request' || input.source === 'tool_result' ? 'system' : 'customer',
    sessionId: input.sessionId,
    customerId: input.customerId,
    resource: input.source,
    complianceFlags: ['pci'],
    metadata: { kinds: input.kinds.join(':'), channel: input.channel },
  };
}

export async function recordPciBlock(
  db: Db,
  input: Parameters<typeof pciBlockAudit>[0] & { now: Date },
): Promise<void> {
  await recordAudit(db, pciBlockAudit(input), input.now);
}
