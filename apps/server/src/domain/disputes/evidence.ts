import { evidenceTypes, isEvidenceType } from './enums.js';
import type { DisputeRefusal, EvidenceType } from './enums.js';

/** Seed 004's `add_evidence` limit, also enforced by a CHECK on dispute_evidence.content. */
export const MAX_EVIDENCE_CHARACTERS = 20_000;

export interface Evidence {
  type: EvidenceType;
  content: string;
}

export type EvidenceCheck = { ok: true; evidence: Evidence } | DisputeRefusal;

/** How each type reads to a customer, for prompts such as "Would you like to add …?". */
export const evidenceTypeLabels: Readonly<Record<EvidenceType, string>> = {
  access_activity_log: 'Account or login activity',
  billing_address: 'Billing address',
  cancellation_policy_disclosure: 'Cancellation policy',
  customer_communication: 'Messages with the merchant',
  customer_email_address: 'Email address',
  customer_name: 'Name',
  customer_purchase_ip: 'IP address used for the purchase',
  product_description: 'Description of the product or service',
  shipping_documentation: 'Shipping documents',
  shipping_tracking_number: 'Tracking number',
  uncategorized_text: 'Your statement',
};

/**
 * Counts characters the way PostgreSQL's char_length and JSON Schema's maxLength do (code
 * points), not UTF-16 units, so an emoji-heavy statement is not refused here and accepted there.
 */
export function evidenceLength(content: string): number {
  let count = 0;
  for (const _ of content) count += 1;
  return count;
}

/** Checks one piece of evidence; the content is returned untouched, never trimmed or rewritten. */
export function validateEvidence(input: { type: unknown; content: unknown }): EvidenceCheck {
  if (!isEvidenceType(input.type)) {
    return refuse(
      `evidence type "${String(input.type)}" is not one of: ${evidenceTypes.join(', ')}`,
    );
  }
  if (typeof input.content !== 'string') return refuse('evidence content must be text');
  if (input.content.trim() === '') return refuse('evidence content is empty');
  const length = evidenceLength(input.content);
  if (length > MAX_EVIDENCE_CHARACTERS) {
    return refuse(
      `evidence content is ${length} characters; the limit is ${MAX_EVIDENCE_CHARACTERS}`,
    );
  }
  return { ok: true, evidence: { type: input.type, content: input.content } };
}

function refuse(message: string): DisputeRefusal {
  return { ok: false, code: 'INVALID_INPUT', message };
}
