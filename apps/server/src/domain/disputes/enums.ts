/**
 * The dispute vocabularies. The database enums in db/schema/enums.ts are built from these lists,
 * so the store and the rules cannot drift apart; changing one needs a migration.
 */

/** Seed 004's `file_dispute` reasons. */
export const disputeReasons = [
  'fraudulent',
  'product_not_received',
  'duplicate',
  'product_unacceptable',
  'subscription_canceled',
  'credit_not_processed',
  'unrecognized',
  'general',
] as const;
export type DisputeReason = (typeof disputeReasons)[number];

/** Stripe's dispute statuses as seed 004 adopts them, read from the cardholder's side. */
export const disputeStatuses = [
  'warning_needs_response',
  'warning_under_review',
  'warning_closed',
  'needs_response',
  'under_review',
  'won',
  'lost',
] as const;
export type DisputeStatus = (typeof disputeStatuses)[number];

export const disputeNetworks = [
  'visa',
  'mastercard',
  'amex',
  'discover',
  'ach',
  'zelle',
  'other',
] as const;
export type DisputeNetwork = (typeof disputeNetworks)[number];

/** Seed 004's eleven `add_evidence` types. */
export const evidenceTypes = [
  'access_activity_log',
  'billing_address',
  'cancellation_policy_disclosure',
  'customer_communication',
  'customer_email_address',
  'customer_name',
  'customer_purchase_ip',
  'product_description',
  'shipping_documentation',
  'shipping_tracking_number',
  'uncategorized_text',
] as const;
export type EvidenceType = (typeof evidenceTypes)[number];

export const provisionalCreditStatuses = [
  'not_eligible',
  'pending',
  'credited',
  'reversed',
  'final',
] as const;
export type ProvisionalCreditStatus = (typeof provisionalCreditStatuses)[number];

/**
 * Refusal codes this module returns. Both are meant to travel to clients unchanged, so they are
 * kept identical to the contract's error codes rather than invented per module.
 */
export type DisputeRefusalCode = 'INVALID_TRANSITION' | 'INVALID_INPUT';

export interface DisputeRefusal {
  ok: false;
  code: DisputeRefusalCode;
  message: string;
}

export function isDisputeStatus(value: unknown): value is DisputeStatus {
  return (disputeStatuses as readonly unknown[]).includes(value);
}

export function isDisputeReason(value: unknown): value is DisputeReason {
  return (disputeReasons as readonly unknown[]).includes(value);
}

export function isDisputeNetwork(value: unknown): value is DisputeNetwork {
  return (disputeNetworks as readonly unknown[]).includes(value);
}

export function isEvidenceType(value: unknown): value is EvidenceType {
  return (evidenceTypes as readonly unknown[]).includes(value);
}
