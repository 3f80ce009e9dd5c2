import { createHash } from 'node:crypto';
import { canonicalJson } from '../../domain/index.js';

/** Every action the trail knows, so reports can rely on the names. Add; never rename. */
export const auditActions = [
  'SESSION_CREATED',
  'SESSION_EXPIRED',
  'SESSION_ENDED',
  'SESSION_RESET',
  'AUTH_IDENTIFY',
  'AUTH_IDENTIFY_LOCKED',
  'OTP_SENT',
  'OTP_SEND_REFUSED',
  'OTP_DELIVERY_FAILED',
  'OTP_VERIFY',
  'OTP_LOCKED',
  'STEP_UP_LOCKED',
  'STEP_UP_UNLOCKED',
  'SECURITY_ANSWER_VERIFY',
  'SECURITY_ANSWER_LOCKED',
  'CONSENT_RECORDED',
  'STAFF_LOGIN',
  'STAFF_LOGOUT',
  'STAFF_CREATED',
  'STAFF_READ',
  'TOOL_CALL',
  'PCI_BLOCKED',
  'CARD_CAPTURE',
  'CARD_PAYMENT',
  'HANDOFF',
  /** A processor opened a vaulted card number to authorise a payment (never the digits). */
  'VAULT_DETOKENIZED',
  /** Vaulted card numbers re-sealed under the current vault key id. */
  'VAULT_REKEYED',
] as const;

export type AuditAction = (typeof auditActions)[number];
export type AuditResult = 'success' | 'failure' | 'denied' | 'blocked';
export type AuditMetadata = Record<string, string | number | boolean | null>;

/** What a caller supplies; the chain adds id, sequence, time and hashes. */
export interface AuditInput {
  action: AuditAction;
  result: AuditResult;
  /** 'customer', 'system', or 'staff:<id>'. */
  actor: string;
  customerId?: string | null;
  sessionId?: string | null;
  resource?: string | null;
  authLevel?: number | null;
  ipAddress?: string | null;
  jurisdiction?: string | null;
  piiAccessed?: boolean;
  complianceFlags?: string[];
  metadata?: AuditMetadata;
}

export interface AuditRecord {
  seq: number;
  id: string;
  occurredAt: Date;
  customerId: string | null;
  sessionId: string | null;
  actor: string;
  action: string;
  resource: string | null;
  result: AuditResult;
  authLevel: number | null;
  ipAddress: string | null;
  jurisdiction: string | null;
  piiAccessed: boolean;
  complianceFlags: string[];
  metadata: AuditMetadata;
  prevHash: string;
  hash: string;
}

export const genesisHash = '0'.repeat(64);

type Unhashed = Omit<AuditRecord, 'hash'>;

function contentOf(record: Unhashed) {
  return {
    id: record.id,
    occurredAt: record.occurredAt.toISOString(),
    customerId: record.customerId,
    sessionId: record.sessionId,
    actor: record.actor,
    action: record.action,
    resource: record.resource,
    result: record.result,
    authLevel: record.authLevel,
    ipAddress: record.ipAddress,
    jurisdiction: record.jurisdiction,
    piiAccessed: record.piiAccessed,
    complianceFlags: record.complianceFlags,
    metadata: record.metadata,
  };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * SHA-256 over the canonical JSON of what a record says (sorted keys, ISO time), without its place
 * in the chain. The same record always serialises the same way, whichever driver read it back.
 */
export function auditContentDigest(record: Unhashed): string {
  return sha256(canonicalJson(contentOf(record)));
}

/**
 * A record's link: its content digest bound to its position and to the link before it. Split this
 * way so the database can forge the link in the statement that takes the chain's head (see
 * append-audit.ts); `linkSql` there must compute exactly this.
 */
export function chainHash(prevHash: string, seq: number, contentDigest: string): string {
  return sha256(`${prevHash}:${seq}:${contentDigest}`);
}

/** The hash of a record written before the chain had a head row: one digest over everything. */
export function legacyAuditHash(record: Unhashed): string {
  return sha256(
    canonicalJson({ seq: record.seq, ...contentOf(record), prevHash: record.prevHash }),
  );
}

export function hashAuditRecord(record: Unhashed): string {
  return chainHash(record.prevHash, record.seq, auditContentDigest(record));
}
